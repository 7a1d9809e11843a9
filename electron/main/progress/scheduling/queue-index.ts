/**
 * The scheduling fields of every card in flat typed arrays, so building the
 * queue over 100k cards scans contiguous memory instead of chasing 100k card
 * objects. Rebuilt after bulk changes (load, deck save, suspend...), updated
 * in place after an answer or undo.
 */
import type { StoredCard } from '../types';

export class QueueIndex {
  cards: StoredCard[] = [];
  due = new Float64Array(0);
  lastReview = new Float64Array(0);
  stability = new Float64Array(0);
  state = new Uint8Array(0);
  studyable = new Uint8Array(0);
  article = new Int32Array(0);
  facet = new Int32Array(0);
  kind = new Int32Array(0);
  readonly articleIds = new Map<string, number>();
  readonly facetIds = new Map<string, number>();
  readonly kindIds = new Map<string, number>();
  private slots = new Map<StoredCard, number>();
  private stale = true;

  invalidate(): void {
    this.stale = true;
  }

  /** Rebuilds from `cards` when a bulk change made the index stale. */
  ensure(cards: () => Iterable<StoredCard>): void {
    if (!this.stale) return;
    this.cards = [...cards()];
    const n = this.cards.length;
    this.due = new Float64Array(n);
    this.lastReview = new Float64Array(n);
    this.stability = new Float64Array(n);
    this.state = new Uint8Array(n);
    this.studyable = new Uint8Array(n);
    this.article = new Int32Array(n);
    this.facet = new Int32Array(n);
    this.kind = new Int32Array(n);
    this.slots = new Map();
    for (let i = 0; i < n; i++) {
      const card = this.cards[i]!;
      this.slots.set(card, i);
      this.article[i] = idOf(this.articleIds, card.articleId);
      this.facet[i] = idOf(this.facetIds, card.draft.facet);
      this.kind[i] = idOf(this.kindIds, card.draft.kind);
      this.write(i, card);
    }
    this.stale = false;
  }

  /** After a card's schedule changed (answer, undo). */
  update(card: StoredCard): void {
    const i = this.slots.get(card);
    if (i === undefined) this.stale = true;
    else this.write(i, card);
  }

  private write(i: number, card: StoredCard): void {
    const f = card.fsrs;
    this.due[i] = f.due;
    this.lastReview[i] = f.last_review ?? Number.NaN;
    this.stability[i] = f.stability;
    this.state[i] = f.state;
    this.studyable[i] = card.review === 'accepted' && !card.suspended && !card.retired ? 1 : 0;
  }
}

function idOf(ids: Map<string, number>, key: string): number {
  let id = ids.get(key);
  if (id === undefined) {
    id = ids.size;
    ids.set(key, id);
  }
  return id;
}
