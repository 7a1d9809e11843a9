/** Stored shapes -> the contract's views (ISO dates, retrievability now). */
import type { ArticleSummary, CardState, CardView, ReviewEntry } from '../../../contract';
import type { DeckData, FsrsState, ReviewRecord, StoredCard } from '../types';
import { retrievability, type Scheduler } from './scheduler';

const STATES: CardState[] = ['new', 'learning', 'review', 'relearning'];
const DAY_MS = 86_400_000;

export function cardState(fsrs: FsrsState): CardState {
  return STATES[fsrs.state]!;
}

export function toCardView(card: StoredCard, articleTitle: string, scheduler: Scheduler, now: number): CardView {
  const f = card.fsrs;
  return {
    ...card.draft,
    articleId: card.articleId,
    articleTitle,
    review: card.review,
    state: cardState(f),
    suspended: card.suspended,
    retired: card.retired,
    due: new Date(f.due).toISOString(),
    stability: f.stability,
    difficulty: f.difficulty,
    reps: f.reps,
    lapses: f.lapses,
    lastReview: f.last_review === null ? null : new Date(f.last_review).toISOString(),
    retrievability: retrievability(scheduler, f, now),
    createdAt: new Date(card.createdAt).toISOString(),
  };
}

export function toReviewEntry(r: ReviewRecord): ReviewEntry {
  return {
    cardId: r.cardId,
    at: new Date(r.at).toISOString(),
    rating: r.rating,
    mode: r.mode,
    durationMs: r.durationMs,
    stateBefore: cardState(r.before),
    intervalDays: Math.max(0, (r.after.due - r.at) / DAY_MS),
    retrievability: r.retrievability,
  };
}

export function isStudyable(card: StoredCard): boolean {
  return card.review === 'accepted' && !card.suspended && !card.retired;
}

export function articleSummary(deck: DeckData, words: number, scheduler: Scheduler, now: number): ArticleSummary {
  const counts = { total: 0, new: 0, due: 0, learned: 0, studied: 0, pending: 0 };
  let rSum = 0;
  let rCount = 0;
  for (const card of deck.cards) {
    if (card.retired || card.review === 'rejected') continue;
    counts.total++;
    if (card.review === 'pending') {
      counts.pending++;
      continue;
    }
    if (card.suspended) continue;
    if (card.fsrs.state === 0) counts.new++;
    else {
      counts.studied++;
      // Learned once it has graduated from its learning steps (Anki's "young/mature", not "learning").
      if (card.fsrs.state === 2 || card.fsrs.state === 3) counts.learned++;
      if (card.fsrs.due <= now) counts.due++;
      const r = retrievability(scheduler, card.fsrs, now);
      if (r !== null) {
        rSum += r;
        rCount++;
      }
    }
  }
  const a = deck.article;
  return {
    id: a.id,
    title: a.title,
    publisher: a.publisher ?? null,
    published: a.published ?? null,
    words,
    bundled: a.bundled === true,
    addedAt: a.addedAt,
    counts,
    mastery: rCount > 0 ? rSum / rCount : null,
  };
}
