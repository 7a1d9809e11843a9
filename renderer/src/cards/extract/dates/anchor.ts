/**
 * Anchoring: yearless and relative dates get a calendar date only where the text plus an
 * anchor determine it. "Now" is the publication date, else a dateline, else the latest full
 * date in the text; "the following day" counts from the date the narrative gave last.
 */
import type { DateMatch } from './find';

export type AnchorKind = 'published' | 'dateline' | 'text';
/** The basis of a yearless date the text gives two years for (no calendar date, no card). */
export const TWO_YEARS = 'two years it could be';
const EVERY_YEAR = 'a day that comes back every year';
const RULE_DAY =
  /\b(?:prohibit(?:s|ed)?|bans?|banned|forbids?|forbade|forbidden|bars?|barred|outlaws?|outlawed|not\s+allowed|may\s+not|must\s+not)\b[^.;:]*\b(?:before|until|after|from)\s+$/i;
const YEARLY =
  /\b(?:each|every)\s+(?:year|spring|summer|autumn|fall|winter|season)\b|\bannually\b|\byear\s+after\s+year\b/i;
export type Anchor = { iso: string; kind: AnchorKind };
export type Confidence = 'high' | 'low';

/** A resolved date: `iso` at the precision known, how it was anchored, and the rule (`basis`). */
export type Resolved = {
  iso: string | null;
  anchor: AnchorKind | null;
  confidence: Confidence;
  basis: string | null;
  /** A day to come, given the year of the text's own date ("will meet on 18 July"): it does not move the narrative. */
  ahead?: true;
};

/**
 * The narrative's last date, the reference of "the following day"; `sure` when its year was written
 * with it, or taken for sure from one written earlier in its paragraph.
 */
export type Reference = { iso: string; para: number; sure?: boolean };
/** The last date the narrative gave; `iso` null when it gave one with no known calendar date. */
export type LastDate = { iso: string | null; para: number };
/** The narrative's last date of any precision, and its last one to the month or day. */
export type References = { any: LastDate | null; fine: Reference | null };

