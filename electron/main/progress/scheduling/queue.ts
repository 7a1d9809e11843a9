/**
 * Today's study queue: due learning cards, then due reviews (lowest
 * retrievability first), then new cards within the daily limit. One pass over
 * the queue index's typed arrays; only the reviews that can be shown are kept
 * sorted; previews only for the items returned.
 *
 * Siblings (siblings.ts) are kept apart: a card whose sibling was answered
 * today is buried until tomorrow, and the queue holds one card of each
 * sibling group. Learning cards are never buried (they are under way).
 *
 * `practice` builds a cram queue instead: every studyable card of the scope,
 * due or not and beyond the daily limits, least retrievable first.
 */
import type { CardView, Queue, QueueItem, QueueRequest, Settings } from '../../../contract';
import type { StoredCard, TodayCounts } from '../types';
import type { QueueIndex } from './queue-index';
import { withoutRejected } from './rejected';
import { previews, type Scheduler } from './scheduler';
import { SiblingGuard } from './siblings';
import { toCardView } from './views';

/** What the queue needs besides the index: titles, today's answered cards, the served view of a card. */
export type QueueContext = {
  titleOf: (articleId: string) => string;
  /** Cards answered today (not undone): their siblings are buried. */
  answeredToday?: StoredCard[];
  /** The card as studied: rejected facts taken out (rejected.ts). */
  serve?: (card: StoredCard, view: CardView) => CardView;
};

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

/** The cards a queue holds, as index slots in study order, and how many of each kind it holds and counts. */
export type Selection = {
  slots: number[];
  /** What `slots` holds: learning cards (due, or within learn-ahead), reviews, new cards. */
  kept: { learning: number; review: number; new: number };
  /** The queue's `counts`: every due learning card, due reviews within today's room, new cards within the daily limit. */
  counts: Queue['counts'];
  /** When the next card outside the queue falls due (ms), or +Infinity. */
  nextDue: number;
};

/**
 * Chooses the queue's cards without building their views. `slots` limits the scan to
 * these index slots (the counts pass one article's slots at a time); by default every card.
 */
export function selectQueue(
  index: QueueIndex,
  answeredToday: StoredCard[],
  settings: Settings,
  now: number,
  scope: QueueRequest,
  today: TodayCounts,
  slots?: ArrayLike<number>,
): Selection {
  const article = scopeId(index.articleIds, scope.articleId);
  const facet = scopeId(index.facetIds, scope.facet);
  const kinds = scope.kinds?.length ? new Set(scope.kinds.map((k) => index.kindIds.get(k) ?? -1)) : null;
  const actor = scope.actor;
  const limit = scope.limit ?? DEFAULT_QUEUE_LIMIT;
  const practice = scope.practice === true;
  const reviewRoom = practice ? limit : Math.max(0, settings.maxReviewsPerDay - today.reviewsDone);
  const newRoom = practice ? limit : Math.max(0, settings.newPerDay - today.newStudied);
  const learnUntil = now + (scope.learnAheadMs ?? 0);
  const buried = new SiblingGuard();
  for (const card of answeredToday) buried.claim(card);
  const { due, state, studyable, lastReview, stability } = index;
  const learning: number[] = [];
  // Room for the siblings the last pass takes out.
  const reviews = new Smallest(Math.min(limit * 2, reviewRoom * 2));
  const fresh: number[] = [];
  const freshRoom = Math.min(newRoom * 3, newRoom + 200);
  let dueReviews = 0;
  let nextDue = Number.POSITIVE_INFINITY;
  const n = slots ? slots.length : due.length;
  for (let k = 0; k < n; k++) {
    const i = slots ? slots[k]! : k;
    if (studyable[i] === 0) continue;
    if (article !== null && index.article[i] !== article) continue;
    if (facet !== null && index.facet[i] !== facet) continue;
    if (kinds && !kinds.has(index.kind[i]!)) continue;
    if (actor !== undefined && !index.cards[i]!.draft.actors?.includes(actor)) continue;
    const s = state[i];
    if (s === 0) {
      if (fresh.length < freshRoom && (practice || !buried.blocks(index.cards[i]!))) fresh.push(i);
    } else if (practice) {
      reviews.offer(
        i,
        stability[i]! > 0 && !Number.isNaN(lastReview[i]!) ? (lastReview[i]! - now) / stability[i]! : -1e300,
      );
    } else if (due[i]! > (s === 2 ? now : learnUntil)) {
      if (due[i]! < nextDue) nextDue = due[i]!;
    } else if (s === 2) {
      if (answeredToday.length > 0 && buried.blocks(index.cards[i]!)) continue;
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
  // One card of each sibling group: learning cards first (they are under way), then reviews, then new.
  // Only cards that make the queue claim their siblings; new cards are all deduplicated for the count.
  const apart = new SiblingGuard();
  const ordered: number[] = [];
  const ahead: number[] = [];
  const full = () => ordered.length + ahead.length >= limit;
  let reviewsKept = 0;
  for (const slot of learning) {
    if (full()) break;
    apart.claim(index.cards[slot]!);
    // Learning cards not yet due come last: shown early only when nothing else is left.
    if (due[slot]! > now) ahead.push(slot);
    else ordered.push(slot);
  }
  for (const slot of reviews.sorted()) {
    // The heap has room for siblings; no more reviews than today's room are shown.
    if (full() || reviewsKept >= reviewRoom) break;
    const card = index.cards[slot]!;
    if (apart.blocks(card)) continue;
    apart.claim(card);
    ordered.push(slot);
    reviewsKept++;
  }
  const learningKept = ordered.length - reviewsKept + ahead.length;
  let newKept = 0;
  let newShown = 0;
  for (const slot of fresh) {
    if (newKept >= newRoom) break;
    const card = index.cards[slot]!;
    if (apart.blocks(card)) continue;
    apart.claim(card);
    if (!full()) {
      ordered.push(slot);
      newShown++;
    }
    newKept++;
  }
  // `full` counts the learning cards ahead, so they always fit after the rest.
  ordered.push(...ahead);
  return {
    slots: ordered,
    kept: { learning: learningKept, review: reviewsKept, new: newShown },
    counts: {
      new: newKept,
      learning: learning.length,
      review: practice ? reviewsKept : Math.min(dueReviews, reviewRoom),
    },
    nextDue,
  };
}

export function buildQueue(
  index: QueueIndex,
  context: QueueContext | ((articleId: string) => string),
  scheduler: Scheduler,
  settings: Settings,
  now: number,
  scope: QueueRequest,
  today: TodayCounts,
): Queue {
  const {
    titleOf,
    answeredToday = [],
    serve = withoutRejected,
  } = typeof context === 'function' ? { titleOf: context } : context;
  const selection = selectQueue(index, answeredToday, settings, now, scope, today);
  const items: QueueItem[] = selection.slots.map((slot) => {
    const card = index.cards[slot]!;
    return {
      card: serve(card, toCardView(card, titleOf(card.articleId), scheduler, now)),
      previews: previews(scheduler, card.fsrs, now),
    };
  });
  return {
    items,
    counts: selection.counts,
    nextDue:
      items.length === 0 && Number.isFinite(selection.nextDue) ? new Date(selection.nextDue).toISOString() : null,
    now: new Date(now).toISOString(),
  };
}
