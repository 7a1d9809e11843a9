/**
 * Today's study queue: due learning cards, then due reviews (lowest
 * retrievability first), then new cards within the daily limit. One pass over
 * the cards; previews only for the items returned.
 */
import type { Facet, Queue, QueueItem, Settings } from '../../contract';
import { previews, retrievability, type Scheduler } from './scheduler';
import type { StoredCard } from './types';
import { isStudyable, toCardView } from './views';

export type QueueScope = { articleId?: string; facet?: Facet; kinds?: string[]; limit?: number };

/** What was already done today: it counts against the daily limits. */
export type TodayCounts = { newStudied: number; reviewsDone: number };

export const DEFAULT_QUEUE_LIMIT = 50;

type Ranked = { card: StoredCard; key: number };

export function buildQueue(
  cards: Iterable<StoredCard>,
  titleOf: (articleId: string) => string,
  scheduler: Scheduler,
  settings: Settings,
  now: number,
  scope: QueueScope,
  today: TodayCounts,
): Queue {
  const kinds = scope.kinds && scope.kinds.length > 0 ? new Set(scope.kinds) : null;
  const learning: Ranked[] = [];
  const reviews: Ranked[] = [];
  const fresh: StoredCard[] = [];
  let nextDue = Number.POSITIVE_INFINITY;
  for (const card of cards) {
    if (!isStudyable(card)) continue;
    if (scope.articleId !== undefined && card.articleId !== scope.articleId) continue;
    if (scope.facet !== undefined && card.draft.facet !== scope.facet) continue;
    if (kinds && !kinds.has(card.draft.kind)) continue;
    const f = card.fsrs;
    if (f.state === 0) fresh.push(card);
    else if (f.due > now) nextDue = Math.min(nextDue, f.due);
    else if (f.state === 2) reviews.push({ card, key: retrievability(scheduler, f, now) ?? 0 });
    else learning.push({ card, key: f.due });
  }
  learning.sort((a, b) => a.key - b.key);
  reviews.sort((a, b) => a.key - b.key || a.card.fsrs.due - b.card.fsrs.due);
  const reviewRoom = Math.max(0, settings.maxReviewsPerDay - today.reviewsDone);
  const newRoom = Math.max(0, settings.newPerDay - today.newStudied);
  const dueReviews = reviews.slice(0, reviewRoom);
  const newCards = fresh.slice(0, newRoom);
  const ordered = [...learning.map((r) => r.card), ...dueReviews.map((r) => r.card), ...newCards];
  const limit = scope.limit ?? DEFAULT_QUEUE_LIMIT;
  const items: QueueItem[] = ordered.slice(0, limit).map((card) => ({
    card: toCardView(card, titleOf(card.articleId), scheduler, now),
    previews: previews(scheduler, card.fsrs, now),
  }));
  return {
    items,
    counts: { new: newCards.length, learning: learning.length, review: dueReviews.length },
    nextDue: items.length === 0 && Number.isFinite(nextDue) ? new Date(nextDue).toISOString() : null,
  };
}
