/** Quotations with their speaker and date. */
import type { DateMatch } from './dates';
import { NAMING, ROLE_WORDS, SAY_VERBS } from './lexicon';
import { findQuoteSpans, type QuoteSpan } from './quote-marks';
import { mentionsIn, resolvePronoun, resolveRole, type SpeakerIndex } from './speakers';
import { sentenceAt, type TextModel } from './text-model';
import type { QuoteFact } from './types';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const PRONOUNS = new Set(['he', 'she', 'they', 'we']);

type Word = { text: string; start: number; end: number };

function wordsIn(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  const body = text.slice(from, to);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(body); m !== null; m = WORD.exec(body))
    out.push({ text: m[0].toLowerCase(), start: from + m.index, end: from + m.index + m[0].length });
  return out;
}

function isQuotation(model: TextModel, span: QuoteSpan, base: number, hasSayVerb: boolean): boolean {
  const text = model.text.slice(base + span.start, base + span.end);
  const words = text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  const before = wordsIn(model.text, Math.max(0, base + span.open - 30), base + span.open).slice(-2);
  if (
    before.some((w) => NAMING.has(w.text)) ||
    /\bso-called\s*$/i.test(model.text.slice(Math.max(0, base + span.open - 12), base + span.open))
  )
    return false;
  const titleCase =
    words.length <= 8 && words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || w.length <= 3) && !/[.!?]$/.test(text);
  if (titleCase && words.length > 1) return false;
  if (words.length >= 5) return true;
  return hasSayVerb && words.length >= 2;
}

/** Speaker from the words after the closing mark: `"…," Lavrov said` / `"…," said the minister`. */
function speakerAfter(model: TextModel, idx: SpeakerIndex, from: number, to: number, quoteAt: number): number | null {
  const words = wordsIn(model.text, from, to).slice(0, 8);
  const verb = words.findIndex((w, i) => i < 6 && SAY_VERBS.has(w.text));
  if (verb === -1) return null;
  const between = mentionsIn(idx, from, words[verb].start);
  if (between.length > 0) return between[between.length - 1].actor;
  for (let i = verb - 1; i >= 0; i -= 1)
    if (PRONOUNS.has(words[i].text)) return resolvePronoun(idx, words[i].text, quoteAt);
  const after = mentionsIn(idx, words[verb].end, words[Math.min(words.length - 1, verb + 6)].end + 1);
  if (after.length > 0) return after[0].actor;
  for (let i = verb + 1; i < words.length; i += 1)
    if (ROLE_WORDS.has(words[i].text)) return resolveRole(idx, words[i].text, quoteAt);
  return null;
}

/** Speaker from the words before the opening mark: according to, verbs of saying, colon introductions. */
function speakerBefore(model: TextModel, idx: SpeakerIndex, from: number, to: number): number | null {
  const words = wordsIn(model.text, from, to);
  for (let i = words.length - 2; i >= 0; i -= 1) {
    if (words[i].text === 'according' && words[i + 1].text === 'to') {
      const found = mentionsIn(idx, words[i + 1].end, to);
      const person = found.find((m) => idx.actors[m.actor].kind === 'person');
      if (person || found[0]) return (person ?? found[0]).actor;
    }
  }
  let verb = -1;
  for (let i = words.length - 1; i >= 0 && verb === -1; i -= 1) if (SAY_VERBS.has(words[i].text)) verb = i;
  const colon = /:\s*$/.test(model.text.slice(from, to));
  if (verb === -1 && !colon) return null;
  const limit = verb === -1 ? words.length : verb;
  const scanFrom = words[Math.max(0, limit - 14)]?.start ?? from;
  const scanTo = verb === -1 ? to : words[verb].start;
  const found = mentionsIn(idx, scanFrom, scanTo);
  for (let i = limit - 1; i >= Math.max(0, limit - 14); i -= 1) {
    const w = words[i];
    const nearest = found.filter((m) => m.start >= w.start);
    if (nearest.length > 0) {
      const person = nearest.find((m) => idx.actors[m.actor].kind === 'person');
      return (person ?? nearest[nearest.length - 1]).actor;
    }
    if (PRONOUNS.has(w.text)) return resolvePronoun(idx, w.text, w.start);
    if (ROLE_WORDS.has(w.text) && w.text !== 'member') {
      const byRole = resolveRole(idx, w.text, w.start);
      if (byRole !== null) return byRole;
    }
  }
  if (verb !== -1) {
    const after = mentionsIn(idx, words[verb].end, to).find((m) => idx.actors[m.actor].kind === 'person');
    if (after) return after.actor;
  }
  return null;
}

/** The date of the sentence (before the quote, else after it), else the paragraph's last date before it. */
function whenOf(dates: readonly DateMatch[], sentenceFrom: number, sentenceTo: number, at: number): string | null {
  let inSentence: DateMatch | null = null;
  let before: DateMatch | null = null;
  for (const d of dates) {
    if (d.iso === null) continue;
    if (d.start >= sentenceFrom && d.start < sentenceTo && (d.start < at || !inSentence)) inSentence = d;
    else if (d.start < at) before = d;
  }
  return (inSentence ?? before)?.when ?? null;
}

export function extractQuotes(model: TextModel, idx: SpeakerIndex, dates: readonly DateMatch[]): QuoteFact[] {
  const quotes: QuoteFact[] = [];
  const seen = new Set<string>();
  let lastSpeaker: number | null = null;
  let lastEnd = -1;
  let dateCursor = 0;
  for (const para of model.paragraphs) {
    if (para.isPull) continue;
    const p = model.text.slice(para.start, para.end);
    const spans = findQuoteSpans(p);
    while (dateCursor < dates.length && dates[dateCursor].start < para.start) dateCursor += 1;
    let dateEnd = dateCursor;
    while (dateEnd < dates.length && dates[dateEnd].start < para.end) dateEnd += 1;
    const paraDates = dates.slice(dateCursor, dateEnd);
    spans.forEach((span, k) => {
      const open = para.start + span.open;
      const close = para.start + span.close;
      const sFrom = model.sentences[sentenceAt(model, open)].start;
      const sTo = model.sentences[sentenceAt(model, Math.max(open, close - 1))].end;
      const preFrom = Math.max(sFrom, k > 0 ? para.start + spans[k - 1].close : para.start);
      const postTo = Math.min(sTo, k + 1 < spans.length ? para.start + spans[k + 1].open : para.end);
      const sayNear =
        wordsIn(model.text, sFrom, sTo).some((w) => SAY_VERBS.has(w.text)) ||
        /:\s*$/.test(model.text.slice(preFrom, open));
      if (!isQuotation(model, span, para.start, sayNear)) return;
      let speaker = span.unclosed ? null : speakerAfter(model, idx, close, postTo, open);
      speaker ??= speakerBefore(model, idx, preFrom, open);
      const noOtherPerson = mentionsIn(idx, lastEnd, open).every((m) => idx.actors[m.actor].kind !== 'person');
      if (speaker === null && lastSpeaker !== null && noOtherPerson && open - lastEnd < 400 && lastEnd >= 0)
        speaker = lastSpeaker;
      const text = model.text.slice(para.start + span.start, para.start + span.end);
      const key = text
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();
      if (key === '' || seen.has(key)) return;
      seen.add(key);
      quotes.push({
        text,
        speaker: speaker === null ? null : idx.actors[speaker].name,
        when: whenOf(paraDates, sFrom, sTo, open),
        source: { start: para.start + span.start, end: para.start + span.end },
      });
      if (speaker !== null) lastSpeaker = speaker;
      lastEnd = close;
    });
  }
  return quotes;
}