const FULL = /^\d{4}-\d{2}-\d{2}$/;
/** Before a dateline's date: a place, a weekday, a label ("LONDON, ", "WASHINGTON (AP) ", "PRESS RELEASE – Geneva, "). */
const DATELINE_LEAD = /^\s*(?:[A-Z][A-Za-z.'’ ,–—-]*(?:\s*\([A-Za-z. ]+\))?\s*[,–—-]?\s*)?$/;
const DATELINE_TAIL = /^\s*(?:[—–:-]|\)|$)/;
/** Words that put a weekday ahead of the anchor, not before it ("will meet on Monday"). */
const FUTURE =
  /\b(?:will|shall|'ll|is to|are to|is due|are due|due to (?:be|remain|stay|open|close|start|end|begin|run|expire|take|return|arrive|finish|last|resume|launch)|scheduled|plans? to|planning to|set to|expected to|upcoming|should|hop(?:es|ing) to|aim(?:s|ing)? to|intends? to|on track to|poised to|(?:is|are)\s+(?:leaving|coming|returning|starting|stepping down|taking over)|must(?!\s+have\b)|(?:has|have|need|needs) to wait|takes? effect|go(?:es)? into effect|comes? into force|expecting|expects|anticipat(?:es|ing))\b/i;

/** How many paragraphs back a history's last date still gives a yearless date its year. */
const NARRATIVE_REACH = 3;

/** How many paragraphs back a date of another year than the text's makes a past perfect's month unsure. */
const PAST_PERFECT_REACH = 8;

function validIso(iso: string | undefined): string | null {
  if (!iso || !/^\d{4}-\d{2}-\d{2}/.test(iso)) return null;
  const day = iso.slice(0, 10);
  const d = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== day ? null : day;
}

/**
 * The article's own date: the given publication date, else a full date standing alone on
 * one of the first lines ("Friday, March 4, 2011") or opening one ("OSLO, 4 March 2011 —"),
 * else the latest full date the text gives.
 */
export function findAnchor(text: string, dates: readonly DateMatch[], published?: string): Anchor | null {
  const given = validIso(published);
  if (given) return { iso: given, kind: 'published' };
  let lineStart = 0;
  for (let line = 0; line < 3 && lineStart < text.length; ) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    if (text.slice(lineStart, lineEnd).trim() !== '') {
      line += 1;
      for (const d of dates) {
        if (d.start >= lineEnd || d.start - lineStart > 60) break;
        if (d.start < lineStart || d.start - lineStart > 60 || !d.iso || !FULL.test(d.iso) || d.rel) continue;
        if (!DATELINE_LEAD.test(text.slice(lineStart, d.start))) continue;
        if (!DATELINE_TAIL.test(text.slice(d.end, Math.min(lineEnd, d.end + 3)))) continue;
        return { iso: d.iso, kind: 'dateline' };
      }
    }
    lineStart = lineEnd + 1;
  }
  let latest: string | null = null;
  for (const d of dates) if (!d.rel && d.iso && FULL.test(d.iso) && (latest === null || d.iso > latest)) latest = d.iso;
  return latest ? { iso: latest, kind: 'text' } : null;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function addDays(iso: string, n: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

function addMonths(year: number, month: number, n: number): string {
  const index = year * 12 + (month - 1) + n;
  return `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;
}

function weekday(iso: string): number {
  return new Date(`${iso}T00:00:00Z`).getUTCDay();
}

const basisOfYear: Record<AnchorKind, string> = {
  published: 'year taken from the publication date',
  dateline: 'year taken from the dateline',
  text: 'year taken from the latest full date in the text',
};

const basisOfNow: Record<AnchorKind, string> = {
  published: 'counted from the publication date',
  dateline: 'counted from the dateline',
  text: 'counted from the latest full date in the text',
};

const high = (iso: string | null): Resolved => ({ iso, anchor: null, confidence: 'high', basis: null });

/** A verb of the past right before the date ("announced on Wednesday", "said Tuesday"): the day has been. */
const PAST_BEFORE =
  /\b(?:\p{L}+ed|said|told|wrote|was|were|had|met|spoke|made|took|gave|came|went|began|rose|fell|hit|sent|held|left|won|lost|saw|announced)\s+(?:on\s+|last\s+)?$/iu;

/**
 * Whether a weekday lies ahead of the article's date: a word of the future in the words just before it
 * ("will meet on Monday"), not elsewhere in the sentence ("announced on Wednesday that prices will rise"),
 * and no verb of the past right before it.
 */
function ahead(lead: string): boolean {
  const near = lead.slice(-60);
  return !PAST_BEFORE.test(near) && FUTURE.test(near);
}

/** A word of the future governs the date's clause: not where a verb of the past stands right before it
 *  ("will offer the lander that the company unveiled in May"). */
function futureLead(lead: string): boolean {
  return FUTURE.test(lead) && !PAST_BEFORE.test(lead.slice(-60).replace(/\s+in\s+$/, ' '));
}

/** The date a relative expression counts from "now" names, at the precision it gives. */
function fromNow(d: DateMatch, anchor: Anchor, sentence: string): string | null {
  const rel = d.rel;
  if (rel?.ref !== 'now') return null;
  const a = anchor.iso;
  const year = Number(a.slice(0, 4));
  const month = Number(a.slice(5, 7));
  switch (rel.unit) {
    case 'day':
      return addDays(a, rel.n);
    case 'month':
      return addMonths(year, month, rel.n);
    case 'year':
    case 'season':
      return String(year + rel.n);
    case 'weekday': {
      const diff = (rel.value - weekday(a) + 7) % 7;
      if (rel.n === 1) return addDays(a, diff === 0 ? 7 : diff);
      if (rel.n === -1) return addDays(a, diff === 0 ? -7 : diff - 7);
      if (diff === 0) return a;
      return ahead(sentence) ? addDays(a, diff) : addDays(a, diff - 7);
    }
    case 'month-name': {
      if (rel.n === 0) return `${year}-${pad(rel.value)}`;
      if (rel.n > 0) return `${rel.value > month ? year : year + 1}-${pad(rel.value)}`;
      return `${rel.value < month ? year : year - 1}-${pad(rel.value)}`;
    }
    default:
      return null;
  }
}

/** The date a narrative-relative expression names from the date before it, or null. */
function fromPrevious(d: DateMatch, ref: string): string | null {
  const rel = d.rel;
  if (rel?.ref !== 'prev' || rel.unit === null) return null;
  const year = Number(ref.slice(0, 4));
  const month = ref.length >= 7 ? Number(ref.slice(5, 7)) : 0;
  switch (rel.unit) {
    case 'day':
      return ref.length === 10 ? addDays(ref, rel.n) : null;
    case 'month':
      return month ? addMonths(year, month, rel.n) : null;
    case 'year':
      return String(year + rel.n);
    case 'month-name':
      if (!month) return null;
      if (rel.n > 0) return `${rel.value > month ? year : year + 1}-${pad(rel.value)}`;
      return `${rel.value < month ? year : year - 1}-${pad(rel.value)}`;
    case 'day-of-month':
      return month ? `${year}-${pad(month)}-${pad(rel.value)}` : null;
    default:
      return null;
  }
}

/**
 * Whether a yearless date ("On 20 May, …") surely has the year of the date before it: that date's year
 * was written (or surely carried), it stands in the same paragraph, no other year came between, and
 * the month does not go back (a later month of the same year, not the next year's). Readers saw
 * "to confirm" on such cards, all of them right (issue 10).
 */
function sameYearSurely(iso: string, prev: Reference, ctx: { refs: References; para: number }): boolean {
  if (!prev.sure || prev.para !== ctx.para) return false;
  const last = ctx.refs.any;
  if (!last || last.iso === null || last.iso.slice(0, 4) !== prev.iso.slice(0, 4)) return false;
  // A yearless date is "--MM-DD" or "--MM".
  const month = iso.slice(2, 4);
  return /^\d\d$/.test(month) && prev.iso.length >= 7 && month >= prev.iso.slice(5, 7);
}

const DAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
/** A weekday named right before a yearless date: "Monday night (Nov. 18)", "on Tuesday, March 3". */
const WEEKDAY_OPENING = /^(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/i;
const WEEKDAY_BEFORE = /\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b[^.;:!?]{0,14}$/i;

/**
 * `resolveDate`, then the weekday the text gives beside a yearless day checked against the year it was given: "the
 * band's set Monday night (Nov. 18)" is in the year whose 18 November is a Monday, of the years next to it.
 */
export function resolveDate(d: DateMatch, ctx: Parameters<typeof resolveYear>[1]): Resolved | null {
  const resolved = resolveYear(d, ctx);
  const named = d.needsYear ? (WEEKDAY_BEFORE.exec(ctx.lead ?? '') ?? WEEKDAY_OPENING.exec(d.when)) : null;
  if (!resolved?.iso || !named || !/^\d{4}-\d\d-\d\d$/.test(resolved.iso)) return resolved;
  const want = DAY_NAMES.indexOf(named[1].toLowerCase());
  if (weekday(resolved.iso) === want) return resolved;
  const year = Number(resolved.iso.slice(0, 4));
  const fits = [year - 1, year + 1].filter((y) => weekday(`${y}${resolved.iso!.slice(4)}`) === want);
  return fits.length === 1
    ? {
        ...resolved,
        iso: `${fits[0]}${resolved.iso.slice(4)}`,
        confidence: 'low',
        basis: `the year its ${named[1]} falls in`,
      }
    : { iso: null, anchor: null, confidence: 'low', basis: TWO_YEARS };
}

/**
 * Resolves one date of the text. `sentenceYear` is a year written in the same sentence;
 * `prev` the narrative's last date; `para` the date's paragraph. Returns null when the
 * expression is no date here ("the next day" with nothing before it).
 */
function resolveYear(
  d: DateMatch,
  ctx: {
    anchor: Anchor | null;
    refs: References;
    para: number;
    sentence: string;
    /** The words of its sentence right before the date. */
    lead?: string;
    sentenceYear: string | null;
    /** A year written alone since the narrative's last date ("the 2013 season"), when it is another year. */
    otherYear?: string | null;
  },
): Resolved | null {
  const { anchor } = ctx;
  const news = anchor !== null && anchor.kind !== 'text';
  // "by the end of the year" in a dated news text, or with no date before it, is this year; in a history, the narrative's.
  if (d.rel?.ref === 'prev' && d.rel.unit !== null && 'orNow' in d.rel && d.rel.orNow && (news || !ctx.refs.any))
    d = { ...d, rel: { ref: 'now', unit: d.rel.unit, n: d.rel.n } };
  if (d.rel?.ref === 'event') return { iso: d.iso, anchor: null, confidence: 'low', basis: 'relative to an event' };
  if (d.rel?.ref === 'now') {
    if (!anchor) return { iso: null, anchor: null, confidence: 'low', basis: 'no date to count from' };
    const iso = fromNow(d, anchor, ctx.lead ?? ctx.sentence);
    const unsure = anchor.kind === 'text' || d.rel.unit === 'weekday' || d.rel.unit === 'season';
    return {
      iso,
      anchor: anchor.kind,
      confidence: unsure || iso === null ? 'low' : 'high',
      basis: basisOfNow[anchor.kind],
    };
  }
  if (d.rel?.ref === 'prev') {
    const prev = ctx.refs.any;
    if (!prev) return null;
    const iso = prev.iso === null ? null : fromPrevious(d, prev.iso);
    return { iso, anchor: 'text', confidence: 'low', basis: 'counted from the date before it' };
  }
  if (!d.needsYear || !d.iso) return high(d.iso);
  // "must finish sowing before May 10 each year", "Every year on June 1": a day that comes back every year has no
  // year of its own.
  // So is a rule's day: "The act prohibited sowing before May 10 and transplanting before June 10".
  if (YEARLY.test(ctx.sentence) || (ctx.lead !== undefined && RULE_DAY.test(ctx.lead.slice(-160))))
    return { iso: null, anchor: null, confidence: 'low', basis: EVERY_YEAR };
  // A yearless date: the year of its own sentence, else of the narrative nearby, else of the anchor.
  if (ctx.sentenceYear)
    return {
      iso: ctx.sentenceYear + d.iso.slice(1),
      anchor: 'text',
      confidence: 'high',
      basis: 'year taken from the same sentence',
    };
  const prev = ctx.refs.fine;
  const near = prev !== null && (!news || ctx.para - prev.para <= 1);
  // In a text with no date of its own, a year alone told many paragraphs back may be a moment recalled in passing,
  // not the narrative's own year ("In 2009, she called it a waste." then, pages on, "a letter printed on Oct. 3").
  const farYear = prev !== null && !news && prev.iso.length === 4 && ctx.para - prev.para > NARRATIVE_REACH;
  // "from December" in a text dated February 2034: December 2033 if it is past, 2034 if it is to come; the
  // tense of a news sentence seldom says which for sure ("rising by 3% in April"), so no year is given.
  const afterNow = (iso: string): boolean =>
    news && anchor !== null && iso.slice(0, 7) > anchor.iso.slice(0, 7) && !futureLead(ctx.lead ?? ctx.sentence);
  const unsureYear: Resolved = { iso: null, anchor: null, confidence: 'low', basis: TWO_YEARS };
  // "The company will hold its meeting on 18 July" (the text dated 6 May 2025): a day to come is the next one
  // after the text's date, not one in the year of a date told in passing before it ("who joined in January 2024").
  // (Not where the narrative has moved past the anchor: a birth date, the latest full date of an obituary.)
  const fresh = anchor !== null && (ctx.refs.fine === null || ctx.refs.fine.iso.slice(0, 7) <= anchor.iso.slice(0, 7));
  if (anchor && fresh && futureLead(ctx.lead ?? ctx.sentence)) {
    const sameYear = anchor.iso.slice(0, 4) + d.iso.slice(1);
    const past = sameYear.slice(0, 7) < anchor.iso.slice(0, 7);
    // The latest date a text gives may itself be to come ("the ceremony on 27 February"): before it, the year is
    // a guess.
    if (past && anchor.kind === 'text') return unsureYear;
    {
      const iso = past ? String(Number(anchor.iso.slice(0, 4)) + 1) + d.iso.slice(1) : sameYear;
      const agrees = near && prev !== null && prev.iso.slice(0, 4) === iso.slice(0, 4);
      return {
        iso,
        anchor: anchor.kind,
        confidence: agrees && sameYearSurely(d.iso, prev, ctx) ? 'high' : 'low',
        basis: basisOfYear[anchor.kind],
        ahead: true,
      };
    }
  }
  if (farYear) return unsureYear;
  // "Observers have been expecting the next vote on 9 June" in a text with no date of its own: a day to come
  // takes no year from the narrative's past ("last held in March 1988").
  if (anchor === null && futureLead(ctx.lead ?? ctx.sentence))
    return { iso: null, anchor: null, confidence: 'low', basis: 'no year in the text' };
  // "On 26 December 2012 he was traded. He started the 2013 season in Velm … on July 6": 2012 or 2013?
  if (near && prev && ctx.otherYear && ctx.otherYear !== prev.iso.slice(0, 4)) return unsureYear;
  if (near && prev && afterNow(prev.iso.slice(0, 4) + d.iso.slice(1))) return unsureYear;
  // "In 2019 the firm employed 500. ¶ Its rival filed for bankruptcy in September." in a text dated 2024: the
  // year before it stands in another paragraph and is not the text's own year; which of the two is meant the
  // text does not say.
  if (near && prev && news && anchor && prev.para !== ctx.para && prev.iso.slice(0, 4) !== anchor.iso.slice(0, 4))
    return unsureYear;
  if (near && prev)
    return {
      iso: prev.iso.slice(0, 4) + d.iso.slice(1),
      anchor: 'text',
      confidence: sameYearSurely(d.iso, prev, ctx) ? 'high' : 'low',
      basis: 'year taken from the date before it',
    };
  if (anchor && afterNow(anchor.iso.slice(0, 4) + d.iso.slice(1))) return unsureYear;
  // "By July 2001, the firm had been renamed. … In March, Ivo Marr had become its chairman" in a text of 2014: the
  // narrative is in another year than the text's own, close by; the publication's year is a guess.
  const elsewhen = [ctx.refs.any, ctx.refs.fine].some(
    (r) => r?.iso && anchor && r.iso.slice(0, 4) !== anchor.iso.slice(0, 4) && ctx.para - r.para <= PAST_PERFECT_REACH,
  );
  // (Only in the past perfect, "had become": a past before the narrative's, never the text's own time.)
  if (anchor && elsewhen && /\bhad\s+(?:(?:not|already|just|since)\s+)?\p{Ll}{3,}/u.test(ctx.sentence))
    return unsureYear;
  if (anchor)
    return {
      iso: anchor.iso.slice(0, 4) + d.iso.slice(1),
      anchor: anchor.kind,
      confidence: 'low',
      basis: basisOfYear[anchor.kind],
    };
  return { iso: null, anchor: null, confidence: 'low', basis: 'no year in the text' };
}
