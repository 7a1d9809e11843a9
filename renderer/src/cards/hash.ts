/** Stable ids and seeded order: everything here is a pure function of its input text. */
import type { CardKind } from '../../../shared/card-kinds';
import { FNV_OFFSET, fnv1a, mulberry32 } from '../../../shared/hash';

/** 64 bits of hash as 16 hex characters (two independent 32-bit FNV-1a runs). */
export function hashText(text: string): string {
  const a = fnv1a(text, FNV_OFFSET).toString(16).padStart(8, '0');
  const b = fnv1a(text, 0x01234567).toString(16).padStart(8, '0');
  return a + b;
}

/**
 * ASCII plus the punctuation articles use most (curly quotes, dashes, ellipsis, no-break space):
 * NFKD leaves none of them a letter or a digit, so such a text needs neither NFKD nor Unicode classes.
 */
const PLAIN = /^[\0-\x7f\u00a0\u2013\u2014\u2018\u2019\u201c\u201d\u2026]*$/;

/**
 * Keys already made: card building asks the same prompts, answers and choices again (the quality
 * checks after the builders). Bounded, and emptied by `forgetFactKeys` when an article is done.
 */
const KEYS = new Map<string, string>();
const MAX_KEYS = 20_000;

/** Lower-case words only, so that punctuation, case and spacing edits keep the same key. */
export function factKey(text: string): string {
  let key = KEYS.get(text);
  if (key === undefined) {
    key = keyOf(text);
    if (KEYS.size >= MAX_KEYS) KEYS.clear();
    KEYS.set(text, key);
  }
  return key;
}

/** Empties the cache of `factKey` (it holds pieces of the article's text). */
export function forgetFactKeys(): void {
  KEYS.clear();
}

function keyOf(text: string): string {
  // Plain text has nothing to decompose and no letter outside a-z: card building calls this per card and choice.
  if (PLAIN.test(text))
    return text
      .toLowerCase()
      .replace(/['\u2018\u2019]/g, '')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['\u2018\u2019]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function cardId(kind: CardKind, key: string): string {
  return `${kind}:${hashText(factKey(key))}`;
}

/** Deterministic shuffle seeded from a string (mulberry32), so choices never move between runs. */
export function seededShuffle<T>(items: readonly T[], seed: string): T[] {
  const next = mulberry32(fnv1a(seed, 0x9e3779b9));
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i -= 1) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
