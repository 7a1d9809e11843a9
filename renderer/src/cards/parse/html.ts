/**
 * Web pages to an article. `readWebPage` finds the article the way Firefox's Reader
 * View does (Mozilla's Readability over linkedom's DOM, which runs in a Web Worker and
 * in Node and executes nothing), with its title, byline, site, language and
 * publication date. `htmlToText` turns HTML into plain text with a small tokenizer:
 * nothing is executed or kept; script-like elements vanish with their contents; block
 * elements become line breaks; <q> becomes curly quotes; entities are decoded.
 */
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { datelineDay, isoDay } from './published';

const DROP = new Set(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'svg', 'math', 'select']);
const BLOCK = new Set([
  'p',
  'div',
  'br',
  'li',
  'ul',
  'ol',
  'blockquote',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'section',
  'article',
  'header',
  'footer',
  'aside',
  'nav',
  'main',
  'figure',
  'figcaption',
  'table',
  'tr',
  'td',
  'th',
  'pre',
  'hr',
  'dl',
  'dt',
  'dd',
  'address',
  'details',
  'summary',
  'caption',
  'form',
  'fieldset',
  'legend',
  'body',
  'html',
  'title',
]);

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  copy: '©',
  reg: '®',
  trade: '™',
  eacute: 'é',
  egrave: 'è',
  aacute: 'á',
  agrave: 'à',
  oacute: 'ó',
  uacute: 'ú',
  iacute: 'í',
  ntilde: 'ñ',
  ouml: 'ö',
  uuml: 'ü',
  auml: 'ä',
  ccedil: 'ç',
  szlig: 'ß',
  thinsp: ' ',
  ensp: ' ',
  emsp: ' ',
  shy: '',
  zwj: '',
  zwnj: '',
  middot: '·',
  bull: '•',
  deg: '°',
  euro: '€',
  pound: '£',
  yen: '¥',
  sect: '§',
  para: '¶',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[A-Za-z][A-Za-z0-9]{1,10});?/g, (whole, body: string) => {
    if (body[0] === '#') {
      const code =
        body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
      if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
      return String.fromCodePoint(code);
    }
    const named = NAMED[body] ?? NAMED[body.toLowerCase()];
    return named ?? whole;
  });
}

export type HtmlText = { text: string; title: string | null };

const TAG =
  /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<![^>]*>?|<\?[^>]*>?|<\/?([A-Za-z][A-Za-z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>?/g;

function closeOf(html: string, name: string, from: number): number {
  const re = new RegExp(`</${name}\\s*>`, 'ig');
  re.lastIndex = from;
  const m = re.exec(html);
  return m ? m.index + m[0].length : html.length;
}

/** Collapses spaces inside lines and blank lines between them. */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\r\f\v\u00a0]+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

export function htmlToText(html: string): HtmlText {
  const parts: string[] = [];
  let titleText: string | null = null;
  let h1: string | null = null;
  let captureFrom = -1;
  let capturing = '';
  let qDepth = 0;
  let last = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m !== null; m = TAG.exec(html)) {
    parts.push(decodeEntities(html.slice(last, m.index)).replace(/\s+/g, ' '));
    last = TAG.lastIndex;
    const name = m[1]?.toLowerCase();
    if (!name) continue;
    const closing = m[0][1] === '/';
    if (!closing && DROP.has(name)) {
      last = closeOf(html, name, TAG.lastIndex);
      TAG.lastIndex = last;
      continue;
    }
    if ((name === 'title' || name === 'h1') && !closing && capturing === '') {
      capturing = name;
      captureFrom = parts.length;
    } else if (closing && name === capturing) {
      const captured = tidy(parts.slice(captureFrom).join(' '));
      if (name === 'title' && titleText === null) titleText = captured;
      if (name === 'h1' && h1 === null) h1 = captured;
      capturing = '';
      if (name === 'title') parts.length = captureFrom;
    }
    if (name === 'q') {
      if (closing) qDepth = Math.max(0, qDepth - 1);
      else qDepth += 1;
      const outer = (closing ? qDepth : qDepth - 1) === 0;
      parts.push(closing ? (outer ? '”' : '’') : outer ? '“' : '‘');
    } else if (BLOCK.has(name)) parts.push('\n');
  }
  parts.push(decodeEntities(html.slice(last).replace(/<[^>]*$/, '')).replace(/\s+/g, ' '));
  const title = titleText || h1 || null;
  return { text: tidy(parts.join('')), title: title && title.length > 0 ? title : null };
}

