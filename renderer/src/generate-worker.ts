/// <reference lib="webworker" />
/**
 * Everything heavy about an article runs here, off the UI thread: checking the
 * bytes or text, stripping markup, and generating the cards. One request per
 * worker: the page terminates the worker to cancel.
 */
import { type ArticleInput, cardDraftSchema } from '../../electron/contract';
import { generate } from './cards';
import type { FactsDoc } from './cards/types';
import { type Format, prepareArticle, prepareFile } from './lib/prepare-article';

export type WorkRequest =
  | { kind: 'text'; raw: string; format: Format; title?: string; sourceName?: string }
  | { kind: 'bytes'; bytes: Uint8Array; name: string; format: Format }
  | { kind: 'facts'; text: string; title: string };

export type WorkMessage =
  | { type: 'progress'; fraction: number }
  /** `dropped`: generated cards main would refuse (over the contract's limits), left out with a count. */
  | { type: 'done'; article: ArticleInput | null; doc: FactsDoc; dropped: number }
  | { type: 'refused'; message: string }
  | { type: 'error'; message: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: WorkMessage) => scope.postMessage(message);

function articleFor(request: WorkRequest): ArticleInput | string | null {
  if (request.kind === 'facts') return null;
  const prepared =
    request.kind === 'text'
      ? prepareArticle(request.raw, request.format, { title: request.title, sourceName: request.sourceName })
      : prepareFile(request.name, request.bytes, request.format);
  return prepared.ok ? prepared.article : prepared.error;
}

scope.onmessage = (event: MessageEvent<WorkRequest>) => {
  const request = event.data;
  try {
    const article = articleFor(request);
    if (typeof article === 'string') return post({ type: 'refused', message: article });
    const text = article ? article.text : request.kind === 'facts' ? request.text : '';
    const title = article ? article.title : request.kind === 'facts' ? request.title : '';
    let last = 0;
    const doc = generate(text, {
      title,
      onProgress: (fraction) => {
        // A message per 2% is plenty for a progress bar.
        if (fraction - last >= 0.02 || fraction >= 1) {
          last = fraction;
          post({ type: 'progress', fraction });
        }
      },
    });
    const cards = doc.cards.filter((card) => cardDraftSchema.safeParse(card).success);
    post({ type: 'done', article, doc: { ...doc, cards }, dropped: doc.cards.length - cards.length });
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
