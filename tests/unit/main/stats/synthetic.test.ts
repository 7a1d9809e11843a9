import { describe, expect, it } from 'vitest';
import { makeSyntheticCollection } from '../../../bench/synthetic';

const NOW = new Date('2026-03-15T12:00:00Z');

describe('makeSyntheticCollection', () => {
  const collection = makeSyntheticCollection(3, 2_000, 20_000, NOW);

  it('builds exactly the requested numbers of cards and reviews', () => {
    expect(collection.cards).toHaveLength(2_000);
    expect(collection.reviews).toHaveLength(20_000);
  });

  it('builds the same collection from the same seed and another from another seed', () => {
    const again = makeSyntheticCollection(3, 200, 2_000, NOW);
    const same = makeSyntheticCollection(3, 200, 2_000, NOW);
    const other = makeSyntheticCollection(4, 200, 2_000, NOW);
    expect(same).toEqual(again);
    expect(other.reviews.map((r) => r.at)).not.toEqual(again.reviews.map((r) => r.at));
  });

  it('keeps the journal in time order before now, numbered from 1', () => {
    const { reviews } = collection;
    for (let i = 1; i < reviews.length; i++) expect(reviews[i].at).toBeGreaterThanOrEqual(reviews[i - 1].at);
    expect(reviews.at(-1)!.at).toBeLessThan(NOW.getTime());
    expect(reviews.map((r) => r.seq)).toEqual(reviews.map((_, i) => i + 1));
  });

  it('leaves every reviewed card in the state its last review produced', () => {
    const byId = new Map(collection.cards.map((c) => [c.draft.id, c]));
    const last = new Map(collection.reviews.map((r) => [r.cardId, r]));
    expect(last.size).toBeGreaterThan(1_000);
    for (const [id, review] of last) {
      const card = byId.get(id)!;
      expect(card.review).toBe('accepted');
      expect(card.fsrs).toEqual(review.after);
    }
  });
});
