import { describe, expect, it } from 'vitest';
import { generate } from '../../../../renderer/src/cards';

// Our own harbour report: a date first, then a name with its apposition, then what happened.
const TEXT = [
  'On 3 May 2019, Ana Ames, the mayor of Velen, opened the new ferry dock beside the old fish market.',
  'The dock had been closed since a storm damaged its pilings in the winter of 2016.',
].join('\n\n');

describe('date cards over a name and its apposition', () => {
  it('keep the clause that says what happened after the apposition', () => {
    const card = generate(TEXT).cards.find((c) => c.kind === 'event-date' && c.answer === '3 May 2019');
    expect(card?.prompt).toMatch(/On ___, Ana Ames, the mayor of Velen, opened the new ferry dock/);
  });

  it('ask a clause whose verb is in the present tense', () => {
    const doc = generate(
      'Dock Lease\n\nThe lease of the ferry dock expires in 2031.\n\nThe council met on 4 June 2024.',
    );
    expect(doc.cards.find((c) => c.kind === 'event-date' && c.answer === '2031')?.prompt).toMatch(/expires in ___/);
  });
});
