import { describe, expect, it } from 'vitest';
import { type DateFact, generate } from '../../../renderer/src/cards';

// Anchored, right and not vague: each shape on sentences written for the test.
const dates = (text: string, published?: string): DateFact[] => generate(text, { published }).dates;
const iso = (text: string, when: string, published?: string) =>
  dates(text, published).find((d) => d.when === when)?.iso;
const whens = (text: string, published?: string) => dates(text, published).map((d) => d.when);

describe('yearless and relative dates anchored to the article', () => {
  const story =
    'The harbour board met yesterday and voted to close the old pier. The mayor signed the order on Thursday. Repairs began last summer, and the board will meet again on June 3rd.';

  it('counts from the publication date when it is given, and says so', () => {
    const found = dates(story, '2011-03-04'); // a Friday
    const by = (when: string) => found.find((d) => d.when === when);
    expect(by('yesterday')).toMatchObject({ iso: '2011-03-03', anchor: 'published', confidence: 'high' });
    expect(by('Thursday')).toMatchObject({ iso: '2011-03-03', anchor: 'published', confidence: 'low' });
    expect(by('last summer')?.iso).toBe('2010');
    expect(by('June 3rd')).toMatchObject({
      iso: '2011-06-03',
      anchor: 'published',
      confidence: 'low',
      basis: 'year taken from the publication date',
    });
  });

  it('puts a weekday ahead of the anchor when the sentence speaks of the future', () => {
    expect(iso('The council will vote on Monday on the budget.', 'Monday', '2011-03-04')).toBe('2011-03-07');
    expect(iso('The council voted on Monday on the budget.', 'Monday', '2011-03-04')).toBe('2011-02-28');
  });

  it('takes a date line at the top of the text as the anchor', () => {
    const text = `Friday, March 4, 2011\n\n${story}`;
    const found = dates(text);
    expect(found[0]).toMatchObject({ when: 'Friday, March 4, 2011', iso: '2011-03-04', anchor: null });
    expect(found.find((d) => d.when === 'yesterday')).toMatchObject({ iso: '2011-03-03', anchor: 'dateline' });
  });

  it('takes a dateline opening the first paragraph as the anchor', () => {
    const text = 'OSLO, 4 March 2011 — Officials confirmed today that the talks had failed.';
    expect(dates(text).find((d) => d.when === 'today')).toMatchObject({ iso: '2011-03-04', anchor: 'dateline' });
  });

  it('else counts from the latest full date in the text, with low confidence', () => {
    const text =
      'The treaty was signed on 2 May 1921. Two days later the ports reopened. A week before, talks had stalled.';
    const later = dates(text).find((d) => d.when === 'Two days later');
    expect(later).toMatchObject({ iso: '1921-05-04', anchor: 'text', confidence: 'low' });
  });

  it('leaves iso null when nothing in the text gives the year', () => {
    expect(iso('The festival opens on June 3rd in the old square.', 'June 3rd')).toBeNull();
    expect(iso('The festival closed yesterday after a wet week.', 'yesterday')).toBeNull();
  });

  it('counts "the following November" and "that same day" from the date before them', () => {
    const text =
      'The consul came on 14 March 1974. She was sent home the following November. By the following March she had quit. The council met on 2 April 1975. That same day the office closed.';
    expect(iso(text, 'the following November')).toBe('1974-11');
    expect(iso(text, 'the following March')).toBe('1975-03');
    expect(iso(text, 'That same day')).toBe('1975-04-02');
  });

  it('joins a relative date to the date that glosses it', () => {
    const text = 'Talks began on 2 May 2015. The bill passed the following day on 14 March 2015.';
    expect(dates(text).find((d) => d.when.startsWith('the following day'))).toMatchObject({
      when: 'the following day on 14 March 2015',
      iso: '2015-03-14',
    });
  });
});

describe('years inferred right', () => {
  it('reads "December 1995" as 1995', () => {
    expect(iso('The strike ended in December 1995 after six weeks.', 'December 1995')).toBe('1995-12');
  });

  it('keeps the narrative year for a month after it, without rolling into the next year', () => {
    const text = 'The dam was approved on 4 March 1995. Work stopped on December 2 when the money ran out.';
    expect(iso(text, 'December 2')).toBe('1995-12-02');
  });

  it('takes the year of a bare year that sets the time ("The year 1934 saw…", "In 1934,") for a month after it', () => {
    const text =
      'The dock question was not settled at the Vell Conference in July 1931. The year 1934 saw large changes in harbour policy. In March, the Orlen talks collapsed. In June, Mayor Ada Pruitt announced a dock tax. Since 1920 the docks had been run by the old board. In August, the board resigned. By 1936 the board was gone, and in May the new pier opened.';
    expect(iso(text, 'March')).toBe('1934-03');
    expect(iso(text, 'June')).toBe('1934-06');
    // A year looked back to ("since 1920") sets no time.
    expect(iso(text, 'August')).toBe('1934-08');
    expect(iso(text, 'May')).toBe('1936-05');
    expect(
      iso('The 1920 law still stood in March 1931. The board cited the 1925 report. In May, it resigned.', 'May'),
    ).toBe('1931-05');
  });

  it('does not push a month before the anchor month into the next year', () => {
    expect(iso('The mill closed on January 12 after a fire.', 'January 12', '2011-03-04')).toBe('2011-01-12');
  });

  it('dates "by the end of the year" in a dated news text to that year', () => {
    expect(iso('Friday, March 4, 2011\n\nThe rules will change by the end of the year.', 'the end of the year')).toBe(
      '2011',
    );
  });
});

