/**
 * Web pages to an article. `readWebPage` finds the article the way Firefox's Reader
 * View does (Mozilla's Readability over linkedom's DOM, which runs in a Web Worker and
 * in Node and executes nothing), with its title, byline, site, language and
 * publication date. `htmlToText` turns HTML into plain text with a small tokenizer:
 * nothing is executed or kept; script-like elements vanish with their contents; block
 * elements become line breaks; <q> becomes curly quotes; entities are decoded.
 */
import { Readability } from '@mozilla/readability';
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

const CLOSING: Record<string, RegExp> = {
  script: /<\/script/gi,
  style: /<\/style/gi,
  svg: /<\/svg/gi,
  template: /<\/template/gi,
};

/** Where the closing tag `</name` starts at or after `from`, in any case, without lower-casing the page. */
function closingTagAt(html: string, name: string, from: number): number {
  const re = CLOSING[name];
  re.lastIndex = from;
  return re.exec(html)?.index ?? -1;
}

/** Markup left once scripts, styles, inline images and SVG are set aside, above which a page is not read. */
export const MAX_PAGE_MARKUP = 12 * 1024 * 1024;

/**
 * What a page's text can never come from, removed with one linear pass before the DOM is
 * built: scripts (JSON-LD metadata aside), styles, SVG, comments and inline `data:` images
 * (what makes saved pages big).
 */
