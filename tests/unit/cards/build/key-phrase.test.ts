import { describe, expect, it } from 'vitest';
import { quoteCards } from '../../../../renderer/src/cards/build/quotes';
import { keyPhrase } from '../../../../renderer/src/cards/build/spans';
import type { QuoteFact } from '../../../../renderer/src/cards/types';

const blank = (text: string) => {
  const span = keyPhrase(text);
  return span ? text.slice(span.start, span.end) : null;
};

describe('the blank falls on the informative span', () => {
  it('takes the currency sign with its amount', () => {
    expect(blank('The council will ignore the $40 million and vote for the bridge anyway.')).toBe('$40 million');
  });

  it('never blanks one number of a date written with slashes', () => {
    expect(blank('On 3/4/2011, the harbour board passed the ferry budget for the island route.')).not.toMatch(/^\d+$/);
  });

  it('takes the first word after a list bullet for a sentence opening, not a name', () => {
    const b = blank('- Starting on or around June 3, the board will publish a new tide table for the harbour.');
    expect(b).not.toBe('Starting');
    expect(b).not.toBe('June');
  });

  it('does not blank a people’s name in a quote (“___ are tired”)', () => {
    const q: QuoteFact = {
      text: 'The vote has some Norwegians talking of a chance to clean up the harbour.',
      speaker: null,
      when: null,
      source: { start: 0, end: 10 },
      sieve: 'none',
      confidence: 'low',
    };
    expect(quoteCards([q], [], []).some((c) => c.answer === 'Norwegians')).toBe(false);
  });
});
