import { describe, expect, it } from 'vitest';
import {
  argumentMatches,
  commonInOrder,
  dateMatches,
  isDateTrapTaken,
  matchOneToOne,
  nameKeys,
  normaliseName,
  quoteMatches,
  roleMatches,
  sharesKey,
  wordsOf,
} from '../../../electron/cli/eval-match';

describe('name matching', () => {
  it('ignores case, punctuation, spaces, accents and a leading article', () => {
    expect(normaliseName('ISIS-K')).toBe(normaliseName('isis k'));
    expect(normaliseName('St. Petersburg Forum')).toBe(normaliseName('st petersburg forum'));
    expect(normaliseName('José Núñez')).toBe(normaliseName('Jose Nunez'));
    expect(normaliseName('The Taliban')).toBe(normaliseName('Taliban'));
  });

  it('keeps different names apart', () => {
    expect(normaliseName('Lavrov')).not.toBe(normaliseName('Sergey Lavrov'));
    expect(sharesKey(nameKeys('Russia', ['Moscow']), nameKeys('Kremlin'))).toBe(false);
  });

  it('matches through the aliases of either side', () => {
    expect(sharesKey(nameKeys('Russia', ['Moscow']), nameKeys('Moscow'))).toBe(true);
    expect(
      sharesKey(nameKeys('Islamic State Khorasan Province'), nameKeys('ISIS-K', ['Islamic State Khorasan Province'])),
    ).toBe(true);
  });
});

describe('date matching', () => {
  it('accepts the same expression with a leading preposition or article', () => {
    expect(dateMatches('June 3rd', 'On June 3rd')).toBe(true);
    expect(dateMatches('the 1990s', '1990s')).toBe(true);
    expect(dateMatches('the 19th of March, 2013', '19th of March 2013')).toBe(true);
  });

  it('rejects a less precise or a different date', () => {
    expect(dateMatches('March 2024', '2024')).toBe(false);
    expect(dateMatches('March 2024', 'March 2023')).toBe(false);
    expect(dateMatches('June 3rd', 'June')).toBe(false);
  });

  it('rejects a generated date that swallows a whole clause', () => {
    expect(dateMatches('May 2024', 'early May 2024')).toBe(true);
    expect(dateMatches('May 2024', 'participating in a press briefing in May 2024')).toBe(false);
  });
});

describe('quote matching', () => {
  const gold = 'The Taliban are a reality we cannot ignore, and constructive engagement serves the region’s stability.';

  it('accepts the same words with other quotation marks, apostrophes and case', () => {
    expect(
      quoteMatches(
        gold,
        "the Taliban are a reality we cannot ignore and constructive engagement serves the region's stability",
      ),
    ).toBe(true);
  });

  it('accepts a quote missing one word in ten and refuses one missing more', () => {
    const words = wordsOf(gold);
    expect(quoteMatches(gold, words.slice(0, -1).join(' '))).toBe(true);
    expect(quoteMatches(gold, words.slice(0, -3).join(' '))).toBe(false);
  });

  it('needs the words in order', () => {
    const shuffled = [...wordsOf(gold)].reverse().join(' ');
    expect(quoteMatches(gold, shuffled)).toBe(false);
  });

  it('refuses a generated quote that swallows far more than the quotation', () => {
    const filler = Array.from({ length: 80 }, () => 'filler').join(' ');
    expect(quoteMatches(gold, `${gold} ${filler}`)).toBe(false);
  });

  it('counts common words in order', () => {
    expect(commonInOrder(['a', 'b', 'c', 'd'], ['a', 'x', 'c', 'd', 'b'])).toBe(3);
  });
});

describe('argument matching', () => {
  it('accepts a paraphrase keeping most content words and refuses an unrelated sentence', () => {
    const gold = 'Moscow sees the Taliban as a shield against ISIS-K';
    expect(argumentMatches(gold, 'To very first, Moscow sees the Taliban as a possible shield against ISIS-K.')).toBe(
      true,
    );
    expect(argumentMatches(gold, 'China extends its Belt and Road Initiative.')).toBe(false);
  });

  it('does not let a plural or third-person "s" hide a word', () => {
    const gold = 'There is a risk that the website becomes a monument rather than a tool.';
    expect(argumentMatches(gold, 'There is also a risk that the website become monuments rather than tools.')).toBe(
      true,
    );
  });
});

describe('one-to-one matching', () => {
  it('finds the pairing that serves most gold items, not the greedy first one', () => {
    // gold 0 matches both, gold 1 only the first generated item
    const pairing = matchOneToOne(2, 2, (g, j) => (g === 0 ? true : j === 0));
    expect(pairing).toEqual([1, 0]);
  });

  it('pairs preferred edges first and falls back to others only to serve more gold items', () => {
    // gold 0 may take either, preferring 1; gold 1 can only take 0
    const preferOne = (g: number, j: number) => g === 0 && j === 1;
    expect(matchOneToOne(2, 2, (g, j) => g === 0 || j === 0, preferOne)).toEqual([1, 0]);
    // gold 0 prefers 0, gold 1 can take only 0: cardinality wins over preference
    expect(
      matchOneToOne(
        2,
        2,
        (g, j) => (g === 0 ? true : j === 0),
        (g, j) => g === 0 && j === 0,
      ),
    ).toEqual([1, 0]);
  });

  it('never gives one generated item to two gold items', () => {
    expect(matchOneToOne(2, 1, () => true).filter((j) => j !== -1)).toHaveLength(1);
  });
});

describe('role matching', () => {
  it('accepts the role in other words or another order', () => {
    expect(roleMatches('Russian Foreign Minister', 'Foreign Minister of Russia')).toBe(true);
    expect(roleMatches('Russian Foreign Minister', 'the Russian Foreign Minister')).toBe(true);
    expect(roleMatches("Senegal's Minister of Health", 'Minister of Health of Senegal')).toBe(true);
    expect(roleMatches("Senegal's Minister of Health", "Senegal's Minister of Health")).toBe(true);
  });

  it('accepts one of two roles the text gives, but not a single generic word', () => {
    expect(roleMatches("the jury's president, the Spanish editor", 'Spanish editor')).toBe(true);
    expect(roleMatches('Taliban Minister of Industry and Trade', 'Minister')).toBe(false);
  });

  it('refuses a missing or unrelated role', () => {
    expect(roleMatches('Chinese envoy', null)).toBe(false);
    expect(roleMatches('Chinese envoy', 'Taliban spokesperson')).toBe(false);
  });
});

describe('date traps', () => {
  it('sees a generated date cut from a phrase that is not a date', () => {
    expect(isDateTrapTaken('for around 20 years', '20 years')).toBe(true);
    expect(isDateTrapTaken('tend to fall', 'fall')).toBe(true);
    expect(isDateTrapTaken('41 votes to 12', 'in 41 votes to 12')).toBe(true);
  });

  it('leaves real dates alone', () => {
    expect(isDateTrapTaken('for around 20 years', 'the 1920s')).toBe(false);
    expect(isDateTrapTaken('tend to fall', 'the fall of 2020')).toBe(false);
  });
});
