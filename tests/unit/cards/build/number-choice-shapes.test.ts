import { describe, expect, it } from 'vitest';
import { generate } from '../../../../renderer/src/cards';
import { stepsFor, valuesOf } from '../../../../renderer/src/cards/build/number-choices';
import { numberCards as buildNumberCards } from '../../../../renderer/src/cards/build/numbers';

// Sentences written for these tests.
const LEAD = 'The harbour of Velm is old and small.';
const numberCards = (text: string) => generate(`${LEAD} ${text}`).cards.filter((c) => c.kind === 'number');

describe('number choices do not give the answer away by their pattern', () => {
  it('puts the answer sometimes lowest, sometimes highest, sometimes between', () => {
    const ranks = new Set<number>();
    for (let k = 0; k < 40; k += 1) {
      const steps = stepsFor(`number:${k}`).slice(0, 3);
      ranks.add(steps.filter((s) => s < 1).length);
      // No plain multiples of the answer and no tenfold jump.
      for (const s of steps) {
        expect(Number.isInteger(s)).toBe(false);
        expect(s).toBeGreaterThan(0.2);
        expect(s).toBeLessThan(5);
      }
    }
    expect([...ranks].sort()).toEqual([0, 1, 2, 3]);
  });

  it('keeps variations of a count in the billions plausible and rounded like the answer', () => {
    const [card] = numberCards('Some two billion people in the hill towns of Ostra drink water from old wells.');
    expect(card.answer).toBe('two billion');
    for (const choice of card.choices ?? []) {
      expect(choice).toMatch(/^[a-z-]+ billion$/);
      expect(valuesOf(choice)[0]).toBeLessThan(10);
    }
    const [ships] = numberCards('The dock of Velm handled 125,000 grain ships in the long winter of the flood.');
    for (const choice of ships.choices ?? []) {
      const n = valuesOf(choice)[0];
      expect(n).toBeLessThan(125_000 * 5);
      expect(n).toBeGreaterThan(125_000 / 5);
      expect(String(n)).toMatch(/00$/);
    }
  });

  it('writes every spelled choice as a number word ("thirty-one", never "thirty-undefined")', () => {
    const tens = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty'];
    const ones = ['two', 'three', 'four', 'six', 'seven', 'eight'];
    const seen: string[] = [];
    for (const t of tens)
      for (const o of ones) {
        const [card] = numberCards(`Masons of Velm set up some ${t}-${o} hundred stone walls along the quay.`);
        seen.push(...(card?.choices ?? []));
      }
    expect(seen.length).toBeGreaterThan(40);
    for (const choice of seen) expect(choice).toMatch(/^(?:[a-z]+-)?[a-z]+ hundred$/);
    expect(seen.some((c) => /-one hundred$/.test(c))).toBe(true);
  });

  it('varies a small percentage by points of its own size ("4 to 5 per cent" growth is no rival to 24)', () => {
    const seen: string[] = [];
    for (const town of ['Velm', 'Tarn', 'Orsk', 'Arden', 'Ostra'])
      for (const share of ['4 to 5 per cent', '3%', '9 percent']) {
        const [card] = numberCards(`The trade of ${town} rose by ${share} for a fifth year running.`);
        seen.push(...(card?.choices ?? []).filter((c) => c !== share));
      }
    expect(seen.length).toBeGreaterThan(30);
    for (const choice of seen) for (const n of valuesOf(choice)) expect(n).toBeLessThanOrEqual(25);
  });

  it('does not ask a count whose prompt does not say what it counts ("the ___ nations involved")', () => {
    const answers = (text: string) => numberCards(text).map((c) => c.answer);
    expect(answers('The twelve towns involved included Velm, Orsk and Tarn on the northern coast.')).toEqual([]);
    expect(answers('The twelve towns of the league included Velm, Orsk and Tarn on the northern coast.')).toEqual([
      'twelve',
    ]);
  });
});

describe('no number choice the prompt itself shows', () => {
  it('never offers the day of a date written beside the blank', () => {
    const text = [
      'The garrison of Velm sent 40 soldiers to the bridge on March 12.',
      'A year later the town paid 12 guards and sent 15 soldiers home on May 27.',
    ].join(' ');
    // The builder alone: in a whole deck the date card of each sentence shows its figure, so no figure card
    // is made there (generate's room rule); the choices are what this test reads.
    const whole = `${LEAD} ${text}`;
    const cards = buildNumberCards(generate(whole).numbers, whole, 300);
    expect(cards.length).toBeGreaterThan(0);
    for (const card of cards) {
      const shown = new Set(valuesOf(card.prompt));
      for (const choice of card.choices ?? [])
        if (choice !== card.answer) for (const n of valuesOf(choice)) expect(shown.has(n), `${choice}`).toBe(false);
    }
  });
});

