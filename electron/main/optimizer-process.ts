/**
 * Entry of the optimiser's own process (Electron utilityProcess in the app,
 * node child_process elsewhere): receives one job, answers with its result.
 */
import { type OptimizerJob, runOptimizerInProcess } from './progress/optimizer';

type ParentPort = {
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
};

const parentPort = (process as unknown as { parentPort?: ParentPort }).parentPort;

async function handle(message: unknown, reply: (m: unknown) => void): Promise<void> {
  const job = (message as { job?: OptimizerJob } | null)?.job;
  if (!job) return;
  reply({ result: await runOptimizerInProcess(job) });
}

if (parentPort) {
  parentPort.on('message', (event) => void handle(event.data, (m) => parentPort.postMessage(m)));
} else {
  process.on('message', (message) => void handle(message, (m) => process.send?.(m)));
}
