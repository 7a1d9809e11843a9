import { describe, expect, it } from 'vitest';
import { generate } from '../../../../renderer/src/cards';

// Sentences written for these tests (issue 10): details readers of fresh biographies rejected.
const answersOf = (text: string) => generate(text).cards.map((c) => c.answer);

describe('details of a life are not its events', () => {
  const life = [
    'Ada Vesk (born May 2, 1961) is a Velmish painter.',
    'Vesk studied at the art school of Tarn from 1979. Vesk painted the harbour of Velm in 1990.',
    'Vesk married the sculptor Ivo Marr in 2001. Their son, Ola Marr Vesk, was born on March 19, 2004.',
    'In 2010, Vesk opened a gallery in Velm. Vesk won the Arden Prize in 2015.',
  ].join(' ');

  it('asks no birth date of someone else than the main person, even one who shares a name', () => {
    const answers = answersOf(life);
    expect(answers).not.toContain('March 19, 2004');
    expect(answers).toContain('May 2, 1961');
  });

  it('asks no figure of a line of statistics ("batted .292 with 3 runs in ___ games")', () => {
    const text = `${life} Playing for the Tarn club, Vesk scored .292 with a triple and 3 runs in 24 games.`;
    const numbers = generate(text).cards.filter((c) => c.kind === 'number');
    expect(numbers.filter((c) => c.prompt.includes('scored'))).toEqual([]);
    // A span of time beside a sum is its frame, not more statistics.
    const grant = generate(
      `${life} The town of Velm received $40 million to rebuild its harbour within 5 years instead of 20 years.`,
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
      'Ada Vesk studied at the university of Tarn from 1950. Ada Vesk married Ivo Marr, who died in 1993.',
      'In 1997, Ada Vesk married Ola Brandt. Ada Vesk wrote a grammar of the Orsk tongue in 1962.',
    ].join(' ');
    const answers = generate(text).cards.map((c) => c.answer);
    expect(answers).not.toContain('1993');
    expect(answers).toContain('1997');
  });

  it('asks one date card of the main person and one year where two sentences tell the same start', () => {
    const text = [
      'Ada Vesk (born May 2, 1931) was a Velmish actress.',
      'Ada Vesk began playing small roles on the stage of Tarn in 1949.',
      'After 1949, Vesk began appearing in films with small parts but stayed mostly on the stage.',
      'Ada Vesk won the Arden Prize in 1960.',
    ].join(' ');
    const cards = generate(text).cards.filter((c) => c.kind === 'event-date' && c.answer === '1949');
    expect(cards).toHaveLength(1);
  });
});

describe('the horizon of a projection is not its fact', () => {
  it('asks no "By ___" year of a projected figure, and still dates what happened', () => {
    const text = [
      'A study of the Velm coast was published in 2031.',
      'By 2060, hunger on the coast would increase by either 40 percent or by 25 percent, the study found.',
      'The harbour of Velm was closed by the council in 2029 after a storm.',
    ].join(' ');
    const answers = generate(text).cards.map((c) => c.answer);
    expect(answers).not.toContain('2060');
    expect(answers).toContain('2029');
  });
});
