import { distance } from 'fastest-levenshtein';
import type { Rating } from '../../../electron/contract';

export type DiffPart = { kind: 'same' | 'missing' | 'extra'; text: string };

export type MatchResult = {
  verdict: 'exact' | 'close' | 'wrong';
  typed: string;
  /** The accepted answer the typed text came closest to. */
  closest: string;
  suggested: Rating;
  /** Typed text against `closest`, character by character. */
  diff: DiffPart[];
};

/** Lower case, no accents, no punctuation, single spaces, no leading article. */
export function normalizeAnswer(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[’']s\b/g, 's')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/\b(\d+)(st|nd|rd|th)\b/g, '$1')
    .trim()
    .replace(/^(the|a|an) /, '');
}

function numbers(norm: string): string {
  return (norm.match(/\d+/g) ?? []).sort().join(' ');
}

/** The same words in another order ("3 June" for "June 3rd") count as the same answer. */
function sortedWords(norm: string): string {
  return norm.split(' ').sort().join(' ');
}

/** Typos allowed for an answer of this many characters: none when short, then one per six. */
function tolerance(length: number): number {
  if (length <= 4) return 0;
  return Math.max(1, Math.floor(length / 6));
}

/**
 * Compares a typed answer with the card's answer and its accepted aliases,
 * forgiving case, accents, punctuation and small typos. Exact -> Good,
 * close -> Hard, anything else -> Again.
 */
export function matchAnswer(typed: string, answer: string, acceptable: readonly string[] = []): MatchResult {
  const input = normalizeAnswer(typed);
  let best = { candidate: answer, dist: Number.POSITIVE_INFINITY, norm: normalizeAnswer(answer) };
  for (const candidate of [answer, ...acceptable]) {
    const norm = normalizeAnswer(candidate);
    if (norm === '') continue;
    const dist = sortedWords(input) === sortedWords(norm) ? 0 : distance(input, norm);
    if (dist < best.dist) best = { candidate, dist, norm };
  }
  const diff = diffChars(typed.trim(), best.candidate);
  if (input !== '' && best.dist === 0)
    return { verdict: 'exact', typed: typed.trim(), closest: best.candidate, suggested: 3, diff };
  // A slip in a number is a different date or count, never a typo.
  const sameNumbers = numbers(input) === numbers(best.norm);
  if (input !== '' && sameNumbers && best.dist <= tolerance(best.norm.length)) {
    return { verdict: 'close', typed: typed.trim(), closest: best.candidate, suggested: 2, diff };
  }
  return { verdict: 'wrong', typed: typed.trim(), closest: best.candidate, suggested: 1, diff };
}

/** Character diff (LCS, case-insensitive): what the typed text shares, lacks and adds. */
export function diffChars(typed: string, expected: string): DiffPart[] {
  const a = [...typed.slice(0, 400)];
  const b = [...expected.slice(0, 400)];
  const same = (x: string, y: string) => x.toLowerCase() === y.toLowerCase();
  const rows = a.length + 1;
  const cols = b.length + 1;
  const lcs = new Uint16Array(rows * cols);
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      lcs[i * cols + j] = same(a[i], b[j])
        ? lcs[(i + 1) * cols + j + 1] + 1
        : Math.max(lcs[(i + 1) * cols + j], lcs[i * cols + j + 1]);
    }
  }
  const parts: DiffPart[] = [];
  const push = (kind: DiffPart['kind'], ch: string) => {
    const last = parts[parts.length - 1];
    if (last && last.kind === kind) last.text += ch;
    else parts.push({ kind, text: ch });
  };
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (same(a[i], b[j])) {
      push('same', b[j]);
      i += 1;
      j += 1;
    } else if (lcs[(i + 1) * cols + j] >= lcs[i * cols + j + 1]) {
      push('extra', a[i]);
      i += 1;
    } else {
      push('missing', b[j]);
      j += 1;
    }
  }
  for (; i < a.length; i += 1) push('extra', a[i]);
  for (; j < b.length; j += 1) push('missing', b[j]);
  return parts;
}
