/**
 * Short spans for cards (issue 10): the clause of a sentence that holds a fact, the
 * informative span of a text to blank, and the test for words a card cannot carry
 * ("this move", "he") without their referent. Every function is linear in its input.
 */
import { spacedWords } from '../document/chars';
import { COMMON, NUMBER_WORDS } from '../lexicon/words';

export type Span = { start: number; end: number };

/** Words between white space (counted without splitting: builders ask this of every clause they try). */
export const words = spacedWords;

/** Clause marks: commas, semicolons, colons and dashes followed by a space, quotation marks (a bracket stays in its clause). */
const MARK = /[,;:]\s|\s[—–-]\s|[—“”"«»]/g;

/** Words that open a clause without belonging to its fact. */
const LEAD =
  /^(?:(?:and|but|or|so|yet|while|whereas|although|though|then|also|even|such as|including|as well as|where|when)\s+)+/i;

/**
 * The clause of `sentence` around [at, end): the sentence cut at its clause marks,
 * the piece holding the span joined to its neighbour while shorter than six words,
 * stripped of leading conjunctions, at most `maxWords` words (cut with "…"). A mark inside the
 * span (the comma of "May 4, 2011") is no cut.
 * Offsets are within `sentence`. Null when the span sits inside a quotation.
 */
export function clauseAround(sentence: string, at: number, end: number, maxWords = 28): Span & { text: string } {
  const cuts: number[] = [0];
  const marks: { start: number; end: number; quote: boolean }[] = [];
  MARK.lastIndex = 0;
  for (let m = MARK.exec(sentence); m !== null; m = MARK.exec(sentence)) {
    // The span itself is never cut: "May 4, 2011" keeps its comma.
    if (m.index >= at && m.index < end) continue;
    marks.push({ start: m.index, end: m.index + m[0].length, quote: /[“”"«»]/.test(m[0]) });
  }
  const pieces: { start: number; end: number; quote: boolean }[] = [];
  let from = 0;
  for (const mark of marks) {
    if (mark.start > from) pieces.push({ start: from, end: mark.start, quote: mark.quote });
    from = mark.end;
    cuts.push(from);
  }
  if (from < sentence.length) pieces.push({ start: from, end: sentence.length, quote: false });
  let k = pieces.findIndex((p) => p.start <= at && end <= p.end);
  if (k === -1)
    k = Math.max(
      0,
      pieces.findIndex((p) => p.end >= end),
    );
  let lo = k;
  let hi = k;
  const span = () => words(sentence.slice(pieces[lo].start, pieces[hi].end));
  // A short piece ("In October 2023") takes the clause after it (or before it at the end of the sentence),
  // never across a quotation mark.
  while (span() < 8) {
    if (hi + 1 < pieces.length && !pieces[hi].quote) hi += 1;
    else if (lo > 0 && !pieces[lo - 1].quote) lo -= 1;
    else break;
  }
  // "In May 2024, participating in a briefing, the minister explained": a participle or prepositional
  // piece takes the clause after it.
  while (
    hi + 1 < pieces.length &&
    !pieces[hi].quote &&
    hi > k &&
    /^(?:\p{L}+ing|with|without|at|in|on|by|after|before|during|under|for)\b/iu.test(
      sentence.slice(pieces[hi].start, pieces[hi].end).trim(),
    )
  )
    hi += 1;
  // "On 3 May, Ana Ames, the mayor of Velen, opened the dock": a name and its apposition take the
  // clause after them, which says what happened.
  const piece = (i: number) => sentence.slice(pieces[i].start, pieces[i].end).trim();
  while (
    hi + 1 < pieces.length &&
    hi > lo &&
    !pieces[hi].quote &&
    /^(?:the|a|an)\s/i.test(piece(hi)) &&
    /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}$/u.test(piece(hi - 1)) &&
    words(sentence.slice(pieces[lo].start, pieces[hi + 1].end)) <= maxWords
  )
    hi += 1;
  // "In ___, the bank, which held the mill, sold its shares": a relative clause set off by commas
  // sits between a subject and its verb; the clause goes on to the verb after it.
  while (
    hi + 1 < pieces.length &&
    hi > lo &&
    !pieces[hi].quote &&
    /^(?:which|who|whom|whose)\s/i.test(piece(hi)) &&
    words(sentence.slice(pieces[lo].start, pieces[hi + 1].end)) <= maxWords
  )
    hi += 1;
  let start = pieces[lo]?.start ?? 0;
  let stop = pieces[hi]?.end ?? sentence.length;
  const bullet = sentence.slice(start, stop).match(/^\s*[-–—•*]\s+/);
  if (bullet && start + bullet[0].length <= at) start += bullet[0].length;
  const lead = sentence.slice(start, stop).match(LEAD);
  if (lead && start + lead[0].length <= at) start += lead[0].length;
  // Cap the length, keeping the span: words after it go first, then words before it.
  let text = sentence.slice(start, stop).trim();
  start += sentence.slice(start, stop).indexOf(text);
  stop = start + text.length;
  if (words(text) > maxWords) {
    const after = sentence.slice(end, stop).split(/(\s+)/);
    const before = words(sentence.slice(start, end));
    const keep = Math.max(0, maxWords - before);
    const tail = after
      .slice(0, keep * 2)
      .join('')
      .trimEnd();
    stop = end + tail.length;
    text = `${sentence.slice(start, stop)} …`;
  }
  text = text.replace(/[.,;:!?]+$/, '').replace(TRAIL, '');
  return { start, end: stop, text };
}

/** Words that cannot end a clause: what follows them was cut. */
const TRAIL = /(?:\s+(?:that|which|who|whom|whose|and|or|but|with|of|to|the|a|an|in|on|at|by|for|from|as))+$/i;

const PERSONAL = /\b(?:he|she|him|his|her|hers|they|them|their|theirs|himself|herself|themselves)\b/i;
const DEMONSTRATIVE_START =
  /^(?:this|these|that|those|it|its|such|there|here|the latter|the former|which|whom|whose)\b/i;
const DEMONSTRATIVE = /\b(?:this|these|those|the latter|the former|the same)\s+\p{L}/iu;

/** Words outside quotation marks that point back to something the card does not say. */
export function hasUnresolvedReference(text: string): boolean {
  const own = text.replace(/“[^”]*(?:”|$)/g, ' ').replace(/"[^"]*(?:"|$)/g, ' ');
  return PERSONAL.test(own) || DEMONSTRATIVE_START.test(own.trim()) || DEMONSTRATIVE.test(own);
}

type Tok = { start: number; end: number; text: string };

const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{N}'’.,%-]*[\p{L}\p{N}%])?/gu;
const UNITS = new Set([
  'percent',
  'per',
  'cent',
  'million',
  'billion',
  'trillion',
  'thousand',
  'hundred',
  'km',
  'kilometres',
  'kilometers',
  'miles',
  'tonnes',
  'tons',
  'people',
  'years',
  'dollars',
  'euros',
]);
const MONTH_WORD =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/i;
const NAME_GLUE = new Set(['of', 'and', 'the', 'for', 'de', 'la', 'von', 'van', 'al']);

function tokens(text: string): Tok[] {
  const out: Tok[] = [];
  TOKEN.lastIndex = 0;
  // A token ends on a letter, a digit or %: never on a full stop or a comma, so there is nothing to trim.
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

const isCap = (t: Tok) => /^\p{Lu}/u.test(t.text);
const isNumber = (t: Tok) => /\d/.test(t.text) || (t.text.length > 3 && t.text.toLowerCase() in NUMBER_WORDS);
const isContent = (t: Tok) => !COMMON.has(t.text.toLowerCase()) && /\p{L}/u.test(t.text);
/** A sentence opening inside the text: its first word is capitalised for that reason alone. */
const opensSentence = (text: string, t: Tok) =>
  /(?:^|[.!?…]["”’]?\s+|^\s*[-–—•*]\s+)$/.test(text.slice(Math.max(0, t.start - 4), t.start)) &&
  !/(?:^|\s)\p{Lu}\.\s+$/u.test(text.slice(Math.max(0, t.start - 5), t.start));

/** A month name at `k` (a number beside it is part of a date). Closures stay out of the loops below: they run per word. */
const nearMonth = (toks: Tok[], k: number) => k >= 0 && k < toks.length && MONTH_WORD.test(toks[k].text);
/** Only white space between two words of a name; "Harry F. Lindqvist": an initial's full stop stays inside the name. */
const gap = (text: string, a: Tok, b: Tok) =>
  /^\s+$/.test(text.slice(a.end, b.start)) || (/^\p{Lu}$/u.test(a.text) && /^\.\s+$/.test(text.slice(a.end, b.start)));

/**
 * The informative span of a text to blank: a number with its unit, else a name
 * (capitalised run, not a sentence opening), else the richest run of 2–4 content
 * words, else one long content word. Never function words; never chosen by position.
 */
export function keyPhrase(text: string, avoid: (span: string) => boolean = () => false): Span | null {
  const toks = tokens(text);
  // Asked of each word several times below: once each.
  const cap = toks.map(isCap);
  const content = toks.map(isContent);
  type Cand = Span & { score: number };
  let best: Cand | null = null;
  const offer = (i: number, j: number, score: number) => {
    if (j < i) return;
    const span = { start: toks[i].start, end: toks[j].end };
    const s = text.slice(span.start, span.end);
    if (avoid(s) || words(s) > 6) return;
    if (!best || score > best.score) best = { ...span, score };
  };
  for (let i = 0; i < toks.length; i += 1) {
    const t = toks[i];
    // A number glued to others by "/" or ":" (a date "10/1/2008", a time) is not one to blank.
    const glued =
      /[/:]\d|\d[/:]$/.test(text.slice(Math.max(0, t.start - 2), t.start)) ||
      /^[/:]\d/.test(text.slice(t.end, t.end + 2));
    if (isNumber(t) && /\d/.test(t.text) && !glued && !nearMonth(toks, i - 1) && !nearMonth(toks, i + 1)) {
      let j = i;
      while (j + 1 < toks.length && UNITS.has(toks[j + 1].text.toLowerCase()) && j - i < 2) j += 1;
      if (!/^(?:1[5-9]|20)\d\d$/.test(t.text) || j > i) offer(i, j, 4 + (j - i) * 0.1);
    }
    // A month name is part of a date, asked by the date cards, never a name to blank.
    if (cap[i] && !opensSentence(text, t) && content[i] && !MONTH_WORD.test(t.text)) {
      let j = i;
      while (j + 1 < toks.length) {
        const n = toks[j + 1];
        if (!gap(text, toks[j], n)) break;
        if (cap[j + 1] && !opensSentence(text, n)) j += 1;
        else if (NAME_GLUE.has(n.text) && j + 2 < toks.length && cap[j + 2] && gap(text, n, toks[j + 2])) j += 2;
        else break;
      }
      offer(i, j, 3 + Math.min(j - i, 3) * 0.2);
      i = j;
    }
  }
  for (let i = 0; i < toks.length; i += 1) {
    if (!content[i] || cap[i]) continue;
    let j = i;
    while (j + 1 < toks.length && content[j + 1] && !cap[j + 1] && j - i < 3) {
      // a clause mark between two words ends the phrase
      if (/[,;:]/.test(text.slice(toks[j].end, toks[j + 1].start))) break;
      j += 1;
    }
    const letters = text.slice(toks[i].start, toks[j].end).replace(/[^\p{L}]/gu, '').length;
    if (j > i) offer(i, j, 1 + Math.min(letters, 30) / 30);
    else if (letters >= 7) offer(i, i, 0.5 + letters / 100);
  }
  if (!best) return null;
  const { start, end } = best as Cand;
  // "NORSA’s pledge": the blank is the name, the possessive stays in the prompt.
  const possessive = /['’]s$/.test(text.slice(start, end)) ? 2 : 0;
  // "$40 million": the currency sign goes into the blank with its number.
  const currency = /\d/.test(text[start] ?? '') && /[$€£¥]$/.test(text.slice(Math.max(0, start - 1), start)) ? 1 : 0;
  return { start: start - currency, end: end - possessive };
}

/** The text with `span` replaced by a blank, clipped to `maxWords` around it with "…". */
export function blankOut(text: string, span: Span, maxWords = 40): string {
  const before = text.slice(0, span.start).split(/\s+/).filter(Boolean);
  const after = text.slice(span.end).split(/(?=\s)/);
  const tailWords = text.slice(span.end).split(/\s+/).filter(Boolean);
  // Words before the blank keep the room the words after it leave ("The origins of … can be traced to ___").
  const keepBefore = Math.min(before.length, Math.max(8, maxWords - Math.min(12, tailWords.length)));
  const head =
    before.length > keepBefore ? `… ${before.slice(-keepBefore).join(' ')}` : text.slice(0, span.start).trimEnd();
  const room = Math.max(4, maxWords - keepBefore);
  const tail =
    tailWords.length > room
      ? `${after
          .slice(0, room + 1)
          .join('')
          .trimEnd()} …`
      : text.slice(span.end);
  const sep = head === '' || /\s$/.test(text.slice(0, span.start)) ? ' ' : '';
  return `${head}${head === '' ? '' : sep}___${tail}`.trim();
}
