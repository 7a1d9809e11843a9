import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CardDraft, CardKind } from '../../../electron/contract';
import { mergeDeck } from '../../../electron/main/progress/storage';
import type { DeckData, StoredCard } from '../../../electron/main/progress/types';
import { CARD_KIND_INFO } from '../../../renderer/src/cards';
import { generateFile, ROOT, SEED_PATH } from './helpers';

// A store made before issue 10: the bundled article's cards as the generator made them then
// (tests/fixtures/stores/bundled-before-issue10.json, our own article), each studied a few times.
// Re-generating with the new card builders must keep the FSRS state of every card whose fact is unchanged.

type Before = { cards: { id: string; kind: string; prompt: string; answer: string; source: CardDraft['source'] }[] };
const before = JSON.parse(
  readFileSync(join(ROOT, 'tests', 'fixtures', 'stores', 'bundled-before-issue10.json'), 'utf8'),
) as Before;
const facetOf = (kind: string) => CARD_KIND_INFO.find((k) => k.kind === kind)?.facet ?? 'arguments';

const AT = Date.parse('2026-11-01T10:00:00Z');
const studied = (i: number): StoredCard['fsrs'] => ({
  due: AT + (i + 1) * 86_400_000,
  stability: 3 + i / 10,
  difficulty: 5,
  elapsed_days: 2,
  scheduled_days: 4,
  learning_steps: 0,
  reps: 3,
  lapses: i % 2,
  state: 2,
  last_review: AT - 86_400_000,
});

function oldDeck(): DeckData {
  const cards: StoredCard[] = before.cards.map((c, i) => ({
    // Stores from then hold a kind since retired ('argument-list'): storage keeps any kind name.
    draft: {
      id: c.id,
      kind: c.kind as CardKind,
      facet: facetOf(c.kind),
      prompt: c.prompt,
      answer: c.answer,
      source: c.source,
    },
    articleId: 'bundled',
    review: 'accepted',
    suspended: false,
    retired: false,
    fsrs: studied(i),
    createdAt: AT - 5 * 86_400_000,
    updatedAt: AT - 5 * 86_400_000,
  }));
  const article = {
    id: 'bundled',
    title: 'Russia’s Recognition of the Taliban Government',
    format: 'md' as const,
    text: 'x',
    addedAt: '2026-10-01T00:00:00.000Z',
    updatedAt: '2026-10-01T00:00:00.000Z',
  };
  return { version: 1, article, cards, checkpointSeq: 0 };
}

describe('progress survives re-generation (store made before issue 10)', () => {
  const doc = generateFile(SEED_PATH);
  const existing = oldDeck();
  const { deck } = mergeDeck(
    existing,
    { article: { ...existing.article, text: 'x' }, cards: doc.cards },
    new Date(AT),
    0,
    () => false,
  );
  const oldById = new Map(existing.cards.map((c) => [c.draft.id, c]));
  const live = deck.cards.filter((c) => !c.retired);

  it('keeps the id, schedule and review of every card whose fact is unchanged', () => {
    // Facts the extraction still finds unchanged: the quotes, the actors with roles and acronyms, the
    // dates whose sentence is the same, the article (timeline) and its thesis.
    // A quotation whose words changed is a changed fact (the article's one unclosed quotation now ends
    // with its sentence instead of running to the paragraph's end), so its card is new.
    const quoted = (prompt: string) => /“([^”]*)/.exec(prompt)?.[1] ?? '';
    // (A quotation whose speaker is only a guess, "the Taliban" as the passage's topic, makes no card now.)
    const sameQuote = (c: Before['cards'][number]) =>
      c.kind !== 'quote-speaker' ||
      doc.quotes.some((q) => q.text === quoted(c.prompt).replace(/”.*$/, '') && q.confidence !== 'low');
    const mustKeep = before.cards.filter(
      // Acronym cards that only spell out initials are no longer made (retired, see actors.ts initialsOf),
      // and a quoted person's role card only takes the room the other cards of its sentence leave.
      (c) => ['quote-speaker', 'timeline', 'thesis'].includes(c.kind) && sameQuote(c),
    );
    expect(mustKeep.filter((c) => c.kind === 'quote-speaker').length).toBeGreaterThanOrEqual(4);
    const liveIds = new Set(live.map((c) => c.draft.id));
    for (const c of mustKeep) expect({ id: c.id, kind: c.kind, kept: liveIds.has(c.id) }).toMatchObject({ kept: true });
    const kept = live.filter((c) => oldById.has(c.draft.id));
    expect(kept.length).toBeGreaterThanOrEqual(mustKeep.length + 5);
    for (const card of kept) {
      expect(card.fsrs).toEqual(oldById.get(card.draft.id)!.fsrs);
      expect(card.review).toBe('accepted');
    }
  });

  it('carries the new wording of a kept card (same fact, better card)', () => {
    const reworded = live.find(
      (c) => oldById.has(c.draft.id) && c.draft.prompt !== oldById.get(c.draft.id)!.draft.prompt,
    );
    expect(reworded).toBeDefined();
    expect(reworded!.fsrs).toEqual(oldById.get(reworded!.draft.id)!.fsrs);
  });

  it('retires, never deletes, the cards of kinds no longer made', () => {
    const list = before.cards.find((c) => c.kind === 'argument-list')!;
    const stored = deck.cards.find((c) => c.draft.id === list.id)!;
    expect(stored.retired).toBe(true);
    expect(stored.fsrs).toEqual(oldById.get(list.id)!.fsrs);
  });
});
