import { describe, expect, it } from 'vitest';
import { generate } from '../../../../renderer/src/cards';
import { editDistance } from '../../../../renderer/src/cards/extract/quotes/speaker';

// A speaker named with a courtesy title and a misspelt surname. Sentences written for this file.
const quotesOf = (body: string) => generate(`Report\n\n${body}`).quotes;

describe('a misspelt surname after a courtesy title', () => {
  it('names the one person whose surname it misspells, with low confidence', () => {
    const text =
      'Greta Lindqvist, who speaks for the Nordic Salt Board, says a rule is coming. We must "keep the salt safe for the children of the towns," Ms Lindqvsit said.';
    const [quote] = quotesOf(text);
    expect(quote.speaker).toBe('Greta Lindqvist');
    expect(quote.sieve).toBe('misspelt-name');
    expect(quote.confidence).toBe('low');
  });

  it('leaves a surname that differs by more than two letters, or a short one, to nobody', () => {
    const far = 'Greta Lindqvist spoke first. Later, "we are done with the salt rule," Mr Lindgren said.';
    expect(quotesOf(far)[0].speaker).toBeNull();
    const short = 'Greta Moss spoke first. Later, "we are done with the salt rule," Mr Mass said.';
    expect(quotesOf(short)[0].speaker).toBeNull();
  });

  it('counts edits and stops early past the bound', () => {
    expect(editDistance('lindqvist', 'lindqvsit', 2)).toBe(2);
    expect(editDistance('kitten', 'sitting', 5)).toBe(3);
    expect(editDistance('abcdefgh', 'zzzzzzzz', 2)).toBe(3);
  });
});
