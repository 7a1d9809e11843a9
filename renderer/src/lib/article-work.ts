/**
 * The heavy work on an article: check the bytes or text, find the article (web page,
 * PDF), strip markup, generate the cards, and leave out cards main would refuse. Runs
 * in the worker; the page runs it itself only if a worker cannot be started.
 */
import { type ArticleInput, cardDraftSchema } from '../../../electron/contract';
import { messageOf } from '../../../shared/errors';
import { generate } from '../cards';
import type { FactsDoc } from '../cards/types';
import {
  type Format,
  type Prepared,
  prepareArticle,
  prepareFile,
  preparePdf,
  type TextFormat,
} from './prepare-article';

/** `published` (YYYY-MM-DD, typed in the form) and `whole` (a page's whole text) as in PrepareOptions. */
type Extra = { published?: string; whole?: boolean };
export type WorkRequest =
  | ({ kind: 'text'; raw: string; format: TextFormat; title?: string; sourceName?: string } & Extra)
  | ({ kind: 'bytes'; bytes: Uint8Array; name: string; format: Format } & Extra)
  | { kind: 'facts'; text: string; title: string; published?: string };

export type WorkMessage =
  /** `stage`: what is being done, when it says more than the bar ("reading page 12 of 500"). */
  | { type: 'progress'; fraction: number; stage?: string }
  /** `dropped`: generated cards over the contract's limits, left out with a count. */
  | { type: 'done'; article: ArticleInput | null; doc: FactsDoc; dropped: number }
  /** `noArticle`: a web page where no article was found (the whole text can be asked for). */
  | { type: 'refused'; message: string; noArticle?: boolean }
  | { type: 'error'; message: string };

/** Share of the progress bar reading a PDF takes; generation has the rest. */
const PDF_SHARE = 0.5;
/** Share reading a web page takes (finding its article in one step: the bar moves when it is found). */
const PAGE_SHARE = 0.2;

/** Where generation starts on the progress bar. */
function readShare(request: WorkRequest): number {
  if (request.kind === 'facts') return 0;
  if (request.format === 'pdf') return PDF_SHARE;
  return request.format === 'html' ? PAGE_SHARE : 0;
}

async function articleFor(
  request: WorkRequest,
  progress: (fraction: number, stage?: string) => void,
): Promise<ArticleInput | Prepared | null> {
  if (request.kind === 'facts') return null;
  const options = { published: request.published, whole: request.whole };
  let prepared: Prepared;
  if (request.format === 'html') progress(0, 'finding the article in the page');
  if (request.kind === 'text') {
    prepared = prepareArticle(request.raw, request.format, {
      ...options,
      title: request.title,
      sourceName: request.sourceName,
    });
  } else if (request.format === 'pdf') {
    prepared = await preparePdf(
      request.name,
      request.bytes,
      (f, page, pages) => progress(f * PDF_SHARE, `reading page ${page} of ${pages}`),
      options,
    );
  } else prepared = prepareFile(request.name, request.bytes, request.format, options);
  return prepared.ok ? prepared.article : prepared;
}

/** One request to its final message; progress goes to `post` as it happens. */
export async function runWork(request: WorkRequest, post: (message: WorkMessage) => void): Promise<WorkMessage> {
  try {
    let last = 0;
    const progress = (fraction: number, stage?: string) => {
      // A message per 2% is plenty for a progress bar; a stage (a PDF's page) is told each time it changes.
      if (stage !== undefined || fraction - last >= 0.02 || fraction >= 1) {
        last = fraction;
        post(stage === undefined ? { type: 'progress', fraction } : { type: 'progress', fraction, stage });
      }
    };
    const article = await articleFor(request, progress);
    if (article && 'ok' in article) {
      return article.ok
        ? { type: 'error', message: 'unexpected' }
        : { type: 'refused', message: article.error, noArticle: article.noArticle };
    }
    const text = article ? article.text : request.kind === 'facts' ? request.text : '';
    const title = article ? article.title : request.kind === 'facts' ? request.title : '';
    const published = article ? article.published : request.kind === 'facts' ? request.published : undefined;
    const base = readShare(request);
    // Reading is done: the bar says "making cards" again, from where reading left it.
    if (base > 0) {
      last = base;
      post({ type: 'progress', fraction: base });
    }
    const doc = generate(text, {
      title,
      published,
      onProgress: (fraction) => progress(base + fraction * (1 - base)),
    });
    const cards = doc.cards.filter((card) => cardDraftSchema.safeParse(card).success);
    return { type: 'done', article, doc: { ...doc, cards }, dropped: doc.cards.length - cards.length };
  } catch (error) {
    return { type: 'error', message: messageOf(error) };
  }
}
