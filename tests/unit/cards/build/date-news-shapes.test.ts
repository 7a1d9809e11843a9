import { describe, expect, it } from 'vitest';
import { generate } from '../../../../renderer/src/cards';

// Sentences written for these tests (issue 10): dates readers of fresh news found false.
const datesOf = (text: string, published?: string) =>
  generate(text, { title: 'Markets', published }).dates.map((d) => `${d.when} → ${d.iso}`);

describe('a month without its year takes the year the story is in', () => {
  it('takes no year from a point of comparison ("the worst quarter since March 2031")', () => {
    const text =
      'All three Velm indexes posted their worst quarter since March 2031. Stocks staged a late comeback in March after sharp declines.';
    const dates = datesOf(text, '2034-04-01');
    expect(dates).toContain('March → 2034-03');
    expect(dates.some((d) => d === 'March → 2031-03')).toBe(false);
    // With no date for the article, the comparison's year is no answer either.
    expect(datesOf(text).some((d) => d === 'March → 2031-03')).toBe(false);
  });

  it('takes no year from a comparison in its own sentence ("in January …, the fastest since February 2001")', () => {
    const text =
      'The Velm price index rose 7.5% in January from a year ago, marking the fastest increase since February 2001, when it hit 7.6%.';
    expect(datesOf(text, '2034-02-15')).toContain('January → 2034-01');
  });

  it('takes no year from "from a year ago" nor looks ahead for a verb after the date', () => {
    const text = 'The Velm price index rose 7.5% in January from a year ago, the report said.';
    expect(datesOf(text, '2034-02-15')).toContain('January → 2034-01');
    const later = 'The Velm bank raised its rate in December and is expected to do so again in March, the report said.';
    expect(datesOf(later, '2034-01-20')).toContain('December → null');
  });

  it('gives no year to a month after the article’s date that may be past or to come', () => {
    // "from December" in a February story is last December; "rising by 3% in April" is this April.
    const past = 'The Velm price index rose 7.5% in January, the report said. It jumped 0.6% from December.';
    expect(datesOf(past, '2034-02-15')).toContain('December → null');
    expect(datesOf('Pensions in Velm are rising by 3.1% in April.', '2034-02-15')).toContain('April → null');
    // A month the sentence looks ahead to stays in the year to come; one before the article's date is this year's.
    expect(datesOf('The Velm board will meet again in December to set the rate.', '2034-02-15')).toContain(
      'December → 2034-12',
    );
    expect(datesOf('The Velm board met in January to set the rate.', '2034-02-15')).toContain('January → 2034-01');
  });

  it('reads no month in a place’s name ("Mar-a-Velm")', () => {
    expect(datesOf('Boxes of records ended up at Mar-a-Velm in 2031, the archive said.', '2034-02-15')).toEqual([
      '2031 → 2031',
    ]);
  });
});

describe('a dateline’s place is nobody', () => {
  it('reads "Velm City (Tarn News)" opening the story as a dateline, not a person who speaks', () => {
    const text =
      'Prices fall\n\nNew Velm (Tarn News)Treasury Secretary Ada Vesk warned Wednesday about the shock.\n\n"The issue is serious," she said.';
    const doc = generate(text);
    expect(doc.actors.map((a) => a.name)).not.toContain('New Velm');
    expect(doc.quotes[0]?.speaker).toBe('Ada Vesk');
  });
});

describe('a weekday of a news story', () => {
  it('is the one before the article’s date after a verb of the past, whatever the sentence says later', () => {
    const dates = datesOf('The Velm Fed announced on Wednesday that it will push rates up in May.', '2034-03-18');
    expect(dates).toContain('Wednesday → 2034-03-15');
    expect(datesOf('The Velm board will meet on Monday to set the rate.', '2034-03-18')).toContain(
      'Monday → 2034-03-20',
    );
  });

  it('asks no date of a day that names an event ("January 6 rioters")', () => {
    const cards = generate('The judge rejected the defence offered by January 6 rioters in Velm on Monday.', {
      title: 'Court',
      published: '2034-03-18',
    }).cards;
    expect(cards.some((c) => c.kind === 'event-date' && /January 6/.test(c.answer))).toBe(false);
  });
});

