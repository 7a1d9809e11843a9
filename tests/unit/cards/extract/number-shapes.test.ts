import { describe, expect, it } from 'vitest';
import { generate } from '../../../../renderer/src/cards';

// The figures an article states, each shape on a sentence written for this test.

const figures = (text: string) => generate(text).numbers;
const values = (text: string) => figures(text).map((n) => n.value);

describe('headline figures', () => {
  it('reads amounts of money with their currency and scale word', () => {
    const found = figures(
      'The council approved $4.5 million for new tram stops. The port borrowed €300 million from a bank. The club paid 20 million dollars for the ground. The fund holds US$12bn in bonds.',
    );
    expect(found.map((n) => [n.value, n.kind])).toEqual([
      ['$4.5 million', 'money'],
      ['€300 million', 'money'],
      ['20 million dollars', 'money'],
      ['US$12bn', 'money'],
    ]);
  });

  it('reads a currency’s coin with it ("22 euro cents"), never the currency alone', () => {
    const found = figures('Shares in Velm Ferries fell 15% to 22 euro cents in Orsk on Tuesday afternoon.');
    expect(found.map((n) => n.value)).toContain('22 euro cents');
    expect(found.map((n) => n.value)).not.toContain('22 euro');
  });

  it('reads a figure that opens the text as it is, with no sign before it', () => {
    const found = figures('15% of the boats in Velen stayed in the harbour all winter.');
    expect(found.map((n) => [n.value, n.kind, n.at.start])).toEqual([['15%', 'percent', 0]]);
  });

  it('reads percentages written with a sign or in words', () => {
    const found = figures(
      'Turnout fell to 41 per cent in the north. Rents rose 7.5% in a year. Only 12 percent of roads are paved.',
    );
    expect(found.map((n) => [n.value, n.kind])).toEqual([
      ['41 per cent', 'percent'],
      ['7.5%', 'percent'],
      ['12 percent', 'percent'],
    ]);
  });

  it('reads a count with the noun it counts, a scale word, a range or a spelled number of ten and more', () => {
    const found = figures(
      'The storm damaged 1,200 homes along the coast. Some 9.2 million people live in the basin. Planners expect 12 to 18 new ferries. Fourteen nations signed the pact in Lusk.',
    );
    expect(found.map((n) => [n.value, n.kind, n.noun])).toEqual([
      ['1,200', 'count', 'homes'],
      ['9.2 million', 'count', 'people'],
      ['12 to 18', 'count', 'new ferries'],
      ['Fourteen', 'count', 'nations'],
    ]);
  });

  it('reads a score only where the sentence talks of a match or a vote', () => {
    expect(values('Kelso Rovers beat Dunmore 3–1 in the cup final.')).toEqual(['3–1']);
    expect(values('The motion was carried 9-4 after a short vote.')).toEqual(['9-4']);
    expect(values('The mix is 3–1 sand and lime in the new walls.')).toEqual([]);
  });

  it('reads durations, measurements with a conversion, and multiples', () => {
    const found = figures(
      'Every gate must be repainted within 10 years. The works will take five years. The bridge spans 1.4 kilometres of water. The probe orbits roughly 250 miles (400 kilometres) above the moon. The new pump lifts 12 times more water than the old one.',
    );
    expect(found.map((n) => [n.value, n.kind, n.alternate])).toEqual([
      ['10 years', 'duration', null],
      ['five years', 'duration', null],
      ['1.4 kilometres', 'measure', null],
      ['250 miles', 'measure', '400 kilometres'],
      ['12 times', 'multiple', null],
    ]);
  });

  it('reads a duration written in several units as one figure', () => {
    const found = figures(
      'The old ferry took 3 hours and 5 minutes to cross the lake. Engineers cut the crossing by 12 minutes and 40 seconds, to 2 hours, 52 minutes, and 20 seconds. The repair of the hull lasted 2 years, 4 months and 9 days. The pilot held the ferry still for 1 minute 30 seconds at the pier. The second survey took two years and five months.',
    );
    expect(found.map((n) => [n.value, n.kind])).toEqual([
      ['3 hours and 5 minutes', 'duration'],
      ['12 minutes and 40 seconds', 'duration'],
      ['2 hours, 52 minutes, and 20 seconds', 'duration'],
      ['2 years, 4 months and 9 days', 'duration'],
      ['1 minute 30 seconds', 'duration'],
      ['two years and five months', 'duration'],
    ]);
  });

  it('does not join two durations whose units do not run from larger to smaller', () => {
    expect(values('The pumps of the dock ran for 10 minutes and 3 hours more in the cold.')[0]).toBe('10 minutes');
    expect(values('The girl, 3 years and 2 months old, was found by the ferry crew.')).toEqual([]);
  });

  it('leaves dates, years and ordinals to the date cards', () => {
    expect(values('The dam opened on 4 May 2011 after talks in 1998. It was the 21st dam of the 3rd plan.')).toEqual(
      [],
    );
    expect(values('The league was founded in 1888 and expanded in the 1990s.')).toEqual([]);
  });

  it('does not read labels, list numbers, times, fractions or codes as amounts', () => {
    const text = [
      'See page 12 and section 5 of the report.',
      'Apollo 11 astronauts visited the school.',
      'A category 4 storm hit the town.',
      'The vote needed a 2/3 majority at 10:30 in the hall.',
      'Bill H.R. 1424 passed.',
      '1. The first rule is simple.',
    ].join(' ');
    expect(values(text)).toEqual([]);
  });

  it('does not read ages as facts', () => {
    const text =
      'Ana Ames, 44, runs the dock. The youngest player, aged 17 years, scored twice. A 19-year-old striker won the match at the age of 18 years and 41 days.';
    expect(values(text)).toEqual([]);
  });

  it('leaves figures inside quotations to the quote cards, and asides in brackets alone', () => {
    const text =
      '“We lost 400 jobs in a single winter,” the mayor said. The plant (which employed 900 workers) closed.';
    expect(values(text)).toEqual([]);
  });

  it('ranks the figures of the headline and the lead above the rest', () => {
    const text = [
      'Velm port wins $40 million for its new dock',
      'The port of Velm will receive $40 million to rebuild its northern dock.',
      'The dock handles 300 ships a year and employs 1,100 dockers.',
      'Earlier plans had put the cost at $25 million for a smaller dock.',
    ].join('\n');
    const found = figures(text);
    const top = [...found].sort((a, b) => b.salience - a.salience)[0];
    expect(top.value).toBe('$40 million');
    // The headline's own figure is not asked from the headline.
    expect(found.every((n) => n.source.start > text.indexOf('\n'))).toBe(true);
  });
});

describe('a count of people named by the harm done to them', () => {
  it('reads "killing 40 … and wounding 112" and "12 were reported missing" as counts', () => {
    const text =
      'A gale on the Tarn coast sank two ferries near Velm, killing 40 or more and wounding 112, the harbour board said. Another 12 were reported missing on Sunday.';
    const values = generate(text).numbers.map((n) => n.value);
    expect(values).toEqual(expect.arrayContaining(['40', '112']));
    // A bare number with no noun and no harm is still no figure.
    const plain = 'The Velm board met 40 times before the vote on the new harbour wall.';
    expect(generate(plain).numbers.map((n) => n.value)).not.toContain('40');
  });
});
