import { describe, expect, it } from 'vitest';
import { generate } from '../../../../renderer/src/cards';

// Shapes misread on a fourth set of saved news pages (issue 10, session 38, round 16).
// Every sentence is written for this file; the tests name the shape, not any article.

const cardsOf = (text: string, published?: string) => generate(text, { title: '', published }).cards;

describe('a clause dated by its own full date and by a weekday ("March 3, 2031: shares fell on Monday")', () => {
  it('asks no date reckoned from the publication date that contradicts the written one', () => {
    const text =
      'December 2, 2031: Velm shares opened lower on Monday as traders waited. Tarn Bank fell 2% on the day.';
    const answers = cardsOf(text, '2031-12-01').map((c) => c.answer);
    expect(answers).not.toContain('December 1, 2031');
  });
  it('still asks a weekday that is the only date of its clause', () => {
    const text = 'Velm shares opened lower on Monday as traders waited for Tarn Bank. Tarn Bank fell 2% on the day.';
    const cards = cardsOf(text, '2031-12-03').filter((c) => c.kind === 'event-date');
    expect(cards.map((c) => c.answer)).toContain('December 1, 2031');
  });
});

describe('a yearless month after another paragraph’s year in a dated news text', () => {
  const text =
    'In 2019, Velm Bank employed 500 people managing $1 billion in building.\n' +
    'In Tarn, Orsk Resorts Inc., which owns two hotels, filed for bankruptcy protection in September. Tarn has lost 5,000 jobs.';
  it('takes neither that year nor the publication year for sure: no date card asks it', () => {
    const cards = cardsOf(text, '2024-10-03');
    expect(cards.map((c) => c.answer).join(' ')).not.toMatch(/September (?:2019|2024)/);
  });
  it('still takes the year written earlier in the same paragraph', () => {
    const dates = generate(
      'In 2019, Velm Bank employed 500 people. In September, Orsk Resorts Inc. filed for bankruptcy.',
      {
        title: '',
        published: '2024-10-03',
      },
    ).dates;
    expect(dates.find((d) => d.when === 'September')?.iso).toBe('2019-09');
  });
});
