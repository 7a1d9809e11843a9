import { describe, expect, it } from 'vitest';
import { generate } from '../../../../renderer/src/cards';
import { hasUnresolvedReference } from '../../../../renderer/src/cards/build/spans';

// Sentences written for these tests (issue 10, session 24 reading of fresh travel and interview texts).
const cardsOf = (text: string) => generate(text).cards;

describe('a date belongs to the clause it frames', () => {
  const text = [
    'Velm',
    'In March 1871 the army of Tarn seized the salt pans of Velm.',
    'In 1880, whaling ships first wintered at Velm.',
    'On May 4, 1885, Orsk was made a town of its own apart from Velm and in 1890, Velm lost its eastern farms to the new town of Arden.',
    'On October 2, 1902, Velm gave up its two islands to the town of Ostra.',
  ].join('\n\n');

  it('never dates the clause before "and in ___" by the date that frames the clause after it', () => {
    const cards = cardsOf(text);
    for (const c of cards) {
      if (c.answer === '1890') expect(c.prompt).not.toMatch(/Orsk was made a town/);
      expect(c.answer).not.toMatch(/1890: Orsk/);
    }
    const orsk = cards.find((c) => c.answer === 'May 4, 1885');
    expect(orsk?.prompt).toMatch(/apart from Velm$/);
  });

  it('reads no year inside a larger number ("around 18000")', () => {
    const doc = generate('The islands of Velm count around 18000, most of them fishers. The port opened in 1990.');
    expect(doc.dates.map((d) => d.when)).toEqual(['1990']);
  });

  it('keeps "Since" before a date it governs and asks no dateline glued to a sentence', () => {
    const since = cardsOf(
      'Velm is a port town. Since the 1920s, Velm has been a home for boat builders from the whole coast.',
    );
    expect(since.map((c) => c.prompt)).toContain(
      'Which date fills the blank? Since ___, Velm has been a home for boat builders from the whole coast',
    );
    const glued = cardsOf(
      'Velm lighthouse keeper meets the press\n\nMonday, October 6, 2031 The Tarn Post interviewed one of the keepers of the lighthouse of Velm about a new lamp.',
    );
    expect(glued.map((c) => c.answer)).not.toContain('Monday, October 6, 2031');
  });
});

describe('the narrator’s "I" after a capitalised word', () => {
  it('is a pronoun after a sentence-opening word ("After I", "Yes, I") and a numeral after a name ("War I")', () => {
    expect(hasUnresolvedReference('After I was elected president of the club in ___')).toBe(true);
    expect(hasUnresolvedReference('Yes, I rowed for the club in ___')).toBe(true);
    expect(hasUnresolvedReference('Phase I of the harbour opened in ___')).toBe(false);
  });
});

describe('a quotation’s blank is a phrase', () => {
  it('does not blank one letter of a word joined by a mark ("___&B")', () => {
    const cards = cardsOf(
      'Ola Brandt runs a hall in Velm.\n\n"If you think quiet people never dance to R&B," Ola Brandt said.',
    );
    expect(cards.filter((c) => c.kind === 'quote-finish').map((c) => c.answer)).not.toContain('R');
  });
});

describe('a measure is no year, and "it" after a frame points back', () => {
  it('reads no year in "a height of 1400 ft" and offers none as a choice', () => {
    const doc = generate(
      'Velm was set up by fishers in 1823. At a height of 1400 ft (427 m), the upper town of Velm looks over the bay. The first dam of Velm was finished in 1897. The railway reached Velm in 1905.',
    );
    expect(doc.dates.map((d) => d.when)).not.toContain('1400');
    for (const c of doc.cards) expect(c.choices ?? []).not.toContain('1400');
  });

  it('asks nothing of "Built in ___, it is now …"', () => {
    expect(hasUnresolvedReference('Built in ___, it is now the main dock of the coast')).toBe(true);
    expect(hasUnresolvedReference('It was in ___ that the port opened')).toBe(true);
    expect(hasUnresolvedReference('The port, which it had built, opened in ___')).toBe(false);
  });
});

describe('a reference line and a cut subject ask nothing', () => {
  it('reads no quotation from a reference line with no dash ("Name. “Title.” Outlet. Date. URL")', () => {
    const text = [
      'The harbour board of Velm fought the new ferry line for a year.',
      'Ola Brandt. “Inside the Harbour Board’s Plan to Stop the Ferry.” Tarn Post. May 3, 2031. https://tarnpost.example/harbour-plan',
    ].join('\n\n');
    expect(generate(text).quotes).toEqual([]);
  });

  it('asks no date of "in ___, began …" whose subject stood before the cut', () => {
    const text =
      'The harbour board of Velm saw the ferry as a threat, and in 2031, began a campaign for a law to limit its sailings. The board of Velm met in 2030.';
    const prompts = cardsOf(text).map((c) => c.prompt);
    expect(prompts.some((p) => /___, began/i.test(p))).toBe(false);
  });
});
