/**
 * The one IPC contract between the renderer and the main process.
 *
 * Channel names are `domain:verb`. Every request payload has a runtime schema
 * (main validates `unknown` input against it); responses are typed only, since
 * they come from our own main process. Results cross IPC as data:
 * `{ ok: true, value } | { ok: false, error }`.
 *
 * Imported by main and preload; the renderer imports it type-only.
 */
import { z } from 'zod';
import { CARD_KINDS, type CardKind } from '../shared/card-kinds';
import { type VerbOf, verbName } from '../shared/verbs';

export { CARD_KINDS, type CardKind, verbName };

export const FACETS = ['actors', 'dates', 'quotes', 'arguments'] as const;
export const facetSchema = z.enum(FACETS);
export type Facet = z.infer<typeof facetSchema>;

const id = z.string().min(1).max(200);
const ids = z.array(id).min(1).max(50_000);
const text = (max: number) => z.string().max(max);

/** A kind the generator makes now. Stored cards may keep a retired kind (see `storedCardSchema`). */
export const cardKindSchema = z.enum(CARD_KINDS);

export const sourceSpanSchema = z.object({
  start: z.number().int().min(0),
  end: z.number().int().min(0),
});
export type SourceSpan = z.infer<typeof sourceSpanSchema>;

/** One element of an ordered answer (timeline events, "the three factors"). */
export const orderedItemSchema = z.object({
  text: text(2000).min(1),
  when: text(200).optional(),
  iso: text(20).nullable().optional(),
});
export type OrderedItem = z.infer<typeof orderedItemSchema>;

/** A card as the generator produces it and the renderer saves it. */
export const cardDraftSchema = z.object({
  id,
  kind: cardKindSchema,
  facet: facetSchema,
  prompt: text(5000).min(1),
  answer: text(5000).min(1),
  /** Multiple-choice options, the answer among them. */
  choices: z.array(text(2000)).max(8).optional(),
  /** Other typed answers that count as right (an actor's aliases). */
  acceptable: z.array(text(500)).max(30).optional(),
  /** Ordered answer: timeline sets and "what are the N factors" cards. */
  items: z.array(orderedItemSchema).max(40).optional(),
  /** Shown beside the answer: the speaker's role, the date of a quote. */
  context: text(2000).optional(),
  /** Canonical names of the actors this card is about (mastery by actor). */
  actors: z.array(text(200)).max(40).optional(),
  source: sourceSpanSchema,
  /** Starts unaccepted in the review of new cards (arguments, unattributed quotes). */
  needsReview: z.boolean().optional(),
  /**
   * Built from a fact the generator is unsure of: starts unchecked in the review of new
   * cards with the reason in words ("speaker inferred from 'he'"); `speakers` are the
   * article's other speakers the reader may pick instead (quote-speaker cards).
   * (Not `review`: that name is the stored card's review status in CardView.)
   */
  unsure: z
    .object({
      reason: text(300).min(1),
      speakers: z.array(text(200)).max(40).optional(),
    })
    .optional(),
});
export type CardDraft = z.infer<typeof cardDraftSchema>;

export const MAX_ARTICLE_CHARS = 2_000_000;

export const ARTICLE_FORMATS = ['txt', 'md', 'html', 'pdf'] as const;
export type ArticleFormat = (typeof ARTICLE_FORMATS)[number];

/** A calendar day, `YYYY-MM-DD` (a publication date). */
export const isoDaySchema = z
  .string()
  .regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'A date is written YYYY-MM-DD, e.g. 2025-06-03.');

export const articleInputSchema = z.object({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,79}$/),
  title: text(500).min(1),
  publisher: text(200).optional(),
  /** The author(s) as the source names them. */
  byline: text(200).optional(),
  /** Publication date: the anchor that gives "Thursday" or "last June" their year. Older stores lack it. */
  published: isoDaySchema.optional(),
  language: text(20).optional(),
  sourceName: text(500).optional(),
  format: z.enum(ARTICLE_FORMATS),
  /** The plain text the cards' source offsets point into. */
  text: text(MAX_ARTICLE_CHARS).min(1),
  bundled: z.boolean().optional(),
});
export type ArticleInput = z.infer<typeof articleInputSchema>;

