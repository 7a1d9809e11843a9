import { describe, expect, it } from 'vitest';
import { generate } from '../../../../renderer/src/cards';

// A life written for these tests (issue 10): readers found date choices that gave the answer away, years after
// the person's death, years of side remarks a century off, later years offered for a birth.
const yearOf = (when: string) => Number(/\d{4}/.exec(when)?.[0]);

describe('date choices are rivals a reader weighs', () => {
  const life = [
    'Ivo Marr (2 May 1635 – 29 November 1699) was a Velmish soldier and diarist.',
    'At the Battle of Orsk in 1660, Marr was wounded. In 1661 Marr joined the army of Tarn.',
    'Marr visited Arden in 1686. In 1689 a revolt broke out in Tarn, and Marr led the guard.',
    'A statue of Marr was raised in Velm in 1911. The diary of Marr was printed in 1958.',
  ].join(' ');

  it('offers dates near the answer and within the main person’s life, never a century off', () => {
    const cards = generate(life).cards.filter((c) => c.kind === 'event-date' && c.choices);
    const wounded = cards.find((c) => c.answer === '1660');
    expect(wounded?.choices).toHaveLength(4);
    for (const c of wounded?.choices ?? []) {
      expect(Math.abs(yearOf(c) - 1660)).toBeLessThanOrEqual(12);
      expect(yearOf(c)).toBeGreaterThanOrEqual(1635);
    }
    const visit = cards.find((c) => c.answer === '1686');
    for (const c of visit?.choices ?? []) expect(yearOf(c)).toBeLessThanOrEqual(1699);
  });

  it('offers a birth date only other years of the same day, never the later dates of the life', () => {
    const text = [
      'Ola Brandt (born June 11, 1988) is a Velmish sailor.',
      'Brandt joined the Tarn club on March 2, 2008. Brandt won the Arden Cup on July 13, 2011.',
      'Brandt moved to Orsk on May 31, 2014. Brandt retired on December 26, 2019.',
    ].join(' ');
    const birth = generate(text).cards.find((c) => c.answer === 'June 11, 1988');
    expect(birth?.choices).toHaveLength(4);
    for (const c of birth?.choices ?? []) {
      expect(c).toMatch(/^June 11, \d{4}$/);
      expect(Math.abs(yearOf(c) - 1988)).toBeLessThanOrEqual(6);
    }
  });
});
