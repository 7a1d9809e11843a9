/** Dated events: each date expression with the clause it dates, anchored, and the actors in it. */

import { partitionPoint } from '../../../../../shared/search';
import { clip } from '../../build/card-kit';
import { isSpaceCode } from '../../document/chars';
import { sentenceAt, type TextModel } from '../../document/text-model';
import type { ActorFact, DateFact } from '../../types';
import type { Mention } from '../actors/actors';
import { findAnchor, type References, resolveDate } from './anchor';
import type { DateMatch } from './find';

/** Words that make the date after them a point of comparison: "since", "than (in)", "compared with", "versus". */
const COMPARED_BEFORE =
  /\b(?:since|than(?:\s+in)?|compared\s+(?:with|to)|versus|vs\.?)\s+(?:the\s+)?(?:(?:start|end|middle)\s+of\s+)?$/i;
const comparedAt = (text: string, from: number, at: number): boolean =>
  COMPARED_BEFORE.test(text.slice(Math.max(from, at - 24), at));

/** "the 2009 report", "its 2013 season": a year naming which thing is meant, not when the sentence happens. */
const attributiveYear = (text: string, d: DateMatch): boolean =>
  /\b(?:the|a|an|its|his|her|their|this|that|these|those)\s+$/i.test(text.slice(Math.max(0, d.start - 8), d.start)) &&
  /^\s+\p{Ll}/u.test(text.slice(d.end, d.end + 3));

/** "by the end of 2020", "until 2030": a deadline's year, not the year of what else the sentence tells. */
const deadlineYear = (text: string, d: DateMatch): boolean =>
  /\b(?:by|until|till|through|before)\s+(?:the\s+)?(?:(?:end|start|middle|spring|summer|autumn|fall|winter)\s+of\s+)?$/i.test(
    text.slice(Math.max(0, d.start - 24), d.start),
  );

const MAX_EVENT_WORDS = 40;
/** A sentence longer than this, or with several dates, is cut to the clause around each date. */
const CLAUSE_AT_WORDS = 25;
const MIN_CLAUSE_WORDS = 5;
/** The longest aside between two dashes that is read as part of its clause. */
const MAX_ASIDE_WORDS = 12;
/** Where a sentence divides into clauses: ";", ":", a spaced dash, ", and", ", but", ", when"… */
/** "as of March 31" is a date's own preposition, not "as" joining a clause. */
const CUT =
  /;|(?<!\d):(?!\d)|\s[—–-]\s|,\s(?=(?:and|but|while|whereas|although|when|where|as(?!\s+of\b)|after|before|until)\s)/g;
const LEADING_JOIN = /^(?:and|but|while|whereas|although|when|where|as(?!\s+of\b))\s+/i;
/**
 * What may open a sentence before a bare year that sets the time of what the sentence and the
 * ones after it tell ("In 1934,", "The year 1934 saw", "By early 1936,"): a yearless "In March"
 * after it is in that year. A year inside a sentence is mostly looked back to ("agreements made
 * in 1920", "published in 2023", "since 1920") and sets no time.
 */
const SETS_YEAR = /^(?:(?:in|during|by|throughout|(?:early|late|later)\s+in)\s+|the\s+year\s+)?$/i;
const YEAR_ONLY = /^(?:(?:early|late|mid-?)\s*)?\d{4}$/i;

/** A bare year ("1934") written at the head of its sentence as the time it tells of. */
function setsNarrativeYear(model: TextModel, sentenceStart: number, d: DateMatch): boolean {
  if (d.rel || d.range || d.iso === null || d.iso.length !== 4 || !YEAR_ONLY.test(d.when)) return false;
  if (d.start - sentenceStart > 24) return false;
  const lead = model.text.slice(sentenceStart, d.start).trim();
  return SETS_YEAR.test(lead === '' ? '' : `${lead} `);
}

/**
 * ", and Lisk" after "Tarn, Orsk, Velm": the comma before the last item of a list of names (two short capitalised
 * items before it), no clause's end. Reads at most 60 characters back.
 */
function endsList(sentence: string, at: number): boolean {
  if (!/^,\s(?:and|or)\s+\p{Lu}/u.test(sentence.slice(at, at + 8))) return false;
  return /(?:^|,\s)\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2},\s\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){0,2}$/u.test(
    sentence.slice(Math.max(0, at - 60), at),
  );
}

