/**
 * Stored shapes of the progress layer (main process). Times are epoch
 * milliseconds in storage; the contract's views use ISO strings.
 */
import type { AnswerMode, Article, CardDraft, Rating, ReviewStatus, Settings } from '../../contract';

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
  /**
   * The generator's id when it differs from `draft.id`: a draft id already taken
   * by another article is stored as `articleId:id` so ids stay unique.
   */
  sourceId?: string;
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

/** An undo as the journal keeps it: the answer `undoes` is void, the card is back to `restore`. */
export type UndoRecord = {
  seq: number;
  cardId: string;
  articleId: string;
  at: number;
  undoes: number;
  restore: FsrsState;
};

export type JournalEntry = ({ kind: 'answer' } & ReviewRecord) | ({ kind: 'undo' } & UndoRecord);

/** One deck file: an article, its cards and the journal position it includes. */
export type DeckData = {
  version: number;
  article: Article;
  cards: StoredCard[];
  /** Every journal entry up to this seq is reflected in `cards`. */
  checkpointSeq: number;
};

export type SettingsData = {
  version: number;
  settings: Settings;
  /** FSRS weights from the optimiser; null for the defaults. */
  parameters: number[] | null;
};
