/**
 * Date expressions with their precision: full dates, month-year, years, ranges, decades,
 * yearless dates, and relative dates ("yesterday", "two days later", "after the election")
 * with what they are relative to, for `anchor.ts` to resolve.
 */

import {
  COUNT_NOUNS,
  DATE_QUALIFIERS,
  EVENT_NOUNS,
  NAME_YEAR_HEADS,
  NOT_PLURAL,
  PERIOD_NOUNS,
  WEEKDAY_ORDER,
} from '../../lexicon/dates';
import { CURRENCY_WORDS, MEASURE_UNITS } from '../../lexicon/numbers';
import { MONTHS, NUMBER_WORDS } from '../../lexicon/words';

export type RelUnit = 'day' | 'week' | 'month' | 'year' | 'season' | 'decade' | 'century';

/**
 * What a relative date is counted from. `now`: the article's own date ("yesterday", "last
 * year", "on Monday"); `prev`: the date the narrative last gave ("the following day", "two
 * days later"); `event`: an event the text names ("after the election"), no calendar date.
 */
export type Relative =
  | { ref: 'now'; unit: RelUnit; n: number }
  | { ref: 'now'; unit: 'weekday' | 'month-name'; n: number; value: number }
  | { ref: 'prev'; unit: RelUnit; n: number; orNow?: boolean }
  | { ref: 'prev'; unit: 'month-name'; n: -1 | 1; value: number }
  | { ref: 'prev'; unit: 'day-of-month'; n: 0; value: number }
  | { ref: 'now' | 'prev' | 'event'; unit: null; n: 0 };

export type DateMatch = {
  start: number;
  end: number;
  when: string;
  /** As the text gives it: `2024-05-17`, `2024-05`, `2024`, yearless `--05-17` / `--05`, or null. */
  iso: string | null;
  needsYear: boolean;
  /** Set for relative expressions; `anchor.ts` turns them into dates. */
  rel?: Relative;
  /** A span of time ("1921–1925", "from May 3 to October 12"): `iso` is its start. */
  range?: boolean;
};

const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?:(?<=\\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec))\\.|(?![A-Za-z]|-[A-Za-z]))';
const MONTH_NAMES = 'January|February|March|April|May|June|July|August|September|October|November|December';
const DAY = '(?:\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '(?:(?:1[0-9]|20)\\d{2})';
const SEASON = '(?:spring|summer|autumn|fall|winter)';
const SEASONS = 'spring|summer|autumn|fall|winter';
const WEEKDAY = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday';
const NUM =
  '(?:\\d{1,3}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a few|several|a couple of|a|an)';
const UNIT = '(?:days?|weeks?|months?|years?|decades?)';
const REL_UNIT = '(?:days?|weeks?|months?|years?|decades?|mornings?|evenings?|nights?|season)';
const PARTS =
  '(?:(?:early|mid|late|the end of|the start of|the beginning of|the middle of|(?:the\\s+)?(?:first|second|third|fourth|final|last)\\s+(?:quarter|half)\\s+of)[\\s-]+)?';
const words = (list: readonly string[]): string => list.map((w) => w.replace(/-/g, '[\\s-]?')).join('|');
const EVENT = `(?:${words(EVENT_NOUNS)})`;
const PERIOD = `(?:${words(PERIOD_NOUNS)})`;
/** Up to two words between a year and its event ("the 2019 general election"), no function words. */
const MODIFIERS =
  "(?:(?!(?:the|a|an|in|on|of|and|or|to|was|were|is|his|her|their|its|when|which|that|after|before)\\b)[A-Za-z0-9’'–-]+\\s+){0,2}";

/** "Tuesday, March 14, 2017", "the evening of 14 June": the weekday and part of the day belong to the date. */
const DAY_LEAD = new RegExp(
  `(?:\\bthe\\s+(?:morning|afternoon|evening|night|eve)\\s+of\\s+)?(?:\\b(?:${WEEKDAY}),?\\s+)?$`,
  'i',
);
const DAY_GROUPS = ['dmy', 'mdy', 'md', 'dm'] as const;
/**
 * Three patterns are found from a word they must hold, then read backwards, so that no scan
 * tries them at every word: "two weeks | before the vote", "the first weeks | of her
 * term", "the morning | of the 14th".
 */
