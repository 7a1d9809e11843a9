/**
 * Stored shapes of the progress layer (main process). Times are epoch
 * milliseconds in storage; the contract's views use ISO strings.
 */
import type { AnswerMode, Article, ArticleInput, CardDraft, Rating, ReviewStatus, Settings } from '../../contract';

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

/** A change to one card that is not an answer: suspend, review status, edit, reset. */
export type CardChange = {
  cardId: string;
  suspended?: boolean;
  review?: ReviewStatus;
  prompt?: string;
  answer?: string;
  /** A reset: the card's new state. */
  fsrs?: FsrsState;
};

/** Card changes in one deck, applied together. */
export type ChangeRecord = { seq: number; articleId: string; at: number; changes: CardChange[] };

/** A `library:save` (new article or re-import), replayed by merging the same input again. */
export type SaveRecord = { seq: number; articleId: string; at: number; created: boolean; input: MergeInput };

/**
 * Every state change goes through the journal first, so that a deck restored
 * from a backup plus the journal after it reproduces the state: answers,
 * undos, card changes, saves and removals of articles. A barrier (a restore
 * of a backup) ends what may be replayed onto decks that no longer exist.
 */
export type JournalEntry =
  | ({ kind: 'answer' } & ReviewRecord)
  | ({ kind: 'undo' } & UndoRecord)
  | ({ kind: 'change' } & ChangeRecord)
  | ({ kind: 'save' } & SaveRecord)
  | { kind: 'remove'; seq: number; articleId: string; at: number }
  | { kind: 'barrier'; seq: number; articleId: ''; at: number };

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

/** Today's answers that count against the daily limits. */
export type TodayCounts = { newStudied: number; reviewsDone: number };

/** What `library:save` brings: an article and its generated cards, merged into the deck by card id. */
export type MergeInput = { article: ArticleInput; cards: CardDraft[]; acceptAll?: boolean };
