import { describe, expect, it } from 'vitest';
import { generate } from '../../../../renderer/src/cards';
import { formOf, typedForms, valuesOf } from '../../../../renderer/src/cards/build/number-choices';
import { numberCards as buildNumberCards, numberCap } from '../../../../renderer/src/cards/build/numbers';
import { passesQuality } from '../../../../renderer/src/cards/build/quality';
import type { NumberFact } from '../../../../renderer/src/cards/types';

// Number cards on sentences written for these tests.

// A first sentence without a figure: a one-sentence text's thesis card would ask the figure first.
const LEAD = 'The harbour of Velm is old and small.';
const numberCards = (text: string) => generate(text).cards.filter((c) => c.kind === 'number');
const numberCardsAfterLead = (text: string) => numberCards(`${LEAD} ${text}`);

const ARTICLE = [
  'Velm port wins $40 million for a new dock',
  'The port of Velm will receive $40 million from the state to rebuild its northern dock within 6 years.',
  'The dock handles 300 grain ships a year and employs 1,100 dockers from the town.',
  'Earlier plans had put the cost of a smaller dock at $25 million.',
  'The harbour board expects 45% of the new berths to serve grain traders.',
  'Its chair said the port would also spend $12 million on cranes for the dock.',
].join('\n');

describe('number cards', () => {
  it('blanks the figure in its clause and keeps what it counts', () => {
    const cards = numberCards(ARTICLE);
    const ships = numberCardsAfterLead(
      'The northern dock of Velm handles 300 grain ships a year and employs 1,100 dockers.',
    )[0];
    expect(ships.answer).toBe('300');
    expect(ships.prompt).toBe(
      'Which number fills the blank? The northern dock of Velm handles ___ grain ships a year and employs 1,100 dockers',
    );
    const money = cards.find((c) => c.answer === '$40 million');
    expect(money?.prompt).toBe(
      'Which amount fills the blank? The port of Velm will receive ___ from the state to rebuild its northern dock within 6 years',
    );
    expect(money?.facet).toBe('arguments');
    // A short article gets two: the headline's figure and the next most salient, in reading order.
    expect(cards.map((c) => c.answer)).toEqual(['$40 million', '$25 million']);
    for (const card of cards) {
      expect(card.prompt).toMatch(/___/);
      expect(card.answer.split(/\s+/).length).toBeLessThanOrEqual(8);
      expect(passesQuality(card)).toBe(true);
    }
  });

  it('offers figures of the answer’s form from other sentences, never one its own sentence gives', () => {
    const money = numberCards(ARTICLE).find((c) => c.answer === '$40 million')!;
    expect(money.choices).toHaveLength(4);
    expect(money.choices).toContain('$40 million');
    for (const choice of money.choices!) expect(formOf(choice)).toBe('$# million');
    expect(money.choices).toEqual(expect.arrayContaining(['$25 million', '$12 million']));
    const percent = numberCardsAfterLead(
      'The harbour board of Velm expects 95% of the new berths to serve grain traders.',
    )[0];
    expect(percent.answer).toBe('95%');
    expect(percent.choices).toHaveLength(4);
    for (const choice of percent.choices!) expect(valuesOf(choice)[0]).toBeLessThanOrEqual(100);
  });

  it('makes no card of a clause that needs "it" or "he" to be understood', () => {
    const text =
      'The mill reopened in spring. It employs 240 workers from the valley. He paid $3 million for the site.';
    expect(numberCards(text)).toEqual([]);
  });

  it('asks a score with other scores as choices, never the same score reversed', () => {
    const card = numberCardsAfterLead(
      'In the cup final at Lusk, Kelso Rovers beat Dunmore Town 3–1 to win the trophy.',
    )[0];
    expect(card.answer).toBe('3–1');
    expect(card.prompt).toBe(
      'Which score fills the blank? In the cup final at Lusk, Kelso Rovers beat Dunmore Town ___ to win the trophy',
    );
    expect(card.choices).not.toContain('1–3');
    expect(new Set(card.choices).size).toBe(4);
  });

  it('asks a few figures an article leads with, one per sentence, never the same figure twice', () => {
    const sentence = (i: number) =>
      `The district of Orvale${i} counted ${100 + i} new homes in the survey of the valley.`;
    const text = Array.from({ length: 20 }, (_, i) => sentence(i)).join(' ');
    const cards = numberCards(text);
    expect(cards.length).toBeLessThanOrEqual(numberCap(text.split(/\s+/).length));
    expect(new Set(cards.map((c) => c.source.start)).size).toBe(cards.length);
    expect(numberCap(300)).toBe(2);
    expect(numberCap(5000)).toBe(5);
    const twice = numberCards(
      'The Velm River Fund gave $8 million to the river towns of the north. The Velm River Fund later gave $8 million to the coastal towns.',
    );
    expect(twice.filter((c) => c.answer === '$8 million')).toHaveLength(1);
  });

  it('takes only the room the other cards leave in a sentence, choosing the next figure instead', () => {
    const text = [
      LEAD,
      'The dock of Velm cost $40 million to build.',
      'The town of Velm paid $25 million for the new road.',
    ].join(' ');
    const facts = generate(text).numbers;
    const all = buildNumberCards(facts, text, 300);
    expect(all.map((c) => c.answer)).toEqual(['$40 million', '$25 million']);
    const full = text.indexOf('The dock');
    const some = buildNumberCards(facts, text, 300, (source) => source.start !== full);
    expect(some.map((c) => c.answer)).toEqual(['$25 million']);
    // A figure another card of its sentence already asks is not asked again.
    const asked = buildNumberCards(facts, text, 300, (_, answer) => answer !== '$25 million');
    expect(asked.map((c) => c.answer)).toEqual(['$40 million']);
  });

  it('keeps its id when the article around the sentence changes', () => {
    const sentence = 'The port of Velm will receive $40 million from the state to rebuild its northern dock.';
    const a = numberCardsAfterLead(sentence)[0];
    const b = numberCards(`The harbour board met on a wet morning.\n${sentence}`)[0];
    expect(a.id).toBe(b.id);
    expect(a.id).toMatch(/^number:/);
  });

  it('accepts the other ways of typing a figure', () => {
    const fact = (value: string, kind: NumberFact['kind'], alternate: string | null = null): NumberFact => ({
      value,
      kind,
      noun: null,
      alternate,
      at: { start: 0, end: 0 },
      blank: { start: 0, end: 0 },
      source: { start: 0, end: 0 },
      salience: 0,
    });
    expect(typedForms(fact('49%', 'percent'))).toEqual(['49 per cent', '49 percent']);
    expect(typedForms(fact('4,700', 'count'))).toEqual(['4700']);
    expect(typedForms(fact('five years', 'duration'))).toEqual(['5 years']);
    expect(typedForms(fact('10 years', 'duration'))).toEqual(['ten years']);
    expect(typedForms(fact('250 miles', 'measure', '400 kilometres'))).toEqual(['400 kilometres']);
    expect(typedForms(fact('2 hours, 52 minutes, and 20 seconds', 'duration'))).toEqual([
      '2 hours 52 minutes 20 seconds',
    ]);
    expect(typedForms(fact('2 hours 52 minutes', 'duration'))).toEqual(['2 hours and 52 minutes']);
  });

  it('blanks a duration written in several units whole, with choices of the same shape', () => {
    const cards = numberCardsAfterLead(
      'The old ferry of Velm took 11 hours and 25 minutes to cross the northern lake. The new pumps cut the crossing by 32 minutes and 15 seconds, to 10 hours, 52 minutes, and 45 seconds.',
    );
    expect(cards.map((c) => c.answer)).toEqual(['11 hours and 25 minutes', '32 minutes and 15 seconds']);
    const [hours, minutes] = cards;
    expect(hours.prompt).toBe(
      'Which length of time fills the blank? The old ferry of Velm took ___ to cross the northern lake',
    );
    expect(minutes.prompt).not.toMatch(/___ and|, and \d+ seconds ___/);
    for (const card of cards) {
      expect(card.choices).toHaveLength(4);
      for (const choice of card.choices!) {
        expect(formOf(choice)).toBe(formOf(card.answer));
        const [, second] = valuesOf(choice);
        expect(second).toBeGreaterThan(0);
        expect(second).toBeLessThan(60);
      }
    }
  });

  it('writes a unit of time in the singular after 1 and the plural after other numbers in its choices', () => {
    const card = numberCardsAfterLead(
      'The pilot of the Velm ferry held the boat still for 1 minute 30 seconds at the pier.',
    )[0];
    expect(card.answer).toBe('1 minute 30 seconds');
    for (const choice of card.choices ?? []) {
      expect(choice).not.toMatch(/\b1 (?:minutes|seconds)\b/);
      expect(choice).not.toMatch(/\b(?:[02-9]|\d\d+) (?:minute|second)\b/);
    }
    const years = numberCardsAfterLead('The repair of the Velm ferry hull lasted 2 years at the old yard.')[0];
    for (const choice of years.choices ?? []) expect(choice).not.toMatch(/^1 years$/);
  });

  it('never writes a figure into a quotation', () => {
    const text = '“We will hire 500 drivers by the winter,” the director of the bus company said on Monday.';
    for (const card of numberCards(text)) expect(card.prompt).not.toMatch(/“/);
  });
});

