import { describe, expect, it } from 'vitest';
import { generate } from '../../../../renderer/src/cards';
import { withYear } from '../../../../renderer/src/cards/build/dates';
import { dominantYear } from '../../../../renderer/src/cards/generate';
import { eventOf } from '../helpers';

const cardsOf = (text: string) => generate(text).cards;
const dateCards = (text: string) => cardsOf(text).filter((c) => c.kind === 'event-date' || c.kind === 'date-event');

describe('date cards ask when something happened', () => {
  it('does not ask a year written as a modifier ("will revise the 2030 budget")', () => {
    const text = [
      'The harbour board of Kessel opened a second grain terminal in 2019 after years of delay.',
      'The harbour board of Kessel will revise the 2030 shipping budget in early March.',
    ].join(' ');
    const cards = dateCards(text);
    expect(cards.some((c) => c.answer === '2019')).toBe(true);
    expect(cards.some((c) => c.answer === '2030')).toBe(false);
  });

  it('takes the year that dominates an undated article’s lead and text as its own', () => {
    const text = [
      'Ferry timetable for the 2041 season',
      '',
      'The Tarn ferry company expects a busy 2041 season on all its lakes.',
      'Twelve new boats will be launched in 2041 on the northern lake.',
      'The company last bought boats in 2033, when the southern pier was rebuilt by the town.',
      'Fares for 2041 stay as they were.',
    ].join('\n');
    expect(
      dominantYear([
        { start: 30, iso: '2041' },
        { start: 900, iso: '2041' },
        { start: 950, iso: '2041' },
      ]),
    ).toBe('2041');
    expect(
      dominantYear([
        { start: 30, iso: '2041' },
        { start: 900, iso: '2033' },
        { start: 950, iso: '2041' },
      ]),
    ).toBe(null);
    const cards = dateCards(text);
    expect(cards.some((c) => c.answer === '2041')).toBe(false);
  });

  it('gives a clause that names nothing the place the sentence gives next, or asks nothing', () => {
    const text = [
      'The first match was played on June 4, in the Stadium of Arlen, before a small crowd of miners.',
      'A truce was agreed on June 9.',
    ].join(' ');
    const cards = dateCards(text);
    const first = cards.find((c) => c.answer === 'June 4');
    expect(first?.prompt).toContain('in the Stadium of Arlen');
    expect(cards.some((c) => c.answer === 'June 9' || /truce/i.test(c.answer))).toBe(false);
  });
});

describe('timeline items can be ordered', () => {
  const text = [
    'The weavers of Orvik ended the old town charter in 1990, as the town grew.',
    'The dyers of Orvik opened a market hall on March 2, 1990 near the river.',
    'The council of Brem opened a school for dyers on June 8, 1991 in the old town.',
    'The spinners of Tuva elected Mara Lind as first woman master on May 3, 1993 after a long vote.',
    'The last mill of Kesk closed on July 9, 1995 after a fire.',
    'In 1985, a group of Orvik-based weavers, who had lost the looms, marched to the capital.',
    'The mayor of Dunmere notified the port council on October 4, 1997 that the night ferry to Skarn would stop running.',
  ].join(' ');

  it('drops an item dated only by a year that holds another item’s day, and a fragment with no verb', () => {
    const timeline = cardsOf(text).find((c) => c.kind === 'timeline');
    expect(timeline).toBeDefined();
    const items = timeline?.items ?? [];
    expect(items.some((i) => i.iso === '1990')).toBe(false);
    expect(items.some((i) => /based weavers$/.test(i.text))).toBe(false);
    expect(items.length).toBeGreaterThanOrEqual(4);
  });

  it('does not cut an event before what was told ("notified the council")', () => {
    for (const card of cardsOf(text)) {
      expect(card.answer).not.toMatch(/notified the port council$/);
      for (const item of card.items ?? []) expect(item.text).not.toMatch(/notified the port council$/);
    }
  });
});

describe('timeline items are events', () => {
  it('never takes the subject of a long clause, cut before its verb, for the event of the date', () => {
    const text = [
      'The Valley Trade',
      '',
      'Persistent attempts by the merchants to control the salt market and their habit of cheating at the scales led the valley council to close the passes in 1602.',
      'In 1701 the council opened the passes again. In 1720 the first envoy of Orlen came to the valley. In 1745 the valley and Orlen signed the Salt Treaty. In 1760 the passes were paved.',
    ].join('\n');
    const items = generate(text)
      .cards.filter((c) => c.kind === 'timeline')
      .flatMap((c) => c.items ?? [])
      .map((i) => i.text);
    expect(items.some((t) => t.startsWith('Persistent attempts'))).toBe(false);
  });
});

describe('date to event cards', () => {
  it('asks what happened only on a date written with its year, never "in May"', () => {
    const text = [
      'Harbour news',
      '',
      'The harbour board of Kessel opened the new grain terminal in March 2019 after years of delay.',
      '',
      'In May, Ada Pruitt was forced to resign as chair after it became known that she had lost the plans.',
      '',
      'The first grain ship from Orlen docked at the terminal in June 2020.',
    ].join('\n');
    const asked = cardsOf(text)
      .filter((c) => c.kind === 'date-event')
      .map((c) => c.prompt);
    expect(asked.some((p) => /in May\?/.test(p))).toBe(false);
  });
});

describe('a timeline item says the year its order rests on', () => {
  it('writes the year after a yearless day or month, and leaves a date with its year or another form', () => {
    expect(withYear('April 20', '1871-04-20')).toBe('April 20, 1871');
    expect(withYear('20 April', '1871-04-20')).toBe('20 April 1871');
    expect(withYear('March', '1871-03')).toBe('March 1871');
    expect(withYear('May 3, 1871', '1871-05-03')).toBe('May 3, 1871');
    expect(withYear('the 1870s', '1870')).toBe('the 1870s');
  });
});

describe('a short event keeps names joined by "and" and drops asides in brackets', () => {
  it('cuts at the "and" that opens a verb, not at the one between two street names', () => {
    const sentence =
      'On March 3, 1871, Tomas Vell fell at the corner of Harlow and Main (now Bridge) streets and died before help came.';
    expect(eventOf(sentence, 'March 3, 1871')).toBe('Tomas Vell fell at the corner of Harlow and Main streets');
  });

  it('makes no event of a date in brackets after a name', () => {
    expect(eventOf('Ada Quell (born 4 May 1950) is a Kessel engineer and politician.', '4 May 1950')).toBe(null);
  });
});