const EVREL_AT = /\b(?:before|after)(?=\s)/gi;
const EVREL_LEAD = new RegExp(
  `\\b(?:shortly|soon|just|immediately|directly|right|not\\s+long|only|hours|minutes|moments|days|weeks|months|years|${NUM}\\s+${UNIT}|the\\s+(?:day|days|night|eve|week|weeks|morning|evening|month|months|year|years))\\s+$`,
  'i',
);
const PERIODOF_AT = new RegExp(
  `\\b(?:days?|weeks?|months?|years?|hours?)\\s+of\\s+(?:the|his|her|their|its)\\s+(?:[a-z-]+\\s+)?${PERIOD}\\b`,
  'gi',
);
const PERIODOF_LEAD = /(?:\bthe\s+)?\b(?:first|last|final|early|closing|opening|dying|waning)\s+$/i;
const DAYOF_AT = /\bof\s+the\s+(\d{1,2})(?:st|nd|rd|th)\b/gi;
const DAYOF_LEAD = /\bthe\s+(?:morning|afternoon|evening|night|eve)\s+$/i;
const PATTERNS = [
  `(?<evyear>(?:the\\s+)?${YEAR}(?:\\s*[–—-]\\s*(?:\\d{4}|\\d{2}))?\\s+${MODIFIERS}${EVENT}\\b)`,
  `(?<dmy>(?:the\\s+)?${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+${YEAR})`,
  `(?<mdy>${MONTH}\\s+${DAY},?\\s+${YEAR})`,
  `(?<isod>${YEAR}-\\d{2}-\\d{2})`,
  `(?<yrange>${YEAR}\\s*[–—-]\\s*(?:${YEAR}|\\d{2})(?![\\d–—-]))`,
  `(?<my>${PARTS}${MONTH},?\\s+(?:of\\s+)?${YEAR})`,
  `(?<season>${PARTS}(?:the\\s+)?${SEASON}\\s+(?:of\\s+)?${YEAR})`,
  `(?<md>${MONTH}\\s+${DAY}(?![\\d,]*\\s*\\d{3}))`,
  `(?<dm>(?:the\\s+)?${DAY}\\s+(?:of\\s+)?${MONTH})`,
  `(?<decade>(?:the\\s+)?${PARTS}(?:(?:1[0-9]|20)\\d0['’]?s|'\\d0s))`,
  `(?<deictic>(?:today|yesterday|tomorrow|tonight)(?!['’]s)\\b|this\\s+(?:morning|afternoon|evening)\\b)`,
  `(?<rel>(?:the\\s+|that\\s+)?(?:following|next|previous|preceding|same|that)\\s+(?:${REL_UNIT}|${SEASONS}|${MONTH_NAMES})\\b|${NUM}\\s+${UNIT}\\s+(?:later|earlier|ago|on)|(?:hours|days|weeks|months|years|decades|moments|minutes)\\s+(?:later|earlier)|(?:earlier|later)\\s+(?:this|that|the same)\\s+(?:year|month|week|day)|(?:early|late|earlier|later)\\s+in\\s+the\\s+(?:year|month|week|day|decade|century|season)|(?:last|next|this)\\s+(?:year|month|week|season|${SEASONS})(?!\\s+of\\b)|the\\s+(?:end|start|beginning|middle)\\s+of\\s+(?:the|this|next|that|last)\\s+(?:year|decade|month|week|century|season)|the\\s+(?:past|last|previous)\\s+(?:century|decade)|(?:shortly|soon|not\\s+long|immediately|directly)\\s+(?:thereafter|afterwards?)|(?:since|until|till)\\s+then)`,
  `(?<weekof>(?:the\\s+)?(?:first|second|third|fourth|last|final)\\s+(?:week|weekend|fortnight|days)\\s+of\\s+${MONTH}(?![\\s,]+\\d))`,
  `(?<numeric>\\b\\d{1,2}[/.]\\d{1,2}[/.](?:1[0-9]|20)\\d{2}\\b)`,
  `(?<bareseason>\\b(?:(?:in|during|by)\\s+the|this|last|next)\\s+(?:early\\s+|late\\s+)?(?:spring|summer|autumn|winter)\\b(?!\\s+(?:of\\s+)?\\d))`,
  `(?<weekday>\\b(?:on|last|next|this|by|until|since)\\s+(?:${WEEKDAY})\\b)`,
  `(?<century>(?:the\\s+)?${PARTS}(?:\\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)\\s+century)`,
  // (Not "1080p", "2000mAh": a figure with a unit or a label written onto it.)
  `(?<year>${PARTS}${YEAR}(?!\\d|[,.]\\d|[A-Za-z]))`,
  `(?<month>\\b(?:in|since|from|by|until|during|early|late|mid|last|next|this)[\\s-]+${MONTH}(?!\\.?[\\s,]+\\d|\\s+of\\s+\\d))`,
];

