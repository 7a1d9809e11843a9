/**
 * HTML to plain text with a small tokenizer: nothing is executed or kept. Script-like
 * elements vanish with their contents; block elements become line breaks; <q> becomes
 * curly quotes; entities (named and numeric) are decoded.
 */

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