describe('a figure restated in brackets', () => {
  it('drops the restatement after the blank ("___ (£30m)"): it gives the answer away', () => {
    const cards = numberCardsAfterLead(
      'The Velm ferry line has raised $52m (£30m) from investors to build two new boats for the northern route.',
    );
    const money = cards.find((c) => c.answer === '$52m');
    expect(money?.prompt).toBe(
      'Which amount fills the blank? The Velm ferry line has raised ___ from investors to build two new boats for the northern route',
    );
    // A bracket that says something else stays ("(the first in a decade)").
    const other = numberCardsAfterLead(
      'The Velm ferry line ordered 4 boats (the first in a decade) from the Tarn yard.',
    );
    expect(other[0]?.prompt).toMatch(/___ boats \(the first in a decade\) from the Tarn yard/);
  });
});

describe('a running count read on one day', () => {
  it('makes no number card ("had about 7 million subscribers as of May 2031")', () => {
    const text = [
      'Ada Vesk is a Velenian film maker who posts harbour films online. Vesk began posting films in 2010 from a flat in Velm.',
      "As of May 2031, Ada Vesk's harbour channel had about 7 million subscribers and 900 million views.",
      'Her first film cost 300 dollars to make and was shot on the Velm ferry over 2 days.',
    ].join(' ');
    const numbers = generate(text).cards.filter((c) => c.kind === 'number');
    expect(numbers.some((c) => c.answer === '7 million')).toBe(false);
  });
});