/** Clause boundaries of a sentence outside quotations, as [start, end) of each cut (one pass). */
function cutsOf(sentence: string): Array<[number, number]> {
  const quoted = new Uint8Array(sentence.length);
  let depth = 0;
  for (let i = 0; i < sentence.length; i += 1) {
    const c = sentence[i];
    if (c === '“') depth += 1;
    else if (c === '”') depth = Math.max(0, depth - 1);
    else if (c === '"') depth = depth > 0 ? depth - 1 : 1;
    quoted[i] = depth > 0 ? 1 : 0;
  }
  const cuts: Array<[number, number]> = [];
  CUT.lastIndex = 0;
  for (let m = CUT.exec(sentence); m !== null; m = CUT.exec(sentence))
    if (!quoted[m.index] && !endsList(sentence, m.index)) cuts.push([m.index, m.index + m[0].length]);
  // "The price of Brent crude – the global benchmark – rose …": two dashes around a short aside do not
  // divide the sentence; the subject before them belongs to the clause after them.
  const dash = (c: [number, number]) => /^\s[—–-]\s$/.test(sentence.slice(c[0], c[1]));
  const kept: Array<[number, number]> = [];
  for (let i = 0; i < cuts.length; i += 1) {
    const next = cuts[i + 1];
    if (next && dash(cuts[i]) && dash(next) && !hasWords(sentence, cuts[i][1], next[0], MAX_ASIDE_WORDS + 1)) {
      i += 1;
      continue;
    }
    kept.push(cuts[i]);
  }
  return kept;
}

/**
 * Whether text[from, to) holds at least `n` words (runs of `\S` starting there, as `/\S+/g` from `from`
 * finds them); reads no further than the n-th. A scan of character codes: no match objects.
 */
function hasWords(text: string, from: number, to: number, n: number): boolean {
  let count = 0;
  let inWord = false;
  for (let i = from; i < to && i < text.length; i += 1) {
    const space = isSpaceCode(text.charCodeAt(i));
    if (!space && !inWord) {
      count += 1;
      if (count >= n) return true;
    }
    inWord = !space;
  }
  return false;
}
/** Around a date in a clause with no end in sight, this many characters either side make its event. */
const EVENT_REACH = 240;

/** The clause of `sentence` around [dateAt, dateEnd), as offsets into the sentence. */
function clauseSpan(sentence: string, cuts: Array<[number, number]>, dateAt: number, dateEnd: number, cut: boolean) {
  let from = 0;
  let to = sentence.length;
  if (cut) {
    const k = partitionPoint(cuts.length, (i) => cuts[i][1] <= dateAt);
    let lo = k - 1;
    let hi = k;
    while (hi < cuts.length && cuts[hi][0] < dateEnd) hi += 1;
    from = lo >= 0 ? cuts[lo][1] : 0;
    to = hi < cuts.length ? cuts[hi][0] : sentence.length;
    // A clause too short to say what happened takes in its neighbour.
    for (let step = 0; step < 8 && !hasWords(sentence, from, to, MIN_CLAUSE_WORDS); step += 1) {
      if (lo < 0 && hi >= cuts.length) break;
      if (hi < cuts.length) {
        hi += 1;
        to = hi < cuts.length ? cuts[hi][0] : sentence.length;
      } else {
        lo -= 1;
        from = lo >= 0 ? cuts[lo][1] : 0;
      }
    }
  }
  // A clause with no end in sight (a list, a run-on text) is cut to words around the date.
  if (dateAt - from > EVENT_REACH) from = sentence.indexOf(' ', dateAt - EVENT_REACH) + 1 || dateAt;
  if (to - dateEnd > EVENT_REACH) to = Math.max(dateEnd, sentence.lastIndexOf(' ', dateEnd + EVENT_REACH));
  let text = sentence.slice(from, to);
  const lead = text.length - text.trimStart().length;
  from += lead;
  text = text.trim();
  const join = LEADING_JOIN.exec(text);
  if (join && from + join[0].length <= dateAt) {
    from += join[0].length;
    text = text.slice(join[0].length);
  }
  const trail = /[\s,;:]+$/.exec(text);
  if (trail) to = from + text.length - trail[0].length;
  else to = from + text.length;
  return { from, to };
}

