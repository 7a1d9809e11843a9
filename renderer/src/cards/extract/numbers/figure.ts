/**
 * One figure read at one offset: the number with its currency, scale word, percent or unit
 * ("$3.4 billion", "40 per cent", "10 years", "3–1"), or the number and the noun it counts
 * ("7 million homes"). Every look-around is bounded, so reading all of an article's figures is linear.
 */
import {
  AGE_WORDS,
  CURRENCY_SIGNS,
  CURRENCY_WORDS,
  DISCOURSE_COUNTS,
  DURATION_SECONDS,
  DURATION_UNITS,
  IRREGULAR_PLURALS,
  LABEL_WORDS,
  MEASURE_UNITS,
  MULTIPLE_WORDS,
  NOT_COUNTED,
  SCALE_WORDS,
  SHORT_SCALES,
  SPELLED,
} from '../../lexicon/numbers';
import { COMMON } from '../../lexicon/words';

export type NumberKind = 'money' | 'percent' | 'count' | 'duration' | 'measure' | 'multiple' | 'score';

export type Figure = {
  start: number;
  /** End of the answer: the number with its unit, without the counted noun. */
  end: number;
  /** End of what the blank covers: the answer and a conversion in brackets after it ("(400 kilometres)"). */
  blankEnd: number;
  kind: NumberKind;
  /** The counted noun after the figure ("gas mains"), or null. */
  noun: string | null;
  /** The figure in other units as the article gives it in brackets, or null. */
  alternate: string | null;
};