export type WebPage = {
  /** False when no article could be found: `text` is then the whole page's text. */
  found: boolean;
  title: string | null;
  byline: string | null;
  site: string | null;
  published: string | null;
  lang: string | null;
  text: string;
};

type Doc = ReturnType<typeof parseHTML>['document'];

/** Elements a reader never sees or that are never the article: removed before Readability looks. */
const NOT_ARTICLE = [
  '[hidden]',
  '[aria-hidden="true"]',
  'dialog',
  '[role="dialog"]',
  '[role="alertdialog"]',
  '[aria-modal="true"]',
  'nav',
  '[role="navigation"]',
  'button',
  'form',
  'input',
  'select',
  'textarea',
  'iframe',
  'object',
  'embed',
  'template',
  'noscript',
].join(',');
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
const JUNK_CLASS =
  /(?:^|[\s_-])(?:cookie|cookies|consent|gdpr|paywall|newsletter|subscribe|advert|advertisement|ads?|sponsored|promo|outbrain|taboola|author-(?:box|bio|info|card)|about-the-author)(?:$|[\s_-])/i;

function clean(value: string | null | undefined): string | null {
  const v = value ? decodeEntities(value).replace(/\s+/g, ' ').trim() : '';
  return v === '' ? null : v;
}

function metaContent(doc: Doc, selectors: string[]): string | null {
  for (const selector of selectors) {
    const value = clean(doc.querySelector(selector)?.getAttribute('content'));
    if (value) return value;
  }
  return null;
}

function removeNotArticle(doc: Doc): void {
  for (const el of [...doc.querySelectorAll(NOT_ARTICLE)]) el.remove();
  for (const el of [...doc.querySelectorAll('[style],[class],[id]')]) {
    const style = el.getAttribute('style');
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
    if ((style && HIDDEN_STYLE.test(style)) || (JUNK_CLASS.test(names) && !el.querySelector('article,main,h1')))
      el.remove();
  }
}

const SEPARATOR = /\s+[|–—:·•»-]\s+/;

/** The title without the site's name: "Harbour vote delayed | The Midland Courier" -> "Harbour vote delayed". */
function bareTitle(title: string | null, site: string | null, headings: (string | null)[]): string | null {
  if (!title) return null;
  const seps = [...title.matchAll(new RegExp(SEPARATOR.source, 'g'))];
  if (seps.length === 0) return title;
  const known = new Set(headings.filter((h): h is string => !!h).map((h) => h.toLowerCase()));
  const siteName = site?.toLowerCase() ?? null;
  const head = (k: number) => title.slice(0, seps[k].index).trim();
  const tail = (k: number) => title.slice((seps[k].index ?? 0) + seps[k][0].length).trim();
  // The longest head first: "Ports: a vote | Courier" keeps "Ports: a vote".
  for (let k = seps.length - 1; k >= 0; k -= 1) {
    if (tail(k).toLowerCase() === siteName || known.has(head(k).toLowerCase())) return head(k);
  }
  for (let k = 0; k < seps.length; k += 1) {
    if (head(k).toLowerCase() === siteName || known.has(tail(k).toLowerCase())) return tail(k);
  }
  return title;
}

function byline(value: string | null): string | null {
  const v = clean(value)?.replace(/^(?:by|written by|words by)\s+/i, '').replace(/\s*[|,]\s*$/, '');
  return v && v.length <= 200 && !/^https?:/i.test(v) ? v : null;
}

