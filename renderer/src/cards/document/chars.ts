/**
 * Character classes by code point, for the scans that run over every character of an
 * article (words, word counts): ASCII from a table, other characters asked of the Unicode
 * property escapes once and remembered, so that a scan costs no regular expression per word.
 */

const LETTER_OR_DIGIT = 1;
const MARK = 2;
const KNOWN = 4;
const LETTER = 8;
const UPPER = 16;
/** Class bits of the Basic Multilingual Plane, filled on first use of each code. */
const BMP = new Uint8Array(0x10000);
for (let c = 0; c < 128; c += 1) {
  const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  const word = letter || (c >= 48 && c <= 57);
  BMP[c] = KNOWN | (word ? LETTER_OR_DIGIT : 0) | (letter ? LETTER : 0) | (c >= 65 && c <= 90 ? UPPER : 0);
}

function classOf(cp: number): number {
  if (cp < 0x10000) {
    const known = BMP[cp];
    if (known !== 0) return known;
  }
  const c = String.fromCodePoint(cp);
  const bits =
    KNOWN |
    (/[\p{L}\p{N}]/u.test(c) ? LETTER_OR_DIGIT : 0) |
    (/\p{M}/u.test(c) ? MARK : 0) |
    (/\p{L}/u.test(c) ? LETTER : 0) |
    (/\p{Lu}/u.test(c) ? UPPER : 0);
  if (cp < 0x10000) BMP[cp] = bits;
  return bits;
}

/** `[\p{L}\p{N}]` for one code point. */
export function isLetterOrDigit(cp: number): boolean {
  return (classOf(cp) & LETTER_OR_DIGIT) !== 0;
}

/** `\p{Lu}` for one code point. */
export function isUpper(cp: number): boolean {
  return (classOf(cp) & UPPER) !== 0;
}

/** `[\p{Lu}\p{N}]` for one code point. */
export function isUpperOrDigit(cp: number): boolean {
  const bits = classOf(cp);
  return (bits & UPPER) !== 0 || (bits & (LETTER_OR_DIGIT | LETTER)) === LETTER_OR_DIGIT;
}

/** `\p{N}` for one code point: a letter or digit that is no letter. */
export function isDigitCode(cp: number): boolean {
  return (classOf(cp) & (LETTER_OR_DIGIT | LETTER)) === LETTER_OR_DIGIT;
}

/** `\p{L}` for one code point. */
export function isLetter(cp: number): boolean {
  return (classOf(cp) & LETTER) !== 0;
}

/**
 * Where the word that opens at `start` (a letter) ends, as `/\p{L}[\p{L}'’-]*\/gu` reads it: letters,
 * apostrophes and hyphens. Scanned by code point, for the passes over every word of an article.
 */
export function letterWordEnd(text: string, start: number): number {
  let i = start;
  while (i < text.length) {
    const cp = text.codePointAt(i) as number;
    if (!(isLetter(cp) || cp === 39 || cp === 0x2019 || cp === 45)) break;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

/** `\p{M}` for one code point. */
export function isMark(cp: number): boolean {
  return (classOf(cp) & MARK) !== 0;
}

/**
 * The code point at `i` as a regular expression with the `u` flag reads it within [.., end):
 * a surrogate pair cut by `end` is a lone surrogate.
 */
export function codePointWithin(text: string, i: number, end: number): number {
  const cp = text.codePointAt(i) as number;
  return cp > 0xffff && i + 1 >= end ? text.charCodeAt(i) : cp;
}

const CAPITAL = new Uint8Array(0x10000);

/** A UTF-16 unit that changes in lower case and not in upper case: an upper-case (or title-case) letter. */
export function isCapitalUnit(code: number): boolean {
  if (code < 128) return code >= 65 && code <= 90;
  let known = CAPITAL[code];
  if (known === 0) {
    const c = String.fromCharCode(code);
    known = c !== c.toLowerCase() && c === c.toUpperCase() ? 1 : 2;
    CAPITAL[code] = known;
  }
  return known === 1;
}

const LOWER = new Uint16Array(0x10000);

/**
 * The lower case of one UTF-16 unit, as `toLowerCase` gives it inside a string, or -1 where that
 * depends on more than the unit: a surrogate, İ (two units in lower case) and Σ (ς at a word's end).
 */
export function lowerUnit(code: number): number {
  if (code < 128) return code >= 65 && code <= 90 ? code + 32 : code;
  if ((code >= 0xd800 && code <= 0xdfff) || code === 0x130 || code === 0x3a3) return -1;
  let lower = LOWER[code];
  if (lower === 0) {
    const s = String.fromCharCode(code).toLowerCase();
    lower = s.length === 1 ? s.charCodeAt(0) : 0xffff;
    LOWER[code] = lower;
  }
  return lower === 0xffff ? -1 : lower;
}

/** White space as `\s` reads it (ASCII without a regular expression). */
export function isSpaceCode(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** `text.split(/\s+/).filter((w) => w !== '').length`, without the array: the runs of non-space characters. */
export function spacedWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i += 1) {
    const space = isSpaceCode(text.charCodeAt(i));
    if (!space && !inWord) count += 1;
    inWord = !space;
  }
  return count;
}

/** `text.split(/\s+/).length` without the array: one more than the runs of white space. */
export function splitLength(text: string): number {
  let count = 1;
  let inSpace = false;
  for (let i = 0; i < text.length; i += 1) {
    const space = isSpaceCode(text.charCodeAt(i));
    if (space && !inSpace) count += 1;
    inSpace = space;
  }
  return count;
}

/** ASCII and the punctuation articles use most (curly quotes, dashes, ellipsis, no-break space): no letter outside a-z. */
const PLAIN = /^[\0-\x7f\u00a0\u2013\u2014\u2018\u2019\u201c\u201d\u2026]*$/;

/** `text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()`, without Unicode classes where the text is plain. */
export function lowerWords(text: string): string {
  const lower = text.toLowerCase();
  return (PLAIN.test(text) ? lower.replace(/[^a-z0-9]+/g, ' ') : lower.replace(/[^\p{L}\p{N}]+/gu, ' ')).trim();
}

/** `word.replace(/['’]s?$/u, '')`: a possessive's or plural owner's mark taken off, read from the last two characters. */
export function withoutPossessive(word: string): string {
  const n = word.length;
  const last = word.charCodeAt(n - 1);
  if (last === 39 || last === 0x2019) return word.slice(0, -1);
  if (last !== 115 || n < 2) return word;
  const before = word.charCodeAt(n - 2);
  return before === 39 || before === 0x2019 ? word.slice(0, -2) : word;
}
