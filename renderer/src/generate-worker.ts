/// <reference lib="webworker" />
/**
 * Runs the card generator off the UI thread. One request per worker: the page
 * terminates the worker to cancel.
 */
import { generate } from './cards';

export type GenerateRequest = { text: string; title: string };
export type GenerateMessage =
  | { type: 'progress'; fraction: number }
  | { type: 'done'; doc: ReturnType<typeof generate> }
  | { type: 'error'; message: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (event: MessageEvent<GenerateRequest>) => {
  const { text, title } = event.data;
  let last = 0;
  try {
    const doc = generate(text, {
      title,
      onProgress: (fraction) => {
        // Throttle: a message per 2% is plenty for a progress bar.
        if (fraction - last >= 0.02 || fraction >= 1) {
          last = fraction;
          scope.postMessage({ type: 'progress', fraction } satisfies GenerateMessage);
        }
      },
    });
    scope.postMessage({ type: 'done', doc } satisfies GenerateMessage);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    scope.postMessage({ type: 'error', message } satisfies GenerateMessage);
  }
};
