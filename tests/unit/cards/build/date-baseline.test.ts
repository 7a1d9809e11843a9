import { describe, expect, it } from 'vitest';
import { generate } from '../../../../renderer/src/cards';

// Issue 10: a year the sentence compares with is not the date of its event, and one event is asked its
// date once. Sentences written for these tests.

const dateCards = (text: string) =>
  generate(text).cards.filter((c) => c.kind === 'event-date' || c.kind === 'date-event' || c.kind === 'timeline');
const asks = (text: string, when: string) => dateCards(text).some((c) => c.answer.includes(when));

describe('a comparison baseline is no event’s date', () => {
  it('"the highest since 1998": no card asks 1998', () => {
    const text = [
      'The Portvale council opened a new grain terminal on the north quay in 2019.',
      'The level of the Kessel river rose to its highest since 1998 after a week of heavy rain in the hills.',
    ].join(' ');
    expect(asks(text, '2019')).toBe(true);
    expect(asks(text, '1998')).toBe(false);
  });

  it('"the first club to win the cup since 2009": no card asks 2009', () => {
    const text = [
      'Portvale Rovers beat Kessel Town 2–1 in the final of the Velen Cup on Sunday.',
      'Portvale Rovers are the first club from the north to win the Velen Cup since 2009.',
    ].join(' ');
    expect(asks(text, '2009')).toBe(false);
  });

  it('"more than in 2010" and "compared with 2015": no card asks the year compared with', () => {
    const text = [
      'The Portvale ferry carried 90,000 passengers in 2022, far more than in 2010 when the pier was closed.',
      'Mira Castell said fares had risen by a third compared with 2015 across the whole Velen coast.',
    ].join(' ');
    expect(asks(text, '2010')).toBe(false);
    expect(asks(text, '2015')).toBe(false);
  });

  it('"the level was last this high in 1998": no card asks 1998', () => {
    const text =
      'The Portvale council opened the flood gates on 3 May 2024. The water of the Kessel river was last this high in 1998 after a long storm.';
    expect(asks(text, '1998')).toBe(false);
  });

  it('keeps a start date: "Mira Castell has led the Portvale council since 2019"', () => {
    const text = [
      'Mira Castell has led the Portvale council since 2019 and plans a new harbour wall.',
      'The Portvale council approved the harbour wall plan on 3 March 2024 by nine votes to two.',
    ].join(' ');
    expect(asks(text, '2019')).toBe(true);
  });
});

describe('one event, one date card', () => {
  it('asks the day a person took office once when two sentences give it', () => {
    const text = [
      'Ivo Marsh, a civil engineer from Kessel, was elected mayor of Portvale in a close vote in 2019.',
      'Marsh took the oath as mayor on 14 June 2030 after the death of the mayor Ana Teller.',
      'Marsh came back to Portvale from the capital to start the job on 14 June 2030 with a new plan.',
    ].join(' ');
    const cards = dateCards(text).filter((c) => c.kind === 'event-date' && c.answer === '14 June 2030');
    expect(cards).toHaveLength(1);
    expect(cards[0].prompt).toMatch(/took the oath/);
  });

  it('keeps two events of one day done by different people', () => {
    const text = [
      'Ivo Marsh opened the new Portvale ferry terminal on 23 March 2020 with a short speech.',
      'Ana Teller signed the Kessel harbour lease on 23 March 2020 in the town hall of Velen.',
    ].join(' ');
    const cards = dateCards(text).filter((c) => c.kind === 'event-date' && c.answer === '23 March 2020');
    expect(cards).toHaveLength(2);
  });
});
