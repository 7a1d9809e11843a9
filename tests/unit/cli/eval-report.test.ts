import { describe, expect, it } from 'vitest';
import { goldSchema } from '../../../electron/cli/eval-gold';
import { formatJson, formatMisses, formatTable } from '../../../electron/cli/eval-report';
import { aggregate, scoreArticle } from '../../../electron/cli/eval-score';

const gold = goldSchema.parse({
  actors: [{ name: 'Adaeze Okonkwo', aliases: ['Okonkwo'], kind: 'person' }],
  dates: [{ when: 'March 2023', event: 'proposal' }],
  quotes: [{ speaker: 'Adaeze Okonkwo', text: 'We are buying time.' }],
  arguments: [],
});
const first = scoreArticle('news', gold, {
  actors: [{ name: 'Okonkwo' }],
  dates: [{ when: 'March 2023' }],
  quotes: [{ text: 'We are buying time.', speaker: 'Okonkwo' }],
});
const second = scoreArticle('history', gold, { actors: [{ name: 'Lagos' }], dates: [], quotes: [] });
const overall = aggregate([first, second]);

describe('eval report', () => {
  it('prints one row per article and a micro-averaged overall row', () => {
    const lines = formatTable([first, second], overall).split('\n');
    expect(lines[0]).toMatch(
      /^article\s+actor R\s+actor P\s+role\s+date R\s+date P\s+iso\s+quote R\s+speaker\s+named P\s+sp cov/,
    );
    expect(lines.find((line) => line.startsWith('news'))).toContain('100% 1/1');
    expect(lines.find((line) => line.startsWith('history'))).toContain('0% 0/1');
    expect(lines.find((line) => line.startsWith('overall'))).toMatch(/^overall\s+50% 1\/2/);
    // Quotes without a sieve name are tallied under one row after the table.
    expect(lines.at(-1)).toMatch(/^\s+unnamed sieve\s+100% 1\/1$/);
  });

  it('prints a dash where there is nothing to measure', () => {
    const line = formatTable([second], aggregate([second]))
      .split('\n')
      .find((row) => row.startsWith('history'));
    expect(line).toContain('—');
  });

  it('prints one JSON object with ratios, values and misses', () => {
    const json = JSON.parse(formatJson([first, second], overall));
    expect(json.overall.dateRecall).toEqual({ hit: 1, total: 2, value: 0.5 });
    expect(json.articles[1].misses.map((miss: { kind: string }) => miss.kind)).toContain('actor-spurious');
  });

  it('lists misses by article in Markdown', () => {
    const markdown = formatMisses([first, second]);
    expect(markdown).toContain('## news\n\nNo misses.');
    expect(markdown).toContain('### Actors not found\n- Adaeze Okonkwo');
  });
});