describe('a figure at one end of a dashed range', () => {
  it('asks neither end alone ("between $10-25m": "$10" lacks the unit the range shares)', () => {
    const text =
      'Ivo Marr, head of Velm-based developer Tarn Works, said the new ferries will cost between $10-25m to build.';
    const doc = generate(`${LEAD} ${text}`);
    expect(doc.numbers.map((n) => n.value)).not.toContain('$10');
    expect(numberCardsAfterLead(text).map((c) => c.answer)).toEqual([]);
    const percent = 'Harbour stocks did well, recording an 8%-10% rise since Monday, Ivo Marr said.';
    expect(generate(`${LEAD} ${percent}`).numbers.map((n) => n.value)).toEqual([]);
    // A spaced dash opens an aside, not a range: "£50bn - 14% higher" keeps both figures.
    const aside = 'The report showed the cost of the ferries was expected to reach £50bn - 14% higher than planned.';
    expect(generate(`${LEAD} ${aside}`).numbers.map((n) => n.value)).toContain('£50bn');
    // So is either end of "between $40 and $50".
    const words = 'Ivo Marr said the new tickets will cost between $40 and $50 each.';
    expect(generate(`${LEAD} ${words}`).numbers.map((n) => n.value)).toEqual([]);
    // A figure with its own unit on each side of "to" is still a figure.
    const to = 'Ivo Marr said the fare rose from $10 to $25 this year.';
    expect(generate(`${LEAD} ${to}`).numbers.map((n) => n.value)).toContain('$10');
  });
});

describe('a figure’s clause cut inside a list of names', () => {
  it('keeps the whole list or asks nothing: never "executed in Velm" without "Tarn, Orsk and Kessel"', () => {
    const text =
      'The harbour police led a series of raids across the region last spring. Seventy search warrants were executed in Velm, Tarn, Orsk and Kessel. At least 60 people were arrested in all.';
    const cards = generate(text).cards.filter((c) => c.kind === 'number');
    expect(cards.some((c) => /executed in Velm ?$/.test(c.prompt.replace(/[.…]$/, '')))).toBe(false);
  });
});