const WEEKDAY_BEFORE_DATE =
  /^,?\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)/;
const DATE_RE = new RegExp(`\\b(?:${PATTERNS.join('|')})`, 'gi');
/** Words before a bare year that make it a year, not a count ("in 2021", not "2021 soldiers"). */
const YEAR_LEAD =
  /(?:\b(?:in|since|by|until|till|from|to|during|throughout|before|after|between|and|of|around|circa|c\.|early|late|mid|year|the|through|as of|beyond|his|her|their|its|our|my|spring|summer|autumn|fall|winter|on|into)|[,(–-]|\p{L}['’]s)\s*$/iu;
/** Leads after which a year followed by a plural noun is a year all the same ("in 2011 elections were held"). */
const STRONG_YEAR_LEAD = /\b(?:in|since|until|till|during|by|before|after|from)\s*$/i;
const QUALIFIER = new RegExp(`\\b(?:${DATE_QUALIFIERS.join('|')})\\s+$`, 'i');
const LOWER_MONTH =
  /(?<![A-Za-z])(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)(?![A-Za-z])/;
const MONTH_GROUPS = ['dmy', 'mdy', 'my', 'md', 'dm', 'weekof', 'month'] as const;
/** A date between two others: "from 1961 to 1966", "May 3 to October 12", "between May 2011 and March 2013". */
const RANGE_JOIN = /^\s*(?:[–—-]|to|until|till|through|and)\s*$/i;
const EVENT_HEAD = new RegExp(`^(?:${MODIFIERS})${EVENT}\\b`, 'i');
/** Plural endings of people and things counted ("children", "sailors", "residents"), rarely verbs. */
const PLURAL = /(?:ren|ers|ants|ents|ists|ees|ians|ors|ops|ople)$/;
const NUMBER_VALUES: Record<string, number> = { ...NUMBER_WORDS, couple: 2, 'a few': 3, 'a couple of': 2 };

function monthNumber(name: string): number {
  const m = name.toLowerCase().slice(0, 3);
  return MONTHS.findIndex((month) => month.startsWith(m)) + 1;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function validDay(day: number, month: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

function isoOf(g: Record<string, string | undefined>, text: string): { iso: string | null; needsYear: boolean } | null {
  const words = text.match(/[A-Za-z]+|\d+/g) ?? [];
  const month = monthNumber(
    words.find(
      (w) =>
        /^[A-Za-z]{3,}$/.test(w) &&
        monthNumber(w) > 0 &&
        !/^(?:the|of|early|late|mid|morning|evening|night|eve|sunday|monday|saturday)$/i.test(w),
    ) ?? '',
  );
  const year = /\b((?:1[0-9]|20)\d{2})\b/.exec(text)?.[1] ?? null;
  const day = Number(/\b(\d{1,2})(?:st|nd|rd|th)?\b/.exec(text.replace(/\b\d{4}\b/g, ''))?.[1] ?? 0);
  if (g.dmy || g.mdy)
    return validDay(day, month) ? { iso: `${year}-${pad(month)}-${pad(day)}`, needsYear: false } : null;
  if (g.isod) {
    const [y, m, d] = text.split('-').map(Number);
    return validDay(d, m) ? { iso: `${y}-${pad(m)}-${pad(d)}`, needsYear: false } : null;
  }
  if (g.my) return month > 0 ? { iso: `${year}-${pad(month)}`, needsYear: false } : null;
  if (g.md || g.dm) return validDay(day, month) ? { iso: `--${pad(month)}-${pad(day)}`, needsYear: true } : null;
  if (g.month || g.weekof) return month > 0 ? { iso: `--${pad(month)}`, needsYear: true } : null;
  if (g.season || g.year || g.yrange || g.evyear) return { iso: year, needsYear: false };
  if (g.numeric) return numericIso(text);
  if (g.decade) {
    // A decade is dated by its first year ("the 2030s" -> 2030); "the '90s" gives no century.
    const decade = /(\d{3})0['’]?s/.exec(text)?.[1];
    return { iso: decade ? `${decade}0` : null, needsYear: false };
  }
  return { iso: null, needsYear: false };
}

/** "19/03/2013" is day-first, "03/19/2013" month-first; "03/04/2013" could be either: no ISO date. */
function numericIso(text: string): { iso: string | null; needsYear: boolean } | null {
  const [a, b, y] = text.split(/[/.]/).map(Number);
  if (a > 12 && validDay(a, b)) return { iso: `${y}-${pad(b)}-${pad(a)}`, needsYear: false };
  if (b > 12 && validDay(b, a)) return { iso: `${y}-${pad(a)}-${pad(b)}`, needsYear: false };
  if (a === b && validDay(a, b)) return { iso: `${y}-${pad(a)}-${pad(b)}`, needsYear: false };
  return validDay(a, b) || validDay(b, a) ? { iso: String(y), needsYear: false } : null;
}

function countOf(word: string): number | null {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (/^\d+$/.test(w)) return Number(w);
  if (NUMBER_VALUES[w] !== undefined) return NUMBER_VALUES[w];
  const [tens, ones] = w.split('-');
  const TENS: Record<string, number> = {
    twenty: 20,
    thirty: 30,
    forty: 40,
    fifty: 50,
    sixty: 60,
    seventy: 70,
    eighty: 80,
    ninety: 90,
  };
  if (TENS[tens] !== undefined) return TENS[tens] + (ones ? (NUMBER_WORDS[ones] ?? 0) : 0);
  const TEENS = 'thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(' ');
  return TEENS.includes(w) ? 13 + TEENS.indexOf(w) : null;
}

function unitOf(word: string): RelUnit | null {
  const w = word.toLowerCase().replace(/s$/, '');
  if (w === 'day' || w === 'week' || w === 'month' || w === 'year' || w === 'decade' || w === 'century') return w;
  if (w === 'season' || SEASONS.split('|').includes(w)) return 'season';
  if (w === 'morning' || w === 'evening' || w === 'night') return 'day';
  return null;
}

/** What a relative expression counts from, and how far. */
function relativeOf(g: Record<string, string | undefined>, when: string): Relative | null {
  const w = when.toLowerCase().replace(/\s+/g, ' ');
  if (g.deictic) {
    const n = w === 'yesterday' ? -1 : w === 'tomorrow' ? 1 : 0;
    return { ref: 'now', unit: 'day', n };
  }
  if (g.weekday) {
    const parts = w.split(' ');
    const day = parts[parts.length - 1];
    const n = parts[0] === 'last' ? -1 : parts[0] === 'next' ? 1 : 0;
    return { ref: 'now', unit: 'weekday', n, value: WEEKDAY_ORDER.indexOf(day) };
  }
  if (g.dayof) return { ref: 'prev', unit: 'day-of-month', n: 0, value: Number(/\d+/.exec(w)?.[0]) };
  if (g.evrel || g.periodof) return { ref: 'event', unit: null, n: 0 };
  if (g.bareseason) {
    return { ref: 'now', unit: 'season', n: w.startsWith('last') ? -1 : w.startsWith('next') ? 1 : 0 };
  }
  if (g.month && /^(?:last|next|this)\s/.test(w)) {
    const value = monthNumber(w.split(/[\s-]/)[1]);
    return { ref: 'now', unit: 'month-name', n: w.startsWith('last') ? -1 : w.startsWith('next') ? 1 : 0, value };
  }
  if (!g.rel) return null;
  let m = /^(?:the |that )?(following|next|previous|preceding|same|that) (\w+)$/.exec(w);
  if (m) {
    const month = MONTH_NAMES.toLowerCase().split('|').indexOf(m[2]) + 1;
    const n = m[1] === 'following' || m[1] === 'next' ? 1 : m[1] === 'previous' || m[1] === 'preceding' ? -1 : 0;
    if (month > 0) return n === 0 ? null : { ref: 'prev', unit: 'month-name', n, value: month };
    const unit = unitOf(m[2]);
    if (!unit) return null;
    return { ref: 'prev', unit, n };
  }
  m = /^(.+) (day|week|month|year|decade)s? (later|earlier|ago|on)$/.exec(w);
  if (m) {
    const count = countOf(m[1]);
    const unit = m[2] as RelUnit;
    const ago = m[3] === 'ago';
    if (count === null) return { ref: ago ? 'now' : 'prev', unit: null, n: 0 };
    const n = m[3] === 'earlier' || ago ? -count : count;
    return ago ? { ref: 'now', unit, n } : { ref: 'prev', unit, n };
  }
  m = /^(last|next|this) (year|month|week|season|spring|summer|autumn|fall|winter)$/.exec(w);
  if (m) {
    const n = m[1] === 'last' ? -1 : m[1] === 'next' ? 1 : 0;
    return { ref: 'now', unit: unitOf(m[2]) ?? 'year', n };
  }
  m = /^(?:earlier|later) (?:this|that|the same) (year|month|week|day)$/.exec(w);
  if (m)
    return w.includes(' this ')
      ? { ref: 'now', unit: m[1] as RelUnit, n: 0 }
      : { ref: 'prev', unit: m[1] as RelUnit, n: 0 };
  m = /^(?:early|late|earlier|later) in the (year|month|week|day|decade|century|season)$/.exec(w);
  if (m) return { ref: 'prev', unit: m[1] as RelUnit, n: 0 };
  m = /^the (?:end|start|beginning|middle) of (the|this|next|that|last) (year|decade|month|week|century|season)$/.exec(
    w,
  );
  if (m) {
    const n = m[1] === 'last' ? -1 : m[1] === 'next' ? 1 : 0;
    if (m[1] === 'the') return { ref: 'prev', unit: m[2] as RelUnit, n, orNow: true };
    return m[1] === 'that' ? { ref: 'prev', unit: m[2] as RelUnit, n } : { ref: 'now', unit: m[2] as RelUnit, n };
  }
  if (/^the (?:past|last|previous) (?:century|decade)$/.test(w)) return { ref: 'now', unit: null, n: 0 };
  return { ref: 'prev', unit: null, n: 0 };
}

/** Where the object of "after"/"before" ends ("after the election", "soon after being appointed"), or -1. */
function eventObjectEnd(text: string, from: number): number {
  const rest = text.slice(from, from + 90);
  const gerund = /^\s+(?:being|having\s+been|having)\s+[a-z]+(?:ed|en|t)\b/i.exec(rest);
  if (gerund) return from + gerund[0].length;
  const np = /^\s+(?:the|his|her|their|its|a|an|this|that)\s+/i.exec(rest);
  if (!np) return -1;
  const head = EVENT_HEAD.exec(rest.slice(np[0].length));
  if (head) return from + np[0].length + head[0].length;
  // "soon after the old regime fell,": a short clause up to its punctuation.
  const clause = /^[^,;:.!?()“”"—–]*/.exec(rest)?.[0] ?? '';
  const count = clause.trim().split(/\s+/).length;
  if (count < 2 || count > 6 || !/[,;:.!?—–]/.test(rest.charAt(clause.length))) return -1;
  return from + clause.trimEnd().length;
}

function yearIsCount(text: string, start: number, end: number, lead: string): boolean {
  const next = /^\s+([a-z]+)\b/.exec(text.slice(end, end + 30))?.[1];
  // "a height of 1400 ft", "of 2000 tonnes": a measure, whatever the word before it.
  if (next && (MEASURE_UNITS.has(next) || CURRENCY_WORDS.has(next))) return true;
  if (STRONG_YEAR_LEAD.test(lead)) return false;
  if (!next) return false;
  if (COUNT_NOUNS.includes(next)) return true;
  // "around 1800 houses": after a word that rounds a figure, any plural noun is what is counted.
  if (/\b(?:around|about|circa|c\.)\s*$/i.test(lead) && /^[a-z]{3,}s$/.test(next) && !NOT_PLURAL.includes(next))
    return true;
  return PLURAL.test(next) && !NOT_PLURAL.includes(next) && start >= 0;
}

/** "1954–58", "2011–2014": the end comes after the start (page spans and codes need not). */
function risingRange(text: string): boolean {
  const [a, b] = text.split(/\s*[–—-]\s*/);
  const end = b.length === 2 ? Number(a.slice(0, 2) + b) : Number(b);
  return end > Number(a) && end - Number(a) < 200;
}

/** Words after four digits that make them a time of day: "1700 local time", "0100 GMT", "1930 hrs". */
const CLOCK_AFTER = /^\s*(?:local\s+time|(?:GMT|BST|UTC|CET|CEST|EST|EDT|PST|PDT|hrs|hours|h)\b)/;

const STREET_AFTER =
  /^\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}(?:Drive|Dr\.|Street|St\.|Avenue|Ave\.|Road|Rd\.|Lane|Ln\.|Court|Ct\.|Boulevard|Blvd\.|Way|Place|Terrace|Crescent|Highway|Parkway|Circle)(?![\p{L}])/u;

/** A year right after "Act of" names a law ("the Finance Act of 2008"), not when something happened. */
function yearInName(text: string, start: number): boolean {
  const before = /([A-Z][a-z]+)\s+of\s+$/.exec(text.slice(Math.max(0, start - 20), start));
  return before !== null && NAME_YEAR_HEADS.includes(before[1].toLowerCase());
}

/** Verbs in the past (or a future auxiliary) that make "today" a day, not "nowadays". */
const DEICTIC_VERB =
  /\b(?:(?<!\b(?:be|been|being)\s)[a-z]+[^e\W]ed|said|says|told|met|made|held|gave|took|began|came|went|saw|won|lost|left|sent|spoke|wrote|rose|fell|became|brought|found|will|would|shall|'ll|is to|are to|due|plans to|expected to|earlier|later)(?:\s+[\w’'-]+){0,3}\s+$/i;

/**
 * "yesterday" names a day; "today" and "tomorrow" often mean "nowadays" and "the future" ("the
 * risks we face today"). Those count only opening a sentence ("Today, …") or after a verb
 * of an event ("announced today", "will vote tomorrow").
 */
function isDeicticDay(text: string, start: number, word: string): boolean {
  if (/^yesterday$/i.test(word)) return true;
  if (/^this\s/i.test(word)) return true;
  const before = text.slice(Math.max(0, start - 50), start);
  if (/(?:^|[.!?…]["”’]?\s+|\n\s*|\s[—–-]\s*)$/.test(before) && text.charAt(start + word.length) === ',') return true;
  const clause = before.slice(before.search(/[^,;:.!?“”"()]*$/));
  return DEICTIC_VERB.test(` ${clause}`);
}

function pushMatch(out: DateMatch[], d: DateMatch): void {
  const prev = out[out.length - 1];
  if (prev && prev.end > d.start) return; // a qualifier reached back into the date before
  out.push(d);
}

/**
 * Joins "1961" + "to" + "1966", "May 9" + "and" + "12" and "late 2012" + "and" + "early 2013"
 * into one date, dated by its first part.
 */
function joinRanges(text: string, dates: DateMatch[]): DateMatch[] {
  const out: DateMatch[] = [];
  for (let k = 0; k < dates.length; k += 1) {
    const a = dates[k];
    const next = dates[k + 1];
    if (a.rel && a.rel.ref !== 'event' && next && !next.rel && next.iso) {
      // "the following day on 14 March 2015" is one date; "The following day, 3 June," glosses it.
      const join = text.slice(a.end, next.start);
      if (/^\s+on\s+$/i.test(join)) {
        out.push({ ...next, start: a.start, when: text.slice(a.start, next.end) });
        k += 1;
        continue;
      }
      if (/^,\s*$/.test(join) && /^\s*[,—–]/.test(text.slice(next.end, next.end + 2))) {
        out.push({ start: a.start, end: a.end, when: a.when, iso: next.iso, needsYear: next.needsYear });
        continue;
      }
    }
    if (a.rel) {
      out.push(a);
      continue;
    }
    // "May 9 and 12", "5–7 March": a second day of the same month.
    const tail =
      /^\s*(?:and|to|[–—-])\s*(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+((?:1[0-9]|20)\d{2}))?\b(?![\d,]*\s*(?:\d|%))/.exec(
        text.slice(a.end, a.end + 18),
      );
    if (tail && a.iso && /-\d\d$/.test(a.iso) && /\d$/.test(a.when) && Number(tail[1]) <= 31) {
      const end = a.end + tail[0].length;
      const written = tail[2] && a.needsYear ? { iso: tail[2] + a.iso.slice(1), needsYear: false } : {};
      out.push({ ...a, ...written, end, when: text.slice(a.start, end), range: true });
      while (k + 1 < dates.length && dates[k + 1].start < end) k += 1;
      continue;
    }
    const b = dates[k + 1];
    if (!b || b.rel) {
      out.push(a);
      continue;
    }
    const join = text.slice(a.end, b.start);
    const lead = text.slice(Math.max(0, a.start - 9), a.start);
    const isBetween = /\bbetween\s+$/i.test(lead);
    const isAnd = /^\s*and\s*$/i.test(join);
    // "in late 2012 and early 2013" is one date phrase, as "from 1961 to 1966" is; "in 1990 and in 1995" two.
    if (!RANGE_JOIN.test(join) || a.iso === null || b.iso === null) {
      out.push(a);
      continue;
    }
    const start = isBetween ? a.start - (lead.length - lead.search(/between\s+$/i)) : a.start;
    out.push({
      start,
      end: b.end,
      when: text.slice(start, b.end),
      iso: a.iso,
      needsYear: a.needsYear && b.needsYear,
      range: !isAnd || isBetween,
    });
    k += 1;
  }
  return out;
}

type Candidate = { index: number; text: string; groups: Record<string, string | undefined>; rank: number };

/** Matches of a pattern found from its key word and read backwards (`lead`, anchored at its end). */
function backwards(text: string, at: RegExp, lead: RegExp, group: string, rank: number, all: Candidate[]): void {
  at.lastIndex = 0;
  for (let m = at.exec(text); m !== null; m = at.exec(text)) {
    const window = text.slice(Math.max(0, m.index - 40), m.index);
    const l = lead.exec(window);
    if (!l) continue;
    const index = m.index - (window.length - l.index);
    all.push({ index, text: text.slice(index, m.index + m[0].length), groups: { [group]: 'y' }, rank });
  }
}

/**
 * Every date pattern's matches, by position, the first pattern first at one position. Each
 * scan restarts one character after a match, so a match turned down leaves its words to others.
 */
function candidates(text: string): Candidate[] {
  const all: Candidate[] = [];
  backwards(text, EVREL_AT, EVREL_LEAD, 'evrel', 0, all);
  backwards(text, PERIODOF_AT, PERIODOF_LEAD, 'periodof', 1, all);
  backwards(text, DAYOF_AT, DAYOF_LEAD, 'dayof', 3, all);
  DATE_RE.lastIndex = 0;
  for (let m = DATE_RE.exec(text); m !== null; m = DATE_RE.exec(text)) {
    all.push({ index: m.index, text: m[0], groups: m.groups ?? {}, rank: 2 });
    DATE_RE.lastIndex = m.index + 1;
  }
  all.sort((a, b) => a.index - b.index || a.rank - b.rank);
  return all;
}

/** Every date expression in `text` (one scan per pattern), with `iso` at the precision given. */
export function findDates(text: string): DateMatch[] {
  const out: DateMatch[] = [];
  let consumed = 0;
  for (const c of candidates(text)) {
    if (c.index < consumed) continue;
    const g = c.groups;
    const matched = c.text;
    let when = matched;
    let start = c.index;
    let end = start + matched.length;
    const lead = text.slice(Math.max(0, start - 40), start);
    const qualifier = QUALIFIER.exec(lead);
    if (MONTH_GROUPS.some((k) => g[k]) && LOWER_MONTH.test(matched.replace(/^(?:in|since|by|until|during|the)\s/i, '')))
      continue;
    if (g.rel && LOWER_MONTH.test(matched)) continue;
    if (g.evrel) {
      const objectEnd = eventObjectEnd(text, end);
      if (objectEnd === -1) {
        // "two weeks after" with no event after it is no date.
        continue;
      }
      end = objectEnd;
      when = text.slice(start, end);
      consumed = end;
      const year = /\b((?:1[0-9]|20)\d{2})\b/.exec(when)?.[1] ?? null;
      const short =
        /^(?:shortly|soon|just|immediately|directly|right|hours|minutes|moments|days|the (?:day|days|night|eve|morning|evening))\b/i;
      pushMatch(out, {
        start,
        end,
        when,
        iso: year && short.test(when) ? year : null,
        needsYear: false,
        rel: { ref: 'event', unit: null, n: 0 },
      });
      continue;
    }
    if (g.deictic && !isDeicticDay(text, start, matched)) continue;
    // "in the spring" names no year; "this spring", "last winter" count from the article's date.
    if (g.bareseason && /^(?:in|during|by)\s/i.test(matched)) continue;
    if (g.year) {
      // The end of a span turned down as a whole ("pp. 1910-1930") is no year of its own.
      if (yearInName(text, start) || /\d\s*[–—-]\s*$/.test(lead)) continue;
      // "from 1700 local time (0100 GMT)": a clock time on the 24-hour dial, not a year.
      if (CLOCK_AFTER.test(text.slice(end, end + 16))) continue;
      // "Ada Vesk, 32, of 1119 Orsk Drive": a house number before a street's name.
      if (STREET_AFTER.test(text.slice(end, end + 48))) continue;
      // "in movies from 2001: A Space Odyssey on": a title that opens on a year, inside a line ("1998: The
      // club is founded", a timeline's line, opens on its year and is a date).
      if (/^:\s+\p{Lu}/u.test(text.slice(end, end + 4)) && /\p{L}[,]?\s+$/u.test(lead)) continue;
      const accepted = /^(?:early|late|mid)/i.test(when) || qualifier !== null || YEAR_LEAD.test(lead.slice(-12));
      if (!accepted || yearIsCount(text, start, end, lead)) continue;
    }
    if (
      g.yrange &&
      (yearIsCount(text, start, end, lead) || !risingRange(matched) || /\bp{1,2}\.\s*$|\bpages?\s*$/i.test(lead))
    )
      continue;
    if (g.rel && /^(?:a|an|one|\d+)\s+(?:days?|weeks?|months?|years?|decades?)\s+on$/i.test(when)) continue;
    // "for around 20 years", "the whole of the previous season": a length of time, not a date.
    if (
      (g.rel || g.evrel) &&
      /\b(?:for|over|throughout|(?:the\s+)?whole\s+of|all\s+of)\s+(?:around\s+|about\s+|nearly\s+|almost\s+|over\s+)?(?:the\s+)?$/i.test(
        lead,
      )
    )
      continue;
    // "on Tuesday 4 February 2025": the weekday belongs to the full date after it.
    if (g.weekday && WEEKDAY_BEFORE_DATE.test(text.slice(end, end + 16))) continue;
    if (g.weekday || g.bareseason) when = when.replace(/^(?:on|by|until|since|in|during)\s+/i, '');
    if (g.month || (g.dm && /^the\s/i.test(when) === false && /^\d/.test(when) === false)) {
      when = when.replace(/^(?:in|since|from|by|until|during)\s+/i, '');
    }
    const parsed = isoOf(g, matched);
    if (!parsed) continue;
    if ((g.md || g.month) && /^may$/.test(when.split(/\s+/).pop() ?? '')) continue;
    start += matched.length - when.length;
    if (DAY_GROUPS.some((k) => g[k])) {
      const window = text.slice(Math.max(0, start - 40), start);
      const l = DAY_LEAD.exec(window);
      if (l && l[0] !== '') {
        start -= window.length - l.index;
        when = text.slice(start, end);
      }
    }
    const rel = relativeOf(g, when);
    // A qualifier changes what the date says: "no earlier than 2031", "on or around May 20".
    const q = QUALIFIER.exec(text.slice(Math.max(0, start - 40), start));
    if (q) {
      start -= text.slice(Math.max(0, start - 40), start).length - q.index;
      when = text.slice(start, end);
    }
    consumed = end;
    pushMatch(out, {
      start,
      end,
      when,
      iso: parsed.iso,
      needsYear: parsed.needsYear,
      ...(rel ? { rel } : {}),
      ...(g.yrange ? { range: true } : {}),
    });
  }
  return joinRanges(text, out);
}

/** A yearless date takes a year from the same sentence ("In 2019, on June 3rd …"). */
export function inferYear(date: DateMatch, sentenceDates: readonly DateMatch[]): string | null {
  if (!date.needsYear || !date.iso) return date.iso;
  const withYear = sentenceDates.find((d) => d.iso !== null && /^\d{4}/.test(d.iso));
  return withYear ? withYear.iso!.slice(0, 4) + date.iso.slice(1) : null;
}

export const numberWord = (word: string): number | undefined => NUMBER_WORDS[word.toLowerCase()];
