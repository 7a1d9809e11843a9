/**
 * Quotation spans in one paragraph, from one table of quotation marks: “…”, „…“, „…”,
 * «…», ‹…›, 「…」, 『…』, ‘…’, ‚…‘, and straight "…" and '…' told from apostrophes and
 * inch marks by the letters around them. One left-to-right scan with a shallow stack.
 *
 * An unclosed quotation never runs on into the narrator's text: it ends at the end of its
 * own sentence, or with its paragraph when the paragraph is the quotation or the next
 * paragraph opens with a quotation mark (the convention for quotations of several paragraphs).
 * A quotation opened inside brackets cannot run past the closing bracket: a mark opened there and
 * not closed before the bracket closes (or the paragraph ends) is no quotation at all.
 */
import { lastStartingAt, partitionPoint } from '../../../../shared/search';
import { SAY_VERBS } from '../lexicon/words';
import { sentenceRanges } from './text-model';

export type QuoteSpan = {
  /** Offset of the opening mark. */
  open: number;
  /** Offset just after the closing mark, or where an unclosed quotation was ended. */
  close: number;
  /** The quoted words, without the marks and the white space inside them. */
  start: number;
  end: number;
  unclosed: boolean;
  depth: number;
};

type Family = 'double' | 'single';
type Mark = { opens: string; closes: string; family: Family; straight: boolean };

/** Every quotation mark the generator knows: the opening character and the characters that close it. */
export const QUOTATION_MARKS: readonly Mark[] = [
  { opens: '“', closes: '”"', family: 'double', straight: false },
  { opens: '„', closes: '“”', family: 'double', straight: false },
  { opens: '«', closes: '»', family: 'double', straight: false },
  { opens: '‹', closes: '›', family: 'single', straight: false },
  { opens: '「', closes: '」', family: 'double', straight: false },
  { opens: '『', closes: '』', family: 'single', straight: false },
  { opens: '‘', closes: "’'", family: 'single', straight: false },
  { opens: '‚', closes: '‘’', family: 'single', straight: false },
  { opens: '"', closes: '"”', family: 'double', straight: true },
  { opens: "'", closes: "'’", family: 'single', straight: true },
];

const OPENING = new Map(QUOTATION_MARKS.map((m) => [m.opens, m]));
const CLOSING = new Set(QUOTATION_MARKS.flatMap((m) => [...m.closes]));
/** Any character that opens a quotation, for "does this paragraph open with a quotation". */
export const OPENING_MARKS = QUOTATION_MARKS.map((m) => m.opens).join('');
/** Any character that opens or closes one. */
export const QUOTE_CHARS = [...new Set([...OPENING_MARKS, ...CLOSING])].join('');

const QUOTE_CODES = new Set([...QUOTE_CHARS].map((c) => c.charCodeAt(0)));
/** Whether a character code is a quotation mark or a bracket (the scan stops at both); most are answered by one comparison. */
function isMarkOrBracket(code: number): boolean {
  if (code < 128) return code === 34 || code === 39 || code === 40 || code === 41 || code === 91 || code === 93;
  return QUOTE_CODES.has(code);
}

/** Open quotations nest this deep at most; deeper marks are stray. Keeps every step bounded. */
const MAX_DEPTH = 4;
/** An unclosed single quote is kept only when it reads like speech: this many words or more. */
const MIN_UNCLOSED_SINGLE_WORDS = 5;

/** `brackets`: how many brackets were open around the mark when it opened. */
type Open = { at: number; mark: Mark; brackets: number };

/** A letter or digit; ASCII answered without a regular expression, as this runs once per mark. */
function isLetter(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (code < 128) return (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122);
  return /[\p{L}\p{N}]/u.test(c);
}

/** White space, or the paragraph's edge. */
function isSpace(c: string | undefined): boolean {
  if (c === undefined) return true;
  const code = c.charCodeAt(0);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return /\s/.test(c);
}

