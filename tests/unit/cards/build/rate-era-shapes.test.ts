import { describe, expect, it } from 'vitest';
import { generate } from '../../../../renderer/src/cards';

// Sentences written for these tests (issue 10, session 24 reading of fresh travel, interview and history texts).
const LEAD = 'The harbour of Velm is old and small.';
const cardsOf = (text: string) => generate(`${LEAD} ${text}`).cards;
const numbers = (text: string) => cardsOf(text).filter((c) => c.kind === 'number');

describe('a figure is asked whole and not shown in its own prompt', () => {
  it('takes a rate as one unit ("80 miles per hour", "40 km/h"), not a length with "per hour" left over', () => {
    const [train] = numbers('The new train from Velm to Tarn runs at 80 miles per hour on the coastal line.');
    expect(train.answer).toBe('80 miles per hour');
    expect(train.prompt).not.toMatch(/per hour/);
    for (const choice of train.choices ?? []) expect(choice).toMatch(/ miles per hour$/);
    const [ferry] = numbers('The ferry from Velm to Tarn sails at 40 km/h in calm weather.');
    expect(ferry.answer).toBe('40 km/h');
  });

  it('asks no figure whose number the prompt shows ("getting ___ at the gate and may ask for a 60 day stay")', () => {
    expect(
      numbers('Sailors from Tarn are the exception, getting 60 days at the gate and may ask for a 60 day extension.'),
    ).toEqual([]);
  });
});

describe('a date is asked with its own context', () => {
  it('asks no date of "a previous storm": which one the card does not say', () => {
    const answers = cardsOf('A previous storm in 1871 in the bay of Velm left 900 houses without roofs.').map(
      (c) => c.answer,
    );
    expect(answers).not.toContain('1871');
  });

  it('offers no year of our era beside a year before it ("c. ___ BC")', () => {
    const cards = cardsOf(
      'The founders of Velm united the nine clans into one kingdom (c. 1230 BC). The harbour of Velm was rebuilt in 1820. The bridge of Velm was finished in 1904 by the council. A new port opened in Velm in 2004.',
    );
    const bc = cards.find((c) => c.answer === '1230');
    expect(bc).toBeDefined();
    expect(bc?.choices).toBeUndefined();
    for (const c of cards) expect(c.choices ?? []).not.toContain('1230');
  });
});

describe('a role is the noun phrase, not the start of the person’s story', () => {
  it('ends a copula role before "born", "based" or "known"', () => {
    const doc = generate(
      'Ola Brandt is a Velmish painter and writer born in 1958 in the town of Tarn. Brandt paints the harbour of Velm.',
    );
    expect(doc.actors.find((a) => a.name === 'Ola Brandt')?.role).toBe('Velmish painter and writer');
  });
});
