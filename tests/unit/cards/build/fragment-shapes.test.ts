import { describe, expect, it } from 'vitest';
import { generate } from '../../../../renderer/src/cards';
import { gist } from '../../../../renderer/src/cards/build/arguments';
import { blankOut, clauseAround } from '../../../../renderer/src/cards/build/spans';
import type { ArgumentFact } from '../../../../renderer/src/cards/types';

// Sentences written for these tests (issue 10, session 24 reading of fresh history and textbook texts).
const cardsOf = (text: string) => generate(text).cards;

describe('an event is never dated by the end of its span', () => {
  it('puts no "a council that ruled" at the year it ended, in a timeline or a date → event card', () => {
    const text = [
      'The Velm Wars',
      'In 1801, ships of Tarn burned the quay of Velm. In 1804, the army of Velm beat the ships of Tarn at Orsk.',
      'Tarn finally took Velm and set up a council that ruled until 1827. In 1812, the last fort of Velm fell after a long winter siege.',
    ].join('\n\n');
    const cards = cardsOf(text);
    const timeline = cards.find((c) => c.kind === 'timeline');
    expect(timeline?.answer ?? '').not.toMatch(/1827/);
    expect(cards.filter((c) => c.kind === 'date-event').map((c) => c.answer)).not.toContain(
      'Tarn finally took Velm and set up a council that ruled',
    );
  });
});

const numberPrompts = (text: string) =>
  cardsOf(`The harbour of Velm is old and small. ${text}`)
    .filter((c) => c.kind === 'number')
    .map((c) => c.prompt);

describe('a prompt is a clause, not a piece of one', () => {
  it('asks no figure whose clause was cut before its verb ("Some think that around ___ years ago")', () => {
    expect(
      numberPrompts('Some think that around four thousand years ago, herders of Velm first kept goats on the hills.'),
    ).toEqual([]);
  });

  it('asks no figure or date of a phrase set before the main clause alone', () => {
    expect(numberPrompts('Because of a storm and a flood that ran for 19 days, the mills of Velm closed.')).toEqual([]);
    const dated = cardsOf(
      'The Tarn War was long. By the last winter of the Tarn War in 1812, their crews counted more than 9,000 sailors.',
    );
    expect(dated.filter((c) => c.kind === 'event-date').map((c) => c.prompt)).toEqual([]);
  });

  it('asks no figure of an aside after a subject whose verb was cut off', () => {
    expect(
      numberPrompts(
        'Velm, as one of the 14 towns that founded the Arden League, has given its harbour dues to the league.',
      ),
    ).toEqual([]);
  });

  it('asks a reason’s clause without its "Since" ("Tarn had closed its ports in ___")', () => {
    const prompts = cardsOf(
      'The mills of Velm were busy. Since Tarn had closed its ports to grain in 1821, the mills of Velm bought from Orsk.',
    )
      .filter((c) => c.kind === 'event-date')
      .map((c) => c.prompt);
    expect(prompts).toHaveLength(1);
    expect(prompts[0]).toMatch(/^Which date fills the blank\? Tarn had closed its ports to grain in ___/);
  });

  it('keeps a clause whose preposition stands before the date ("in a partnership since ___")', () => {
    const cards = cardsOf(
      'Ola Brandt is a painter from Velm. Ola Brandt has been in a partnership with Ivo Marr since 2011.',
    );
    expect(cards.filter((c) => c.kind === 'event-date').map((c) => c.answer)).toContain('2011');
  });
});

describe('a figure is asked only where it is a fact of the article', () => {
  it('asks no figure supposed for an example ("if a mill makes ___ sacks")', () => {
    expect(
      numberPrompts('If a small mill grinds 300 sacks of flour a week, each sack of its flour costs more.'),
    ).toEqual([]);
    // A condition closed before the figure's own clause conditions something else.
    expect(
      numberPrompts(
        'If storms come, the harbour office of Velm sends out a full warning every 8 hours to the fishing fleet.',
      ),
    ).toHaveLength(1);
  });

  it('asks no bare figure standing for what the sentence before named ("Some ___ were farmers")', () => {
    expect(
      numberPrompts(
        'Most of the sailors of Velm joined the fleet. Some 70 percent were farmers who had never sailed before.',
      ),
    ).toEqual([]);
  });

  it('leaves a caption’s label out of the prompt ("Figure 2.3 The mill …")', () => {
    const prompts = numberPrompts(
      'Figure 2.3 The granary of Velm could hold up to 900 sacks of barley through the winter.',
    );
    expect(prompts).toHaveLength(1);
    expect(prompts[0]).not.toMatch(/Figure/);
  });
});

describe('a prompt names nothing the text did not name', () => {
  it('does not take a count in words opening a sentence for a name ("The Forty envoys")', () => {
    const prompts = cardsOf(
      [
        'Forty envoys of the river towns came to Velm in 1820 with a plea about tolls.',
        'Sent away, the envoys of the towns came back in early May 1822 to draw up a charter for the league.',
      ].join(' '),
    ).map((c) => c.prompt);
    expect(prompts.some((p) => /envoys of the towns came back in ___/.test(p))).toBe(true);
    expect(prompts.some((p) => /Forty envoys came back/i.test(p))).toBe(false);
  });

  it('leaves a connective between commas out of a figure’s prompt ("in contrast")', () => {
    const [prompt] = numberPrompts(
      'The farmers of Velm, in contrast, paid 12 silver marks a month for the use of the mill.',
    );
    expect(prompt).toMatch(/The farmers of Velm paid ___ silver marks/);
  });
});

describe('an argument card asks a claim, which has a verb', () => {
  it('offers no verbless phrase ("across the wide northern sea") as a risk', () => {
    const risk = {
      kind: 'risk',
      text: 'However, across the wide northern sea, storms are growing stronger.',
    } as ArgumentFact;
    expect(gist(risk)).toBeNull();
    expect(gist({ ...risk, text: 'Storms are growing stronger across the northern sea.' })).toBe(
      'Storms are growing stronger across the northern sea',
    );
  });
});

describe('a cut prompt ends on a word that carries something', () => {
  it('never ends "… for the …"', () => {
    const sentence =
      'After moving to Tarn in 2009, Ola Brandt won nine races in one season for the harbour club of the old town of Orsk.';
    const at = sentence.indexOf('2009');
    for (const most of [14, 16, 20]) {
      const clause = clauseAround(sentence, at, at + 4, most);
      expect(clause.text).toMatch(/ …$/);
      expect(clause.text).not.toMatch(/\s(?:the|for|of|a|in|and)\s…$/);
    }
    for (const most of [12, 13, 14, 15, 16, 17])
      expect(blankOut(sentence, { start: at, end: at + 4 }, most)).not.toMatch(/\s(?:the|for|of|a|in|and)\s…$/);
  });
});