export function slimHtml(html: string): string {
  const out: string[] = [];
  const open = /<(script|style|svg|template)\b[^>]*>|<!--|(["'])data:/gi;
  let from = 0;
  for (let m = open.exec(html); m !== null; m = open.exec(html)) {
    let end: number;
    if (m[2]) {
      // An inline data: URI: keep the quotes, drop the value.
      const close = html.indexOf(m[2], m.index + 1);
      if (close === -1) break;
      out.push(html.slice(from, m.index + 1));
      end = close;
    } else if (m[0] === '<!--') {
      const close = html.indexOf('-->', m.index + 4);
      out.push(html.slice(from, m.index));
      end = close === -1 ? html.length : close + 3;
    } else {
      const name = m[1].toLowerCase();
      // Offsets stay those of the page: a lower-cased copy would move them after an İ (two characters in lower case).
      const close = closingTagAt(html, name, open.lastIndex);
      const after = close === -1 ? html.length : html.indexOf('>', close) + 1 || html.length;
      if (/ld\+json/i.test(m[0])) {
        // JSON-LD holds the page's metadata (author, date): kept.
        open.lastIndex = after;
        continue;
      }
      out.push(html.slice(from, m.index));
      end = after;
    }
    from = end;
    open.lastIndex = end;
  }
  out.push(html.slice(from));
  return out.join('');
}

/**
 * `<!--[if IE 8]><!--> <html class="ie8"> <!--<![endif]-->`, once per old browser: a page opened more than once
 * leaves the parser with no body to find the article in; only the first opening stays.
 */
export function oneHtmlOpening(html: string): string {
  let opened = 0;
  // (An opening inside a comment, `<!--[if IE 8]> <html class="ie8"> <![endif]-->`, is no opening.)
  return html.replace(/<!--[\s\S]*?(?:-->|$)|<html\b[^>]*>/gi, (tag) =>
    tag.startsWith('<!--') || opened++ === 0 ? tag : '',
  );
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
const NOT_ARTICLE = new Set([
  // A picture's caption and credit: the reader of a deck sees no picture, and a caption's "on Monday" dates the
  // photograph, not the story.
  'figcaption',
  'script',
  'style',
  'dialog',
  'nav',
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
]);
const NOT_ARTICLE_ROLES = new Set(['dialog', 'alertdialog', 'navigation']);
const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;
/**
 * Page furniture by class: banners, ads, author boxes, text for screen readers, a name's hover card (its latest
 * headlines, glued to the name in the text), and embedded social posts, whose signature line ("— Ada Vesk (@adavesk) May 2, 2024") dates the post and names its account, not the story.
 */
const JUNK_CLASS =
  /(?:^|[\s_-])(?:cookie|cookies|consent|gdpr|paywall|newsletter|subscribe|advert|advertisement|ads?|sponsored|promo|outbrain|taboola|author-(?:box|bio|info|card)|about-the-author|visually-hidden|sr-only|screen-reader-text|screenreader-only|twitter-tweet|twitter-video|instagram-media|tiktok-embed|fb-post|bluesky-embed|slideshow|popover|tooltip|hover-?card|rollover-block)(?:$|[\s_-])/i;

/**
 * A picture's caption or credit outside <figcaption> ("media-caption", "credit", "rolloverCaption",
 * "galleryCaption001", "captionText"; not "no_caption").
 */
const CAPTION_CLASS =
  /(?:^|[\s-])(?<!no-)(?:caption|captions|credit|credits)(?:$|[\s-])|(?:^|[\s_-])(?:caption|credit)s?(?=[A-Z\d])|(?<=[a-z])(?:Caption|Credit)s?(?=$|[\s_\dA-Z-])/;
/** Longer than this, an element called a caption holds more than a caption. */
const MAX_CAPTION_CHARS = 600;
/** Up to this long, an element called a caption is one even when it holds paragraphs. */
const MAX_CAPTION_PARAGRAPH_CHARS = 300;

function clean(value: string | null | undefined): string | null {
  const v = value ? decodeEntities(value).replace(/\s+/g, ' ').trim() : '';
  return v === '' ? null : v;
}

/** The page's <meta> values by `property:…`, `name:…`, `itemprop:…` and `http-equiv:…` (lower case), first one kept. */
type Metas = Map<string, string>;

function metasOf(doc: Doc): Metas {
  const metas: Metas = new Map();
  for (const meta of doc.getElementsByTagName('meta')) {
    const content = meta.getAttribute('content');
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = meta.getAttribute(attr);
      if (key && !metas.has(`${attr}:${key.toLowerCase()}`)) metas.set(`${attr}:${key.toLowerCase()}`, content);
    }
  }
  return metas;
}

function metaContent(metas: Metas, keys: string[]): string | null {
  for (const key of keys) {
    const value = clean(metas.get(key));
    if (value) return value;
  }
  return null;
}

/** One pass over the page: hidden elements, dialogs (cookie banners), menus, forms, ads and the like go. */
function removeNotArticle(doc: Doc): void {
  for (const el of [...doc.querySelectorAll('*')]) {
    const tag = el.localName?.toLowerCase() ?? '';
    // Most elements have no attribute: only their name can drop them.
    const bare = !el.hasAttributes();
    let drop =
      NOT_ARTICLE.has(tag) ||
      (!bare &&
        (el.hasAttribute('hidden') ||
          el.getAttribute('aria-hidden') === 'true' ||
          el.getAttribute('aria-modal') === 'true' ||
          NOT_ARTICLE_ROLES.has(el.getAttribute('role') ?? '')));
    if (!drop && !bare) {
      const style = el.getAttribute('style');
      // The class attribute as linkedom stores it (its tokens joined by one space), which is what
      // getAttribute('class') rebuilds from the class list at each call.
      const names = `${el.getAttributeNode('class')?.value ?? ''} ${el.getAttribute('id') ?? ''}`;
      const captioned = names.length > 1 && CAPTION_CLASS.test(names);
      const said = captioned ? (el.textContent ?? '').replace(/\s+/g, ' ').trim().length : 0;
      drop =
        (style !== null && HIDDEN_STYLE.test(style)) ||
        (names.length > 1 && JUNK_CLASS.test(names) && !el.querySelector('article,main,h1')) ||
        (captioned &&
          said <= MAX_CAPTION_CHARS &&
          !el.querySelector('article,main,h1,h2') &&
          // (A caption may hold a paragraph or two of its own: "1 of 18. A diver …" with its credit.)
          (said <= MAX_CAPTION_PARAGRAPH_CHARS || !el.querySelector('p')));
    }
    if (drop) el.remove();
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
  const v = clean(value)
    ?.replace(/^(?:by|written by|words by)\s+/i, '')
    .replace(/\s*[|,]\s*$/, '');
  return v && v.length <= 200 && !/^https?:/i.test(v) ? v : null;
}

const DATE_KEYS = [
  'property:article:published_time',
  'itemprop:datepublished',
  'name:date',
  'name:pubdate',
  'name:publishdate',
  'name:dc.date',
  'name:dc.date.issued',
  'name:dcterms.created',
];

/** The publication date from the page's meta tags, else its <time datetime> (the one marked as the publication first). */
function pageDate(doc: Doc, metas: Metas): string | null {
  const fromMeta = isoDay(metaContent(metas, DATE_KEYS));
  if (fromMeta) return fromMeta;
  const times = [...doc.getElementsByTagName('time')].filter((t) => t.getAttribute('datetime'));
  const marked = times.filter(
    (t) => t.hasAttribute('pubdate') || t.getAttribute('itemprop') === 'datePublished' || t.closest('article'),
  );
  for (const time of [...marked, ...times]) {
    const d = isoDay(time.getAttribute('datetime'));
    if (d) return d;
  }
  return null;
}

/** Words, roughly: runs of non-space characters (fast on a whole page's text). */
function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    const space = c === 32 || (c >= 9 && c <= 13) || c === 160;
    if (!space && !inWord) count += 1;
    inWord = !space;
  }
  return count;
}

/** `wordCount(root.textContent)` counted no further than `most`: text walked node by node, a word may span two. */
function wordsUpTo(root: DomNode | null, most: number): number {
  let count = 0;
  let inWord = false;
  const walk = (node: DomNode): boolean => {
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i += 1) {
      const kid = kids[i];
      if (kid.nodeType === 1 && walk(kid)) return true;
      if (kid.nodeType !== 3 && kid.nodeType !== 4) continue;
      const text = kid.nodeValue ?? '';
      for (let k = 0; k < text.length; k += 1) {
        const c = text.charCodeAt(k);
        const space = c === 32 || (c >= 9 && c <= 13) || c === 160;
        if (!space && !inWord && ++count >= most) return true;
        inWord = !space;
      }
    }
    return false;
  };
  if (root) walk(root);
  return count;
}

