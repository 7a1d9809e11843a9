/**
 * Publication dates as a page or file writes them, to `YYYY-MM-DD`. The date is
 * kept as the publisher wrote it: `2025-06-03T23:30:00-05:00` is the 3rd, not the
 * 4th in UTC.
 */

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

const MONTH =
  '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';

function day(year: number, month: number, date: number): string | null {
  if (year < 1000 || year > 2999 || month < 1 || month > 12 || date < 1 || date > 31) return null;
  const probe = new Date(Date.UTC(year, month - 1, date));
  if (probe.getUTCMonth() !== month - 1) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;
}

const monthOf = (name: string) =>
  MONTHS[name.slice(0, 4).toLowerCase().replace(/\.$/, '')] ?? MONTHS[name.slice(0, 3).toLowerCase()];

/** A date written in one of the usual ways (ISO, `June 3, 2025`, `3 June 2025`, `2025/06/03`, PDF `D:20250603…`), or null. */
export function isoDay(value: string | null | undefined): string | null {
  if (!value) return null;
  const v = value.trim();
  let m = /^(?:D:)?(\d{4})-?(\d{2})-?(\d{2})(?:$|[T\s\d:.+\-Z'])/.exec(v);
  if (m) return day(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^(\d{4})\/(\d{1,2})\/(\d{1,2})\b/.exec(v);
  if (m) return day(Number(m[1]), Number(m[2]), Number(m[3]));
  m = new RegExp(`^(?:[A-Z][a-z]+day,?\\s+)?${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'i').exec(v);
  if (m) return day(Number(m[3]), monthOf(m[1]), Number(m[2]));
  m = new RegExp(`^(?:[A-Z][a-z]+day,?\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`, 'i').exec(v);
  if (m) return day(Number(m[3]), monthOf(m[2]), Number(m[1]));
  return null;
}

const DATE_WORDS = `(?:(?:[A-Z][a-z]+day,?\\s+)?(?:${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4})|\\d{4}-\\d{2}-\\d{2})`;
/** "PORTVALE, June 3, 2025 —", "Published 3 June 2025", or a line that is only a date. */
const DATELINE = new RegExp(
  `^(?:[A-Z][A-Za-z .'’-]{1,40},\\s*|(?:Published|Posted|First published|Updated)(?:\\s+on)?:?\\s+)?(${DATE_WORDS})\\s*(?:[—–:-]|$|\\.)`,
);

/** The date in a dateline among the first lines of an article's text, or null. */
export function datelineDay(text: string, lines = 6): string | null {
  for (const line of text.split('\n', lines)) {
    const m = DATELINE.exec(line.trim());
    if (m) return isoDay(m[1].replace(/^[A-Z][a-z]+day,?\s+/, ''));
  }
  return null;
}

/** A first line that only dates the article ("Friday, March 4, 2011", "OSLO, 4 March —") is no title. */
const DATE_LINE =
  /^(?:[\p{Lu}\s.,'-]+[,–—-]\s*)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s*)?(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?,?)?(?:\s+\d{4})?\s*[–—-]?\s*$/iu;

/** True when a line only dates the article: it is then no title. */
export function isDateLine(line: string): boolean {
  const trimmed = line.trim();
  return trimmed.length <= 80 && DATE_LINE.test(trimmed);
}
