/**
 * A small collection with fixed dates whose dashboard figures are worked out by
 * hand below. The summary unit tests check computeSummary against them, and the
 * dashboard end-to-end test can load the same collection and check what it shows.
 *
 * Times are UTC and the expectations assume the process runs with TZ=UTC (the day
 * starts at 04:00 local time). "Now" is Tuesday 2026-03-10 15:00 UTC, so today's
 * study day runs from 2026-03-10 04:00 to 2026-03-11 04:00.
 */
import {
  DEFAULT_SETTINGS,
  type Facet,
  type Rating,
  type ReviewStatus,
  type Settings,
} from '../../../../electron/contract';
import type { FsrsState, ReviewRecord, StoredCard } from '../../../../electron/main/progress/types';

export const DASHBOARD_NOW = new Date('2026-03-10T15:00:00Z');
export const DASHBOARD_SETTINGS: Settings = { ...DEFAULT_SETTINGS, newPerDay: 3, dayStartHour: 4, fuzz: false };
export const DASHBOARD_TITLES = new Map([
  ['russia-taliban', 'Russia and the Taliban'],
  ['sahel-juntas', 'Juntas of the Sahel'],
  ['empty-deck', 'An empty deck'],
]);

const t = (iso: string) => Date.parse(iso);

type CardSpec = {
  id: string;
  article: string;
  facet: Facet;
  state?: FsrsState['state'];
  stability?: number;
  last?: string;
  due?: string;
  lapses?: number;
  actors?: string[];
  review?: ReviewStatus;
  suspended?: boolean;
  retired?: boolean;
};

/** One real kind per facet. */
const KIND_OF = { actors: 'actor-role', dates: 'date-event', quotes: 'quote-speaker', arguments: 'thesis' } as const;

function card(spec: CardSpec): StoredCard {
  const created = t('2026-01-01T00:00:00Z');
  return {
    draft: {
      id: spec.id,
      kind: KIND_OF[spec.facet],
      facet: spec.facet,
      prompt: `Prompt of ${spec.id}`,
      answer: `Answer of ${spec.id}`,
      actors: spec.actors,
      source: { start: 0, end: 10 },
    },
    articleId: spec.article,
    review: spec.review ?? 'accepted',
    suspended: spec.suspended ?? false,
    retired: spec.retired ?? false,
    fsrs: {
      due: spec.due ? t(spec.due) : created,
      stability: spec.stability ?? 0,
      difficulty: spec.state ? 5 : 0,
      elapsed_days: 0,
      scheduled_days: 0,
      learning_steps: 0,
      reps: spec.state ? 3 : 0,
      lapses: spec.lapses ?? 0,
      state: spec.state ?? 0,
      last_review: spec.last ? t(spec.last) : null,
    },
    createdAt: created,
    updatedAt: created,
  };
}

const RT = 'russia-taliban';
const SJ = 'sahel-juntas';
const LAVROV = 'Sergey Lavrov';
const KABULOV = 'Zamir Kabulov';
const ZAKHAROVA = 'Maria Zakharova';

