/** What the front of a card shows of its article's title. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { titleForFront } from '../../../../renderer/src/views/study/card-mode';

describe('titleForFront', () => {
  it('blanks the figure a number card asks for when the headline carries it', () => {
    expect(titleForFront('Harbour town wins $40 million for a new dock', { answer: '$40 million' })).toBe(
      'Harbour town wins ___ for a new dock',
    );
    expect(titleForFront('Harbour town wins 40m for a new dock', { answer: '$40 million' })).toBe(
      'Harbour town wins 40m for a new dock',
    );
    expect(titleForFront('Dock to cost 40 million', { answer: '$40 million' })).toBe('Dock to cost ___ million');
  });

  it('blanks a speaker named in the headline, by any accepted form, as whole words only', () => {
    expect(
      titleForFront('Mayor Ames says the dock will open in May', { answer: 'Lina Ames', acceptable: ['Ames'] }),
    ).toBe('Mayor ___ says the dock will open in May');
    expect(titleForFront('Games return to Velen', { answer: 'Lina Ames', acceptable: ['Ames'] })).toBe(
      'Games return to Velen',
    );
  });

  it('blanks as one whole-word regex with Unicode letter lookarounds would', () => {
    // The reference: the regex titleForFront used to compile for every form.
    const reference = (title: string, form: string) =>
      title.replace(
        new RegExp(`(?<![\\p{L}\\p{N}])${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'giu'),
        '___',
      );
    const cases: [string, string][] = [
      ['ax-x-x', 'x-x'], // a rejected match overlaps a whole-word one
      ['Émile and émile met ÉMILE', 'émile'],
      ['Zoë-Zoë zoëzoë', 'zoë'],
      ['𝐀Ames Ames𝐀 Ames', 'ames'], // letters outside the Basic Multilingual Plane
      ['🙂Ames🙂 (Ames) Ames2 2Ames', 'ames'],
      ['Tax 4.5 4.5% 14.5 4.55', '4.5'],
      ['Kelvin \u212Ak and kk, kkk', 'kk'], // the Kelvin sign folds to k
    ];
    for (const [title, form] of cases)
      expect(titleForFront(title, { answer: form }), `${form} in ${title}`).toBe(reference(title, form));
    // Any text over letters (cased, accented, astral), digits and separators.
    const char = fc.constantFrom('a', 'A', 'b', 'é', 'É', '1', '.', '-', ' ', '𝐀', '🙂', '\u212A', 'k');
    const text = (max: number) => fc.array(char, { minLength: 0, maxLength: max }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(text(24), text(4), (title, form) => {
        const trimmed = form.trim();
        if (trimmed.length < 2 || /\d/.test(trimmed)) return;
        expect(titleForFront(title, { answer: form })).toBe(reference(title, trimmed));
      }),
      { numRuns: 500 },
    );
  });

  it('leaves a title that does not hold the answer as it is', () => {
    expect(titleForFront('Velen opens its dock', { answer: '2019' })).toBe('Velen opens its dock');
  });
});
