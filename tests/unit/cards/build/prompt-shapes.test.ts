import { describe, expect, it } from 'vitest';
import { generate } from '../../../../renderer/src/cards';

// Shapes found on real and held-out articles, each checked on small sentences we wrote.

describe('prompts that read naturally', () => {
  it('names a body with "the" in a quote prompt when the article does', () => {
    const text =
      'The Harbour Guild met on Monday. The Harbour Guild said: "We will not sign this deal for less than 40 million euros." Later the Harbour Guild left.';
    const prompts = generate(text)
      .cards.filter((c) => c.kind === 'quote-finish')
      .map((c) => c.prompt);
    expect(prompts).toHaveLength(1);
    expect(prompts[0]).toMatch(/^Fill the blank in the quote by the Harbour Guild:/);
  });
});
