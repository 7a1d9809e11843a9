import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cardDraftSchema } from '../../../electron/contract';
import { decodeArticle, generate, parseArticle } from '../../../renderer/src/cards';

const articleish = fc.array(
  fc.oneof(
    fc.string(),
    fc.constantFrom(
      '“',
      '”',
      '"',
      "'",
      '‘',
      '’',
      ':',
      ',',
      '.',
      '\n',
      ' said ',
      ' he ',
      'In March 2024',
      'Minister ',
      'ISIS-K',
      '(BRI)',
    ),
    fc.stringMatching(/^[A-Z][a-z]{1,8}( [A-Z][a-z]{1,8}){0,2}$/),
  ),
  { maxLength: 60 },
);

function validDoc(text: string): void {
  const doc = generate(text);
  for (const card of doc.cards) {
    expect(cardDraftSchema.safeParse(card).success).toBe(true);
    expect(card.source.start).toBeLessThanOrEqual(card.source.end);
  }
  for (const q of doc.quotes) expect(q.source.end).toBeLessThanOrEqual(text.length);
  expect(Number.isInteger(doc.article.words)).toBe(true);
}

describe('the generator on any input', () => {
  it('never throws, returns valid cards, and gives the same output twice for arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (text) => {
        validDoc(text);
        expect(generate(text)).toEqual(generate(text));
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on article-like text full of quote marks, names and dates', () => {
    fc.assert(
      fc.property(articleish, (parts) => {
        const text = parts.join('');
        validDoc(text);
        expect(generate(text)).toEqual(generate(text));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every card within the contract’s limits on a long run-on text without sentence ends', () => {
    const parts: string[] = [];
    for (let i = 0; i < 2000; i += 1)
      parts.push(`Envoy Ana${i} Lima said "we will build ${i} more" in March ${1900 + (i % 120)} and`);
    const doc = generate(parts.join(' '));
    expect(doc.quotes.length).toBeGreaterThan(1000);
    for (const card of doc.cards) expect(cardDraftSchema.safeParse(card).success).toBe(true);
  });

  it('parses any string in every format without throwing', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.constantFrom('txt', 'md', 'html' as const), (raw, format) => {
        const parsed = parseArticle(raw, format);
        if (parsed.ok) expect(parsed.text.trim().length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('decodes any bytes to text or a one-line error', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const result = decodeArticle(bytes);
        if (!result.ok) expect(result.error).not.toMatch(/\n/);
      }),
      { numRuns: 300 },
    );
  });
});
