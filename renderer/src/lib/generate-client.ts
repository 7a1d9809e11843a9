import type { ArticleInput } from '../../../electron/contract';
import type { FactsDoc } from '../cards/types';
import type { WorkMessage, WorkRequest } from './article-work';

export type { WorkRequest } from './article-work';
export type WorkResult = { article: ArticleInput | null; doc: FactsDoc; dropped: number };
export type GenerationJob = { result: Promise<WorkResult>; cancel(): void };

export class GenerationCancelled extends Error {
  constructor() {
    super('Card generation was cancelled; nothing was saved.');
  }
}

/** The input is not an article (empty, binary, too long…): the message says why. */
export class InputRefused extends Error {
  /** A web page where no article was found: its whole text can be imported instead. */
  noArticle = false;
}

function settle(message: WorkMessage, resolve: (r: WorkResult) => void, reject: (e: Error) => void): void {
  if (message.type === 'done') resolve({ article: message.article, doc: message.doc, dropped: message.dropped });
  else if (message.type === 'refused') {
    const refused = new InputRefused(message.message);
    refused.noArticle = message.noArticle === true;
    reject(refused);
  } else if (message.type === 'error') reject(new Error(`The card generator failed: ${message.message}`));
}

/** `stage`: what the worker is doing when it says more than the bar ("reading page 12 of 500"). */
export type OnProgress = (fraction: number, stage?: string) => void;

/** Where no worker can start, the same work runs on the page (slower to respond, but it works). */
async function runHere(request: WorkRequest, onProgress: OnProgress): Promise<WorkMessage> {
  const { runWork } = await import('./article-work');
  return runWork(request, (m) => m.type === 'progress' && onProgress(m.fraction, m.stage));
}

/** Starts a fresh worker on one request; `cancel` terminates it and rejects with GenerationCancelled. */
export function startGeneration(request: WorkRequest, onProgress: OnProgress): GenerationJob {
  const worker = new Worker(new URL('../generate-worker.ts', import.meta.url), { type: 'module' });
  let fail: (error: Error) => void = () => {};
  let heard = false;
  const result = new Promise<WorkResult>((resolve, reject) => {
    fail = reject;
    worker.onmessage = (event: MessageEvent<WorkMessage>) => {
      heard = true;
      // pdf.js, loaded into the worker to read a PDF, announces itself on the same port: not ours.
      if (!['progress', 'done', 'refused', 'error'].includes(event.data?.type)) return;
      if (event.data.type === 'progress') return onProgress(event.data.fraction, event.data.stage);
      worker.terminate();
      settle(event.data, resolve, reject);
    };
    worker.onerror = (event) => {
      worker.terminate();
      if (heard) return reject(new Error(`The card generator stopped: ${event.message || 'unknown error'}`));
      event.preventDefault();
      runHere(request, onProgress).then((message) => settle(message, resolve, reject), reject);
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
