/**
 * A generated collection for benchmarks: cards across articles, facets and
 * actors, and a year of reviews replayed through the real ts-fsrs scheduler at
 * times spread like spaced practice. Seeded, so every run builds the same data.
 */
import { type Card, createEmptyCard, fsrs, type Grade, generatorParameters } from 'ts-fsrs';
import { DEFAULT_SETTINGS, FACETS, type Settings } from '../../electron/contract';
import { fromCard } from '../../electron/main/progress/scheduling';
import type { ReviewRecord, StoredCard } from '../../electron/main/progress/types';
import { mulberry32 } from '../../shared/hash';

export type SyntheticCollection = {
  cards: StoredCard[];
  reviews: ReviewRecord[];
  articleTitles: Map<string, string>;
  settings: Settings;
};

const DAY_MS = 86_400_000;
const ARTICLES = 20;
const ACTORS = 200;

/** The bench's seeded generator (mulberry32). */
export const seededRandom = mulberry32;

export function makeSyntheticCollection(
  seed: number,
  cardCount: number,
  reviewCount: number,
  now: Date,
): SyntheticCollection {
  const random = seededRandom(seed);
  const nowMs = now.getTime();
  const articleTitles = new Map<string, string>();
  for (let a = 0; a < ARTICLES; a++) articleTitles.set(articleId(a), `Bench article ${a + 1}`);
  const cards: StoredCard[] = [];
  for (let i = 0; i < cardCount; i++) cards.push(makeCard(i, random, nowMs));
  const studied = cards.filter((c) => c.review === 'accepted' && !c.retired && random() < 0.85);
  const reviews: ReviewRecord[] = [];
  const scheduler = fsrs(generatorParameters({ enable_fuzz: false }));
  studied.forEach((card, k) => {
    // Spread the reviews evenly: every studied card gets its share, the remainder to the first ones.
    const n = Math.floor(reviewCount / studied.length) + (k < reviewCount % studied.length ? 1 : 0);
    if (n > 0) replay(card, n, scheduler, random, nowMs, reviews);
  });
  reviews.sort((a, b) => a.at - b.at);
  reviews.forEach((r, i) => {
    r.seq = i + 1;
  });
  return { cards, reviews, articleTitles, settings: { ...DEFAULT_SETTINGS, fuzz: false } };
}

function articleId(a: number): string {
  return `bench-article-${String(a + 1).padStart(2, '0')}`;
}

/** One real kind per facet. */
const KIND_OF = { actors: 'actor-role', dates: 'date-event', quotes: 'quote-speaker', arguments: 'thesis' } as const;

function makeCard(i: number, random: () => number, nowMs: number): StoredCard {
  const facet = FACETS[i % FACETS.length];
  const roll = random();
  const createdAt = nowMs - 400 * DAY_MS;
  const actors = facet === 'actors' || facet === 'quotes' ? [`Actor ${Math.floor(random() * ACTORS) + 1}`] : undefined;
  return {
    draft: {
      id: `card-${i}`,
      kind: KIND_OF[facet],
      facet,
      prompt: `Question ${i} about ${facet}?`,
      answer: `Answer ${i}`,
      actors,
      source: { start: i, end: i + 10 },
    },
    articleId: articleId(i % ARTICLES),
    review: roll < 0.03 ? 'pending' : roll < 0.05 ? 'rejected' : 'accepted',
    suspended: random() < 0.01,
    retired: random() < 0.01,
    fsrs: toState(createEmptyCard(new Date(createdAt))),
    createdAt,
    updatedAt: createdAt,
  };
}

/** n answers between a start in the past year and now, gaps growing geometrically. */
function replay(
  card: StoredCard,
  n: number,
  scheduler: ReturnType<typeof fsrs>,
  random: () => number,
  nowMs: number,
  out: ReviewRecord[],
): void {
  const start = nowMs - (30 + random() * 335) * DAY_MS;
  const span = nowMs - start;
  const ratio = 1.6 + random() * 0.4;
  const total = ratio ** n - 1;
  let state: Card = createEmptyCard(new Date(start));
  for (let i = 0; i < n; i++) {
    const at = Math.floor(start + (span * (ratio ** i - 1)) / total);
    const r = state.state === 0 ? null : scheduler.get_retrievability(state, new Date(at), false);
    const recalled = random() < (r ?? 0.75);
    const rating = (recalled ? gradeOnSuccess(random()) : 1) as Grade;
    const before = toState(state);
    state = scheduler.next(state, new Date(at), rating).card;
    out.push({
      seq: 0,
      cardId: card.draft.id,
      articleId: card.articleId,
      at,
      rating,
      mode: 'self',
      durationMs: 2_000 + Math.floor(random() * 18_000),
      before,
      after: toState(state),
      retrievability: r,
    });
  }
  card.fsrs = toState(state);
}

function gradeOnSuccess(u: number): 2 | 3 | 4 {
  return u < 0.15 ? 2 : u < 0.9 ? 3 : 4;
}

/** The stored form of a ts-fsrs card: the scheduler's own conversion. */
export const toState = fromCard;
