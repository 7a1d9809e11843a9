import { describe, expect, it } from 'vitest';
import { generate } from '../../../../renderer/src/cards';

const dateCards = (text: string, published?: string) =>
  generate(text, { published }).cards.filter((c) => c.kind === 'event-date' || c.kind === 'date-event');

describe('date cards ask a date the reader had to read for', () => {
  it('does not blank the article’s own year, which the reader knows before reading', () => {
    const text = [
      'The port of Velm opened its northern dock in 2019 after four years of work.',
      'In 2031 alone, the port of Velm handled more than 900 grain ships from the Baltic.',
    ].join(' ');
    const cards = dateCards(text, '2031-04-02');
    expect(cards.some((c) => c.answer === '2019')).toBe(true);
    expect(cards.some((c) => c.answer === '2031' || c.prompt.includes('2031'))).toBe(false);
    // Without a publication date the year is a fact like any other.
    expect(dateCards(text).some((c) => c.answer === '2031')).toBe(true);
  });

  it('does not blank a year the title gives', () => {
    const text = 'The Velm Flood of 1927\n\nThe river Oder broke its banks at Velm in 1927 and flooded the lower town.';
    expect(generate(text).cards.some((c) => c.kind === 'event-date' && c.answer === '1927')).toBe(false);
  });

  it('makes no card of a clause that says nothing happened (no verb)', () => {
    const text =
      'On 12 March 2020, at the request of the harbour board, the chief engineer of Tarnow, Ada Holm, inspected the flooded dock.';
    for (const card of dateCards(text)) {
      expect(card.prompt).not.toMatch(/Tarnow$/);
      expect(card.answer).not.toMatch(/Tarnow$/);
    }
  });

  it('cuts a last piece that lost its complement ("led strikes, known")', () => {
    const text = 'In 2015, the miners of Orsk led strikes, known as "the long winter", across the whole valley.';
    const cards = dateCards(text);
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) expect(card.prompt).not.toMatch(/known$/);
  });

  it('makes no card of a clause ending on a verb of finding with what was found cut off', () => {
    const text = 'A survey of the port published in May 2022 concluded, “The harbour is too shallow for modern ships.”';
    for (const card of dateCards(text)) expect(card.prompt).not.toMatch(/concluded$/);
  });
});