/**
 * A saved web page (or pasted HTML) to its article. Nothing runs: linkedom builds a
 * DOM without scripts, Readability picks the article, and the article's HTML is turned
 * into text by `htmlToText`. When no article is found, `found` is false and `text` is
 * the whole page's text, for the caller to offer.
 */
/** A DOM for the page; a fragment (pasted markup) is put in a body first, as a browser would. */
function domOf(html: string): Doc {
  const whole = /<html[\s>]|<body[\s>]/i.test(html.slice(0, 100_000));
  return parseHTML(whole ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`).document;
}

export function readWebPage(source: string): WebPage | { tooLarge: number } {
  const html = oneHtmlOpening(source.length > 200_000 ? slimHtml(source) : source);
  if (html.length > MAX_PAGE_MARKUP) return { tooLarge: html.length };
  const doc = domOf(html);
  const headTitle = clean(doc.querySelector('title')?.textContent);
  const metas = metasOf(doc);
  const ogTitle = metaContent(metas, ['property:og:title', 'name:twitter:title']);
  const h1 = clean(doc.querySelector('h1')?.textContent);
  const lang =
    clean(doc.documentElement?.getAttribute('lang')) ??
    metaContent(metas, ['http-equiv:content-language', 'property:og:locale']);
  removeNotArticle(doc);
  // Read before Readability rearranges the page.
  const dated = pageDate(doc, metas);
  // Only compared with 150 and with 3 × 24 + 50 below: counted no further (the whole page's text is never built).
  const wholeWords = wordsUpTo((doc.body ?? doc.documentElement) as unknown as DomNode | null, 150);
  let parsed: ReturnType<Readability<unknown>['parse']> = null;
  try {
    parsed = withoutSerializing(doc, html, () => {
      const reader = new Readability<unknown>(doc as unknown as Document, {
        charThreshold: 300,
        keepClasses: false,
        serializer: (el) => el,
      });
      (reader as unknown as { _getAllNodesWithTag: typeof elementsNamed })._getAllNodesWithTag = elementsNamed;
      return reader.parse();
    });
  } catch {
    parsed = null;
  }
  const site = clean(parsed?.siteName) ?? metaContent(metas, ['property:og:site_name', 'name:application-name']);
  const content = parsed?.content as unknown as DomNode | undefined;
  const text = content ? domText(content) : '';
  const title = bareTitle(clean(parsed?.title) ?? headTitle ?? ogTitle ?? h1, site, [ogTitle, h1]);
  // A fragment (pasted markup, a short note) has nothing around an article to tell apart: all of it is the text.
  const fragment = wholeWords < 150;
  // Not an article: next to nothing found in a big page, or mostly links (a menu, a catalogue, search results).
  const reader =
    text !== '' && !(wordCount(text) < 25 && wholeWords >= 3 * wordCount(text) + 50) && linkShare(content!) < 0.5;
  const found = reader || fragment;
  const author = byline(parsed?.byline ?? null) ?? byline(metaContent(metas, ['name:author']));
  const body = reader && !fragment ? withoutTrailer(text, author) : wholeText(html);
  return {
    found,
    title,
    byline: author,
    site,
    published: isoDay(clean(parsed?.publishedTime)) ?? dated ?? datelineDay(body),
    lang: clean(parsed?.lang) ?? lang,
    text: body,
  };
}

/** A line that only says where else the story appeared ("A version of this article appears in print on …"). */
const PUBLISHING_NOTE =
  /^(?:a version of this (?:article|story) (?:appears|appeared)|this (?:article|story) (?:was )?(?:originally )?(?:appears|appeared|published|reprinted|first appeared)|order reprints\b|copyright\b|©)/i;
/** A page's call to follow or subscribe ("Follow Velm Insights and never miss an update!"), not the story's. */
const CALL_TO_ACTION =
  /^(?:follow|subscribe(?: to)?|sign up(?: for| to)?|click here|download|get)\b(?=.{0,120}$)(?=.*\b(?:never miss|newsletters?|updates?|inbox|our app)\b)/i;
/** A heading after the story: what follows it is the site's, not the story's. */
const TRAILER_HEADING =
  /^(?:about the authors?|read more|related(?: stories| articles| coverage| content)?|more from .{1,40}|recommended(?: for you)?|most (?:popular|read)|further reading|more on this story|you (?:may|might) also (?:like|enjoy)|(?:want |looking for )?more (?:stories|articles|reads) like this|references|notes|see also|external links|sources|bibliography|citations|footnotes|works cited)[:.?]?$/i;
/** A wiki's section link after a heading: "Mozilla Festival[edit]". */
const EDIT_LINK = /\s*\[edit\]$/i;
/** Verbs of a line about the story's own author ("Ada Vesk is the author of …", "… has covered economics since 2012"). */
const AUTHOR_NOTE = /^\s+(?:is|was|has|covers|reports|writes|edits)\b/;

/**
 * The story without what a news page puts after it: a heading such as "About the author", "Read more" or
 * "References" in the last third of the text and all that follows (a wiki's "[edit]" links go from every heading), notes of where it was printed, calls to
 * follow or subscribe, and a closing line about its author (`author`: the page's byline).
 */
export function withoutTrailer(text: string, author: string | null): string {
  const lines = text.split('\n').map((line) => line.replace(EDIT_LINK, ''));
  let end = lines.length;
  let at = 0;
  for (let i = 0; i < lines.length; i += 1) {
    if (at >= text.length * (2 / 3) && TRAILER_HEADING.test(lines[i].trim())) {
      end = i;
      break;
    }
    at += lines[i].length + 1;
  }
  const names = author
    ? [author, author.split(/\s+/).pop() ?? author].filter((n) => n.length > 2 && /^\p{Lu}/u.test(n))
    : [];
  const widget = statBlocks(lines);
  const kept = lines.slice(0, end).filter((line, i) => {
    if (widget.has(i)) return false;
    if (PUBLISHING_NOTE.test(line.trim()) || CALL_TO_ACTION.test(line.trim())) return false;
    // Only among the last lines: the author's name may be a source's too in the story.
    if (i >= end - 2 && names.some((n) => line.startsWith(n) && AUTHOR_NOTE.test(line.slice(n.length)))) return false;
    return true;
  });
  return kept.join('\n');
}

/** A live figure of a page's widget, a number and its label run together ("28,140Cases", "5,210 396Recovered", "Velm3029"). */
const STAT_LINE = /^(?:[\d.,]+(?:\s[\d.,]+)?\p{L}{2,15}|\p{L}[\p{L} .'’-]{0,30}\p{L}\d[\d.,]*)$/u;
const MIN_STAT_LINES = 3;
const FIGURE = /\d[\d,.]*\d/g;

/**
 * The lines of a page's live-figures widget (a tracker's "Cases / Active / Recovered / Deaths" panel): three
 * lines of figures or more, the short heading above them, and the line after them that restates two of their
 * figures ("… confirmed cases are 28,140 and 1,976 have died …"); the figures are the widget's day, not the story's.
 */
function statBlocks(lines: string[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j < lines.length && STAT_LINE.test(lines[j].trim())) j += 1;
    if (j - i < MIN_STAT_LINES) {
      i = Math.max(j, i + 1);
      continue;
    }
    const figures = new Set(lines.slice(i, j).flatMap((line) => line.match(FIGURE) ?? []));
    for (let k = i; k < j; k += 1) out.add(k);
    const heading = lines[i - 1]?.trim() ?? '';
    if (i > 0 && heading.split(/\s+/).length <= 3 && !/[.!?]$/.test(heading)) out.add(i - 1);
    const restated = (lines[j]?.match(FIGURE) ?? []).filter((f) => figures.has(f)).length;
    if (restated >= 2) out.add(j);
    i = j;
  }
  return out;
}

/** The little of a linkedom element that `elementsNamed` walks. */
type ElementWalk = { localName: string; firstElementChild: ElementWalk | null; nextElementSibling: ElementWalk | null };

/**
 * Readability's `_getAllNodesWithTag`: `root.querySelectorAll(tagNames.join(','))` with a walk, the elements
 * below `root` whose lower-case name is listed, in document order, a template's content skipped as linkedom
 * skips it. linkedom compiles the selector on every call, thousands of times on a big page (once per paragraph).
 */
function elementsNamed(root: ElementWalk, tagNames: string[]): ElementWalk[] {
  const names = tagNames.map((t) => t.toLowerCase());
  const out: ElementWalk[] = [];
  const walk = (parent: ElementWalk) => {
    for (let el = parent.firstElementChild; el !== null; el = el.nextElementSibling) {
      if (names.includes(el.localName.toLowerCase())) out.push(el);
      if (el.localName !== 'template') walk(el);
    }
  };
  walk(root);
  return out;
}

const PAGE_CACHE = '\u0000dossier: the page as first read\u0000';

/**
 * Readability serialises the whole page before it starts (to start again from it when it
 * finds too little) and the article when it is done (for a debug log it does not print):
 * half the time on a big page. While it runs, `innerHTML` reads give a marker for the page
 * and nothing for the rest; writing the marker back rebuilds the page from its source.
 */
function withoutSerializing<T>(doc: Doc, html: string, run: () => T): T {
  const body = doc.body as object | null;
  let proto = body ? Object.getPrototypeOf(body) : null;
  while (proto && !Object.getOwnPropertyDescriptor(proto, 'innerHTML')) proto = Object.getPrototypeOf(proto);
  const original = proto ? Object.getOwnPropertyDescriptor(proto, 'innerHTML') : undefined;
  if (!proto || !original?.get || !original.set) return run();
  const { get, set } = original;
  Object.defineProperty(proto, 'innerHTML', {
    configurable: true,
    get(this: object) {
      return this === body ? PAGE_CACHE : '';
    },
    set(this: object, value: string) {
      if (this === body && value === PAGE_CACHE) {
        const fresh = domOf(html);
        removeNotArticle(fresh);
        set.call(this, fresh.body ? get.call(fresh.body) : '');
      } else set.call(this, value);
    },
  });
  try {
    return run();
  } finally {
    Object.defineProperty(proto, 'innerHTML', original);
  }
}

/** The page's whole visible text (what is left once hidden parts, menus and forms are gone). */
function wholeText(html: string): string {
  const doc = domOf(html);
  removeNotArticle(doc);
  const root = (doc.body ?? doc.documentElement) as unknown as DomNode | null;
  return root ? domText(root) : '';
}

/** The little of a DOM node the walker needs (linkedom's nodes in the worker and in Node). */
type DomNode = { nodeType: number; nodeName: string; nodeValue: string | null; childNodes: ArrayLike<DomNode> };

const SKIP = new Set([...DROP, 'head', 'button', 'input', 'textarea']);

/** A DOM subtree to text: block elements end lines, <q> becomes curly quotes, nothing else of the markup is kept. */
export function domText(root: DomNode): string {
  const parts: string[] = [];
  let qDepth = 0;
  const walk = (node: DomNode) => {
    if (node.nodeType === 3) {
      parts.push((node.nodeValue ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeName.toLowerCase();
    if (SKIP.has(name)) return;
    const block = BLOCK.has(name);
    if (block) parts.push('\n');
    if (name === 'q') parts.push(qDepth++ % 2 === 0 ? '“' : '‘');
    const kids = node.childNodes;
    for (let i = 0; i < kids.length; i += 1) walk(kids[i]);
    if (name === 'q') parts.push(--qDepth % 2 === 0 ? '”' : '’');
    if (block) parts.push('\n');
  };
  walk(root);
  return tidy(parts.join(''));
}

/** Share of the words under a node that sit inside links. */
function linkShare(root: DomNode): number {
  let all = 0;
  let linked = 0;
  const walk = (node: DomNode, inLink: boolean) => {
    if (node.nodeType === 3) {
      const n = wordCount(node.nodeValue ?? '');
      all += n;
      if (inLink) linked += n;
      return;
    }
    const kids = node.childNodes;
    const link = inLink || node.nodeName.toLowerCase() === 'a';
    for (let i = 0; i < kids.length; i += 1) walk(kids[i], link);
  };
  walk(root, false);
  return all === 0 ? 1 : linked / all;
}
