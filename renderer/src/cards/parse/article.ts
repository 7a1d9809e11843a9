import type { ArticleFormat } from './format';
import { MAX_PAGE_MARKUP, readWebPage } from './html';
import { markdownToText, splitFrontMatter } from './markdown';
import { stripMarkup } from './markup';
import { datelineDay, isoDay } from './published';

export { type ArticleFormat, formatFromName } from './format';

/** What the file says about the article besides its text; null where it says nothing. */
export type ArticleInfo = {
  title: string | null;
  byline: string | null;
  site: string | null;
  /** Publication date, `YYYY-MM-DD`. */
  published: string | null;
  lang: string | null;
};

export type ParseResult =
  | ({ ok: true; text: string; meta: Record<string, string> } & ArticleInfo)
  /** `noArticle`: a web page where no article was found; `parseArticle(raw, 'html', { whole: true })` takes all its text. */
  | { ok: false; error: string; noArticle?: boolean };

export type ParseOptions = { whole?: boolean };

/**
 * A reference work's footnote marks ("… in 1832. [17] He died …", "… the duel[18]", "[citation needed]"):
 * pointers to notes the text does not hold, which would show inside cards. An editor's words in brackets
 * ("[the army]", "[sic]") stay.
 */
const FOOTNOTE_MARK = /[ \t]?\[(?:\d{1,3}|[a-z]|citation needed|note \d{1,3})\]/gi;

/**
 * A typewriter's dash, two hyphens between words ("two judges--A and B--objected"), is a dash: glued to
 * the words it would join them into one ("B--objected"). (Not "--help", an option after a space.)
 */
const TYPED_DASH = /(?<=[\p{L}\p{N}.,;:!?)\]"”’'])--(?=[\p{L}\p{N}"“‘'([])|(?<= )--(?= )/gu;

/** Spaces collapsed inside lines, blank lines dropped, typed dashes made dashes: one paragraph per line. */
export function tidyLines(raw: string): string {
  return raw
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) =>
      line
        .replace(/[ \t\f\v\u00a0]+/g, ' ')
        .replace(TYPED_DASH, '—')
        .trim(),
    )
    .filter((line) => line !== '')
    .join('\n');
}

function cleanValue(value: string | null | undefined, max: number): string | null {
  if (!value) return null;
  const v = stripMarkup(value).replace(/\s+/g, ' ').trim().slice(0, max);
  return v === '' ? null : v;
}

/**
 * Raw file text to the plain text cards point into: one paragraph per line.
 * Markdown front matter goes to `meta`; a web page's article is found the way Reader
 * View finds it; no markup of any kind is kept, in the text or in the metadata.
 */
export function parseArticle(raw: string, format: ArticleFormat, options: ParseOptions = {}): ParseResult {
  let info: ArticleInfo = { title: null, byline: null, site: null, published: null, lang: null };
  let text: string;
  let meta: Record<string, string> = {};
  if (format === 'md') {
    const split = splitFrontMatter(raw.replace(/\r\n?/g, '\n'));
    meta = Object.fromEntries(
      Object.entries(split.meta)
        .map(([k, v]) => [k, cleanValue(v, 2000)] as const)
        .filter((e): e is readonly [string, string] => e[1] !== null),
    );
    const md = markdownToText(split.body);
    text = md.text;
    info = {
      title: meta.title ?? md.title,
      byline: meta.author ?? meta.byline ?? null,
      site: meta.publisher ?? meta.site ?? null,
      published: isoDay(meta.published ?? meta.date ?? meta.datepublished),
      lang: meta.language ?? meta.lang ?? null,
    };
  } else if (format === 'html') {
    const page = readWebPage(raw);
    if ('tooLarge' in page) {
      const mb = (page.tooLarge / 1048576).toFixed(0);
      return {
        ok: false,
        error: `This page is too large to read: ${mb} MB of markup once scripts and images are set aside (the limit is ${MAX_PAGE_MARKUP / 1048576} MB).`,
      };
    }
    if (!page.found && !options.whole && page.text.trim() !== '') {
      return {
        ok: false,
        noArticle: true,
        error: 'No article was found in this page (it looks like a menu, a list or a form).',
      };
    }
    text = page.text;
    info = page;
  } else {
    text = tidyLines(raw);
  }
  text = tidyLines(stripMarkup(text).replace(FOOTNOTE_MARK, ''));
  if (text.trim() === '') return { ok: false, error: 'The article has no text.' };
  return {
    ok: true,
    text,
    meta,
    title: cleanValue(info.title, 500),
    byline: cleanValue(info.byline, 200),
    site: cleanValue(info.site, 200),
    published: info.published ?? datelineDay(text),
    lang: cleanValue(info.lang, 20),
  };
}
