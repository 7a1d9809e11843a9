/**
 * The hand-written scans over every character (words, word counts, fact keys) give exactly what
 * the regular expressions they replace give, on seeded random text over an alphabet of the
 * awkward cases: apostrophes, dots and hyphens inside words, combining marks, astral letters,
 * lone surrogates, Unicode spaces, title-case and dotted capitals, Greek sigma, ligatures.
 */
import { describe, expect, it } from 'vitest';
import { lowerWords, spacedWords, splitLength, withoutPossessive } from '../../../renderer/src/cards/document/chars';
import { wordHashes } from '../../../renderer/src/cards/document/pull-quotes';
import { buildTextModel, countWords } from '../../../renderer/src/cards/document/text-model';
import { factKey } from '../../../renderer/src/cards/hash';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;

function regexTokens(text: string, sentences: readonly { start: number; end: number }[]) {
  const out: { start: number; end: number; text: string; cap: boolean; first: boolean; sentence: number }[] = [];
  sentences.forEach(({ start, end }, s) => {
    const body = text.slice(start, end);
    let first = true;
    for (const m of body.matchAll(WORD)) {
      const c = m[0][0];
      out.push({
        start: start + m.index,
        end: start + m.index + m[0].length,
        text: m[0],
        cap: c !== c.toLowerCase() && c === c.toUpperCase(),
        first,
        sentence: s,
      });
      first = false;
    }
  });
  return out;
}

const regexCount = (text: string): number => text.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu)?.length ?? 0;

function regexWordHashes(text: string): number[] {
  return [
    ...text
      .toLowerCase()
      .replace(/['’]/g, '')
      .matchAll(/[\p{L}\p{N}]+/gu),
  ].map(([w]) => {
    let h = 0x811c9dc5;
    for (let i = 0; i < w.length; i += 1) h = Math.imul(h ^ w.charCodeAt(i), 0x01000193);
    return h >>> 0;
  });
}

function regexFactKey(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['\u2018\u2019]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const ALPHABET = [
  ..."aZ09 .,?!:;()'-\t\n\u00a0\u2009\u3000\u2019\u2018“”…—–éÉÀßǅΣİﬁ٣\u0301\u0308",
  ' ab cd. ',
  'Ef G. ',
  ' U.S. ',
  "o'clock ",
  '😀',
  '𝐀',
  '\ud835',
  '\udc00',
];

function randomTexts(count: number, maxLength: number, seed: number): string[] {
  let state = seed;
  const next = (n: number): number => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return (state >>> 8) % n;
  };
  const out: string[] = [];
  for (let i = 0; i < count; i += 1) {
    let text = '';
    const length = next(maxLength);
    for (let k = 0; k < length; k += 1) text += ALPHABET[next(ALPHABET.length)];
    out.push(text);
  }
  return out;
}

describe('scans by code point match the regular expressions they replace', () => {
  const texts = [
    ...randomTexts(3000, 40, 7),
    // Without the characters that send a scan back to its regular expression.
    ...randomTexts(1000, 40, 11).map((t) => t.replace(/[Σİ\ud800-\udfff]/g, 'x')),
    'He met U.S. officials at 9.30 — the “co-op’s” head, Ms O’Neill.',
    // A run without spaces is cut inside a surrogate pair (sentences are capped at 1,500 characters).
    'a😀'.repeat(1000),
  ];

  it('tokens: the same words, offsets, capitals and sentence openings', () => {
    for (const text of texts) {
      const model = buildTextModel(text);
      expect(model.tokens, JSON.stringify(text)).toEqual(regexTokens(text, model.sentences));
    }
  });

  it('countWords: the same count', () => {
    for (const text of texts) expect(countWords(text), JSON.stringify(text)).toBe(regexCount(text));
  });

  it('factKey: the same key with or without the plain-text shortcut', () => {
    for (const text of texts) expect(factKey(text), JSON.stringify(text)).toBe(regexFactKey(text));
  });

  it('pull-quote word hashes: the same words, lower-cased, apostrophes taken out', () => {
    for (const text of [...texts, 'ΟΔΟΣ Σ İstanbul', 'DON’T Stop']) {
      expect(wordHashes(text, 0, text.length), JSON.stringify(text)).toEqual(regexWordHashes(text));
    }
  });

  it('white-space word counts: the same as splitting on \\s+', () => {
    const spaces = ['', ' ', '  \t\n', '\u00a0', '\u2009\u3000', '\ufeff', '\u200b', 'a', 'bc', '—'];
    for (const text of [
      ...texts,
      ...randomTexts(500, 20, 3).map((t) => t.replace(/./g, (c) => spaces[c.charCodeAt(0) % 10])),
    ]) {
      expect(spacedWords(text), JSON.stringify(text)).toBe(text.split(/\s+/).filter((w) => w !== '').length);
      expect(splitLength(text), JSON.stringify(text)).toBe(text.split(/\s+/).length);
    }
  });

  it('lower-case word keys and possessives: the same as their regular expressions', () => {
    for (const text of [...texts, "players'", 'Kenya’s', "'s", 's', '’', 'class']) {
      expect(lowerWords(text), JSON.stringify(text)).toBe(
        text
          .toLowerCase()
          .replace(/[^\p{L}\p{N}]+/gu, ' ')
          .trim(),
      );
      expect(withoutPossessive(text), JSON.stringify(text)).toBe(text.replace(/['’]s?$/u, ''));
    }
  });

  it('headings: a short line without closing punctuation, counted over any white space', () => {
    const model = buildTextModel(
      'One\u00a0two three four five six seven eight nine ten eleven twelve\nOne two three four five six seven eight nine ten eleven twelve thirteen',
    );
    expect(model.paragraphs.map((p) => p.isHeading)).toEqual([true, false]);
  });
});
