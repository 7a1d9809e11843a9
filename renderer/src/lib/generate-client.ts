import type { ArticleInput } from '../../../electron/contract';
import type { FactsDoc } from '../cards/types';
import type { WorkMessage, WorkRequest } from '../generate-worker';

export type WorkResult = { article: ArticleInput | null; doc: FactsDoc; dropped: number };
export type GenerationJob = { result: Promise<WorkResult>; cancel(): void };

export class GenerationCancelled extends Error {
  constructor() {
    super('Card generation was cancelled; nothing was saved.');
  }
}

/** The input is not an article (empty, binary, too long…): the message says why. */
export class InputRefused extends Error {}

/** Starts a fresh worker on one request; `cancel` terminates it and rejects with GenerationCancelled. */
export function startGeneration(request: WorkRequest, onProgress: (fraction: number) => void): GenerationJob {
  const worker = new Worker(new URL('../generate-worker.ts', import.meta.url), { type: 'module' });
  let fail: (error: Error) => void = () => {};
  const result = new Promise<WorkResult>((resolve, reject) => {
    fail = reject;
    worker.onmessage = (event: MessageEvent<WorkMessage>) => {
      const message = event.data;
      if (message.type === 'progress') return onProgress(message.fraction);
      worker.terminate();
      if (message.type === 'done') resolve({ article: message.article, doc: message.doc, dropped: message.dropped });
      else if (message.type === 'refused') reject(new InputRefused(message.message));
      else reject(new Error(`The card generator failed: ${message.message}`));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(`The card generator stopped: ${event.message || 'unknown error'}`));
    };
  });
  worker.postMessage(request);
  return {
    result,
    cancel() {
      worker.terminate();
      fail(new GenerationCancelled());
    },
  };
}