describe('a date card’s clause keeps its subject', () => {
  const prompts = (text: string) =>
    generate(text, { title: 'Oil', published: '2034-03-09' })
      .cards.filter((c) => c.kind === 'event-date')
      .map((c) => c.prompt);

  it('asks no clause that opens on its verb after an aside between dashes', () => {
    const text =
      'Velm said it would cut supplies. The price of Tarn crude - the regional benchmark for oil prices - rose to around $130 a barrel on Tuesday following reports that Orsk will announce its own ban on Velm oil imports.';
    expect(prompts(text).some((p) => /\? Rose\b/.test(p))).toBe(false);
  });

  it('does not cut a clause at the colon of a time ("from 16:00 GMT onwards on Wednesday")', () => {
    const text =
      'According to a letter from the Velm health office, hotel guests will be given slots to leave, organised by floor, from 16:00 GMT onwards on Wednesday.';
    expect(prompts(text).some((p) => /\? 00 GMT/.test(p))).toBe(false);
  });
});

describe('the date someone spoke', () => {
  it('is asked by no card when the clause says nothing of what was said ("said in a statement on ___")', () => {
    const doc = generate(
      'Velm will cut its gas exports to Tarn from May, the energy ministry said. Ada Vesk, the minister, said in a statement on Tuesday. Ivo Marr told the Tarn Post on Monday. In 2031, Ola Brandt told the Orsk Herald.',
      { title: 'Gas', published: '2034-03-09' },
    );
    const dated = doc.cards.filter((c) => c.kind === 'event-date' || c.kind === 'date-event');
    expect(dated.some((c) => /said in a statement on ___|told the Tarn Post on ___/.test(c.prompt))).toBe(false);
    expect(dated.some((c) => /told the Orsk Herald/.test(c.answer))).toBe(false);
  });
});

describe('a date beside an amount or a share is not the fact asked', () => {
  const cardsOf = (text: string, published?: string) =>
    generate(text, { title: 'Markets', published }).cards.map((c) => `${c.kind}: ${c.answer}`);

  it('asks the figure, not the month it measures ("prices rose ___ in January")', () => {
    const text =
      'The Velm price index rose 7.5% in January 2034, the fastest pace in four decades. Bread and fuel led the rise. The Velm central bank meets next week.';
    const cards = cardsOf(text, '2034-02-15');
    expect(cards.some((c) => c.startsWith('event-date'))).toBe(false);
    expect(cards).toContain('number: 7.5%');
  });

  it('asks the amount, not the day it was announced', () => {
    const text =
      'On 4 May 2034, Tarn Bank said it would invest $20 billion in a chip plant in Orsk. The plant will employ thousands of workers.';
    expect(cardsOf(text).some((c) => c.startsWith('event-date'))).toBe(false);
  });

  it('keeps the day of an event beside a count of people: in a history the day is the fact', () => {
    const text =
      'The Velm council ordered a blockade of the Tarn harbour on 3 May 1871 and called for 9,000 volunteers the next day. The blockade lasted until the autumn.';
    expect(cardsOf(text)).toContain('event-date: 3 May 1871');
  });
});

describe('a day named by its weekday is asked in the lead only', () => {
  it('asks the weekday of the lead, not one further on where it dates a step of the story', () => {
    const filler = Array.from(
      { length: 8 },
      (_, i) => `Engineers from the Velm Harbour Board examined section ${i + 1} of the wall and found it sound.`,
    ).join(' ');
    const text = `The Velm Harbour Board closed the north quay on Tuesday after a crack was found in its sea wall.\n\n${filler}\n\nThe Tarn Shipping Company moved its ferries to the south quay on Wednesday after the closure.`;
    const dates = generate(text, { title: 'Harbour news', published: '2034-03-10' })
      .cards.filter((c) => c.kind === 'event-date')
      .map((c) => c.answer);
    expect(dates).toEqual(['March 7, 2034']);
  });
});