/** A straight or curly single mark that starts a word: not the apostrophe inside "don't" or after "players'". */
function isWordStart(p: string, i: number): boolean {
  const before = i === 0 ? ' ' : p[i - 1];
  return /[\s([{—–\-/:"“„«]/.test(before) && isLetter(p[i + 1]);
}

function isWordEnd(p: string, i: number): boolean {
  return !isSpace(p[i - 1]) && !isLetter(p[i + 1]);
}

/** Whether the character at `i` may close the open quotation `o`. */
function closes(p: string, i: number, o: Open): boolean {
  const c = p[i];
  if (!o.mark.closes.includes(c)) return false;
  if (o.mark.family === 'single') return isWordEnd(p, i);
  // A straight double mark with white space before and a word after opens rather than closes.
  if (o.mark.straight || c === '"') return !isSpace(p[i - 1]) || isSpace(p[i + 1]);
  return true;
}

/** Whether the character at `i` may open a quotation. */
function opens(p: string, i: number, mark: Mark): boolean {
  if (mark.opens === '‹') return true;
  if (mark.family === 'single') return isWordStart(p, i);
  // « … » and 「…」 may hold spaces inside the marks (French spacing); a straight or curly mark opens a word.
  return !mark.straight && mark.opens !== '“' ? true : !isSpace(p[i + 1]);
}

/** Whether a paragraph's text opens with a quotation mark (after white space). */
export function opensWithQuote(text: string, from = 0): boolean {
  let i = from;
  while (i < text.length && i - from < 8 && /\s/.test(text[i])) i += 1;
  return i < text.length && OPENING.has(text[i]);
}

/** Trimmed inner span of a quotation, without the marks and the white space inside them. */
function inner(p: string, open: number, close: number, unclosed: boolean, depth: number): QuoteSpan | null {
  let start = open + 1;
  let end = close;
  while (start < end && isSpace(p[start])) start += 1;
  while (end > start && (isSpace(p[end - 1]) || p[end - 1] === ',')) end -= 1;
  return end > start ? { open, close: unclosed ? close : close + 1, start, end, unclosed, depth } : null;
}

const SUBJECT_AND_WORD = /\b(?:[Hh]e|[Ss]he|[Tt]hey|\p{Lu}\p{Ll}+)\s+(?:\p{Ll}+ly\s+)?(\p{Ll}+)\b/gu;
/** Whether narration reports speech: a subject right before a verb of saying ("He said that", "Marr added"). */
function reportsSpeech(text: string): boolean {
  SUBJECT_AND_WORD.lastIndex = 0;
  for (let m = SUBJECT_AND_WORD.exec(text); m !== null; m = SUBJECT_AND_WORD.exec(text)) {
    if (SAY_VERBS.has(m[1])) return true;
    SUBJECT_AND_WORD.lastIndex = m.index + m[0].length - m[1].length;
  }
  return false;
}

/** Sentence bounds of the paragraph, computed once and only when a quotation is left open. */
class Sentences {
  private ranges: { start: number; end: number }[] | null = null;
  constructor(private readonly p: string) {}
  private list() {
    this.ranges ??= sentenceRanges(this.p);
    return this.ranges;
  }
  private at(at: number): { start: number; end: number } | undefined {
    const list = this.list();
    return list[lastStartingAt(list, at)];
  }
  /** End of the sentence holding offset `at`. */
  endOf(at: number): number {
    return this.at(at)?.end ?? this.p.length;
  }
  /** Whether a sentence starts at offset `at`. */
  startsAt(at: number): boolean {
    return this.at(at)?.start === at;
  }
  /** End of the last sentence that ends after `from` and at or before `limit`; `limit` if none does. */
  lastEndBefore(from: number, limit: number): number {
    const list = this.list();
    const s = list[partitionPoint(list.length, (i) => list[i].end <= limit) - 1];
    return s && s.end > from + 1 ? s.end : limit;
  }
}

/**
 * Where `mark` is open in the stack, or -1. A function of its own, not a closure in the scan: a
 * closure over the loop's variables made the engine allocate a scope for every character scanned.
 */
function indexOfMark(stack: readonly Open[], mark: Mark): number {
  for (let k = 0; k < stack.length; k += 1) if (stack[k].mark === mark) return k;
  return -1;
}

/**
 * All quotations of paragraph `p`, outer and nested, ordered by opening mark; offsets are into `p`.
 * `nextOpensQuote`: the next paragraph opens with a quotation mark, so a quotation left open at
 * the end of this one continues there.
 */
export function findQuoteSpans(p: string, nextOpensQuote = false): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  const stack: Open[] = [];
  const sentences = new Sentences(p);
  const emit = (o: Open, close: number, unclosed: boolean) => {
    const span = inner(p, o.at, close, unclosed, stack.length);
    if (span) out.push(span);
  };
  /**
   * Where a quotation never closed ends. One that opens a sentence is a speaker's turn: it runs on
   * to the paragraph's end (or the next quotation). One opened inside the narrator's sentence
   * ("and he said, “…") ends with that sentence, unless the next paragraph opens with a quotation mark.
   */
  const unclosedEnd = (o: Open, limit: number, atParagraphEnd: boolean): number => {
    if (o.at === 0 || sentences.startsAt(o.at)) return sentences.lastEndBefore(o.at, limit);
    if (atParagraphEnd && nextOpensQuote) return limit;
    // `he said: "A. B. "C."`: paragraphs of one quotation run together on a line, each opening with a mark
    // and only the last closed; a mark opening the sentence right after the open one's sentences continues it.
    // A sentence in between that reports someone's words ("He said that …") is the narrator's: a closing mark is
    // missing, and the open quotation ends with its own sentence.
    if (!atParagraphEnd && sentences.startsAt(limit)) {
      const own = Math.min(limit, sentences.endOf(o.at + 1));
      if (!reportsSpeech(p.slice(own, limit))) return sentences.lastEndBefore(o.at, limit);
    }
    return Math.min(limit, sentences.endOf(o.at + 1));
  };
  let brackets = 0;
  for (let i = 0; i < p.length; i += 1) {
    const code = p.charCodeAt(i);
    if (!isMarkOrBracket(code)) continue;
    if (code === 40 || code === 91) {
      brackets += 1;
      continue;
    }
    if (code === 41 || code === 93) {
      if (brackets > 0) brackets -= 1;
      // The bracket closes on a quotation opened inside it and still open: that mark was stray ("(as "X)").
      while (stack.length > 0 && stack[stack.length - 1].brackets > brackets) stack.length -= 1;
      continue;
    }
    const c = p[i];
    let closed = false;
    if (CLOSING.has(c)) {
      for (let k = stack.length - 1; k >= 0; k -= 1) {
        const o = stack[k];
        if (!closes(p, i, o)) continue;
        // Marks opened inside it and never closed were stray (apostrophes, inch marks): dropped.
        stack.length = k;
        emit(o, i, false);
        closed = true;
        break;
      }
    }
    if (closed) continue;
    const mark = OPENING.get(c);
    if (!mark || !opens(p, i, mark)) continue;
    // A second opening mark of the same kind while one is open: that one was never closed.
    const same = indexOfMark(stack, mark);
    if (same !== -1) {
      const o = stack[same];
      stack.length = same;
      if (o.brackets === 0) emit(o, unclosedEnd(o, i, false), true);
    }
    if (stack.length >= MAX_DEPTH) continue;
    stack.push({ at: i, mark, brackets });
  }
  while (stack.length > 0) {
    const o = stack.pop() as Open;
    // Opened inside brackets and never closed: not a quotation.
    if (o.brackets > 0) continue;
    if (o.mark.family === 'single') {
      let words = 0;
      for (let k = o.at + 1; k < p.length && words < MIN_UNCLOSED_SINGLE_WORDS; k += 1)
        if (isSpace(p[k]) && !isSpace(p[k - 1])) words += 1;
      if (
        words + 1 < MIN_UNCLOSED_SINGLE_WORDS ||
        (o.at > 0 && !/[.!?:]\s*$/.test(p.slice(Math.max(0, o.at - 4), o.at)))
      )
        continue;
    }
    emit(o, unclosedEnd(o, p.length, true), true);
  }
  // Spans are emitted as they close: an outer one after those it holds. Mostly in order already.
  let sorted = true;
  for (let k = 1; k < out.length && sorted; k += 1) sorted = out[k - 1].open <= out[k].open;
  return sorted ? out : out.sort((a, b) => a.open - b.open);
}
