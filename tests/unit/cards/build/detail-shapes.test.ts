import { describe, expect, it } from 'vitest';
import { generate } from '../../../../renderer/src/cards';

// Sentences written for these tests (issue 10): details readers of fresh biographies rejected.
const answersOf = (text: string) => generate(text).cards.map((c) => c.answer);

describe('details of a life are not its events', () => {
  const life = [
    'Ada Vesk (born May 2, 1961) is a Velmish painter.',
    'Vesk studied at the art school of Tarn from 1979. Vesk painted the harbour of Velm in 1990.',
    'Vesk married the sculptor Ivo Marr in 2001. Their daughter, Lena Marr Vesk, was born on October 8, 2004.',
    'In 2010, Vesk opened a gallery in Velm. Vesk won the Arden Prize in 2015.',
  ].join(' ');

  it('asks no birth date of someone else than the main person, even one who shares a name', () => {
    const answers = answersOf(life);
    expect(answers).not.toContain('October 8, 2004');
    expect(answers).toContain('May 2, 1961');
  });

  it('asks no figure of a line of statistics ("scored .317 with 5 runs in ___ games")', () => {
    const text = `${life} Playing for the Tarn club, Vesk scored .317 with two doubles and 5 runs in 31 games.`;
    const numbers = generate(text).cards.filter((c) => c.kind === 'number');
    expect(numbers.filter((c) => c.prompt.includes('scored'))).toEqual([]);
    // A span of time beside a sum is its frame, not more statistics.
    const grant = generate(
      `${life} The town of Velm received $40 million to dredge its harbour within 4 years instead of 15 years.`,
    ).cards.filter((c) => c.kind === 'number');
    expect(grant.map((c) => c.answer)).toContain('$40 million');
  });

  it('asks no date a table of statistics was read on ("(through ___)")', () => {
    expect(answersOf(`Career statistics (through September 20, 2031)\n\n${life}`)).not.toContain('September 20, 2031');
  });
});

describe('one fact of a life, asked once', () => {
  it('asks no death date of the main person’s spouse ("married Ivo Marr, who died in ___")', () => {
    const text = [
      'Ada Vesk (born May 2, 1931) was a Velmish linguist.',
      'Ada Vesk studied at the university of Tarn from 1950. Ada Vesk married Ivo Marr, who died in 1988.',
      'In 1991, Ada Vesk married Ola Brandt. Ada Vesk wrote a grammar of the Orsk tongue in 1962.',
    ].join(' ');
    const answers = generate(text).cards.map((c) => c.answer);
    expect(answers).not.toContain('1988');
    expect(answers).toContain('1991');
  });

  it('asks one date card of the main person and one year where two sentences tell the same start', () => {
    const text = [
      'Ada Vesk (born May 2, 1931) was a Velmish actress.',
      'Ada Vesk began singing in the choir of the Tarn opera in 1953.',
      'After 1953, Vesk began appearing in concerts with small solos but stayed mostly in the choir.',
      'Ada Vesk won the Arden Prize in 1960.',
    ].join(' ');
    const cards = generate(text).cards.filter((c) => c.kind === 'event-date' && c.answer === '1953');
    expect(cards).toHaveLength(1);
  });
});

describe('the horizon of a projection is not its fact', () => {
  it('asks no "By ___" year of a projected figure, and still dates what happened', () => {
    const text = [
      'A study of the Velm coast was published in 2031.',
      'By 2070, the catch of the coast would fall by 30 percent or more, the study found.',
      'The harbour of Velm was closed by the council in 2029 after a storm.',
    ].join(' ');
    const answers = generate(text).cards.map((c) => c.answer);
    expect(answers).not.toContain('2070');
    expect(answers).toContain('2029');
  });
});
