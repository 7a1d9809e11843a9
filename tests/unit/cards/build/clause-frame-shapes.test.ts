import { describe, expect, it } from 'vitest';
import { generate } from '../../../../renderer/src/cards';
import { hasUnresolvedReference } from '../../../../renderer/src/cards/build/spans';

// Sentences written for these tests (issue 10, session 24 reading of fresh travel and interview texts).
const cardsOf = (text: string) => generate(text).cards;

describe('a date belongs to the clause it frames', () => {
  const text = [
    'Velm',
    'In July 1942 the army of Tarn occupied the mines of Velm.',
    'In 1947, deep sea fishing came to Velm.',
    'On June 17, 1950, Orsk was officially created as a separate town from Velm and in 1954, Velm was further reduced by the creation of the town of Arden.',
    'On September 12, 1992, Velm was reduced again by the creation of the town of Ostra.',
  ].join('\n\n');

  it('never dates the clause before "and in ___" by the date that frames the clause after it', () => {
    const cards = cardsOf(text);
    for (const c of cards) {
      if (c.answer === '1954') expect(c.prompt).not.toMatch(/Orsk was officially created/);
      expect(c.answer).not.toMatch(/1954: Orsk/);
    }
    const orsk = cards.find((c) => c.answer === 'June 17, 1950');
    expect(orsk?.prompt).toMatch(/from Velm$/);
  });

  it('reads no year inside a larger number ("around 20000")', () => {
    const doc = generate(
      'The islands of Velm have a population of around 20000, most of them fishers. The port opened in 1990.',
    );
    expect(doc.dates.map((d) => d.when)).toEqual(['1990']);
  });

  it('keeps "Since" before a date it governs and asks no dateline glued to a sentence', () => {
    const since = cardsOf(
      'Velm is a port town. Since the 1960s, Velm has been a haven for painters from the whole coast.',
    );
    expect(since.map((c) => c.prompt)).toContain(
      'Which date fills the blank? Since ___, Velm has been a haven for painters from the whole coast',
    );
    const glued = cardsOf(
      'Velm bar owners interviewed\n\nThursday, March 15, 2031 The Tarn Post interviewed one of the owners of a bar in Velm about a new drink.',
    );
    expect(glued.map((c) => c.answer)).not.toContain('Thursday, March 15, 2031');
  });
});

describe('the narrator’s "I" after a capitalised word', () => {
  it('is a pronoun after a sentence-opening word ("After I", "No, I") and a numeral after a name ("War I")', () => {
    expect(hasUnresolvedReference('After I was elected president of the club in ___')).toBe(true);
    expect(hasUnresolvedReference('No, I captained the side in ___')).toBe(true);
    expect(hasUnresolvedReference('Phase I of the harbour opened in ___')).toBe(false);
  });
});

describe('a quotation’s blank is a phrase', () => {
  it('does not blank one letter of a word joined by a mark ("___&M")', () => {
    const cards = cardsOf(
      'Ola Brandt runs a club in Velm. Ola Brandt said: "If you think nice people never go to R&B nights, think again."',
    );
    expect(cards.filter((c) => c.kind === 'quote-finish').map((c) => c.answer)).not.toContain('R');
  });
});

describe('a measure is no year, and "it" after a frame points back', () => {
  it('reads no year in "an elevation of 1100 ft" and offers none as a choice', () => {
    const doc = generate(
      'Velm was founded in 1871. At an elevation of 1100 ft (335 m), Velm lies in a dry valley. The first reservoir of Velm was finished in 1911. The railway reached Velm in 1926.',
    );
    expect(doc.dates.map((d) => d.when)).not.toContain('1100');
    for (const c of doc.cards) expect(c.choices ?? []).not.toContain('1100');
  });

  it('asks nothing of "Founded in ___, it has become …"', () => {
    expect(hasUnresolvedReference('Founded in ___, it has become the main port of the coast')).toBe(true);
    expect(hasUnresolvedReference('It was in ___ that the port opened')).toBe(true);
    expect(hasUnresolvedReference('The port, which it had built, opened in ___')).toBe(false);
  });
});
