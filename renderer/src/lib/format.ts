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

export function plural(count: number, word: string, many = `${word}s`): string {
  return `${count} ${count === 1 ? word : many}`;
}

export function percent(share: number | null): string {
  return share === null ? '–' : `${Math.round(share * 100)}%`;
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
  let h = 2166136261;
  for (let i = 0; i < title.length; i += 1) h = Math.imul(h ^ title.charCodeAt(i), 16777619);
  return `article-${(h >>> 0).toString(36)}`;
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
