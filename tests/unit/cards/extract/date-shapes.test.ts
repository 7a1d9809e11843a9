import { describe, expect, it } from 'vitest';
import { generate } from '../../../../renderer/src/cards';

// Shapes found on real and held-out articles, each checked on small sentences we wrote.

describe('dates', () => {
  const whens = (text: string) => generate(text).dates.map((d) => d.when);

  it('takes a year after "throughout" and a spelled-out count before "ago"', () => {
    const found = whens(
      'The firm paid its board throughout 2021. Fourteen months ago the club was bottom of the table.',
    );
    expect(found).toContain('2021');
    expect(found.some((w) => /^fourteen months ago$/i.test(w))).toBe(true);
  });

  it('does not read "the last week of" something as a date', () => {
    expect(whens('The last week of the harvest is now the busiest week of the whole year.')).not.toContain('last week');
  });

  it('does not count a weekday before a full date as a date of its own', () => {
    const found = whens('The court ruled on Tuesday 4 March 2025 that the firm must pay.');
    expect(found).toEqual(['Tuesday 4 March 2025']);
  });
});

describe('dates that generalise', () => {
  it('finds relative dates without a number: the end of the year or decade, a week of a month', () => {
    const whens = generate(
      'Hearings are set for the second week of September. The bill must pass before the end of the year, and the gap may close by the end of the decade.',
    ).dates.map((d) => d.when);
    expect(whens).toEqual(['the second week of September', 'the end of the year', 'the end of the decade']);
  });
});

describe('a time of day on the 24-hour dial is no year', () => {
  const whens = (text: string) => generate(text).dates.map((d) => d.when);

  it('reads no year in "from 1700 local time (0100 GMT)" or "at 1930 hrs"', () => {
    const text =
      'The Velm awards will be shown on Tarn TV from 1700 local time (0100 GMT), and the doors open at 1930 hrs. The awards began in 1950.';
    expect(whens(text)).toEqual(['1950']);
  });
});