describe('number choices of the answer’s size (session 22 reading)', () => {
  it('offers no figure ten times smaller or larger than the answer: no "70" members among vote totals', () => {
    const text =
      'The council has 70 members. In the north, Ida Moss was elected with 58,825 votes. In the south, Bo Ek was elected with 60,760 votes. In the east, Tom Vell was elected with 51,516 votes, and in the west Ana Ruiz won by 424 votes.';
    const cards = numberCards(text);
    const moss = cards.find((c) => c.answer === '58,825');
    expect(moss?.choices).toBeDefined();
    expect(moss?.choices).not.toContain('70');
    expect(moss?.choices).not.toContain('424');
    for (const card of cards) {
      const answer = valuesOf(card.answer)[0];
      for (const choice of card.choices ?? []) {
        const ratio = valuesOf(choice)[0] / answer;
        expect(ratio).toBeGreaterThanOrEqual(0.1);
        expect(ratio).toBeLessThanOrEqual(10);
      }
    }
  });
});

describe('choices of a bound ("less than ___", "more than ___")', () => {
  it('are all on the side that makes them wrong', () => {
    const lower = generate(
      'Velm port sold\n\nThe harbour of Velm is old and small. The port was sold in May for less than $10bn to a little-known firm. Its rival Tarn had offered $13bn and $18bn in two earlier bids.',
      { title: 'Velm port sold' },
    ).cards.find((c) => c.kind === 'number' && c.answer === '$10bn');
    expect(lower?.choices).toBeDefined();
    for (const c of lower?.choices ?? []) if (c !== '$10bn') expect(Number.parseFloat(c.slice(1))).toBeLessThan(10);
    const upper = generate(
      'Velm crowds\n\nThe harbour of Velm is old and small. More than 40,000 people came to the Velm fair on Sunday. Last year 25,000 came and in 2029 only 12,000.',
      { title: 'Velm crowds' },
    ).cards.find((c) => c.kind === 'number' && c.answer === '40,000');
    for (const c of upper?.choices ?? [])
      if (c !== '40,000') expect(Number.parseFloat(c.replace(/,/g, ''))).toBeGreaterThan(40000);
  });
});

describe('number choices written as the answer is (session 31)', () => {
  it('keep the answer\u2019s decimals ("A$3.00" beside "A$2.50", not "A$3")', () => {
    const cards = numberCards(
      'A report values Velm Dock shares at A$2.50 each after a long review by the harbour board.',
    );
    const card = cards.find((c) => c.answer === 'A$2.50');
    expect(card).toBeDefined();
    for (const choice of card?.choices ?? []) expect(choice).toMatch(/^A\$\d+\.\d\d$/);
  });

  it('keep a unit left singular after its count ("a 40 minute show")', () => {
    const cards = numberCards('Ivo Marr records and hosts a daily, 40 minute radio show called The Harbour Hour.');
    const card = cards.find((c) => c.answer === '40 minute');
    expect(card).toBeDefined();
    for (const choice of card?.choices ?? []) expect(choice).toMatch(/^\d+ minute$/);
  });
});

describe('a share of a whole ("29 of 50 states")', () => {
  it('asks the share, not the whole, and offers no choice larger than the whole', () => {
    const cards = numberCards(
      'Even as the Velm economy reached a milestone in May, 29 of 50 provinces have yet to match that mark. ' +
        'Mining drives 12 of the 13 leading provinces, and the firms hired 350 workers there.',
    );
    const share = cards.find((c) => c.prompt.includes('of the 13 leading provinces'));
    expect(share?.answer).toBe('12');
    for (const choice of share?.choices ?? []) expect(Number(choice)).toBeLessThan(13);
    expect(cards.find((c) => c.prompt.includes('___ of 50 provinces'))?.answer).toBe('29');
    expect(cards.map((c) => c.answer)).not.toContain('50');
    expect(cards.map((c) => c.answer)).not.toContain('13');
  });
});

describe('a figure before a list of places that ends "and the …"', () => {
  it('keeps the whole list in the prompt, never cut after its first place', () => {
    const [card] = numberCards(
      'About 30 ships and 21 aircraft from Velm, Tarn, Orsk, South Orsk and the United Marsa have been involved in the search.',
    );
    expect(card?.prompt).toContain('and the United Marsa');
  });
});

describe('a live page’s label before its news ("Update: total of 7 bodies")', () => {
  it('asks nothing from the label and a clause without a verb (guard)', () => {
    const cards = generate(
      'Velm jet\n\nThe Velm jet went missing on Sunday with 162 people on board.\n\n' +
        '06.10 Update: total of 7 bodies - 4 men, 3 women - recovered so far, says search chief.',
    ).cards.filter((c) => c.kind === 'number');
    expect(cards.length).toBeGreaterThan(0);
    for (const c of cards) expect(c.prompt).not.toMatch(/Update:/);
  });
});
