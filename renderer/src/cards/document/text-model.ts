/** Paragraphs, sentences and word tokens of an article, with offsets into its text. */

import { lastStartingAt, partitionPoint } from '../../../../shared/search';
import {
  CLOSING_ABBREVIATIONS,
  INNER_ABBREVIATIONS,
  NUMBER_ABBREVIATIONS,
  SENTENCE_OPENERS,
  TITLE_ABBREVIATIONS,
} from '../lexicon/abbreviations';
import {
  codePointWithin,
  isCapitalUnit,
  isDigitCode,
  isLetter,
  isLetterOrDigit,
  isMark,
  isSpaceCode,
  isUpperOrDigit,
} from './chars';

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

const MAX_SENTENCE_CHARS = 1500;
/** How far an article's lead runs: the title and the first paragraph or two. */
export const LEAD_CHARS = 800;
/** How far back a word before a dot is read ("ph.d", "u.s.a"): a bounded look-behind keeps the split linear. */
const MAX_ABBREVIATION_CHARS = 8;

/** Codes of . ! ? and …, the marks that may end a sentence. */
const isTerminator = (code: number): boolean => code === 46 || code === 33 || code === 63 || code === 0x2026;
/** Marks that may close a sentence after its full stop: quotation marks, brackets. */
const CLOSERS = '"\'”’»›」)]';
/** Marks that may open the next sentence before its first letter. */
const OPENERS = '"\'“‘«‹„「([';
const QUOTE_OPENERS = '"\'“‘«‹„「';

/** `/[\p{Lu}\p{N}]/u` on the UTF-16 unit at `i` (false past the end), from the class table. */
const isUpperOrDigitAt = (text: string, i: number): boolean => i < text.length && isUpperOrDigit(text.charCodeAt(i));
/** `/\p{L}/u` on the UTF-16 unit at `i`. */
const isLetterAt = (text: string, i: number): boolean => i < text.length && isLetter(text.charCodeAt(i));

/** The lower-cased word after `at` (letters only, at most a few), for the abbreviation rules. */
function wordAt(text: string, at: number, end: number): string {
  let i = at;
  while (i < end && i - at < 16 && isLetterAt(text, i)) i += 1;
  return text.slice(at, i).toLowerCase();
}

/**
 * Whether the single dot at `dot` ends a sentence, given that the next word (at `next`)
 * starts with a capital or a digit. Abbreviations: titles ("Gen.", "Mr.") never end one,
 * "No. 10" and "Jan. 5" do not, initials ("F.") and closing abbreviations ("U.S.", "Inc.",
 * "Ph.D.") end one only before a word that usually opens a sentence or a new quotation.
 */
