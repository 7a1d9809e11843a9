import type { ArticleInput } from '../../../electron/contract';
import { decodeArticle } from '../cards/parse/decode';
import { parseArticle } from '../cards/parse/article';
import { slugify } from './format';

export type Format = ArticleInput['format'];
export type Prepared = { ok: true; article: ArticleInput } | { ok: false; error: string };

function firstLineTitle(text: string): string | null {
  const line = text.split('\n', 1)[0]?.trim() ?? '';
  return line.length > 0 && line.length <= 120 && !/[.!?]$/.test(line) ? line : null;
}

/**
 * Raw article text (pasted, opened or dropped) to what `library:save` takes:
 * checks it is real text, strips markup, finds a title and the id (slug of the title).
 */
export function prepareArticle(
  raw: string,
  format: Format,
  options: { title?: string; sourceName?: string } = {},
): Prepared {
  const checked = decodeArticle(new TextEncoder().encode(raw));
  if (!checked.ok) return { ok: false, error: checked.error.replace('The file', 'The text') };
  const parsed = parseArticle(checked.text, format);
  if (!parsed.ok) return { ok: false, error: parsed.error };
  const title =
    options.title?.trim() ||
    parsed.title ||
    firstLineTitle(parsed.text) ||
    options.sourceName?.replace(/\.[a-z0-9]+$/i, '') ||
    'Untitled article';
  const article: ArticleInput = {
    id: slugify(title),
    title: title.slice(0, 500),
    format,
    text: parsed.text,
  };
  if (parsed.meta.publisher) article.publisher = parsed.meta.publisher.slice(0, 200);
  if (parsed.meta.language) article.language = parsed.meta.language.slice(0, 20);
  if (options.sourceName) article.sourceName = options.sourceName.slice(0, 500);
  return { ok: true, article };
}

/** Bytes of a dropped file to an article, or the reason it cannot be one. */
export function prepareFile(name: string, bytes: Uint8Array, format: Format): Prepared {
  const decoded = decodeArticle(bytes);
  if (!decoded.ok) return { ok: false, error: decoded.error };
  return prepareArticle(decoded.text, format, { sourceName: name });
}