function pageDate(doc: Doc, readerDate: string | null): string | null {
  const fromMeta =
    isoDay(readerDate) ??
    isoDay(
      metaContent(doc, [
        'meta[property="article:published_time"]',
        'meta[itemprop="datePublished"]',
        'meta[name="date"]',
        'meta[name="pubdate"]',
        'meta[name="publishdate"]',
        'meta[name="dc.date"]',
        'meta[name="DC.date.issued"]',
        'meta[name="dcterms.created"]',
      ]),
    );
  if (fromMeta) return fromMeta;
  const times = [
    ...doc.querySelectorAll('time[pubdate][datetime],[itemprop="datePublished"][datetime],article time[datetime]'),
    ...doc.querySelectorAll('time[datetime]'),
  ];
  for (const time of times) {
    const d = isoDay(time.getAttribute('datetime'));
    if (d) return d;
  }
  return null;
}

/** Share of the words of some HTML that sit inside links. */
function linkShare(html: string): number {
  const all = wordCount(htmlToText(html).text);
  let linked = 0;
  for (const m of html.matchAll(/<a\b[^>]*>([\s\S]*?)<\/a\s*>/gi)) linked += wordCount(htmlToText(m[1]).text);
  return all === 0 ? 1 : linked / all;
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /\p{L}|\p{N}/u.test(w)).length;
}

/**
 * A saved web page (or pasted HTML) to its article. Nothing runs: linkedom builds a
 * DOM without scripts, Readability picks the article, and the article's HTML is turned
 * into text by `htmlToText`. When no article is found, `found` is false and `text` is
 * the whole page's text, for the caller to offer.
 */
export function readWebPage(html: string): WebPage {
  const { document: doc } = parseHTML(html);
  const headTitle = clean(doc.querySelector('title')?.textContent);
  const ogTitle = metaContent(doc, ['meta[property="og:title"]', 'meta[name="twitter:title"]']);
  const h1 = clean(doc.querySelector('h1')?.textContent);
  const lang =
    clean(doc.documentElement?.getAttribute('lang')) ??
    metaContent(doc, ['meta[http-equiv="content-language"]', 'meta[property="og:locale"]']);
  removeNotArticle(doc);
  const readerable = isProbablyReaderable(doc as unknown as Document);
  // The page's whole visible text, for short fragments and for "import the whole text".
  const whole = htmlToText(doc.toString());
  let parsed: ReturnType<Readability<string>['parse']> = null;
  try {
    parsed = new Readability(doc as unknown as Document, { charThreshold: 300, keepClasses: false }).parse();
  } catch {
    parsed = null;
  }
  const site = clean(parsed?.siteName) ?? metaContent(doc, ['meta[property="og:site_name"]', 'meta[name="application-name"]']);
  const text = parsed?.content ? htmlToText(parsed.content).text : '';
  const title = bareTitle(clean(parsed?.title) ?? headTitle ?? ogTitle ?? whole.title, site, [ogTitle, h1]);
  const wholeWords = wordCount(whole.text);
  // A fragment (pasted markup, a short note) has nothing around an article to tell apart: all of it is the text.
  const fragment = wholeWords < 150;
  // Reader View's own test, or else text that is not mostly links (a menu, a catalogue, search results).
  const reader =
    text !== '' &&
    !(wordCount(text) < 25 && wholeWords >= 3 * wordCount(text) + 50) &&
    (readerable || linkShare(parsed?.content ?? '') < 0.3);
  const found = reader || fragment;
  const body = reader && !fragment ? text : whole.text;
  return {
    found,
    title,
    byline: byline(parsed?.byline ?? null) ?? byline(metaContent(doc, ['meta[name="author"]'])),
    site,
    published: pageDate(doc, clean(parsed?.publishedTime)) ?? datelineDay(body),
    lang: clean(parsed?.lang) ?? lang,
    text: body,
  };
}
