import { describe, expect, it } from 'vitest';
import { diffChars, matchAnswer, normalizeAnswer } from '../../../renderer/src/lib/answer-match';

describe('typed answers', () => {
  it('ignores case, accents, punctuation and a leading article', () => {
    expect(normalizeAnswer('  The  Zámir KABULOV! ')).toBe('zamir kabulov');
    expect(matchAnswer('zamir kabulov', 'Zamir Kabulov').verdict).toBe('exact');
    expect(matchAnswer('Sergéy Lavrov.', 'Sergey Lavrov').suggested).toBe(3);
  });

  it('accepts any alias of an actor', () => {
    const result = matchAnswer('kabulov', 'Zamir Kabulov', ['Kabulov']);
    expect(result.verdict).toBe('exact');
    expect(result.closest).toBe('Kabulov');
  });

  it('forgives a small typo as Hard but not a different answer', () => {
    expect(matchAnswer('Sergey Lavorv', 'Sergey Lavrov')).toMatchObject({ verdict: 'close', suggested: 2 });
    expect(matchAnswer('Yue Xiaoyong', 'Sergey Lavrov')).toMatchObject({ verdict: 'wrong', suggested: 1 });
  });

  it('allows no typo in a very short answer', () => {
    expect(matchAnswer('ISIS', 'ISIL').verdict).toBe('wrong');
    expect(matchAnswer('UN', 'UN').verdict).toBe('exact');
  });

  it('accepts a date written the other way round', () => {
    expect(matchAnswer('3 June', 'June 3rd').verdict).toBe('exact');
    expect(matchAnswer('june 3', 'June 3rd').verdict).toBe('exact');
    expect(matchAnswer('4 June', 'June 3rd').verdict).toBe('wrong');
    expect(matchAnswer('June 4', 'June 3rd').verdict).toBe('wrong');
    expect(matchAnswer('March 2023', 'March 2024').verdict).toBe('wrong');
    expect(matchAnswer('Mrch 2024', 'March 2024').verdict).toBe('close');
  });

  it('treats an empty answer as wrong', () => {
    expect(matchAnswer('   ', 'Moscow').verdict).toBe('wrong');
  });

  it('shows what is missing and what is extra', () => {
    const parts = diffChars('Lavorv', 'Lavrov');
    expect(
      parts
        .filter((p) => p.kind !== 'missing')
        .map((p) => p.text)
        .join(''),
    ).toBe('Lavorv');
    expect(
      parts
        .filter((p) => p.kind !== 'extra')
        .map((p) => p.text)
        .join(''),
    ).toBe('Lavrov');
    expect(parts.some((p) => p.kind === 'same')).toBe(true);
  });
});
