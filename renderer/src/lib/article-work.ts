/**
 * The heavy work on an article: check the bytes or text, strip markup, generate
 * the cards, and leave out cards main would refuse. Runs in the worker; the page
 * runs it itself only if a worker cannot be started.
 */
import { type ArticleInput, cardDraftSchema } from '../../../electron/contract';
import { generate } from '../cards';
import type { FactsDoc } from '../cards/types';
import { type Format, prepareArticle, prepareFile } from './prepare-article';

export type WorkRequest =
  | { kind: 'text'; raw: string; format: Format; title?: string; sourceName?: string }
  | { kind: 'bytes'; bytes: Uint8Array; name: string; format: Format }
  | { kind: 'facts'; text: string; title: string };

export type WorkMessage =
  | { type: 'progress'; fraction: number }
  /** `dropped`: generated cards over the contract's limits, left out with a count. */
  | { type: 'done'; article: ArticleInput | null; doc: FactsDoc; dropped: number }
  | { type: 'refused'; message: string }
  | { type: 'error'; message: string };

function articleFor(request: WorkRequest): ArticleInput | string | null {
  if (request.kind === 'facts') return null;
  const prepared =
    request.kind === 'text'
      ? prepareArticle(request.raw, request.format, { title: request.title, sourceName: request.sourceName })
      : prepareFile(request.name, request.bytes, request.format);
  return prepared.ok ? prepared.article : prepared.error;
}

/** One request to its final message; progress goes to `post` as it happens. */
export function runWork(request: WorkRequest, post: (message: WorkMessage) => void): WorkMessage {
  try {
    const article = articleFor(request);
    if (typeof article === 'string') return { type: 'refused', message: article };
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
    return { type: 'done', article, doc: { ...doc, cards }, dropped: doc.cards.length - cards.length };
  } catch (error) {
    return { type: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}
