import type { ArticleInput } from '../../../electron/contract';
import { type ArticleInfo, parseArticle, tidyLines } from '../cards/parse/article';
import { decodeArticle, MAX_ARTICLE_CHARS, MAX_HTML_CHARS, tooLong } from '../cards/parse/decode';
import { stripMarkup } from '../cards/parse/markup';
import { datelineDay, isDateLine } from '../cards/parse/published';
import { slugify } from './format';

export { fileFormat } from '../cards/parse/format';

export type Format = ArticleInput['format'];
export type TextFormat = Exclude<Format, 'pdf'>;
/** `noArticle`: a web page with no article found; asking again with `whole` takes all its text. */
export type Prepared = { ok: true; article: ArticleInput } | { ok: false; error: string; noArticle?: boolean };
export type PrepareOptions = {
  title?: string;
  sourceName?: string;
  /** A publication date typed in the form, `YYYY-MM-DD`: wins over the one the file gives. */
  published?: string;
  /** Import a web page's whole text when no article is found in it. */
  whole?: boolean;
};

function firstLineTitle(text: string): string | null {
  const line = text.split('\n', 1)[0]?.trim() ?? '';
  return line.length > 0 && line.length <= 120 && !/[.!?]$/.test(line) && !isDateLine(line) ? line : null;
}

/** Parsed text and what the file says about it, to what `library:save` takes. */
export function articleFrom(text: string, info: ArticleInfo, format: Format, options: PrepareOptions): Prepared {
  if (text.length > MAX_ARTICLE_CHARS) return { ok: false, error: tooLong(text.length) };
  const title =
    options.title?.trim() ||
    info.title ||
    firstLineTitle(text) ||
    options.sourceName?.replace(/\.[a-z0-9]+$/i, '') ||
    'Untitled article';
  const article: ArticleInput = { id: slugify(title), title: title.slice(0, 500), format, text };
  if (info.site) article.publisher = info.site.slice(0, 200);
  if (info.byline) article.byline = info.byline.slice(0, 200);
  const published = options.published?.trim() || info.published;
  if (published && /^\d{4}-\d{2}-\d{2}$/.test(published)) article.published = published;
  if (info.lang) article.language = info.lang.slice(0, 20);
  if (options.sourceName) article.sourceName = options.sourceName.slice(0, 500);
  return { ok: true, article };
}

/**
 * Raw article text (pasted, opened or dropped) to what `library:save` takes:
 * checks it is real text, strips markup, finds a title and the id (slug of the title).
 */
export function prepareArticle(raw: string, format: TextFormat, options: PrepareOptions = {}): Prepared {
  const checked = decodeArticle(new TextEncoder().encode(raw), format === 'html' ? MAX_HTML_CHARS : undefined);
  if (!checked.ok) return { ok: false, error: checked.error.replace('The file', 'The text') };
  return prepareText(checked.text, format, options);
}

/** Decoded text to an article. */
function prepareText(text: string, format: TextFormat, options: PrepareOptions): Prepared {
  const parsed = parseArticle(text, format, { whole: options.whole });
  if (!parsed.ok) return parsed;
  // Front matter's `publisher` and `language` are the names the bundled article uses.
  const info = {
    ...parsed,
    site: parsed.site ?? parsed.meta.publisher ?? null,
    lang: parsed.lang ?? parsed.meta.language ?? null,
  };
  return articleFrom(parsed.text, info, format, options);
}

/** Bytes of a dropped text file to an article, or the reason it cannot be one. */
export function prepareFile(
  name: string,
  bytes: Uint8Array,
  format: TextFormat,
  options: PrepareOptions = {},
): Prepared {
  const decoded = decodeArticle(bytes, format === 'html' ? MAX_HTML_CHARS : undefined);
  if (!decoded.ok) return { ok: false, error: decoded.error };
  return prepareText(decoded.text, format, { sourceName: name, ...options });
}

/** A PDF's bytes to an article, page by page with progress; its code is loaded only now. */
export async function preparePdf(
  name: string,
  bytes: Uint8Array,
  onProgress: (fraction: number, page: number, pages: number) => void,
  options: PrepareOptions = {},
): Promise<Prepared> {
  const { readPdf } = await import('../cards/parse/pdf');
  const read = await readPdf(bytes, { onProgress });
  if (!read.ok) return read;
  const text = tidyLines(stripMarkup(read.text));
  if (text === '') return { ok: false, error: 'This PDF holds no text; nothing was added.' };
  const info = { ...read, site: null, published: read.published ?? datelineDay(text) };
  return articleFrom(text, info, 'pdf', { sourceName: name, ...options });
}
