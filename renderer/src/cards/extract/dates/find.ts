/** Date expressions with their precision: full dates, month-year, years, decades, yearless and relative dates. */
import { MONTHS, NUMBER_WORDS } from '../../lexicon/words';

export type DateMatch = { start: number; end: number; when: string; iso: string | null; needsYear: boolean };

const MONTH =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?:(?<=\\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec))\\.|(?![A-Za-z]))';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = '((?:1[0-9]|20)\\d{2})';
const SEASON = '(spring|summer|autumn|fall|winter)';
const NUM =
  '(\\d{1,3}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a few|several|a couple of|a|an)';
const UNIT = '(days?|weeks?|months?|years?|decades?)';
const REL_UNIT = '(?:days?|weeks?|months?|years?|decades?|mornings?|evenings?|nights?)';
const PARTS =
  '(?:(?:early|mid|late|the end of|the start of|the beginning of|the middle of|(?:the\\s+)?(?:first|second|third|fourth|final|last)\\s+(?:quarter|half)\\s+of)[\\s-]+)?';

const PATTERNS = [
  `(?<dmy>(?:the\\s+)?${DAY}\\s+(?:of\\s+)?${MONTH},?\\s+${YEAR})`,
  `(?<mdy>${MONTH}\\s+${DAY},?\\s+${YEAR})`,
  `(?<isod>${YEAR}-(\\d{2})-(\\d{2}))`,
  `(?<my>${PARTS}${MONTH},?\\s+(?:of\\s+)?${YEAR})`,
  `(?<season>${PARTS}(?:the\\s+)?${SEASON}\\s+(?:of\\s+)?${YEAR})`,
  `(?<md>${MONTH}\\s+${DAY}(?![\\d,]*\\s*\\d{3}))`,
  `(?<dm>(?:the\\s+)?${DAY}\\s+(?:of\\s+)?${MONTH})`,
  `(?<decade>(?:the\\s+)?${PARTS}(?:(?:1[0-9]|20)\\d0s|'\\d0s))`,
  `(?<rel>(?:the\\s+)?(?:following|next|previous|preceding|same|that)\\s+(?:${REL_UNIT}|${SEASON.slice(1, -1)})|${NUM}\\s+${UNIT}\\s+(?:later|earlier|before|after|ago|on)|(?:earlier|later)\\s+(?:this|that|the same)\\s+(?:year|month|week)|(?:last|next|this)\\s+(?:year|month|week|${SEASON.slice(1, -1)})(?!\\s+of\\b)|the\\s+(?:end|start|beginning|middle)\\s+of\\s+(?:the|this|next|that)\\s+(?:year|decade|month|week|century))`,
  `(?<weekof>(?:the\\s+)?(?:first|second|third|fourth|last|final)\\s+(?:week|weekend|fortnight|days)\\s+of\\s+${MONTH}(?![\\s,]+\\d))`,
  `(?<numeric>\\b\\d{1,2}[/.]\\d{1,2}[/.](?:1[0-9]|20)\\d{2}\\b)`,
  `(?<bareseason>\\b(?:(?:in|during|by)\\s+the|this|last|next)\\s+(?:early\\s+|late\\s+)?(?:spring|summer|autumn|winter)\\b(?!\\s+(?:of\\s+)?\\d))`,
  `(?<weekday>\\b(?:on|last|next|this|by|until|since)\\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b)`,
  `(?<century>(?:the\\s+)?${PARTS}(?:\\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)\\s+century)`,
  `(?<year>${PARTS}${YEAR}(?![\\d,.]\\d))`,
  `(?<month>\\b(?:in|since|by|until|during|early|late|mid|last|next|this)[\\s-]+${MONTH}(?![\\s,]+\\d))`,
];

const WEEKDAY_BEFORE_DATE =
  /^,?\s+(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d)/;
const DATE_RE = new RegExp(`\\b(?:${PATTERNS.join('|')})`, 'gi');
/** Words before a bare year that make it a year, not a count ("in 2021", not "2021 soldiers"). */
const YEAR_LEAD =
  /(?:\b(?:in|since|by|until|till|from|to|during|throughout|before|after|between|and|of|around|circa|c\.|early|late|mid|year|the|through|as of|beyond|his|her|their|its|our|my|spring|summer|autumn|fall|winter|on)|[,(–-]|\p{L}['’]s)\s*$/iu;

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
    words.find((w) => /^[A-Za-z]{3,}$/.test(w) && monthNumber(w) > 0 && !/^(?:the|of|early|late|mid)$/i.test(w)) ?? '',
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
  if (g.season || g.year) return { iso: year, needsYear: false };
  if (g.numeric) return numericIso(text);
  if (g.decade) {
    // A decade is dated by its first year ("the 2030s" -> 2030); "the '90s" gives no century.
    const decade = /(\d{3})0s/.exec(text)?.[1];
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

/** Every date expression in `text` (one regex pass), with `iso` at the precision given. */
export function findDates(text: string): DateMatch[] {
  const out: DateMatch[] = [];
  DATE_RE.lastIndex = 0;
  for (let m = DATE_RE.exec(text); m !== null; m = DATE_RE.exec(text)) {
    const g = m.groups ?? {};
    let when = m[0];
    const start = m.index;
    if (g.year && !/^(?:early|late|mid)/i.test(when) && !YEAR_LEAD.test(text.slice(Math.max(0, start - 12), start)))
      continue;
    if (g.rel && /^(?:a|an|one|\d+)\s+(?:days?|weeks?|months?|years?|decades?)\s+on$/i.test(when)) continue;
    if (
      g.rel &&
      /\bfor\s+(?:around\s+|about\s+|nearly\s+|almost\s+|over\s+)?$/i.test(text.slice(Math.max(0, start - 16), start))
    )
      continue;
    // "on Tuesday 4 February 2025": the weekday only names the full date after it.
    if (g.weekday && WEEKDAY_BEFORE_DATE.test(text.slice(start + m[0].length, start + m[0].length + 16))) continue;
    if (g.weekday || g.bareseason) when = when.replace(/^(?:on|by|until|since|in|during)\s+/i, '');
    if (g.month || (g.dm && /^the\s/i.test(when) === false && /^\d/.test(when) === false)) {
      when = when.replace(/^(?:in|since|by|until|during)\s+/i, '');
    }
    const parsed = isoOf(g, m[0]);
    if (!parsed) continue;
    if ((g.md || g.month) && /^may$/i.test(when.split(/\s+/).pop() ?? '') && g.month) continue;
    const offset = m[0].length - when.length;
    out.push({ start: start + offset, end: start + m[0].length, when, iso: parsed.iso, needsYear: parsed.needsYear });
  }
  return out;
}

/** A yearless date takes a year only from the same sentence ("In 2019, on June 3rd …"); never invented. */
export function inferYear(date: DateMatch, sentenceDates: readonly DateMatch[]): string | null {
  if (!date.needsYear || !date.iso) return date.iso;
  const withYear = sentenceDates.find((d) => d.iso !== null && /^\d{4}/.test(d.iso));
  return withYear ? withYear.iso!.slice(0, 4) + date.iso.slice(1) : null;
}

export const numberWord = (word: string): number | undefined => NUMBER_WORDS[word.toLowerCase()];
