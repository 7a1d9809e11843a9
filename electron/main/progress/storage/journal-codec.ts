/**
 * One journal line per entry, compact JSON: FSRS states as 10-number tuples so
 * 200,000 answers stay a few tens of megabytes. Decoding checks every field by
 * hand (zod per line would dominate opening a large journal).
 */
import type { AnswerMode, Rating } from '../../../contract';
import type { CardChange, FsrsState, JournalEntry, SaveRecord } from '../types';

const REVIEW = new Set(['pending', 'accepted', 'rejected']);

function encodeChange(c: CardChange): Record<string, unknown> {
  return {
    c: c.cardId,
    ...(c.suspended !== undefined ? { su: c.suspended } : {}),
    ...(c.review !== undefined ? { rv: c.review } : {}),
    ...(c.prompt !== undefined ? { p: c.prompt } : {}),
    ...(c.answer !== undefined ? { an: c.answer } : {}),
    ...(c.fsrs !== undefined ? { f: encodeState(c.fsrs) } : {}),
  };
}

function decodeChange(v: unknown): CardChange | null {
  if (typeof v !== 'object' || v === null) return null;
  const o = v as Record<string, unknown>;
  if (!isId(o.c)) return null;
  const change: CardChange = { cardId: o.c };
  if (o.su !== undefined) {
    if (typeof o.su !== 'boolean') return null;
    change.suspended = o.su;
  }
  if (o.rv !== undefined) {
    if (typeof o.rv !== 'string' || !REVIEW.has(o.rv)) return null;
    change.review = o.rv as CardChange['review'];
  }
  for (const [key, field] of [
    ['p', 'prompt'],
    ['an', 'answer'],
  ] as const) {
    if (o[key] === undefined) continue;
    if (typeof o[key] !== 'string' || o[key].length === 0 || o[key].length > 5000) return null;
    change[field] = o[key];
  }
  if (o.f !== undefined) {
    const fsrs = decodeState(o.f);
    if (!fsrs) return null;
    change.fsrs = fsrs;
  }
  return change;
}

export const JOURNAL_VERSION = 1;
export const JOURNAL_HEADER = `{"dossierJournal":${JOURNAL_VERSION}}`;

type StateTuple = [number, number, number, number, number, number, number, number, number, number | null];

function encodeState(s: FsrsState): StateTuple {
  return [
    s.due,
    s.stability,
    s.difficulty,
    s.elapsed_days,
    s.scheduled_days,
    s.learning_steps,
    s.reps,
    s.lapses,
    s.state,
    s.last_review,
  ];
}

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isInt = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= 0;
const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 300;
const MODES = new Set<string>(['self', 'typed', 'choice', 'timeline']);

function decodeState(v: unknown): FsrsState | null {
  if (!Array.isArray(v) || v.length !== 10) return null;
  const [due, stability, difficulty, elapsed, scheduled, steps, reps, lapses, state, last] = v;
  if (!isNum(due) || !isNum(stability) || !isNum(difficulty) || !isNum(elapsed) || !isNum(scheduled)) return null;
  if (!isInt(steps) || !isInt(reps) || !isInt(lapses)) return null;
  if (state !== 0 && state !== 1 && state !== 2 && state !== 3) return null;
  if (last !== null && !isNum(last)) return null;
  return {
    due,
    stability,
    difficulty,
    elapsed_days: elapsed,
    scheduled_days: scheduled,
    learning_steps: steps,
    reps,
    lapses,
    state,
    last_review: last,
  };
}

export function encodeEntry(e: JournalEntry): string {
  switch (e.kind) {
    case 'change':
      return JSON.stringify({ k: 'c', s: e.seq, a: e.articleId, t: e.at, ch: e.changes.map(encodeChange) });
    case 'save':
      return JSON.stringify({ k: 'd', s: e.seq, a: e.articleId, t: e.at, n: e.created, i: e.input });
    case 'remove':
      return JSON.stringify({ k: 'r', s: e.seq, a: e.articleId, t: e.at });
    case 'barrier':
      return JSON.stringify({ k: 'x', s: e.seq, t: e.at });
  }
  if (e.kind === 'answer') {
    return JSON.stringify({
      k: 'a',
      s: e.seq,
      c: e.cardId,
      a: e.articleId,
      t: e.at,
      r: e.rating,
      m: e.mode,
      d: e.durationMs,
      b: encodeState(e.before),
      f: encodeState(e.after),
      p: e.retrievability,
    });
  }
  return JSON.stringify({
    k: 'u',
    s: e.seq,
    c: e.cardId,
    a: e.articleId,
    t: e.at,
    u: e.undoes,
    f: encodeState(e.restore),
  });
}

/** The entry a line holds, or null when the line is not one (damaged, wrong shape). */
export function decodeEntry(line: string): JournalEntry | null {
  let o: Record<string, unknown>;
  try {
    const parsed: unknown = JSON.parse(line);
    if (typeof parsed !== 'object' || parsed === null) return null;
    o = parsed as Record<string, unknown>;
  } catch {
    return null;
  }
  const { s: seq, c: cardId, a: articleId, t: at } = o;
  if (!isInt(seq) || seq < 1 || !isNum(at)) return null;
  if (o.k === 'x') return { kind: 'barrier', seq, articleId: '', at };
  if (!isId(articleId)) return null;
  if (o.k === 'r') return { kind: 'remove', seq, articleId, at };
  if (o.k === 'd') {
    // Checked in full only when replayed (rarely): a large deck's save is read at every start of its month.
    const input = o.i as { article?: { id?: unknown }; cards?: unknown } | null;
    if (typeof o.n !== 'boolean' || typeof input !== 'object' || input === null) return null;
    if (input.article?.id !== articleId || !Array.isArray(input.cards)) return null;
    return { kind: 'save', seq, articleId, at, created: o.n, input: input as SaveRecord['input'] };
  }
  if (o.k === 'c') {
    if (!Array.isArray(o.ch)) return null;
    const changes = o.ch.map(decodeChange);
    if (changes.some((c) => c === null)) return null;
    return { kind: 'change', seq, articleId, at, changes: changes as CardChange[] };
  }
  if (!isId(cardId)) return null;
  const after = decodeState(o.f);
  if (!after) return null;
  if (o.k === 'u') {
    if (!isInt(o.u)) return null;
    return { kind: 'undo', seq, cardId, articleId, at, undoes: o.u, restore: after };
  }
  if (o.k !== 'a') return null;
  const before = decodeState(o.b);
  const { r, m, d, p } = o;
  if (!before || (r !== 1 && r !== 2 && r !== 3 && r !== 4) || typeof m !== 'string' || !MODES.has(m) || !isInt(d)) {
    return null;
  }
  if (p !== null && !isNum(p)) return null;
  return {
    kind: 'answer',
    seq,
    cardId,
    articleId,
    at,
    rating: r as Rating,
    mode: m as AnswerMode,
    durationMs: d,
    before,
    after,
    retrievability: p,
  };
}

/** The journal version a header line declares, or null when the line is no header. */
export function headerVersion(line: string): number | null {
  if (!line.startsWith('{"dossierJournal"')) return null;
  try {
    const v = (JSON.parse(line) as { dossierJournal?: unknown }).dossierJournal;
    return typeof v === 'number' ? v : -1;
  } catch {
    return -1;
  }
}
