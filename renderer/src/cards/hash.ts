/** Stable ids and seeded order: everything here is a pure function of its input text. */
import type { CardKind } from '../../../shared/card-kinds';
import { FNV_OFFSET, fnv1a, mulberry32 } from '../../../shared/hash';

/** 64 bits of hash as 16 hex characters (two independent 32-bit FNV-1a runs). */
export function hashText(text: string): string {
  const a = fnv1a(text, FNV_OFFSET).toString(16).padStart(8, '0');
  const b = fnv1a(text, 0x01234567).toString(16).padStart(8, '0');
  return a + b;
}

const ASCII = /^[ -~]*$/;

/** Lower-case words only, so that punctuation, case and spacing edits keep the same key. */
export function factKey(text: string): string {
  // Plain ASCII has nothing to decompose: skipping NFKD keeps card building cheap on long texts.
  const folded = ASCII.test(text) ? text : text.normalize('NFKD').replace(/\p{M}/gu, '');
  return folded
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
