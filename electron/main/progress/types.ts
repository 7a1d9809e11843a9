/**
 * Stored shapes of the progress layer (main process). Times are epoch
 * milliseconds in storage; the contract's views use ISO strings.
 */
import type { AnswerMode, CardDraft, Rating, ReviewStatus } from '../../contract';

/** ts-fsrs card state, serialisable (State: 0 new, 1 learning, 2 review, 3 relearning). */
export type FsrsState = {
  due: number;
  stability: number;
  difficulty: number;
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  state: 0 | 1 | 2 | 3;
  last_review: number | null;
};

export type StoredCard = {
  draft: CardDraft;
  articleId: string;
  review: ReviewStatus;
  suspended: boolean;
  retired: boolean;
  fsrs: FsrsState;
  createdAt: number;
  updatedAt: number;
};

/** One answer as the journal keeps it: enough to replay, undo and compute statistics. */
export type ReviewRecord = {
  seq: number;
  cardId: string;
  articleId: string;
  at: number;
  rating: Rating;
  mode: AnswerMode;
  durationMs: number;
  before: FsrsState;
  after: FsrsState;
  /** Probability of recall at the moment of the answer; null for a new card. */
  retrievability: number | null;
};
