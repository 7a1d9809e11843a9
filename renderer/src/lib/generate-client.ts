import type { FactsDoc } from '../cards/types';
import type { GenerateMessage, GenerateRequest } from '../generate-worker';

export type GenerationJob = { result: Promise<FactsDoc>; cancel(): void };

export class GenerationCancelled extends Error {
  constructor() {
    super('Card generation was cancelled; nothing was saved.');
  }
}

/** Starts the generator in a fresh worker; `cancel` terminates it and rejects with GenerationCancelled. */
export function startGeneration(request: GenerateRequest, onProgress: (fraction: number) => void): GenerationJob {
  const worker = new Worker(new URL('../generate-worker.ts', import.meta.url), { type: 'module' });
  let settle: { reject(error: Error): void } | null = null;
  const result = new Promise<FactsDoc>((resolve, reject) => {
    settle = { reject };
    worker.onmessage = (event: MessageEvent<GenerateMessage>) => {
      const message = event.data;
      if (message.type === 'progress') onProgress(message.fraction);
      else {
        worker.terminate();
        if (message.type === 'done') resolve(message.doc);
        else reject(new Error(`The card generator failed: ${message.message}`));
      }
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
      settle?.reject(new GenerationCancelled());
    },
  };
}
