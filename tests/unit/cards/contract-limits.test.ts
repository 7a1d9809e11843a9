import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cardDraftSchema } from '../../../electron/contract';
import { generate } from '../../../renderer/src/cards';
import { generateFile, ROOT } from './helpers';

const ARTICLE = /\.(?:txt|md|html)$/;
const files = ['articles', 'holdout'].flatMap((dir) =>
  readdirSync(join(ROOT, 'tests', 'fixtures', dir))
    .filter((f) => ARTICLE.test(f) && f !== 'README.md')
    .map((f) => join(ROOT, 'tests', 'fixtures', dir, f)),
);

/** A long made-up history: one dated, quoted event per paragraph over two centuries. */
function longHistory(paragraphs: number): string {
  const out: string[] = [];
  for (let k = 0; k < paragraphs; k += 1) {
    const year = 1820 + k;
    out.push(
      `In ${year}, the Harbour Board of Velmont opened pier number ${k + 1} after a long dispute. "We built pier ${k + 1} to last a century and more," said Chair Odile Marchetti, who led the board for decades.`,
    );
  }
  return out.join('\n\n');
}

const invalid = (text: string) =>
  generate(text)
    .cards.map((c) => ({ kind: c.kind, result: cardDraftSchema.safeParse(c) }))
    .filter((c) => !c.result.success)
    .map((c) => `${c.kind}: ${c.result.error?.issues[0]?.message}`);

describe('cards within the contract limits', () => {
  it('makes only cards that cardDraftSchema accepts for every fixture and held-out article', () => {
    expect(files.length).toBeGreaterThan(8);
    for (const file of files) {
      const bad = generateFile(file)
        .cards.filter((c) => !cardDraftSchema.safeParse(c).success)
        .map((c) => c.kind);
      expect({ file, bad }).toEqual({ file, bad: [] });
    }
  });

  it('keeps a long history to one timeline of 6 well-spread short events that the contract accepts', () => {
    const text = longHistory(180);
    expect(invalid(text)).toEqual([]);
    const timelines = generate(text).cards.filter((c) => c.kind === 'timeline');
    expect(timelines).toHaveLength(1);
    const items = timelines[0].items ?? [];
    expect(items.length).toBe(6);
    for (const item of items) expect(item.text.split(/\s+/).length).toBeLessThanOrEqual(12);
    expect(items[0].when).toBe('1820');
    expect(items[items.length - 1].when).toBe('1999');
  });
});
