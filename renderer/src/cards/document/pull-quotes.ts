/** Pull quotes: a one-sentence line that repeats the body. They yield no facts of their own. */
import { fnv1a } from '../../../../shared/hash';
import { isLetterOrDigit, lowerUnit } from './chars';
import type { TextModel } from './text-model';

const SHINGLE = 6;
const MAX_PULL_CHARS = 400;
const WORD = /[\p{L}\p{N}]+/gu;
const BOILERPLATE =
  /^(?:disclaimer|copyright|©|all rights reserved|about the author|the (?:views|opinions) expressed|share this|subscribe|follow us|read more|related:|categories:|sources?:)/i;
/**
 * A line of a source list: its author perhaps, a quoted headline, then the outlet and its date
 * ("“…” — Daily Courier, May 3, 2031", "Ola Brandt. “…” — Tarn Post, May 4, 2031").
 */
const SOURCE_LINE =
  /^(?:\p{Lu}[^"“”.]{1,60}\.\s+)?["“][^"”]{3,200}["”]\s*(?:[—–-]\s*[^"“”]{2,80}\d{4}\.?|[^"“”]{2,120}?\d{4}\.?(?:\s+https?:\/\/\S+)?)\s*$/u;

/** Numeric hashes of the lower-cased words of [start, end) ([\p{L}\p{N}]+ once ' and ’ are taken out). */
export function wordHashes(text: string, start: number, end: number): number[] {
  const out: number[] = [];
  let h = 0x811c9dc5;
  let inWord = false;
  for (let i = start; i < end; i += 1) {
    const code = text.charCodeAt(i);
    if (code === 39 || code === 0x2019) continue;
    const lower = lowerUnit(code);
    // Surrogates and the two letters whose lower case needs their neighbours: the whole text the slow way.
    if (lower === -1) return wordHashesByPattern(text, start, end);
    if (isLetterOrDigit(lower)) {
      if (!inWord) h = 0x811c9dc5;
      h = Math.imul(h ^ lower, 0x01000193);
      inWord = true;
    } else if (inWord) {
      out.push(h >>> 0);
      inWord = false;
    }
  }
  if (inWord) out.push(h >>> 0);
  return out;
}

function wordHashesByPattern(text: string, start: number, end: number): number[] {
  const out: number[] = [];
  const body = text.slice(start, end).toLowerCase().replace(/['’]/g, '');
  WORD.lastIndex = 0;
  for (let m = WORD.exec(body); m !== null; m = WORD.exec(body)) {
    out.push(fnv1a(m[0]));
  }
  return out;
}

/** Hashes of every run of SHINGLE words. */
function shingles(words: number[]): number[] {
  const out: number[] = [];
  for (let i = 0; i + SHINGLE <= words.length; i += 1) {
    let h = 17;
    for (let k = 0; k < SHINGLE; k += 1) h = Math.imul(h, 0x2c1b3c6d) ^ words[i + k];
    out.push(h >>> 0);
  }
  return out;
}

/**
 * A picture's caption: a short paragraph that ends in its credit ("… at the gate. Image: Ada Moss.",
 * "Photo: Velen Trust", "(Photo: Reuters)"). It labels a picture, not the story: no facts are read from it.
 */
const CAPTION_CREDIT =
  /(?:^|[\s.(])(?:images?|photos?|photographs?|pictures?|videos?|photo credit|credits?)\s*:\s*[^.:]{1,60}[.)]?\s*$/i;
const MAX_CAPTION_CHARS = 400;
/** A photograph's credit in brackets at a caption's end: "(Photo by Ada Moss/Velm Images)", "(AP Photo/Ivo Marr)". */
const BRACKET_CREDIT =
  /\((?=[^()]*(?:\bphotos?\b|\bimages?\b|\bpool\b|\bvia\b|\bnewsroom\b|\bcredit\b|\/))[^()]{2,120}\)\.?\s*$/i;
/** A video's label: "Ivo Marr, Velm Bank CEO, discusses rates on 'Money Hour.'" (a present verb and a show's name). */
const VIDEO_LABEL =
  /^[^.!?]{0,200}\b(?:joins|discusses|weighs in|reacts|analyzes|analyses|breaks down|argues|explains)\b[^.!?]{0,200}\s(?:on|with)\s['‘"“][^'’"”]{2,60}[.!?]?['’"”]\.?\s*$/u;
/** A reporter's line about themselves at the end: "Ada Vesk covers energy for The Tarn Post." */
const AUTHOR_LINE =
  /^(?:\p{Lu}[\p{L}.'’-]+\s+){1,3}(?:covers|writes about|reports on|is an?\s+(?:[\p{L}-]+\s+){0,3}(?:reporter|correspondent|writer|editor|columnist|journalist|contributor))\b/u;
const AUTHOR_TAIL_PARAGRAPHS = 3;

/** A market-data notice of a finance page ("Quotes are delayed at least 15 minutes."): the page's, not the story's. */
const DELAYED_DATA = /\b(?:data|quotes?|prices?)\s+(?:is|are)\s+delayed\b/i;

/** A list item's marker: "- ", "* ", "• ", "3. ", "3) ". */
const LIST_MARK = /^\s*(?:[-*•]|\d{1,2}[.)])\s/;
/**
 * How a line of prose ends: a full stop, a question, a colon, a bracket, with any quotation marks after it; a line
 * that ends on a closing quotation mark alone ("Ada Vesk ‘gave the man a list’") is a headline, still open.
 */
const STOPPED_LINE = /[.!?…:;)\]]["”'’]*\s*$/;
const MIN_TEASER_WORDS = 5;
const MAX_TEASER_CHARS = 200;

/**
 * Links to other stories set in the page ("Retail investors are buying the dip in force, especially these
 * four stocks"): two or more lines in a row after the first, each one or two sentences of five words or more with
 * no closing mark, no list marker and no double quotation mark (a quotation's paragraph is the story's). They head other articles, not this one: no facts are read from them
 * (readers rejected the date cards made of them). A list's items and a lone subheading stay.
 */
function markTeaserRuns(model: TextModel, sentenceCount: readonly number[]): void {
  const { paragraphs, text } = model;
  const teaser = (i: number): boolean => {
    const p = paragraphs[i];
    // ("Velm Bank raises its rate to 2.5%. Here's what it means for you": a headline may hold two sentences.)
    if (i === 0 || sentenceCount[i] > 2 || p.end - p.start > MAX_TEASER_CHARS) return false;
    const line = text.slice(p.start, p.end);
    return (
      !STOPPED_LINE.test(line) &&
      !LIST_MARK.test(line) &&
      !/["“”]/.test(line) &&
      line.split(/\s+/).length >= MIN_TEASER_WORDS
    );
  };
  // "RANDY ANDY", "Warning": a kicker in capitals, or a word or two with no closing mark, between two teasers
  // goes with them ("‘NAÏVE AND TRUSTING’ / Ada Vesk ‘gave man … list’ / Warning / EYE POPPING / …").
  const glue = (i: number): boolean => {
    const p = paragraphs[i];
    if (i === 0 || sentenceCount[i] !== 1 || p.end - p.start > 60) return false;
    const line = text.slice(p.start, p.end);
    if (STOPPED_LINE.test(line) || !/\p{L}/u.test(line)) return false;
    return line === line.toUpperCase() || line.trim().split(/\s+/).length <= 2;
  };
  for (let i = 0; i < paragraphs.length; ) {
    let j = i;
    let teasers = 0;
    let end = i;
    while (j < paragraphs.length && (teaser(j) || (teasers > 0 && glue(j)))) {
      if (teaser(j)) {
        teasers += 1;
        end = j + 1;
      }
      j += 1;
    }
    // (Glue after the last teaser stays: it may be the next section's heading.)
    if (teasers >= 2) for (let k = i; k < end; k += 1) paragraphs[k].isPull = true;
    i = j > i ? (teasers >= 2 ? end : j) : i + 1;
  }
}

/** Marks `isPull` on boilerplate, on runs of lines that link to other stories, on captions and video labels, on a reporter's line about themselves at the end, and on single-sentence lines whose opening (8+ words) or most words repeat the body. */
export function markPullQuotes(model: TextModel): void {
  const sentenceCount = new Array<number>(model.paragraphs.length).fill(0);
  for (const s of model.sentences) sentenceCount[s.para] += 1;
  // A pull quote is one short sentence on its own line; everything else is the body it may repeat.
  const isCandidate = (i: number): boolean =>
    sentenceCount[i] === 1 && model.paragraphs[i].end - model.paragraphs[i].start < MAX_PULL_CHARS;
  const candidates: { index: number; list: number[] }[] = [];
  const wanted = new Set<number>();
  model.paragraphs.forEach((p, i) => {
    if (BOILERPLATE.test(model.text.slice(p.start, p.start + 40))) p.isPull = true;
    if (p.end - p.start <= MAX_CAPTION_CHARS && SOURCE_LINE.test(model.text.slice(p.start, p.end))) p.isPull = true;
    const short = p.end - p.start <= MAX_CAPTION_CHARS;
    const line = short ? model.text.slice(p.start, p.end) : '';
    if (short && (CAPTION_CREDIT.test(line) || BRACKET_CREDIT.test(line) || VIDEO_LABEL.test(line))) p.isPull = true;
    if (short && DELAYED_DATA.test(line)) p.isPull = true;
    if (short && i >= model.paragraphs.length - AUTHOR_TAIL_PARAGRAPHS && AUTHOR_LINE.test(line)) p.isPull = true;
    if (!isCandidate(i) || p.isHeading || p.isPull) return;
    const list = shingles(wordHashes(model.text, p.start, p.end));
    if (list.length === 0) return;
    candidates.push({ index: i, list });
    for (const sh of list) wanted.add(sh);
  });
  markTeaserRuns(model, sentenceCount);
  if (candidates.length === 0) return;
  // Only the shingles some candidate line has need to be looked for in the body.
  const seen = new Set<number>();
  model.paragraphs.forEach((p, i) => {
    if (isCandidate(i)) return;
    for (const sh of shingles(wordHashes(model.text, p.start, p.end))) if (wanted.has(sh)) seen.add(sh);
  });
  for (const { index, list } of candidates) {
    let run = 0;
    while (run < list.length && seen.has(list[run])) run += 1;
    const hits = list.filter((sh) => seen.has(sh)).length;
    if (run + SHINGLE - 1 >= 8 || hits >= list.length * 0.8) model.paragraphs[index].isPull = true;
  }
}
