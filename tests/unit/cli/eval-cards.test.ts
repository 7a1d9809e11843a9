import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cardFiguresDir, formatCardFigures } from '../../../electron/cli/eval-cards';
import * as cards from '../../../renderer/src/cards';

const DIR = join(import.meta.dirname, '../../fixtures/articles');

describe('eval card quality figures', () => {
  it('measures every gold article of a folder and prints one row each and the overall line', () => {
    const result = cardFiguresDir(DIR, cards);
    expect(result.rows.length).toBeGreaterThanOrEqual(8);
    expect(result.overall.cards).toBe(result.rows.reduce((n, row) => n + row.figures.cards, 0));
    const table = formatCardFigures(result);
    for (const row of result.rows) expect(table).toContain(row.slug);
    expect(table).toMatch(/^overall\s+\d+\s+\d+% \d+\/\d+/m);
    expect(table).toContain('≤8 words');
  });

  it('counts what a bad generator does: long answers, repeated answers, mixed date forms', () => {
    const source = { start: 0, end: 5 };
    const bad = {
      ...cards,
      generate: (text: string) => ({
        ...cards.generate(text, {}),
        cards: [
          {
            id: 'a',
            kind: 'date-event' as const,
            facet: 'dates' as const,
            prompt: 'What happened?',
            answer: text.slice(0, 200),
            source,
          },
          {
            id: 'b',
            kind: 'event-date' as const,
            facet: 'dates' as const,
            prompt: 'When?',
            answer: 'May 2020',
            choices: ['May 2020', 'the spring', '2019'],
            source,
          },
          {
            id: 'c',
            kind: 'quote-speaker' as const,
            facet: 'quotes' as const,
            prompt: 'Who?',
            answer: 'May 2020',
            source,
          },
        ],
      }),
    };
    const { overall } = cardFiguresDir(DIR, bad);
    expect(overall.answersOver15).toBeGreaterThan(0);
    expect(overall.dateChoicesSameForm).toBe(0);
    expect(overall.dateChoicesNoYear).toBeGreaterThan(0);
    expect(overall.duplicateAnswers).toBeGreaterThan(0);
    expect(overall.maxCardsPerSentence).toBe(3);
  });
});
