/** What the front of a card shows of its article's title. */
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

  it('leaves a title that does not hold the answer as it is', () => {
    expect(titleForFront('Velen opens its dock', { answer: '2019' })).toBe('Velen opens its dock');
  });
});