const NUMERAL = /\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,]\d)|\d+(?:\.\d+)?/y;
const JOIN = /\s?[–—-]\s?|\s+to\s+/y;
const WORD = /[ \u00a0]{1,2}([\p{L}°][\p{L}°/.’'-]*|%)/uy;
const CONVERSION =
  /[ \u00a0]?\(\s*(?:about|roughly|some|around|nearly|approximately|over)?\s*[\d,.]+(?:\s?(?:[–—-]|to)\s?[\d,.]+)?\s?[\p{L}°%][\p{L}°/.]*\)/uy;
/** Adjectives among the common words that may stand between a figure and the noun it counts. */
const ADJECTIVES = new Set('big small large major minor key main top high low long short early late new'.split(' '));
/** The words between a share and its whole: "29 of 50", "12 of the 13", "3 out of 10" (a regular expression's source). */
export const SHARE_LINK = String.raw`(?:out\s+)?of\s+(?:the\s+)?`;
/** Sticky, set before use: " of 50 ", " out of the 13 " after the share of a whole. */
const SHARE_OF = new RegExp(`\\s+${SHARE_LINK}\\d[\\d,]*(?=\\s)`, 'y');

const HALF_BEFORE =
  /(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty))\s+(?:to|or|and|in|out\s+of)\s+$/i;
/** A country before a currency name: "4 billion US dollars". */
const CURRENCY_COUNTRY = /^(?:us|u\.s|american|australian|canadian|hong|new|singapore)$/;
const isYear = (n: string): boolean => /^(?:1[5-9]|20)\d\d$/.test(n);

type Word = { text: string; start: number; end: number };

function wordAt(text: string, at: number, limit: number): Word | null {
  WORD.lastIndex = at;
  const m = WORD.exec(text);
  if (!m || m.index !== at || at + m[0].length > limit) return null;
  const clean = m[1].replace(/[.’'-]+$/, '');
  const start = at + m[0].length - m[1].length;
  return { text: clean, start, end: start + clean.length };
}

const lower = (w: Word | null): string => w?.text.toLowerCase() ?? '';

const isPlural = (w: string): boolean =>
  IRREGULAR_PLURALS.has(w) ||
  (w.length >= 3 && /^\p{Ll}[\p{Ll}-]*s$/u.test(w) && !/(?:ss|us|is)$/.test(w) && !NOT_COUNTED.has(w));

/** The counted noun within three words after `at` ("new river ferries"), with its end, or null. */
function countedNoun(text: string, at: number, limit: number): Word | null {
  let from = at;
  let first = -1;
  for (let k = 0; k < 3; k += 1) {
    const w = wordAt(text, from, limit);
    if (!w || !/^(?:\p{Ll}[\p{Ll}-]*|\p{Lu}{2,4})$/u.test(w.text)) return null;
    const key = w.text.toLowerCase();
    if (COMMON.has(key) && !ADJECTIVES.has(key)) return null;
    if (first === -1) first = w.start;
    if (isPlural(w.text)) return { text: text.slice(first, w.end), start: first, end: w.end };
    from = w.end;
  }
  return null;
}

/** The words just before `at` (at most `n`, lower-case), nearest first. */
function wordsBefore(text: string, at: number, floor: number, n: number): string[] {
  const head = text.slice(Math.max(floor, at - 60), at);
  return head
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(-n)
    .reverse()
    .map((w) => w.toLowerCase());
}

/** Sticky, set to its offset before each use. */
const SPELLED_WORD = /\p{L}\p{Ll}*(?:-\p{Ll}+)?/uy;

/** A spelled number ("fourteen", "twenty-five") at `at`, with its value and end, or null. */
function spelledAt(text: string, at: number, limit: number): { value: number; end: number } | null {
  const m = SPELLED_WORD;
  m.lastIndex = at;
  const hit = m.exec(text);
  if (!hit || at + hit[0].length > limit) return null;
  const parts = hit[0].toLowerCase().split('-');
  let value = 0;
  for (const p of parts) {
    const v = SPELLED.get(p);
    if (v === undefined) return null;
    value += v;
  }
  return { value, end: at + hit[0].length };
}

/** Between the parts of a duration written in several units: "3 hours and 5 minutes", "2 years, 4 months", "1 minute 30 seconds". */
const PART_JOIN = /,?[ \u00a0]{1,2}(?:and[ \u00a0]{1,2})?/y;
/** At most this many parts after the first ("years, months, days, hours"). */
const MAX_PARTS = 5;

/**
 * The end of a duration whose first part ends at `end` in the unit of `seconds` and that goes on in
 * smaller units ("11 hours and 55 minutes", "2 years, 4 months and 9 days"): one figure, not several.
 * `end` itself when nothing smaller follows.
 */
function durationEnd(text: string, end: number, limit: number, seconds: number): number {
  let size = seconds;
  for (let k = 0; k < MAX_PARTS; k += 1) {
    PART_JOIN.lastIndex = end;
    const join = PART_JOIN.exec(text);
    if (!join) break;
    const at = end + join[0].length;
    let numEnd: number;
    if (/\d/.test(text[at] ?? '')) {
      NUMERAL.lastIndex = at;
      const num = NUMERAL.exec(text);
      if (!num) break;
      numEnd = at + num[0].length;
    } else {
      const spelled = spelledAt(text, at, limit);
      if (!spelled) break;
      numEnd = spelled.end;
    }
    const unit = wordAt(text, numEnd, limit);
    const next = DURATION_SECONDS.get(lower(unit));
    if (!unit || next === undefined || next >= size || /[-\d]/.test(text[unit.end] ?? '')) break;
    size = next;
    end = unit.end;
  }
  return end;
}

/** `compound`: a duration written in several units. */
type Unit = { kind: NumberKind | null; scaled: boolean; unitEnd: number; compound?: boolean };

/**
 * What follows a number at `end`: "%", "per cent", a scale word, a currency name, a unit of time or
 * measurement, "times". `null` for an age ("19 years old"); the kind stays null when nothing says it.
 */
function unitAfter(
  text: string,
  end: number,
  limit: number,
  given: { kind: NumberKind | null; scaled: boolean; spelled: boolean },
): Unit | null {
  let { kind, scaled } = given;
  if (text[end] === '%') return { kind: 'percent', scaled, unitEnd: end + 1 };
  let unitEnd = end;
  let w = wordAt(text, end, limit);
  if (!scaled && SCALE_WORDS.has(lower(w)) && !SHORT_SCALES.has(lower(w))) {
    scaled = true;
    unitEnd = w!.end;
    w = wordAt(text, unitEnd, limit);
  }
  const key = lower(w);
  const after = wordAt(text, w?.end ?? unitEnd, limit);
  if (key === 'percent' || (key === 'per' && lower(after) === 'cent'))
    return { kind: 'percent', scaled, unitEnd: key === 'per' ? after!.end : w!.end };
  if (given.spelled) {
    // A spelled number takes a scale word or a unit of time, nothing else.
  } else if (CURRENCY_WORDS.has(key)) {
    // "22 euro cents", "50 US cents": the coin is part of the figure, not a word after it.
    const coin = /^(?:cents?|pence|centimes)$/.test(lower(after)) && !/^(?:cents?|pence)$/.test(key);
    return { kind: 'money', scaled, unitEnd: coin ? after!.end : w!.end };
  } else if (CURRENCY_COUNTRY.test(key) && CURRENCY_WORDS.has(lower(after)))
    return { kind: 'money', scaled, unitEnd: after!.end };
  if (kind === 'money' || scaled) return { kind, scaled, unitEnd };
  if (DURATION_UNITS.has(key)) {
    const whole = durationEnd(text, w!.end, limit, DURATION_SECONDS.get(key)!);
    // "19 years old", "3 years and 2 months old": an age.
    if (lower(wordAt(text, whole, limit)) === 'old') return null;
    return { kind: 'duration', scaled, unitEnd: whole, compound: whole > w!.end };
  }
  if (given.spelled) return { kind, scaled, unitEnd };
  if (MEASURE_UNITS.has(key)) kind = 'measure';
  else if (MULTIPLE_WORDS.has(key)) kind = 'multiple';
  else return { kind, scaled, unitEnd };
  // "80 miles per hour", "40 km / h", "9 litres a day": a rate is one unit, not a length with "per hour" left over.
  const rate = RATE_AFTER.exec(text.slice(w!.end, Math.min(limit, w!.end + 24)));
  return { kind, scaled, unitEnd: w!.end + (rate ? rate[0].length : 0) };
}

/** What makes a measure a rate: "per hour", "an hour", "/h", "a day". */
const RATE_AFTER =
  /^(?:\s*\/\s*(?:h|hr|s|sec|min|day|yr)\b|\s+(?:per|an|a)\s+(?:hour|second|minute|day|week|month|year|annum)\b)/;

const HAS_LETTER = /\p{L}/u;
/** The capitalised word right before a figure ("Apollo 11"). */
const CAPITAL_WORD_BEFORE = /(\p{Lu}[\p{L}.]*)\s+$/u;

/** Verbs of harm before a count of people ("killing 40", "wounding at least 12"). */
const HARM_BEFORE =
  /^(?:killing|killed|wounding|wounded|injuring|injured|leaving|left|evacuating|evacuated|rescuing|rescued|displacing|displaced|arresting|arrested)$/;
/** Words of harm after a count of people ("40 killed", "12 dead", "three missing"). */
const HARM_AFTER =
  /^(?:\s+(?:or\s+more\s+|and\s+)?)?(?:were\s+|have\s+been\s+|had\s+been\s+)?(?:killed|dead|died|wounded|injured|hurt|missing|evacuated|rescued|displaced|arrested|detained)\b/;

/**
 * A count of people that names no noun, but the harm done to them ("killing 107", "238 wounded"): the
 * headline figure of a disaster or an attack (issue 10).
 */
function casualties(text: string, before: readonly string[], end: number, limit: number): boolean {
  const lead = before[0] === 'least' || before[0] === 'than' ? before[2] : before[0];
  return HARM_BEFORE.test(lead ?? '') || HARM_AFTER.test(text.slice(end, Math.min(limit, end + 40)));
}

/** One set of a score of several: "6-4, 7-6 (5)". */
const SET_AFTER = /^(?:\s*\(\d{1,2}\))?,\s*\d{1,2}[–—-]\d{1,2}/;
const SET_BEFORE = /\d{1,2}[–—-]\d{1,2}(?:\s*\(\d{1,2}\))?,\s*$/;

/**
 * The figure whose number starts at `at` (a digit or a spelled number) inside [floor, limit), or null
 * when the number is not an amount: a year, an ordinal, a time, a fraction, a label ("page 12",
 * "Apollo 11"), an age, or a bare number with no unit and no counted noun. `scoreWords`: whether the
 * sentence talks of a match or a vote, where "2–1" is a score.
 */
export function figureAt(text: string, at: number, floor: number, limit: number, scoreWords: boolean): Figure | null {
  const prev = text[at - 1] ?? '';
  if (/[\p{L}\p{N}/:#@.,_-]/u.test(prev) && !/[-]/.test(prev)) return null;
  if (prev === '-' && /[\p{L}\p{N}]/u.test(text[at - 2] ?? '')) return null;
  let start = at;
  let currency = false;
  if (prev !== '' && CURRENCY_SIGNS.includes(prev)) {
    currency = true;
    start = at - 1;
    while (start > floor && start > at - 4 && /\p{Lu}/u.test(text[start - 1])) start -= 1;
    if (/[\p{L}\p{N}]/u.test(text[start - 1] ?? '')) return null;
  }
  let end: number;
  let numeral: string;
  let spelled = 0;
  NUMERAL.lastIndex = at;
  const num = /\d/.test(text[at] ?? '') ? NUMERAL.exec(text) : null;
  if (num) {
    numeral = num[0];
    end = at + numeral.length;
  } else {
    const s = spelledAt(text, at, limit);
    if (!s) return null;
    spelled = s.value;
    numeral = text.slice(at, s.end);
    end = s.end;
  }
  // "three to four hundred", "seven in ten": one end of a range or a ratio is half a figure.
  if (HALF_BEFORE.test(text.slice(Math.max(floor, at - 16), at))) return null;
  if (end > limit) return null;
  const next = text[end] ?? '';
  // "10:30", "3/5", "10-year", "1990s", "3rd": a time, a fraction, an adjective, a decade, an ordinal.
  if (/[:/]/.test(next) && /\d/.test(text[end + 1] ?? '')) return null;
  if (next === '-' && HAS_LETTER.test(text[end + 1] ?? '')) return null;
  let kind: NumberKind | null = currency ? 'money' : null;
  let scaled = false;
  if (HAS_LETTER.test(next)) {
    const glued = /\p{L}+/uy;
    glued.lastIndex = end;
    const suffix = (glued.exec(text)?.[0] ?? '').toLowerCase();
    if (spelled === 0 && SHORT_SCALES.has(suffix) && (currency || suffix === 'bn')) scaled = true;
    else if (spelled === 0 && MEASURE_UNITS.has(suffix)) kind = 'measure';
    else return null;
    end += suffix.length;
  }
  // A range or a score: "12 to 18", "60–190", "3–1".
  let second = '';
  if (!scaled && kind === null && spelled === 0) {
    JOIN.lastIndex = end;
    const join = JOIN.exec(text);
    if (join) {
      let from = end + join[0].length;
      if (currency && CURRENCY_SIGNS.includes(text[from])) from += 1;
      NUMERAL.lastIndex = from;
      const other = /\d/.test(text[from] ?? '') ? NUMERAL.exec(text) : null;
      if (other && from + other[0].length <= limit && !/[\p{L}\d]/u.test(text[from + other[0].length] ?? '')) {
        second = other[0];
        end = from + second.length;
      }
    }
  }
  if (isYear(numeral) && !currency) return null;
  const before = wordsBefore(text, start, floor, 8);
  if (before.slice(0, 8).some((w) => AGE_WORDS.has(w))) return null;
  if (LABEL_WORDS.has(before[0] ?? '')) return null;
  const wordBefore = CAPITAL_WORD_BEFORE.exec(text.slice(Math.max(floor, start - 30), start))?.[1] ?? '';
  let unitEnd = end;
  let compound = false;
  if (kind === null || kind === 'money') {
    const unit = unitAfter(text, end, limit, { kind, scaled, spelled: spelled > 0 });
    if (!unit) return null;
    ({ kind, scaled, unitEnd } = unit);
    compound = unit.compound === true;
  }
  if (
    /^[-–—]/.test(text.slice(unitEnd, unitEnd + 1)) &&
    /^[-–—](?:year|old|month|week|day)/i.test(text.slice(unitEnd, unitEnd + 6))
  )
    return null;
  let noun: Word | null = null;
  if (kind === null) noun = countedNoun(text, unitEnd, limit);
  // "29 of 50 states", "12 of the 13 leading states": the share counts what the whole is a number of.
  if (kind === null && !noun) {
    SHARE_OF.lastIndex = unitEnd;
    const whole = SHARE_OF.exec(text);
    if (whole && unitEnd + whole[0].length < limit) noun = countedNoun(text, unitEnd + whole[0].length, limit);
  }
  // "for two reasons": a count that orders what someone says, not a figure of the story.
  if (noun && DISCOURSE_COUNTS.has(noun.text.split(' ').pop() ?? '')) return null;
  if (kind === null) {
    const small = /^\d{1,2}$/.test(numeral) && /^\d{1,2}$/.test(second);
    if (small && /^[–—-]$/.test(text.slice(at + numeral.length, at + numeral.length + 1)) && scoreWords && !noun)
      kind = 'score';
    else if (noun || scaled || casualties(text, before, unitEnd, limit)) kind = 'count';
    else return null;
  }
  // "defeated Ivo Marr 6-4, 7-6 (5)": one set of a match's score is a part of the result, not the result.
  if (
    kind === 'score' &&
    (SET_AFTER.test(text.slice(unitEnd, unitEnd + 12)) || SET_BEFORE.test(text.slice(Math.max(0, at - 16), at)))
  )
    return null;
  // A capitalised word just before a bare count names something ("Apollo 11", "Windows 10"); the gap
  // is only white space.
  if (kind === 'count' && wordBefore !== '' && !COMMON.has(wordBefore.toLowerCase())) return null;
  // Spelled numbers: only with a scale word, a unit of time, or counting ten and more.
  if (spelled > 0 && !(scaled || kind === 'duration' || (kind === 'count' && spelled >= 10))) return null;
  // "one year" alone is hardly a figure; "one hour and ten minutes" is.
  if (spelled > 0 && kind === 'duration' && spelled < 2 && !compound) return null;
  if (kind === 'count' && !scaled && /^\d{5,}$/.test(numeral)) return null;
  if (kind === 'percent' || kind === 'duration' || kind === 'measure' || kind === 'multiple') noun = null;
  let blankEnd = unitEnd;
  let alternate: string | null = null;
  CONVERSION.lastIndex = unitEnd;
  const conv = CONVERSION.exec(text);
  if (conv && unitEnd + conv[0].length <= limit) {
    blankEnd = unitEnd + conv[0].length;
    alternate = conv[0].trim().slice(1, -1).trim();
  }
  return { start, end: unitEnd, blankEnd, kind, noun: noun?.text ?? null, alternate };
}

/** Every figure of a short text (a quotation, a prompt), in order: each number read once, so linear in its length. */
export function figuresIn(text: string): Figure[] {
  const out: Figure[] = [];
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57 || /\d/.test(text[i - 1] ?? '')) continue;
    const fig = figureAt(text, i, 0, text.length, false);
    if (!fig) continue;
    out.push(fig);
    i = Math.max(i, fig.blankEnd - 1);
  }
  return out;
}