function dotEndsSentence(text: string, dot: number, next: number, end: number): boolean {
  let i = dot - 1;
  while (i >= 0 && dot - i <= MAX_ABBREVIATION_CHARS && (isLetterAt(text, i) || text.charCodeAt(i) === 46)) i -= 1;
  // A longer run of letters and dots is a word, not an abbreviation.
  if (i >= 0 && dot - i > MAX_ABBREVIATION_CHARS) return true;
  if (i >= 0 && !/[\s([{"'“‘«„—–-]/.test(text[i])) return true;
  const word = text.slice(i + 1, dot).toLowerCase();
  if (word === '' || word.startsWith('.')) return true;
  const opensQuote = QUOTE_OPENERS.includes(text[next]);
  const nextWord = wordAt(text, opensQuote ? next + 1 : next, end);
  const opener = opensQuote || (SENTENCE_OPENERS.has(nextWord) && nextWord.length > 1);
  if (TITLE_ABBREVIATIONS.has(word) || INNER_ABBREVIATIONS.has(word)) return false;
  if (NUMBER_ABBREVIATIONS.has(word) && next < text.length && isDigitCode(text.charCodeAt(next))) return false;
  if (word.length === 1 || word.includes('.') || CLOSING_ABBREVIATIONS.has(word)) return opener;
  return true;
}

/**
 * Sentences of one paragraph, in one left-to-right scan: a run of . ! ? … (with closing
 * marks) followed by white space and a capital or a digit ends one, unless the dot is an
 * abbreviation's.
 */
function splitSentences(text: string, start: number, end: number, para: number, out: Sentence[]): void {
  let from = start;
  let i = start;
  while (i < end) {
    if (!isTerminator(text.charCodeAt(i))) {
      i += 1;
      continue;
    }
    let j = i;
    while (j < end && isTerminator(text.charCodeAt(j))) j += 1;
    const run = j - i;
    while (j < end && CLOSERS.includes(text[j])) j += 1;
    const stop = j;
    let k = j;
    while (k < end && isSpaceCode(text.charCodeAt(k))) k += 1;
    let next = k;
    if (next < end && OPENERS.includes(text[next])) next += 1;
    const breaks =
      k > stop &&
      isUpperOrDigitAt(text, next) &&
      (run > 1 || stop > i + 1 || text[i] !== '.' || dotEndsSentence(text, i, k, end));
    if (breaks) {
      pushCapped(text, from, stop, para, out);
      from = k;
    }
    i = stop;
  }
  if (from < end) pushCapped(text, from, end, para, out);
}

/** Sentence ranges of a free-standing text (a quotation's words), by the article's own rules. */
export function sentenceRanges(text: string): { start: number; end: number }[] {
  const out: Sentence[] = [];
  let s = 0;
  let e = text.length;
  while (s < e && isSpaceCode(text.charCodeAt(s))) s += 1;
  while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e -= 1;
  if (e > s) splitSentences(text, s, e, 0, out);
  return out.map(({ start, end }) => ({ start, end }));
}

/**
 * Text without sentence ends (lists, run-ons, hostile input) is cut near every
 * MAX_SENTENCE_CHARS at a space, so that no per-sentence step can become quadratic.
 */
function pushCapped(text: string, from: number, to: number, para: number, out: Sentence[]): void {
  let s = from;
  while (to - s > MAX_SENTENCE_CHARS) {
    let cut = s + MAX_SENTENCE_CHARS;
    while (cut > s && text[cut] !== ' ') cut -= 1;
    if (cut <= s) cut = s + MAX_SENTENCE_CHARS;
    out.push({ start: s, end: cut, para });
    s = cut;
    while (s < to && isSpaceCode(text.charCodeAt(s))) s += 1;
  }
  if (to > s) out.push({ start: s, end: to, para });
}

/** A short line without closing punctuation is a heading, not prose. */
const QUESTION_OPENER = /^(?:How|What|Why|Who|When|Where|Which|Is|Are|Can|Could|Will|Would|Does|Do|Should)\s/;

/** `line.split(/\s+/).length` for a line without white space at either end, counted no further than `most + 1`. */
function wordsUpTo(line: string, most: number): number {
  let words = 1;
  for (let i = 0; i < line.length && words <= most; i += 1) {
    if (isSpaceCode(line.charCodeAt(i)) && !isSpaceCode(line.charCodeAt(i + 1))) words += 1;
  }
  return words;
}

/** "— Ananya Deshpande": a dash line naming who said the block quotation above it. */
const DASH_ATTRIBUTION = /^[—–]\s*\p{Lu}/u;

function looksLikeHeading(line: string): boolean {
  const words = wordsUpTo(line, 12);
  const trimmed = line.trim();
  // "How much warming is too much?": a short question standing alone is a section heading, not a claim.
  if (words <= 10 && /\?$/.test(trimmed) && QUESTION_OPENER.test(trimmed)) return true;
  // "— Ananya Deshpande, chief executive": a dash line under a block quotation attributes it.
  if (DASH_ATTRIBUTION.test(trimmed)) return false;
  // "Harbour Board Paid $35 Million In A Settlement (The Velm Courier)": a headline in a list of links, its
  // source in brackets after it.
  const sourced = /\s\([^()]{2,60}\)$/.exec(trimmed);
  if (sourced && words <= 16 && titleCased(trimmed.slice(0, sourced.index))) return true;
  return words <= 12 && !/[.!?:;,"”’')\]»…]$/.test(trimmed);
}

/** Nearly every word of four letters or more capitalised, as a headline writes it. */
function titleCased(line: string): boolean {
  const long = line.split(/\s+/).filter((w) => /^\p{L}[\p{L}'’-]{3,}/u.test(w));
  return long.length >= 3 && long.filter((w) => /^\p{Lu}/u.test(w)).length >= 0.9 * long.length;
}

/** Codes of the characters a word may hold inside (besides letters, digits and marks): ' ’ . - */
const isWordJoiner = (code: number): boolean => code === 39 || code === 0x2019 || code === 46 || code === 45;

/** 1 for the ASCII letters and digits. */
const ASCII_WORD = new Uint8Array(128).map((_, c) => (isLetterOrDigit(c) ? 1 : 0));

/** "P&O", "AT&T": an ampersand between two capitals, with no space, joins one name. */
function isCapitalAmpersand(text: string, i: number, end: number): boolean {
  return i + 1 < end && isCapitalUnit(text.charCodeAt(i - 1)) && isCapitalUnit(text.charCodeAt(i + 1));
}

/**
 * Words of every sentence (an ampersand between capitals joins one: "P&O"), as `/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu` finds
 * them in the sentence's text: a letter or digit, then letters, digits, marks and ' ’ . - up to the
 * last letter or digit. Scanned by code point without a regular expression (every word of the text).
 */
/** A comma at `i` with a digit before it and exactly three digits after it ("10,000", "1,250,000"). */
function thousandsComma(text: string, i: number, end: number): boolean {
  const digit = (k: number) => k < end && text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57;
  return digit(i - 1) && digit(i + 1) && digit(i + 2) && digit(i + 3) && !digit(i + 4);
}

function tokenize(text: string, sentences: Sentence[]): Token[] {
  const tokens: Token[] = [];
  for (let s = 0; s < sentences.length; s += 1) {
    const { start, end } = sentences[s];
    let first = true;
    let i = start;
    while (i < end) {
      // ASCII straight from its table; other characters through their code point.
      const unit = text.charCodeAt(i);
      const cp = unit < 128 ? unit : codePointWithin(text, i, end);
      const size = cp > 0xffff ? 2 : 1;
      if (unit < 128 ? ASCII_WORD[unit] === 0 : !isLetterOrDigit(cp)) {
        i += size;
        continue;
      }
      const from = i;
      let last = i + size;
      i += size;
      while (i < end) {
        const u = text.charCodeAt(i);
        if (u < 128) {
          if (ASCII_WORD[u] === 1) last = i + 1;
          else if (u === 38 && isCapitalAmpersand(text, i, end)) last = i + 1;
          // "10,000": a thousands comma between digits stays inside the number.
          else if (u === 44 && thousandsComma(text, i, end)) last = i + 1;
          else if (u !== 39 && u !== 46 && u !== 45) break;
          i += 1;
          continue;
        }
        const c = codePointWithin(text, i, end);
        const n = c > 0xffff ? 2 : 1;
        if (isLetterOrDigit(c)) last = i + n;
        else if (!isWordJoiner(c) && !isMark(c)) break;
        i += n;
      }
      tokens.push({
        start: from,
        end: last,
        text: text.slice(from, last),
        cap: isCapitalUnit(text.charCodeAt(from)),
        first,
        sentence: s,
      });
      first = false;
      i = last;
    }
  }
  return tokens;
}

/**
 * A place in capitals before a dash that opens a news story, without a date: "CAIRO — ", "ORSKA, Tarn/VELMO
 * (Tarn Wire) - ". The place may name its region and a second place after a slash, and an agency in brackets.
 * A plain hyphen ends one only when a capital follows it.
 */
const DATELINE =
  /^\p{Lu}[\p{Lu}.'’-]+(?:[ ,]+\p{Lu}[\p{Lu}.'’-]+){0,3}(?:,\s*\p{Lu}[\p{L}.]+(?:\s\p{Lu}[\p{L}.]+)?)?(?:\/\p{Lu}[\p{Lu}.'’-]+(?:\s\p{Lu}[\p{Lu}.'’-]+){0,2})?(?:\s*\([\p{L}. ]{1,30}\))?\s*(?:[—–]|--?)\s+(?=\p{Lu})/u;

/** A live blog's time stamp opening a paragraph: "16.06 Rescuers …", "09:15 GMT The ferry …". */
const TIME_LEAD = /^(?:[01]?\d|2[0-3])[.:][0-5]\d(?:\s?(?:GMT|BST|UTC|CET|ET|EST|EDT|PT|PST|PDT))?\s+(?=\p{Lu})/u;

/** An interview's marks opening a paragraph: "Q. How did …", "A: Yes, …". */
const ASKED = /^Q[.:]\s+(?=\S)/u;
const ANSWERED = /^A[.:]\s+(?=\S)/u;

/** Whether the text is an interview written with "Q." and "A." marks: both open a paragraph somewhere. */
function hasInterviewMarks(text: string): boolean {
  return /(?:^|\n)[ \t]*Q[.:][ \t]+\S/.test(text) && /(?:^|\n)[ \t]*A[.:][ \t]+\S/.test(text);
}

export function buildTextModel(text: string): TextModel {
  const paragraphs: Paragraph[] = [];
  // "A. Yes, the council has been asked …": an interview's mark is no initial of a name.
  const interview = hasInterviewMarks(text);
  const sentences: Sentence[] = [];
  let pos = 0;
  while (pos <= text.length) {
    let end = text.indexOf('\n', pos);
    if (end === -1) end = text.length;
    let s = pos;
    let e = end;
    while (s < e && isSpaceCode(text.charCodeAt(s))) s += 1;
    while (e > s && isSpaceCode(text.charCodeAt(e - 1))) e -= 1;
    if (e > s) {
      const line = text.slice(s, e);
      paragraphs.push({ start: s, end: e, isHeading: looksLikeHeading(line), isPull: false });
      // "CAIRO — Gunmen opened fire …", "16.06 Rescuers …": a news dateline or a live blog's time stamp is no
      // part of the paragraph's first sentence.
      const lead =
        DATELINE.exec(line) ?? TIME_LEAD.exec(line) ?? (interview ? (ASKED.exec(line) ?? ANSWERED.exec(line)) : null);
      splitSentences(text, s + (lead ? lead[0].length : 0), e, paragraphs.length - 1, sentences);
    }
    pos = end + 1;
  }
  return { text, paragraphs, sentences, tokens: tokenize(text, sentences) };
}

/** Index of the sentence holding offset `at` (binary search). */
export function sentenceAt(model: TextModel, at: number): number {
  return lastStartingAt(model.sentences, at);
}

/** Index of the first token starting at or after `at`. */
export function tokenAt(model: TextModel, at: number): number {
  const list = model.tokens;
  return partitionPoint(list.length, (i) => list[i].start < at);
}

/**
 * How many matches the pattern `[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*` (flags g and u) finds in the text, counted
 * in one scan:
 * every run of letters and digits is a word unless one ' ’ . or - joins it to the run before.
 */
export function countWords(text: string): number {
  const OTHER = 0;
  const WORD_CHAR = 1;
  const JOINER = 2;
  let count = 0;
  let prev = OTHER;
  let prev2 = OTHER;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i) as number;
    i += cp > 0xffff ? 2 : 1;
    const cls = isLetterOrDigit(cp) ? WORD_CHAR : isWordJoiner(cp) ? JOINER : OTHER;
    if (cls === WORD_CHAR && prev !== WORD_CHAR && !(prev === JOINER && prev2 === WORD_CHAR)) count += 1;
    prev2 = prev;
    prev = cls;
  }
  return count;
}
