/** Wording of numbers, dates, times and text snippets, shared by every view. */
import { fnv1a } from '../../../shared/hash';

export function formatCount(n: number): string {
  return n.toLocaleString('en-GB');
}

/** 0.873 -> "87%"; null (nothing measured yet) -> "—". */
export function formatPercent(share: number | null, digits = 0): string {
  return share === null ? '—' : `${(share * 100).toFixed(digits)}%`;
}

/** 0 -> "0 min", 754_000 -> "13 min", 5_400_000 -> "1 h 30 min". */
export function formatDuration(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return `${minutes} min`;
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m === 0 ? `${h} h` : `${h} h ${m} min`;
}

/** "2026-03-02" or an ISO time -> "2 Mar 2026" (UTC date of a YYYY-MM-DD, local date of a time). */
export function formatDay(isoOrDate: string): string {
  const d = isoOrDate.length === 10 ? new Date(`${isoOrDate}T12:00:00`) : new Date(isoOrDate);
  return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
}

export function formatShortDay(d: Date): string {
  return d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short' });
}

export function formatDateTime(iso: string): string {
  return new Date(iso).toLocaleString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/** An interval in days as people say it: "10 min", "3 h", "4 d", "2.5 mo", "1.2 y". */
export function formatInterval(days: number): string {
  if (days < 1 / 24) return `${Math.max(1, Math.round(days * 1440))} min`;
  if (days < 1) return `${Math.round(days * 24)} h`;
  if (days < 31) return `${Math.round(days)} d`;
  if (days < 365) return `${(days / 30.4).toFixed(1)} mo`;
  return `${(days / 365).toFixed(1)} y`;
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** 1 -> "1 day", 1234 -> "1,234 days": the count (thousands grouped) and the noun agreeing with it. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/** "in 5 minutes", "in 3 days": how far `iso` is from `now`, for "next card due" lines. */
export function timeUntil(iso: string, now: Date): string {
  const ms = new Date(iso).getTime() - now.getTime();
  if (ms <= 60_000) return 'in under a minute';
  const minutes = Math.round(ms / 60_000);
  if (minutes < 60) return `in ${plural(minutes, 'minute')}`;
  const hours = Math.round(ms / 3_600_000);
  if (hours < 36) return `in ${plural(hours, 'hour')}`;
  return `in ${plural(Math.round(ms / 86_400_000), 'day')}`;
}

/** Article id from its title, as main expects it: lower-case ASCII slug, at most 80 characters. */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 72)
    .replace(/-+$/, '');
  if (slug !== '') return slug;
  return `article-${fnv1a(title).toString(36)}`;
}

/** The paragraph (line) around a span of the article text, with the span's offsets inside it. */
export function paragraphAround(
  text: string,
  start: number,
  end: number,
): { before: string; mark: string; after: string } {
  const from = text.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
  const lineEnd = text.indexOf('\n', end);
  const to = lineEnd === -1 ? text.length : lineEnd;
  return {
    before: clip(text.slice(from, start), 'start'),
    mark: text.slice(start, end),
    after: clip(text.slice(end, to), 'end'),
  };
}

const CONTEXT_CHARS = 220;

/** Keeps the context next to the mark short: about a sentence either side, cut at a word, with an ellipsis. */
function clip(context: string, keep: 'start' | 'end'): string {
  if (context.length <= CONTEXT_CHARS) return context;
  if (keep === 'start') {
    const cut = context.slice(-CONTEXT_CHARS);
    return `…${cut.slice(cut.indexOf(' ') + 1)}`;
  }
  const cut = context.slice(0, CONTEXT_CHARS);
  return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

/** Pasted text with markup in it is read as HTML, so tags and scripts never reach the cards. */
export function guessPastedFormat(raw: string): 'txt' | 'html' {
  return /<\/?[a-z][a-z0-9-]*(\s[^<>]*)?>/i.test(raw) ? 'html' : 'txt';
}

/** "3 June 2025" for a `YYYY-MM-DD` day, written the same in every time zone. */
export function longDay(day: string): string {
  const date = new Date(`${day}T12:00:00Z`);
  if (Number.isNaN(date.getTime())) return day;
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** Below this many studied cards a mastery percentage says little: the coverage is shown instead. */
export const MASTERY_MIN_STUDIED = 5;
