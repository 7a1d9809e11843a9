import { htmlToText } from './html';
import { markdownToText, splitFrontMatter } from './markdown';

export type ArticleFormat = 'txt' | 'md' | 'html';

export type ParseResult =
  | { ok: true; title: string | null; text: string; meta: Record<string, string> }
  | { ok: false; error: string };

/** The format a file name suggests; unknown extensions are read as plain text. */
export function formatFromName(name: string): ArticleFormat {
  const ext = /\.([A-Za-z0-9]+)$/.exec(name.trim())?.[1]?.toLowerCase() ?? '';
  if (ext === 'md' || ext === 'markdown' || ext === 'mdown' || ext === 'mkd') return 'md';
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html';
  return 'txt';
}

function plainText(raw: string): string {
  return raw
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t\f\v\u00a0]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/**
 * Raw file text to the plain text cards point into: one paragraph per line.
 * Markdown front matter goes to `meta`; HTML markup is never kept.
 */
export function parseArticle(raw: string, format: ArticleFormat): ParseResult {
  let title: string | null = null;
  let text: string;
  let meta: Record<string, string> = {};
  if (format === 'md') {
    const split = splitFrontMatter(raw.replace(/\r\n?/g, '\n'));
    meta = split.meta;
    const md = markdownToText(split.body);
    text = md.text;
    title = meta.title ?? md.title;
  } else if (format === 'html') {
    const html = htmlToText(raw);
    text = html.text;
    title = html.title;
  } else {
    text = plainText(raw);
  }
  if (text.trim() === '') return { ok: false, error: 'The article has no text.' };
  return { ok: true, title: title && title.trim() !== '' ? title.trim() : null, text, meta };
}
