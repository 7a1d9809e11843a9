/** Paragraphs, sentences and word tokens of an article, with offsets into its text. */

export type Paragraph = { start: number; end: number; isHeading: boolean; isPull: boolean };
export type Sentence = { start: number; end: number; para: number };
/** A word: `cap` when it starts with an upper-case letter, `first` when it opens a sentence. */
export type Token = { start: number; end: number; text: string; cap: boolean; first: boolean; sentence: number };

export type TextModel = {
  text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: Token[];
};

const ABBREVIATIONS = new Set(
  'mr mrs ms dr st prof gen col lt sgt capt sen rep gov jr sr inc ltd co corp vs etc no jan feb mar apr aug sep sept oct nov dec fig al approx dept est maj adm cmdr pres rev hon mt ft e.g i.e u.s u.k u.n a.m p.m'.split(
    ' ',
  ),
);

const MAX_SENTENCE_CHARS = 1500;
const SENTENCE_END = /[.!?…]+["'”’»)\]]*(?=\s+["'“‘«([]?[\p{Lu}\p{N}])/gu;

function isAbbreviation(text: string, dot: number): boolean {
  if (text[dot] !== '.') return false;
  let i = dot - 1;
  while (i >= 0 && /[\p{L}.]/u.test(text[i])) i -= 1;
  const word = text.slice(i + 1, dot).toLowerCase();
  if (word.length === 1) return true;
  return ABBREVIATIONS.has(word);
}

function splitSentences(text: string, start: number, end: number, para: number, out: Sentence[]): void {
  const body = text.slice(start, end);
  let from = 0;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(body); m !== null; m = SENTENCE_END.exec(body)) {
    if (isAbbreviation(body, m.index) && m[0].length === 1) continue;
    const stop = m.index + m[0].length;
    pushCapped(body, start, from, stop, para, out);
    from = stop;
    while (from < body.length && /\s/.test(body[from])) from += 1;
  }
  if (from < body.length) pushCapped(body, start, from, body.length, para, out);
}

/**
 * Text without sentence ends (lists, run-ons, hostile input) is cut near every
 * MAX_SENTENCE_CHARS at a space, so that no per-sentence step can become quadratic.
 */
function pushCapped(body: string, base: number, from: number, to: number, para: number, out: Sentence[]): void {
  let s = from;
  while (to - s > MAX_SENTENCE_CHARS) {
    let cut = body.lastIndexOf(' ', s + MAX_SENTENCE_CHARS);
    if (cut <= s) cut = s + MAX_SENTENCE_CHARS;
    out.push({ start: base + s, end: base + cut, para });
    s = cut;
    while (s < to && /\s/.test(body[s])) s += 1;
  }
  if (to > s) out.push({ start: base + s, end: base + to, para });
}

/** A short line without closing punctuation is a heading, not prose. */
const QUESTION_OPENER = /^(?:How|What|Why|Who|When|Where|Which|Is|Are|Can|Could|Will|Would|Does|Do|Should)\s/;

function looksLikeHeading(line: string): boolean {
  const words = line.split(/\s+/).length;
  const trimmed = line.trim();
  // "How much warming is too much?": a short question standing alone is a section heading, not a claim.
  if (words <= 10 && /\?$/.test(trimmed) && QUESTION_OPENER.test(trimmed)) return true;
  // "— Ananya Deshpande, chief executive": a dash line under a block quotation attributes it.
  if (/^[—–]\s*\p{Lu}/u.test(trimmed)) return false;
  return words <= 12 && !/[.!?:;,"”’')\]»…]$/.test(trimmed);
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;

function tokenize(text: string, sentences: Sentence[]): Token[] {
  const tokens: Token[] = [];
  for (let s = 0; s < sentences.length; s += 1) {
    const { start, end } = sentences[s];
    const body = text.slice(start, end);
    WORD.lastIndex = 0;
    let first = true;
    for (let m = WORD.exec(body); m !== null; m = WORD.exec(body)) {
      let word = m[0];
      // Keep "U.S." and "St." dots, drop a sentence-final dot glued to the word.
      if (word.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(word)) word = word.slice(0, -1);
      const c = word[0];
      tokens.push({
        start: start + m.index,
        end: start + m.index + word.length,
        text: word,
        cap: c !== c.toLowerCase() && c === c.toUpperCase(),
        first,
        sentence: s,
      });
      first = false;
    }
  }
  return tokens;
}

export function buildTextModel(text: string): TextModel {
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  let pos = 0;
  while (pos <= text.length) {
    let end = text.indexOf('\n', pos);
    if (end === -1) end = text.length;
    let s = pos;
    let e = end;
    while (s < e && /\s/.test(text[s])) s += 1;
    while (e > s && /\s/.test(text[e - 1])) e -= 1;
    if (e > s) {
      const line = text.slice(s, e);
      paragraphs.push({ start: s, end: e, isHeading: looksLikeHeading(line), isPull: false });
      splitSentences(text, s, e, paragraphs.length - 1, sentences);
    }
    pos = end + 1;
  }
  return { text, paragraphs, sentences, tokens: tokenize(text, sentences) };
}

/** Index of the sentence holding offset `at` (binary search). */
export function sentenceAt(model: TextModel, at: number): number {
  const list = model.sentences;
  let lo = 0;
  let hi = list.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (list[mid].start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Index of the first token starting at or after `at`. */
export function tokenAt(model: TextModel, at: number): number {
  const list = model.tokens;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function countWords(text: string): number {
  const m = text.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu);
  return m ? m.length : 0;
}
