import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cardDraftSchema } from '../../../electron/contract';
import { generate, hasDanglingPronoun, hasValidChoices, promptRevealsAnswer } from '../../../renderer/src/cards';
import { generateFile, loadArticle, ROOT, SEED_PATH } from './helpers';

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'articles');
const fixturePaths = (() => {
  try {
    const names = readdirSync(FIXTURES);
    return names
      .filter((n) => /\.(txt|md|html)$/.test(n) && names.includes(n.replace(/\.\w+$/, '.gold.json')))
      .map((n) => join(FIXTURES, n));
  } catch {
    return [];
  }
})();
const docs = [SEED_PATH, ...fixturePaths].map((path) => ({ path, doc: generateFile(path) }));

describe('card quality rules', () => {
  it('detects the rule breaks it is meant to catch', () => {
    expect(promptRevealsAnswer({ prompt: 'Who is Sergey Lavrov, the minister?', answer: 'Sergey Lavrov' })).toBe(true);
    expect(promptRevealsAnswer({ prompt: 'Who said it?', answer: 'Lavrov', acceptable: [] })).toBe(false);
    expect(hasDanglingPronoun('When did he say it?')).toBe(true);
    expect(hasDanglingPronoun('Who said: “He is wrong”?')).toBe(false);
    expect(hasValidChoices({ answer: 'a', choices: ['a', 'b'] })).toBe(false);
    expect(hasValidChoices({ answer: 'a', choices: ['a', 'b', 'B'] })).toBe(false);
    expect(hasValidChoices({ answer: 'a', choices: ['b', 'c', 'd'] })).toBe(false);
  });

  for (const { path, doc } of docs) {
    const name = path.split('/').pop();
    it(`keeps every card of ${name} valid, answer-free, pronoun-free and unique`, () => {
      expect(doc.cards.length).toBeGreaterThan(5);
      const ids = new Set<string>();
      const prompts = new Set<string>();
      for (const card of doc.cards) {
        expect(cardDraftSchema.safeParse(card).success).toBe(true);
        expect(promptRevealsAnswer(card)).toBe(false);
        expect(hasDanglingPronoun(card.prompt)).toBe(false);
        if (card.choices) {
          expect(card.choices.length).toBeGreaterThanOrEqual(3);
          expect(card.choices.length).toBeLessThanOrEqual(4);
          expect(new Set(card.choices).size).toBe(card.choices.length);
          expect(card.choices).toContain(card.answer);
        }
        expect(ids.has(card.id)).toBe(false);
        expect(prompts.has(card.prompt)).toBe(false);
        ids.add(card.id);
        prompts.add(card.prompt);
      }
    });
  }

  it('marks argument cards and unattributed quotes for review', () => {
    const doc = docs[0].doc;
    for (const card of doc.cards) {
      if (card.facet === 'arguments' && card.kind !== 'number') expect(card.needsReview).toBe(true);
      if (card.kind === 'quote-finish' && !card.actors) expect(card.needsReview).toBe(true);
    }
  });

  it('gives the same cards twice for the same text', () => {
    const { text } = loadArticle(SEED_PATH);
    expect(generate(text)).toEqual(generate(text));
  });

  it('keeps the ids of unchanged facts when unrelated text is edited', () => {
    const { text } = loadArticle(SEED_PATH);
    const before = new Set(generate(text).cards.map((c) => c.id));
    const edited = `A new opening line about nothing in particular, added by an editor.\n${text.replace('world pariah group', 'global pariah group')}\nA closing remark.`;
    const after = new Set(generate(edited).cards.map((c) => c.id));
    const quoteIds = [...before].filter(
      (id) => id.startsWith('quote-') || id.startsWith('actor-') || id.startsWith('role-'),
    );
    for (const id of quoteIds) expect(after.has(id)).toBe(true);
  });

  it('derives ids from the fact, not from position', () => {
    const a = generate(
      'Intro line.\nSergei Lavrov said, "We will never give up on the 12 projects we share with our neighbours."',
    );
    const b = generate(
      'A different intro here, longer.\nOther text.\nSergei Lavrov said, "We will never give up on the 12 projects we share with our neighbours."',
    );
    const id = (d: typeof a) => d.cards.find((c) => c.kind === 'quote-finish')?.id;
    expect(id(a)).toBeDefined();
    expect(id(a)).toBe(id(b));
  });
});