describe('vague phrases, durations and counts are not dates', () => {
  it('does not date "the spring", "at the time" or "two weeks after" with nothing after it', () => {
    const text =
      'The river rose in the spring. At the time nobody was worried. The bridge reopened two weeks after. The ferry ran for around 20 years.';
    expect(whens(text)).toEqual([]);
  });

  it('drops "the next day" when no date comes before it', () => {
    expect(whens('The next day the crowd was gone.')).toEqual([]);
  });

  it('does not take counts, names of laws or page spans for years', () => {
    const text =
      'A count of 1850 children in 2014 found the gap. The Finance Act of 2008 changed the rules, as pp. 1910-1930 show. Some 2,000 people came.';
    expect(whens(text)).toEqual(['2014']);
  });

  it('keeps "today" for a day and not for "nowadays"', () => {
    const text =
      'The minister announced today that the plant will close. The risks we face today are many. Towns need to be ready today.';
    expect(whens(text, '2021-06-01')).toEqual(['today']);
  });
});

describe('ranges, qualifiers and dates relative to an event', () => {
  it('reads ranges as one date at the precision given, dated by their start', () => {
    const found = dates(
      'The war lasted from 1921 to 1925. He was governor (2011–2014). Prices fell between May 2011 and March 2013. Troops landed on May 9 and 12, 1923.',
    );
    expect(found.map((d) => `${d.when}=${d.iso}`)).toEqual([
      '1921 to 1925=1921',
      '2011–2014=2011',
      'between May 2011 and March 2013=2011-05',
      'May 9 and 12, 1923=1923-05-09',
    ]);
  });

  it('reads dates joined by "and" under one preposition as one date, and two prepositions as two', () => {
    expect(whens('Storms flooded the valley in late 2012 and early 2013.')).toEqual(['late 2012 and early 2013']);
    expect(whens('The dyke broke in 1990 and again in 1995.')).toEqual(['1990', '1995']);
  });

  it('reads a season of a year, a decade and "since at least"', () => {
    const text =
      'The club won the 2021–22 season title. Mills closed in the 1990s. Rents have risen since at least 2019. The fund runs from September.';
    expect(whens(text)).toEqual(['the 2021–22 season', 'the 1990s', 'since at least 2019', 'September']);
    expect(iso(text, 'the 2021–22 season')).toBe('2021');
  });

  it('keeps a qualifier that changes the date ("no earlier than 2031", "on or around May 20")', () => {
    const text = 'The ship will sail no earlier than 2031. Tests start on or around May 20, 2026.';
    expect(whens(text)).toEqual(['no earlier than 2031', 'on or around May 20, 2026']);
  });

  it('reads a date relative to a named event, with the event in `when`', () => {
    const text =
      'He met the governor the day before his resignation. Soon after being appointed, she left. Riots broke out hours before the 1916 vote.';
    const found = dates(text);
    expect(found.map((d) => d.when)).toEqual([
      'the day before his resignation',
      'Soon after being appointed',
      'hours before the 1916 vote',
    ]);
    expect(found[2]).toMatchObject({ iso: '1916', confidence: 'low', basis: 'relative to an event' });
  });
});

describe('the event a date belongs to', () => {
  it('is the clause of the date, and `source` is that clause', () => {
    const text =
      'The navy withdrew two ships from the northern coast on May 14, and on September 3 the ministry told the council that every ship had left the disputed waters.';
    const found = dates(text);
    expect(found.map((d) => d.event)).toEqual([
      'The navy withdrew two ships from the northern coast on May 14',
      'on September 3 the ministry told the council that every ship had left the disputed waters.',
    ]);
    for (const d of found) expect(text.slice(d.source.start, d.source.end)).toBe(d.event);
  });
});

describe('"as of" belongs to its date', () => {
  it('does not cut a clause at "as of" and leave an event opening with "of"', () => {
    const found = dates(
      'The cause of the crisis was an announcement by the Kessel harbour board that, as of March 31, 1931, it would no longer pay for the ferry to the island of Orlen.',
    );
    const event = found.find((d) => d.when.startsWith('March 31'))?.event ?? '';
    expect(event).not.toMatch(/^of\b/i);
  });
});
