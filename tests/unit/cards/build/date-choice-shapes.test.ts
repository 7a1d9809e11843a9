import { describe, expect, it } from 'vitest';
import { generate } from '../../../../renderer/src/cards';

// A life written for these tests (issue 10): readers found date choices that gave the answer away, years after
// the person's death, years of side remarks a century off, later years offered for a birth.
const yearOf = (when: string) => Number(/\d{4}/.exec(when)?.[0]);

describe('date choices are rivals a reader weighs', () => {
  const life = [
    'Ivo Marr (4 June 1702 – 11 March 1768) was a Velmish soldier and diarist.',
    'At the siege of Orsk in 1728, Marr lost an eye. In 1729 Marr entered the service of Tarn.',
    'Marr sailed to Arden in 1744. In 1751 a mutiny broke out in Tarn, and Marr held the arsenal.',
    'A statue of Marr was put up in Velm in 1890. The diary of Marr was printed in 1977.',
  ].join(' ');

  it('offers dates near the answer and within the main person’s life, never a century off', () => {
    const cards = generate(life).cards.filter((c) => c.kind === 'event-date' && c.choices);
    const siege = cards.find((c) => c.answer === '1728');
    expect(siege?.choices).toHaveLength(4);
    for (const c of siege?.choices ?? []) {
      expect(Math.abs(yearOf(c) - 1728)).toBeLessThanOrEqual(12);
      expect(yearOf(c)).toBeGreaterThanOrEqual(1702);
    }
    const voyage = cards.find((c) => c.answer === '1744');
    expect(voyage?.choices).toHaveLength(4);
    for (const c of voyage?.choices ?? []) expect(yearOf(c)).toBeLessThanOrEqual(1768);
  });

  it('offers a birth date only days near it in its year, never the later dates of the life', () => {
    const text = [
      'Ola Brandt (born June 14, 1979) is a Velmish sailor.',
      'Brandt joined the Tarn club on March 2, 2000. Brandt won the Arden Cup on July 9, 2004.',
      'Brandt moved to Orsk on May 14, 2008. Brandt retired on December 3, 2013.',
    ].join(' ');
    const birth = generate(text).cards.find((c) => c.answer === 'June 14, 1979');
    expect(birth?.choices).toHaveLength(4);
    for (const c of birth?.choices ?? []) expect(c).toMatch(/^(?:May|June|July) \d{1,2}, 1979$/);
  });

  it('never offers only years after the answer, nor moves a span of years ("early 1851")', () => {
    for (const town of ['Velm', 'Tarn', 'Orsk', 'Arden', 'Ostra', 'Lund']) {
      const text = `The ferry of ${town} first sailed in 1850. The old ferry of ${town} burned in 1902.`;
      const card = generate(text).cards.find((c) => c.answer === '1850');
      const years = (card?.choices ?? []).map(yearOf);
      if (years.length > 0) expect(years.some((y) => y < 1850)).toBe(true);
    }
    const part = generate(
      'By early 1851 the quarrel in Velm had grown. The ferry of Velm first sailed in 1850.',
    ).cards.find((c) => c.answer === 'early 1851');
    for (const c of part?.choices ?? []) expect(c).not.toMatch(/^early 18(?:52|53|54)$/);
  });
});
