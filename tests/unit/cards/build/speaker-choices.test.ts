import { describe, expect, it } from 'vitest';
import { quoteCards } from '../../../../renderer/src/cards/build/quotes';
import { actor, quote } from './facts';

// Our own council report: a mayor, two councillors and a treasurer who talk about each other.
const ACTORS = [
  actor('Ana Ames', { role: 'Mayor' }),
  actor('Bruno Ruiz', { role: 'treasurer of the harbour board' }),
  actor('Carla Moss', { role: 'councillor' }),
  actor('Dario Lind', { role: 'councillor' }),
  actor('Elsa Norr'),
  actor('Finn Oke'),
];

describe('who said it: nobody the quotation names is a wrong choice', () => {
  it('leaves out a person the speaker talks about, by surname or possessive', () => {
    const quotes = [
      quote('Mayor Ames was right to close the pier, and Ruiz’s figures show why.', 'Carla Moss'),
      quote('The harbour board has kept its promises this year.', 'Bruno Ruiz'),
      quote('The east ward deserves better lighting before winter.', 'Dario Lind'),
      quote('Nobody asked the fishermen what they needed.', 'Elsa Norr'),
      quote('The pier can open again in spring if the repairs go well.', 'Finn Oke'),
    ];
    const card = quoteCards(quotes, ACTORS, []).find((c) => c.kind === 'quote-speaker' && c.answer === 'Carla Moss');
    expect(card?.choices).toBeDefined();
    expect(card!.choices).toContain('Carla Moss');
    expect(card!.choices).not.toContain('Ana Ames');
    expect(card!.choices).not.toContain('Bruno Ruiz');
  });
});

describe('who said it: one person spelt two ways is one choice', () => {
  it('never offers "Ivo McTarn" beside the answer "Ivo MacTarn"', () => {
    const actors = [
      actor('Ivo MacTarn'),
      actor('Ivo McTarn'),
      actor('Ada Vesk'),
      actor('Kai Toms'),
      actor('Ola Brandt'),
    ];
    const quotes = [
      quote('I resigned because I cannot accept detention without trial.', 'Ivo MacTarn'),
      quote('The ferry must keep running through the winter.', 'Ada Vesk'),
      quote('Nobody asked the fishermen what they needed.', 'Kai Toms'),
      quote('The pier can open again in spring if the repairs go well.', 'Ola Brandt'),
    ];
    const card = quoteCards(quotes, actors, []).find((c) => c.kind === 'quote-speaker' && c.answer === 'Ivo MacTarn');
    expect(card?.choices).toBeDefined();
    expect(card?.choices).not.toContain('Ivo McTarn');
    // Another first name is another person, whatever the surname.
    const other = quoteCards(
      quotes,
      actors.map((a) => (a.name === 'Ivo McTarn' ? { ...a, name: 'Ada McTarn' } : a)),
      [],
    );
    expect(other.find((c) => c.answer === 'Ada Vesk')?.choices?.length).toBeGreaterThan(0);
  });
});

describe('who said it: a body and its clipped name are one choice', () => {
  it('never offers "Fedra" beside "Fedravian Reserve Board"', () => {
    const actors = [
      actor('Fedravian Reserve Board', { kind: 'organisation' }),
      actor('Fedra', { kind: 'organisation' }),
      actor('Velm Treasury', { kind: 'organisation' }),
      actor('Tarn Bank', { kind: 'organisation' }),
    ];
    const quotes = [
      quote('Rates will rise at a measured pace this year.', 'Fedravian Reserve Board'),
      quote('The deficit is under control.', 'Velm Treasury'),
      quote('Lending grew faster than we expected.', 'Tarn Bank'),
      quote('Growth is strong.', 'Fedra'),
    ];
    const card = quoteCards(quotes, actors, []).find(
      (c) => c.kind === 'quote-speaker' && c.answer === 'Fedravian Reserve Board',
    );
    expect(card?.choices).toBeDefined();
    expect(card?.choices).not.toContain('Fedra');
  });
});

describe('who said it: a "person" the article writes with "the" is a group, never a choice among people', () => {
  it('leaves "Orsani" ("joining the Orsani") out of the choices for a person', () => {
    const actors = [actor('Ivo Marr'), actor('Kai Toms'), actor('Ola Brandt'), actor('Ada Vesk'), actor('Orsani')];
    const quotes = [
      quote('You could not find a single contractor here, they were all too afraid.', 'Ivo Marr'),
      quote('I went ahead on a motorcycle and paid them all.', 'Kai Toms'),
      quote('We will build the road by spring if the rain holds.', 'Ola Brandt'),
      quote('The road is safe now for everyone who drives it.', 'Ada Vesk'),
      quote('We will close the road again before the harvest.', 'Orsani'),
    ];
    const grouped = (a: { name: string }) => a.name === 'Orsani';
    for (const card of quoteCards(quotes, actors, [], (a) => a.name, '', grouped)) {
      if (card.kind === 'quote-speaker' && card.answer !== 'Orsani') expect(card.choices).not.toContain('Orsani');
    }
    const ungrouped = quoteCards(quotes, actors, []).filter((c) => c.kind === 'quote-speaker');
    expect(ungrouped.some((c) => c.choices?.includes('Orsani') && c.answer !== 'Orsani')).toBe(true);
  });
});
