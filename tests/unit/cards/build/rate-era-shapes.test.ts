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

  it('asks no figure whose number the prompt shows ("getting ___ at the gate and can ask for a 40 day extension")', () => {
    expect(
      numbers('Fishers of Tarn are the exception, getting 40 days at the gate and can ask for a 40 day extension.'),
    ).toEqual([]);
  });
});

describe('a date is asked with its own context', () => {
  it('asks no date of "an earlier flood": which one the card does not say', () => {
    const answers = cardsOf('An earlier flood in 1854 in the lower town of Velm ruined the salt stores.').map(
      (c) => c.answer,
    );
    expect(answers).not.toContain('1854');
  });

  it('offers no year of our era beside a year before it ("c. ___ BC")', () => {
    const cards = cardsOf(
      'The first kings of Velm built a wall around the old town (c. 1310 BC). The harbour of Velm was rebuilt in 1820. The bridge of Velm was finished in 1904 by the council. A new port opened in Velm in 2004.',
    );
    const bc = cards.find((c) => c.answer === '1310');
    expect(bc).toBeDefined();
    expect(bc?.choices).toBeUndefined();
    for (const c of cards) expect(c.choices ?? []).not.toContain('1310');
  });
});

describe('a role is the noun phrase, not the start of the person’s story', () => {
  it('ends a copula role before "born", "based" or "known"', () => {
    const doc = generate(
      'Ola Brandt is a Velmish potter and teacher born in 1962 in the port of Tarn. Brandt fires her pots in Velm.',
    );
    expect(doc.actors.find((a) => a.name === 'Ola Brandt')?.role).toBe('Velmish potter and teacher');
  });
});
