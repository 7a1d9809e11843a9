/**
 * Runs the FSRS optimiser away from the main process. fsrs-rs aborts the whole
 * process when it panics, so in the app it runs in a utility process: if that
 * process dies, the user keeps the parameters in use and is told why.
 */
import type { OptimizerResult } from '../../../contract';
import type { ReviewRecord } from '../types';
import { runOptimizer } from './optimizer';

export type OptimizerJob = {
  reviews: ReviewRecord[];
  current: number[] | null;
  desiredRetention: number;
  numRelearningSteps: number;
};

export type OptimizerRunner = (job: OptimizerJob) => Promise<OptimizerResult>;

/** A child process seen as a message port (Electron utilityProcess or node child_process). */
export type ProcessPort = {
  send(message: unknown): void;
  onMessage(listener: (message: unknown) => void): void;
  onExit(listener: (code: number | null) => void): void;
  kill(): void;
};

export const runOptimizerInProcess: OptimizerRunner = (job) =>
  runOptimizer(job.reviews, job.current, job.desiredRetention, { numRelearningSteps: job.numRelearningSteps });

function isResult(message: unknown): message is { result: OptimizerResult } {
  return typeof message === 'object' && message !== null && 'result' in message;
}

/** An OptimizerRunner that sends the job to a fresh child process and survives its crash. */
export function isolatedOptimizer(spawn: () => ProcessPort): OptimizerRunner {
  return (job) =>
    new Promise<OptimizerResult>((resolve) => {
      const child = spawn();
      let settled = false;
      const finish = (result: OptimizerResult) => {
        if (settled) return;
        settled = true;
        child.kill();
        resolve(result);
      };
      child.onMessage((message) => {
        if (isResult(message)) finish(message.result);
      });
      child.onExit((code) =>
        finish({
          kept: 'old',
          reason: `The optimiser stopped unexpectedly (exit code ${code ?? 'unknown'}); your current parameters were kept.`,
          reviews: job.reviews.length,
          oldLoss: null,
          newLoss: null,
          parameters: job.current ?? [],
        }),
      );
      child.send({ job });
    });
}