export const RATINGS = [1, 2, 3, 4] as const;
export type Rating = (typeof RATINGS)[number];
export const answerModeSchema = z.enum(['self', 'typed', 'choice', 'timeline']);
export type AnswerMode = z.infer<typeof answerModeSchema>;

export const cardStateSchema = z.enum(['new', 'learning', 'review', 'relearning']);
export type CardState = z.infer<typeof cardStateSchema>;

const newPerDay = 'New cards per day must be a whole number from 0 to 9999.';
const maxReviews = 'Maximum reviews per day must be a whole number from 0 to 99999.';
const dayStart = 'The day starts at a whole hour from 0 to 23.';
const learningSteps = 'Learning steps are durations like 1m, 10m, 1h or 1d (at most 10).';
const relearningSteps = 'Relearning steps are durations like 10m or 1d (at most 10).';
export const settingsSchema = z.object({
  desiredRetention: z
    .number()
    .min(0.7, 'Desired retention must be between 0.70 and 0.99.')
    .max(0.99, 'Desired retention must be between 0.70 and 0.99.'),
  newPerDay: z.number().int(newPerDay).min(0, newPerDay).max(9999, newPerDay),
  maxReviewsPerDay: z.number().int(maxReviews).min(0, maxReviews).max(99_999, maxReviews),
  /** Steps as ts-fsrs writes them: '1m', '10m', '1h', '1d'. */
  learningSteps: z.array(z.string().regex(/^\d{1,4}[mhd]$/, learningSteps)).max(10, learningSteps),
  relearningSteps: z.array(z.string().regex(/^\d{1,4}[mhd]$/, relearningSteps)).max(10, relearningSteps),
  fuzz: z.boolean(),
  dayStartHour: z.number().int(dayStart).min(0, dayStart).max(23, dayStart),
  theme: z.enum(['system', 'light', 'dark']),
});
export type Settings = z.infer<typeof settingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  desiredRetention: 0.9,
  newPerDay: 20,
  maxReviewsPerDay: 200,
  learningSteps: ['1m', '10m'],
  relearningSteps: ['10m'],
  fuzz: true,
  dayStartHour: 4,
  theme: 'system',
};

// ---------------------------------------------------------------- responses

export type ReviewStatus = 'pending' | 'accepted' | 'rejected';

/** A stored card as main returns it. Dates are ISO strings. */
export type CardView = CardDraft & {
  articleId: string;
  articleTitle: string;
  review: ReviewStatus;
  state: CardState;
  suspended: boolean;
  retired: boolean;
  due: string;
  stability: number;
  difficulty: number;
  reps: number;
  lapses: number;
  lastReview: string | null;
  /** Probability of recall now; null for new cards. */
  retrievability: number | null;
  createdAt: string;
};

export type IntervalPreview = { rating: Rating; due: string; label: string };

export type QueueItem = { card: CardView; previews: IntervalPreview[] };

export type Queue = {
  items: QueueItem[];
  counts: { new: number; learning: number; review: number };
  /** When the next card falls due, when nothing is due now. */
  nextDue: string | null;
  /** Main's clock when the queue was built (the renderer times learning cards against it). */
  now: string;
};

/** Cards a session would show now: `due` (learning and review cards due now, `learning` among them) and `new`. */
export type StudyCounts = { due: number; learning: number; new: number };

export type AnswerResult = { card: CardView; undoDepth: number };

export type ReviewEntry = {
  cardId: string;
  at: string;
  rating: Rating;
  mode: AnswerMode;
  durationMs: number;
  stateBefore: CardState;
  /** Days until the next review that this answer scheduled. */
  intervalDays: number;
  /** Probability of recall at the moment of the answer (null when new). */
  retrievability: number | null;
};

export type ArticleSummary = {
  id: string;
  title: string;
  publisher: string | null;
  /** Publication date, `YYYY-MM-DD`, or null when unknown. */
  published: string | null;
  words: number;
  bundled: boolean;
  addedAt: string;
  /** `studied`: answered at least once; `learned`: graduated from learning (in review or relearning). */
  counts: { total: number; new: number; due: number; learned: number; studied: number; pending: number };
  /** Mean retrievability of its studied cards, 0..1, null before any study. */
  mastery: number | null;
};

