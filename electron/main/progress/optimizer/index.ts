/**
 * The FSRS optimiser: fitting parameters to the review history with fsrs-rs,
 * and running that fit where a panic cannot take the app down (in-process for
 * tests, a utility or child process in the app).
 */
export {
  isolatedOptimizer,
  type OptimizerJob,
  type OptimizerRunner,
  type ProcessPort,
  runOptimizerInProcess,
} from './isolation';
