/**
 * Today's study queue: due learning cards, then due reviews (lowest
 * retrievability first), then new cards within the daily limit. One pass over
 * the queue index's typed arrays; only the reviews that can be shown are kept
 * sorted; previews only for the items returned.
 */
import type { Facet, Queue, QueueItem, Settings } from '../../contract';
import type { QueueIndex } from './queue-index';
import type { TodayCounts } from './review-log';
import { previews, type Scheduler } from './scheduler';
import { toCardView } from './views';

export type QueueScope = { articleId?: string; facet?: Facet; kinds?: string[]; limit?: number };

export const DEFAULT_QUEUE_LIMIT = 50;

/** Keeps the `size` smallest keys seen (a max-heap of card slots). */
class Smallest {
  readonly slots: number[] = [];
  readonly keys: number[] = [];
  constructor(private readonly size: number) {}

  offer(slot: number, key: number): void {
    const { slots, keys } = this;
    if (slots.length < this.size) {
      slots.push(slot);
      keys.push(key);
      for (let i = slots.length - 1; i > 0; ) {
        const parent = (i - 1) >> 1;
        if (keys[parent]! >= keys[i]!) break;
        this.swap(parent, i);
        i = parent;
      }
    } else if (this.size > 0 && key < keys[0]!) {
      slots[0] = slot;
      keys[0] = key;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let top = i;
        if (l < slots.length && keys[l]! > keys[top]!) top = l;
        if (r < slots.length && keys[r]! > keys[top]!) top = r;
        if (top === i) break;
        this.swap(top, i);
        i = top;
      }
    }
  }

  private swap(a: number, b: number): void {
    [this.slots[a], this.slots[b]] = [this.slots[b]!, this.slots[a]!];
    [this.keys[a], this.keys[b]] = [this.keys[b]!, this.keys[a]!];
  }

  /** Slots by ascending key. */
  sorted(): number[] {
    return this.slots
      .map((slot, i) => ({ slot, key: this.keys[i]! }))
      .sort((a, b) => a.key - b.key)
      .map((e) => e.slot);
  }
}

/** -1 when the scope names something no card has (nothing matches), null when unscoped. */
function scopeId(ids: Map<string, number>, key: string | undefined): number | null {
  return key === undefined ? null : (ids.get(key) ?? -1);
}

export function buildQueue(
  index: QueueIndex,
  titleOf: (articleId: string) => string,
  scheduler: Scheduler,
  settings: Settings,
  now: number,
  scope: QueueScope,
  today: TodayCounts,
): Queue {
  const article = scopeId(index.articleIds, scope.articleId);
  const facet = scopeId(index.facetIds, scope.facet);
  const kinds = scope.kinds?.length ? new Set(scope.kinds.map((k) => index.kindIds.get(k) ?? -1)) : null;
  const limit = scope.limit ?? DEFAULT_QUEUE_LIMIT;
  const reviewRoom = Math.max(0, settings.maxReviewsPerDay - today.reviewsDone);
  const newRoom = Math.max(0, settings.newPerDay - today.newStudied);
  const { due, state, studyable, lastReview, stability } = index;
  const learning: number[] = [];
  const reviews = new Smallest(Math.min(limit, reviewRoom));
  const fresh: number[] = [];
  let dueReviews = 0;
  let nextDue = Number.POSITIVE_INFINITY;
  for (let i = 0; i < due.length; i++) {
    if (studyable[i] === 0) continue;
    if (article !== null && index.article[i] !== article) continue;
    if (facet !== null && index.facet[i] !== facet) continue;
    if (kinds && !kinds.has(index.kind[i]!)) continue;
    const s = state[i];
    if (s === 0) {
      if (fresh.length < newRoom) fresh.push(i);
    } else if (due[i]! > now) {
      if (due[i]! < nextDue) nextDue = due[i]!;
    } else if (s === 2) {
      dueReviews++;
      // Retrievability falls as elapsed/stability grows: ordering by the ratio orders by
      // retrievability without a power per card.
      reviews.offer(
        i,
        stability[i]! > 0 && !Number.isNaN(lastReview[i]!) ? (lastReview[i]! - now) / stability[i]! : -1e300,
      );
    } else learning.push(i);
  }
  learning.sort((a, b) => due[a]! - due[b]!);
  const ordered = [...learning, ...reviews.sorted(), ...fresh].slice(0, limit);
  const items: QueueItem[] = ordered.map((slot) => {
    const card = index.cards[slot]!;
    return {
      card: toCardView(card, titleOf(card.articleId), scheduler, now),
      previews: previews(scheduler, card.fsrs, now),
    };
  });
  return {
    items,
    counts: { new: fresh.length, learning: learning.length, review: Math.min(dueReviews, reviewRoom) },
    nextDue: items.length === 0 && Number.isFinite(nextDue) ? new Date(nextDue).toISOString() : null,
  };
}