export type Article = ArticleInput & { addedAt: string; updatedAt: string };

export type SaveDeckResult = {
  articleId: string;
  added: number;
  updated: number;
  unchanged: number;
  retired: number;
  pending: number;
};

/** `mastery` is the mean over the `studied` cards of the group's `cards`: say how many it covers. */
export type Mastery = {
  key: string;
  label: string;
  mastery: number | null;
  cards: number;
  studied: number;
  lapses: number;
};

export type Summary = {
  now: string;
  dueNow: number;
  dueToday: number;
  dueTomorrow: number;
  newAvailable: number;
  reviewedToday: number;
  streakDays: number;
  timeTodayMs: number;
  timeTotalMs: number;
  /** Share of review-state answers in the last 30 days that were not Again. */
  retention30: number | null;
  /** Cards falling due on each of the next 30 days (index 0 = today). */
  forecast30: number[];
  /** Reviews per day for the past 365 days, oldest first; `date` is YYYY-MM-DD. */
  activity365: { date: string; count: number }[];
  masteryByFacet: Mastery[];
  masteryByActor: Mastery[];
  masteryByArticle: Mastery[];
};

export type OptimizerResult = {
  kept: 'new' | 'old';
  reason: string;
  reviews: number;
  oldLoss: number | null;
  newLoss: number | null;
  parameters: number[];
};

export type BackupInfo = { id: string; kind: 'recent' | 'daily' | 'weekly'; createdAt: string; bytes: number };

export type Notice = { level: 'info' | 'warning' | 'error'; message: string };

/** A file picked in the open dialog: text files decoded in main; a PDF's bytes, read in the renderer's worker. */
export type OpenedFile =
  | { name: string; format: 'txt' | 'md' | 'html'; text: string }
  | { name: string; format: 'pdf'; bytes: Uint8Array };

// ---------------------------------------------------------------- channels

const none = z.undefined().or(z.object({}).strict());
/** Which cards a study session covers (every card when empty). */
export const studyScopeSchema = z
  .object({
    articleId: id.optional(),
    facet: facetSchema.optional(),
    kinds: z.array(cardKindSchema).max(30).optional(),
    /** Cards about this actor (canonical name). */
    actor: text(200).optional(),
  })
  .strict();
export type StudyScope = z.infer<typeof studyScopeSchema>;

/** A study session in the renderer: its cards, and practice beyond the schedule (`schedule`: answers count for FSRS too). */
export type SessionScope = StudyScope & { practice?: { schedule: boolean } };

/** `study:queue`'s request: the scope, and how the queue is served. */
export const queueRequestSchema = studyScopeSchema
  .extend({
    limit: z.number().int().min(1).max(1000).optional(),
    /** Learning cards due within this many ms are served too (when nothing else is left). */
    learnAheadMs: z.number().int().min(0).max(86_400_000).optional(),
    /** Practice beyond the schedule: every card of the scope, due or not, no daily limits, no burying. */
    practice: z.boolean().optional(),
  })
  .strict();
export type QueueRequest = z.infer<typeof queueRequestSchema>;

const cardFilterSchema = z
  .object({
    articleId: id.optional(),
    facet: facetSchema.optional(),
    state: z.enum(['new', 'learning', 'review', 'suspended', 'retired', 'pending']).optional(),
    dueOnly: z.boolean().optional(),
    search: text(200).optional(),
    sort: z.enum(['due', 'retrievability', 'lapses', 'created']).optional(),
  })
  .strict();