export function dashboardCards(): StoredCard[] {
  return [
    card({
      id: 'c1',
      article: RT,
      facet: 'actors',
      state: 2,
      stability: 10,
      last: '2026-02-27T15:00:00Z',
      due: '2026-03-09T15:00:00Z',
      lapses: 2,
      actors: [LAVROV],
    }),
    card({
      id: 'c2',
      article: RT,
      facet: 'dates',
      state: 2,
      stability: 5,
      last: '2026-03-05T15:00:00Z',
      due: '2026-03-10T20:00:00Z',
      actors: [LAVROV, KABULOV],
    }),
    card({
      id: 'c3',
      article: RT,
      facet: 'quotes',
      state: 1,
      stability: 2.3065,
      last: '2026-03-10T14:40:00Z',
      due: '2026-03-10T14:50:00Z',
      actors: [KABULOV],
    }),
    card({
      id: 'c4',
      article: SJ,
      facet: 'quotes',
      state: 2,
      stability: 20,
      last: '2026-03-01T12:00:00Z',
      due: '2026-03-11T03:59:00Z',
      lapses: 1,
      actors: [KABULOV],
    }),
    card({
      id: 'c5',
      article: SJ,
      facet: 'arguments',
      state: 2,
      stability: 30,
      last: '2026-03-07T10:00:00Z',
      due: '2026-03-11T04:00:00Z',
    }),
    card({
      id: 'c6',
      article: SJ,
      facet: 'arguments',
      state: 3,
      stability: 2,
      last: '2026-03-10T04:00:00Z',
      due: '2026-03-12T12:00:00Z',
      lapses: 3,
    }),
    card({
      id: 'c7',
      article: RT,
      facet: 'actors',
      state: 2,
      stability: 60,
      last: '2026-02-08T15:00:00Z',
      due: '2026-04-08T12:00:00Z',
      actors: [LAVROV],
    }),
    card({
      id: 'c8',
      article: RT,
      facet: 'actors',
      state: 2,
      stability: 60,
      last: '2026-02-08T15:00:00Z',
      due: '2026-04-09T12:00:00Z',
      actors: [ZAKHAROVA],
    }),
    card({ id: 'c9', article: RT, facet: 'dates' }),
    card({ id: 'c10', article: RT, facet: 'quotes' }),
    card({ id: 'c11', article: SJ, facet: 'arguments' }),
    card({ id: 'c12', article: SJ, facet: 'actors', actors: [ZAKHAROVA] }),
    // Not counted anywhere: pending review, suspended, retired, rejected.
    card({ id: 'c13', article: RT, facet: 'quotes', review: 'pending' }),
    card({
      id: 'c14',
      article: RT,
      facet: 'actors',
      state: 2,
      stability: 15,
      last: '2026-03-09T23:00:00Z',
      due: '2026-03-01T00:00:00Z',
      suspended: true,
      actors: [LAVROV],
    }),
    card({
      id: 'c15',
      article: SJ,
      facet: 'dates',
      state: 2,
      stability: 1,
      last: '2026-03-10T03:59:00Z',
      due: '2026-03-10T05:00:00Z',
      retired: true,
    }),
    card({ id: 'c16', article: SJ, facet: 'arguments', review: 'rejected' }),
  ];
}

type ReviewSpec = [at: string, cardId: string, rating: Rating, beforeState: FsrsState['state'], durationMs: number];

const REVIEWS: ReviewSpec[] = [
  ['2026-01-20T12:00:00Z', 'c7', 3, 0, 20_000],
  ['2026-02-08T15:00:00Z', 'c7', 3, 2, 5_000], // 30 days ago: outside the retention window
  ['2026-02-08T15:00:00Z', 'c8', 3, 2, 5_000],
  ['2026-02-10T15:00:00Z', 'c4', 1, 2, 9_000], // a lapse inside the window
  ['2026-02-27T15:00:00Z', 'c1', 3, 2, 6_000],
  ['2026-03-01T12:00:00Z', 'c4', 3, 3, 7_000], // relearning: not a review-state answer
  ['2026-03-05T15:00:00Z', 'c2', 3, 2, 4_000],
  ['2026-03-07T10:00:00Z', 'c5', 4, 2, 3_000],
  ['2026-03-08T03:30:00Z', 'c6', 1, 2, 15_000], // before 04:00: counts for March 7
  ['2026-03-08T15:00:00Z', 'c6', 3, 3, 5_000],
  ['2026-03-09T23:00:00Z', 'c14', 3, 2, 2_000],
  ['2026-03-10T03:59:00Z', 'c15', 2, 2, 1_000], // still March 9's study day
  ['2026-03-10T04:00:00Z', 'c6', 3, 3, 8_000], // the first minute of today
  ['2026-03-10T14:40:00Z', 'c3', 3, 0, 12_000], // a new card learnt today
];