export function extractDateFacts(
  model: TextModel,
  dates: DateMatch[],
  actors: ActorFact[],
  mentions: Mention[],
  published?: string,
): DateFact[] {
  const out: DateFact[] = [];
  const seen = new Set<string>();
  const anchor = findAnchor(model.text, dates, published);
  const refs: References = { any: null, fine: null };
  /** The last year written alone (a heading "2013", "the 2013 season"), and where `refs.fine` was set. */
  let lastYear: { year: string; at: number } | null = null;
  /** The last date with a year the narration wrote, wherever in its sentence. */
  let lastPassing: { year: string; at: number } | null = null;
  let fineAt = -1;
  let mentionCursor = 0;
  let bySentence: DateMatch[] = [];
  let cuts: Array<[number, number]> = [];
  let sentenceYear: string | null = null;
  let sentence = '';
  let long = false;
  let current = -1;
  for (let k = 0; k < dates.length; k += 1) {
    const d = dates[k];
    const si = sentenceAt(model, d.start);
    const s = model.sentences[si];
    const para = model.paragraphs[s.para];
    if (para.isPull) continue;
    // "2013" heading a section, "started the 2013 season": the narrative has moved to that year.
    if (
      !d.rel &&
      !d.range &&
      d.iso?.length === 4 &&
      ((para.isHeading && YEAR_ONLY.test(d.when)) || /\bseason$/i.test(d.when))
    )
      lastYear = { year: d.iso, at: d.start };
    // A heading names a section, not an event; a date line at the top is the article's date.
    if (para.isHeading && !(anchor?.kind === 'dateline' && d.iso === anchor.iso && !d.rel)) continue;
    if (si !== current) {
      current = si;
      sentence = model.text.slice(s.start, s.end);
      long = hasWords(sentence, 0, sentence.length, CLAUSE_AT_WORDS + 1);
      bySentence = [];
      for (let j = k; j < dates.length && dates[j].start < s.end; j += 1) bySentence.push(dates[j]);
      cuts = cutsOf(sentence);
      sentenceYear =
        bySentence
          .find(
            (x) =>
              !x.rel &&
              x.iso !== null &&
              /^\d{4}/.test(x.iso) &&
              !comparedAt(model.text, s.start, x.start) &&
              !attributiveYear(model.text, x) &&
              !deadlineYear(model.text, x),
          )
          ?.iso?.slice(0, 4) ?? null;
    }
    const near = model.text.slice(Math.max(s.start, d.start - 120), Math.min(s.end, d.end + 120));
    // A year written since the date the year would come from, and not its year: which one is meant is a guess.
    // (Also a later year the narration gave in passing since then: "In 2011 voters … Then, in 2012, … in 2013 ….
    // In January, militants …" — January of which year is a guess; an earlier one, "who joined in 2021", looks back.)
    const passing = lastPassing !== null && lastPassing.at > fineAt && lastPassing.at < d.start ? lastPassing : null;
    const otherYear =
      lastYear !== null && lastYear.at > fineAt && lastYear.at < d.start
        ? lastYear.year
        : passing !== null && refs.fine?.iso && passing.year > refs.fine.iso.slice(0, 4)
          ? passing.year
          : null;
    const lead = model.text.slice(Math.max(s.start, d.start - 80), d.start);
    const resolved = resolveDate(d, { anchor, refs, para: s.para, sentence: near, lead, sentenceYear, otherYear });
    if (!resolved) continue;
    // "the worst quarter since March 2020", "higher than in 2019": a point of comparison is not when the
    // narrative is; a yearless "in March" after it does not take its year.
    // "rose 7.5% in January from a year ago": the year a relative date counts back to is compared too.
    const compared =
      comparedAt(model.text, s.start, d.start) ||
      (d.rel !== undefined && /\bfrom\s+$/i.test(model.text.slice(Math.max(s.start, d.start - 8), d.start)));
    if (resolved.iso && /^\d{4}/.test(resolved.iso) && d.rel?.ref !== 'event' && !compared) {
      const ref = { iso: resolved.iso, para: s.para };
      // (Only a year that times an event, "in 2012": not "the 1925 report", nor a year looked back to, "since 1920".)
      if (!d.rel && !d.needsYear && /\b(?:in|during|by|until|after|before)\s+$/i.test(lead))
        lastPassing = { year: resolved.iso.slice(0, 4), at: d.start };
      // "in October 2001. Almost nine years later, … in June": the narrative moved to a year it gives no month of;
      // a later month takes neither year for sure.
      if (d.rel?.ref === 'prev' && refs.fine && ref.iso.length < 7 && ref.iso.slice(0, 4) !== refs.fine.iso.slice(0, 4))
        refs.fine = null;
      refs.any = ref;
      // A yearless date after "yesterday" takes its year from the anchor, and says so.
      // (A day to come given the text's own year, "will meet on 18 July", does not move the narrative.)
      if (((ref.iso.length >= 7 && d.rel?.ref !== 'now') || setsNarrativeYear(model, s.start, d)) && !resolved.ahead) {
        refs.fine = { ...ref, sure: resolved.confidence === 'high' && !d.rel };
        fineAt = d.start;
      }
    } else if (d.rel?.ref === 'prev' || d.rel?.ref === 'now') {
      // "Five months later" after "the following spring" counts from a date nobody knows.
      refs.any = { iso: null, para: s.para };
      // "In 2006 she joined … Last year she was … In May she played …": a year counted from a "now" the text does
      // not give has moved the narrative to a year nobody knows; a later month takes no earlier year.
      if (d.rel?.ref === 'now' && !compared) refs.fine = null;
    }
    const key = `${d.when.toLowerCase()}@${s.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    while (mentionCursor < mentions.length && mentions[mentionCursor].start < s.start) mentionCursor += 1;
    const cut = long || bySentence.length > 1;
    const span = clauseSpan(sentence, cuts, d.start - s.start, d.end - s.start, cut);
    const from = s.start + span.from;
    const to = s.start + span.to;
    const names: string[] = [];
    let j = partitionPoint(mentions.length, (i) => mentions[i].start < from, mentionCursor);
    for (; j < mentions.length && mentions[j].start < to; j += 1) {
      const name = actors[mentions[j].actor].name;
      if (!names.includes(name)) names.push(name);
    }
    out.push({
      when: d.when,
      iso: resolved.iso,
      event: clip(model.text.slice(from, to), MAX_EVENT_WORDS + 20),
      actors: names,
      source: { start: from, end: to },
      anchor: resolved.anchor,
      confidence: resolved.confidence,
      basis: resolved.basis,
    });
  }
  return out;
}