/** Request schemas and response types, one entry per channel. */
export const channels = {
  'app:info': { input: none, output: {} as { version: string; dataDir: string } },
  'app:notices': { input: none, output: [] as Notice[] },

  'library:list': { input: none, output: [] as ArticleSummary[] },
  'library:get': { input: z.object({ id }).strict(), output: {} as Article },
  'library:save': {
    input: z
      .object({
        article: articleInputSchema,
        cards: z.array(cardDraftSchema).max(50_000),
        acceptAll: z.boolean().optional(),
      })
      .strict(),
    output: {} as SaveDeckResult,
  },
  'library:remove': { input: z.object({ id }).strict(), output: {} as { removed: boolean } },
  'library:openFile': { input: none, output: null as OpenedFile | null },
  'library:setPublished': {
    input: z.object({ id, published: isoDaySchema.nullable() }).strict(),
    output: {} as Article,
  },

  'study:queue': { input: queueRequestSchema, output: {} as Queue },
  /** What `study:queue` would serve, counted: in total (or for `articleId`) and for each article's own session. */
  'study:counts': {
    input: z.object({ articleId: id.optional() }).strict().optional(),
    output: {} as { total: StudyCounts; articles: Record<string, StudyCounts> },
  },
  'study:answer': {
    input: z
      .object({
        cardId: id,
        rating: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
        mode: answerModeSchema,
        durationMs: z.number().int().min(0).max(86_400_000),
      })
      .strict(),
    output: {} as AnswerResult,
  },
  'study:undo': {
    /** `cardId`: undo only if the last answer is this card's (a session undoes its own answers only). */
    input: z.object({ cardId: id.optional() }).strict().optional(),
    output: {} as { card: CardView; undoDepth: number },
  },

  'cards:list': { input: cardFilterSchema, output: [] as CardView[] },
  'cards:review': {
    input: z.object({ accept: z.array(id).max(50_000), reject: z.array(id).max(50_000) }).strict(),
    output: {} as { accepted: number; rejected: number },
  },
  'cards:update': {
    input: z.object({ id, prompt: text(5000).min(1).optional(), answer: text(5000).min(1).optional() }).strict(),
    output: {} as CardView,
  },
  'cards:suspend': { input: z.object({ ids, suspended: z.boolean() }).strict(), output: {} as { changed: number } },
  'cards:reset': { input: z.object({ ids }).strict(), output: {} as { changed: number } },
  'cards:history': { input: z.object({ id }).strict(), output: [] as ReviewEntry[] },
  'cards:export': {
    input: z
      .object({
        format: z.enum(['anki', 'csv']),
        articleId: id.optional(),
        /** Cards still waiting for review, and suspended cards: included unless false. */
        pending: z.boolean().optional(),
        suspended: z.boolean().optional(),
      })
      .strict(),
    output: {} as { filename: string; text: string },
  },

  'settings:get': { input: none, output: {} as Settings },
  'settings:set': { input: settingsSchema.partial().strict(), output: {} as Settings },

  'stats:summary': { input: none, output: {} as Summary },
  'optimizer:run': { input: none, output: {} as OptimizerResult },

  'backup:list': { input: none, output: [] as BackupInfo[] },
  'backup:restore': { input: z.object({ id }).strict(), output: {} as { restored: string } },
  'progress:export': { input: none, output: {} as { filename: string; text: string } },
  'progress:import': {
    input: z.object({ text: text(200_000_000).min(1) }).strict(),
    output: {} as { cards: number; reviews: number },
  },
  'file:save': {
    input: z.object({ suggestedName: text(200).min(1), text: text(200_000_000) }).strict(),
    output: null as { path: string } | null,
  },
} as const;

export type Channel = keyof typeof channels;
export const CHANNELS = Object.keys(channels) as Channel[];
export type Input<C extends Channel> = z.input<(typeof channels)[C]['input']>;
export type ParsedInput<C extends Channel> = z.output<(typeof channels)[C]['input']>;
export type Output<C extends Channel> = (typeof channels)[C]['output'];

export type IpcError = {
  code: 'invalid-input' | 'unknown-channel' | 'forbidden' | 'not-found' | 'failed';
  message: string;
};
export type Result<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** Main-process handlers: inputs already validated. May throw; the dispatcher turns throws into results. */
export type Handlers = { [C in Channel]: (input: ParsedInput<C>) => Promise<Output<C>> | Output<C> };

/** What `window.dossier` offers: one function per channel and nothing else. */
export type DossierApi = {
  [C in Channel as VerbOf<C>]: (input?: Input<C>) => Promise<Result<Output<C>>>;
};