export function dashboardReviews(): ReviewRecord[] {
  const articleOf = new Map(dashboardCards().map((c) => [c.draft.id, c.articleId]));
  return REVIEWS.map(([at, cardId, rating, beforeState, durationMs], i) => {
    const state: FsrsState = {
      due: t(at),
      stability: 1,
      difficulty: 5,
      elapsed_days: 0,
      scheduled_days: 0,
      learning_steps: 0,
      reps: 1,
      lapses: 0,
      state: beforeState,
      last_review: beforeState === 0 ? null : t(at) - 86_400_000,
    };
    return {
      seq: i + 1,
      cardId,
      articleId: articleOf.get(cardId) ?? RT,
      at: t(at),
      rating,
      mode: 'self',
      durationMs,
      before: state,
      after: { ...state, state: rating === 1 ? 3 : 2, last_review: t(at) },
      retrievability: beforeState === 0 ? null : 0.9,
    };
  });
}

/**
 * The figures, worked out by hand. Retrievability R(t, S) = (1 + F t / S)^-0.1542
 * with F = 0.9^(1 / -0.1542) - 1 (ts-fsrs' default decay), t in days since the
 * last review: c1 0.89331942 (t 11, S 10), c2 0.9 (t = S), c3 0.9990928 (20 min),
 * c4 0.9445885 (t 9.125, S 20), c5 0.98474339 (t 3.2083, S 30), c6 0.96923225
 * (11 h, S 2), c7 and c8 0.94034429 (t 30, S 60).
 */
export const DASHBOARD_EXPECTED = {
  dueNow: 2, // c1 overdue, c3 at 14:50
  dueToday: 4, // c1, c2 at 20:00, c3, c4 at 03:59 tomorrow (before the day starts)
  dueTomorrow: 1, // c5 at 04:00 sharp
  newAvailable: 2, // 4 new cards, limit 3 minus the 1 new card answered today
  reviewedToday: 2,
  streakDays: 4, // March 7, 8, 9, 10; nothing on March 6
  timeTodayMs: 20_000,
  timeTotalMs: 102_000,
  retention30: 5 / 7, // review-state answers since February 9: 7, of which 2 Again
  forecastNonZero: { 0: 4, 1: 1, 2: 1, 29: 1 } as Record<number, number>, // c8 falls on day 30, outside
  activityFirst: { date: '2025-03-11', count: 0 },
  activityNonZero: {
    '2026-01-20': 1,
    '2026-02-08': 2,
    '2026-02-10': 1,
    '2026-02-27': 1,
    '2026-03-01': 1,
    '2026-03-05': 1,
    '2026-03-07': 2,
    '2026-03-08': 1,
    '2026-03-09': 2,
    '2026-03-10': 2,
  } as Record<string, number>,
  masteryByFacet: [
    { key: 'actors', label: 'Actors', mastery: (0.89331942 + 0.94034429 * 2) / 3, cards: 4, studied: 3, lapses: 2 },
    { key: 'dates', label: 'Dates', mastery: 0.9, cards: 2, studied: 1, lapses: 0 },
    { key: 'quotes', label: 'Quotes', mastery: (0.9990928 + 0.9445885) / 2, cards: 3, studied: 2, lapses: 1 },
    { key: 'arguments', label: 'Arguments', mastery: (0.98474339 + 0.96923225) / 2, cards: 3, studied: 2, lapses: 3 },
  ],
  masteryByActor: [
    { key: LAVROV, label: LAVROV, mastery: (0.89331942 + 0.9 + 0.94034429) / 3, cards: 3, studied: 3, lapses: 2 },
    { key: ZAKHAROVA, label: ZAKHAROVA, mastery: 0.94034429, cards: 2, studied: 1, lapses: 0 },
    { key: KABULOV, label: KABULOV, mastery: (0.9 + 0.9990928 + 0.9445885) / 3, cards: 3, studied: 3, lapses: 1 },
  ],
  masteryByArticle: [
    { key: 'empty-deck', label: 'An empty deck', mastery: null, cards: 0, studied: 0, lapses: 0 },
    {
      key: SJ,
      label: 'Juntas of the Sahel',
      mastery: (0.9445885 + 0.98474339 + 0.96923225) / 3,
      cards: 5,
      studied: 3,
      lapses: 4,
    },
    {
      key: RT,
      label: 'Russia and the Taliban',
      mastery: (0.89331942 + 0.9 + 0.9990928 + 0.94034429 * 2) / 5,
      cards: 7,
      studied: 5,
      lapses: 2,
    },
  ],
};