describe('a month beside another in a figure’s comparison', () => {
  it('makes no "Which date fills the blank?" card: the other month gives it away', () => {
    const text = [
      'Velm confidence slips',
      '',
      'Velm business confidence has fallen for a second month, raising fears of a slowdown.',
      '',
      'The Orsk institute said that its confidence index fell to 95.5 in February from 97.5 in January. New loans in November fell to 77,000, from 85,000 in October, the Velm Bank said.',
    ].join('\n');
    const cards = generate(text, { title: 'Velm confidence slips' }).cards;
    expect(cards.filter((c) => c.kind === 'event-date')).toEqual([]);
  });
});

describe('"What happened in 2029?" when the date is another clause’s', () => {
  const asked = (text: string) =>
    generate(text)
      .cards.filter((c) => c.kind === 'date-event')
      .map((c) => c.answer);

  it('is not asked of a date after "although", "since" or "when"', () => {
    const text =
      'Velm and Tarn began life as ferry lines, although in 2029, when Velm chose Tarn to run its night crossings, it was Velm that drew the crowds. Tarn has carried more passengers every year since.';
    expect(asked(text).some((a) => /ferry lines/.test(a))).toBe(false);
  });

  it('is not asked of a date that belongs to a participle ("sanctions imposed in 2029 after the tests were lifted")', () => {
    const text =
      'It is the first time the Velm navy will attend the show since sanctions imposed in 2029 after the Tarn tests were lifted. The show opens on Monday in Orsk.';
    expect(asked(text).some((a) => /lifted/.test(a))).toBe(false);
  });
});

describe('a yearless date whose year the prompt itself shows', () => {
  it('is answered without the year: "was last held in ___ in 2029" is "February"', () => {
    const text =
      'Reports say the mayor plans a snap vote for March 2031. A vote for mayor of Velm was last held in February in 2029. The last vote before that was in June 2025.';
    const card = generate(text).cards.find((c) => c.kind === 'event-date' && /last held in ___ in 2029/.test(c.prompt));
    expect(card?.answer).toBe('February');
  });
});

describe('a yearless month in a dated story (news pages, issue 10 round 5)', () => {
  it('takes no year from a year that names a thing in its sentence ("backed the 2029 report")', () => {
    const text =
      'The order hoped for mercy when the new abbot was chosen. But in April, Ola Vesk, the prefect, quashed that hope, ' +
      'insisting instead that the abbot backed the 2029 report.';
    const dates = datesOf(text, '2034-12-16');
    expect(dates).toContain('April → 2034-04');
    expect(dates).not.toContain('April → 2029-04');
  });

  it('reads "is leaving in January" and "should return in January" as the January to come', () => {
    const text =
      'Velm Parks went public at $27 in April 2032 and has slid since.\n\n' +
      'Its chief executive is leaving in January, opening the door for an outsider. The dividend should return in January.';
    const dates = datesOf(text, '2034-12-22');
    expect(dates.filter((d) => d.startsWith('January'))).toEqual(['January → 2035-01', 'January → 2035-01']);
  });
});

describe('a count kept since a date ("has had 19 searches since 2027")', () => {
  it('asks the count, not the date it is counted from', () => {
    const text =
      'Velm rescue\n\nThe sheriff’s office started the tracking project in Velm County in 2027 thanks to many donations.\n\n' +
      'Searches are short. Velm County has had 19 searches since 2027 for clients on the tracking project.';
    const cards = generate(text, { published: '2034-12-01' }).cards;
    expect(cards.filter((c) => c.kind === 'event-date' && c.prompt.includes('since ___'))).toEqual([]);
    expect(cards.some((c) => c.kind === 'number' && c.answer === '19')).toBe(true);
  });
});

describe('a deadline written "By Jan. 1, 2030" and a relative "the construction of which"', () => {
  it('reads the whole day after "By" and asks nothing of a clause that opens on "of which"', () => {
    const text =
      'Velm satellites\n\nA network of several satellites in the 1960s, known as Tarnit, was joined by the VELSTAR system, ' +
      'the construction of which began in the 1970s. By Jan. 1, 2030, all aircraft in controlled airspace will be required to carry the kit.';
    const doc = generate(text);
    expect(doc.dates.map((d) => d.when)).toContain('Jan. 1, 2030');
    for (const c of doc.cards) {
      expect(c.prompt).not.toMatch(/of which began/);
      expect(c.answer).not.toBe('Jan');
    }
  });
});
