import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGold } from '../../../electron/cli/eval-gold';
import { type CardsModule, scoreDir } from '../../../electron/cli/eval-run';
import { aggregate, type GeneratedFacts, RATIO_KEYS } from '../../../electron/cli/eval-score';
import { roughText } from './rough-text';

const DIR = join(import.meta.dirname, '../../fixtures/articles');
const HOLDOUT = join(DIR, 'holdout');

// A generator that answers with the gold file of the article it is given: the scorer
// must give it full marks on every fixture, or the gold and the rules disagree.
function oracle(dir = DIR): CardsModule & { seen: string[] } {
  const seen: string[] = [];
  let current = '';
  return {
    seen,
    decodeArticle: (bytes) => ({ ok: true, text: new TextDecoder().decode(bytes) }),
    parseArticle: (raw, format) => {
      current = roughText(raw, format);
      return { ok: true, title: null, text: current };
    },
    generate: (_text, { title }): GeneratedFacts => {
      seen.push(title ?? '');
      const gold = parseGold(readFileSync(join(dir, `${title}.gold.json`), 'utf8'));
      expect(current.length).toBeGreaterThan(0);
      return {
        actors: gold.actors.filter((actor) => !actor.optional),
        dates: gold.dates.filter((date) => !date.optional),
        quotes: gold.quotes.filter((quote) => !quote.optional),
        arguments: gold.arguments,
      };
    },
  };
}

describe('scoreDir', () => {
  it('gives full marks to a generator that answers with the gold, on every fixture', () => {
    const cards = oracle();
    const scores = scoreDir(DIR, cards);
    expect(cards.seen).toContain('stratheia-russia-taliban');
    expect(scores.length).toBe(cards.seen.length);
    for (const score of scores) expect(score.misses, score.slug).toEqual([]);
    const overall = aggregate(scores);
    for (const key of RATIO_KEYS) expect(overall[key].hit, key).toBe(overall[key].total);
  });

  it('gives full marks to the gold on the held-out fixtures too', () => {
    const scores = scoreDir(HOLDOUT, oracle(HOLDOUT));
    expect(scores.length).toBeGreaterThanOrEqual(5);
    for (const score of scores) expect(score.misses, score.slug).toEqual([]);
  });

  it('scores an empty generator at zero recall on every fixture', () => {
    const cards: CardsModule = {
      ...oracle(),
      generate: () => ({ actors: [], dates: [], quotes: [], arguments: [] }),
    };
    const overall = aggregate(scoreDir(DIR, cards));
    expect(overall.actorRecall.hit).toBe(0);
    expect(overall.actorRecall.total).toBeGreaterThan(60);
    expect(overall.quoteRecall.total).toBeGreaterThan(35);
    expect(overall.dateRecall.total).toBeGreaterThan(45);
    expect(overall.trapsAvoided.hit).toBe(overall.trapsAvoided.total);
  });

  it('catches a parser that keeps script text and a generator that dates "for around 20 years"', () => {
    const cards: CardsModule = {
      ...oracle(),
      parseArticle: (raw) => ({ ok: true, title: null, text: raw }),
      generate: () => ({ actors: [], dates: [{ when: '20 years' }], quotes: [], arguments: [] }),
    };
    const scores = scoreDir(DIR, cards);
    const html = scores.find((score) => score.slug === 'amu-darya-compact-opinion')!;
    expect(html.misses.map((miss) => miss.detail)).toContain('"alert(1)" left in the plain text');
    const seed = scores.find((score) => score.slug === 'stratheia-russia-taliban')!;
    expect(seed.trapsAvoided).toEqual({ hit: 1, total: 2 });
  });

  it('refuses an article the generator cannot decode, naming the file', () => {
    const cards: CardsModule = { ...oracle(), decodeArticle: () => ({ ok: false, error: 'not UTF-8' }) };
    expect(() => scoreDir(DIR, cards)).toThrow(/\.(txt|md|html): not UTF-8/);
  });
});
