/**
 * Progress-layer benchmarks on a generated collection: 20 decks x 1,000 cards
 * and 200,000 reviews in the journal (a year of study), in a temp folder.
 *   answer_p95_ms       answer -> durable (journal fsync), 95th percentile
 *   naive_store_set_ms  the same answer with everything in ONE conf file: one `set`
 *   open_ms             createHandlers on the collection, cold: load, validate, replay, backup, first queue
 *   open_warm_ms        the same, median of later opens in the same process
 *   queue_100k_ms       today's queue over 100,000 cards (in memory)
 *   summary_ms          all dashboard summaries over 200k reviews (stats module)
 *   history_load_ms     reading the whole journal at once, right after opening (no target)
 *   history_after_prefetch_ms  the same a few seconds after opening, past months read in the background
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import { DEFAULT_SETTINGS } from '../../electron/contract';
import { createHandlers, type HandlerService } from '../../electron/main/handlers';
import { buildQueue, createScheduler, QueueIndex } from '../../electron/main/progress/scheduling';
import { encodeEntry, JOURNAL_HEADER, monthOf, writeChecksum } from '../../electron/main/progress/storage';
import type { DeckData, FsrsState, JournalEntry, ReviewRecord, StoredCard } from '../../electron/main/progress/types';
import { mulberry32 } from '../../shared/hash';
import { createConfStoreFactory } from '../support/conf-store';

const DECKS = 20;
const CARDS_PER_DECK = 1_000;
const REVIEWS = 200_000;
const DAY = 86_400_000;
const NOW = Date.parse('2026-03-02T10:00:00Z');
const FACETS = ['actors', 'dates', 'quotes', 'arguments'] as const;

/** A small deterministic generator, so every run measures the same collection. */
const rng = mulberry32;

function reviewState(random: () => number, lastReview: number): FsrsState {
  const stability = 1 + random() * 120;
  return {
    due: lastReview + stability * DAY,
    stability,
    difficulty: 1 + random() * 9,
    elapsed_days: 0,
    scheduled_days: Math.round(stability),
    learning_steps: 0,
    reps: 1 + Math.floor(random() * 12),
    lapses: Math.floor(random() * 3),
    state: 2,
    last_review: lastReview,
  };
}

function makeCard(articleId: string, i: number, random: () => number, fsrs: FsrsState): StoredCard {
  const id = `${articleId}-c${i}`;
  return {
    draft: {
      id,
      kind: 'quote-speaker',
      facet: FACETS[i % 4]!,
      prompt: `Who said the words numbered ${i} in ${articleId}, about the recognition and its consequences?`,
      answer: `Speaker ${i % 37}`,
      choices: [`Speaker ${i % 37}`, 'Another', 'A third', 'A fourth'],
      actors: [`Speaker ${i % 37}`],
      source: { start: i * 10, end: i * 10 + 80 },
    },
    articleId,
    review: 'accepted',
    suspended: random() < 0.01,
    retired: false,
    fsrs,
    createdAt: NOW - 400 * DAY,
    updatedAt: NOW - 400 * DAY,
  };
}

/** Writes decks and a year of journal into `dir` (the format the app writes); returns the cards and reviews. */
function generate(dir: string): { cards: StoredCard[]; reviews: ReviewRecord[] } {
  const random = rng(7);
  const cards: StoredCard[] = [];
  for (let d = 0; d < DECKS; d++) {
    const articleId = `article-${d}`;
    for (let i = 0; i < CARDS_PER_DECK; i++) {
      const isNew = i % 10 === 9;
      const fsrs: FsrsState = isNew
        ? {
            ...reviewState(random, 0),
            state: 0,
            stability: 0,
            difficulty: 0,
            reps: 0,
            lapses: 0,
            last_review: null,
            due: NOW - 400 * DAY,
          }
        : reviewState(random, NOW - random() * 40 * DAY);
      cards.push(makeCard(articleId, i, random, fsrs));
    }
  }
  const studied = cards.filter((c) => c.fsrs.state !== 0);
  const reviews: ReviewRecord[] = [];
  const byMonth = new Map<string, string[]>();
  const start = NOW - 365 * DAY;
  for (let k = 0; k < REVIEWS; k++) {
    const card = studied[k % studied.length]!;
    const at = start + Math.floor((k * 365 * DAY) / REVIEWS);
    const before = reviewState(random, at - 10 * DAY);
    const after = k + studied.length >= REVIEWS ? card.fsrs : reviewState(random, at);
    const record: ReviewRecord = {
      seq: k + 1,
      cardId: card.draft.id,
      articleId: card.articleId,
      at,
      rating: (1 + Math.floor(random() * 4)) as 1 | 2 | 3 | 4,
      mode: 'self',
      durationMs: 3000 + Math.floor(random() * 9000),
      before,
      after,
      retrievability: 0.7 + random() * 0.3,
    };
    reviews.push(record);
    const month = monthOf(at);
    const lines = byMonth.get(month) ?? [JOURNAL_HEADER];
    lines.push(encodeEntry({ kind: 'answer', ...record } as JournalEntry));
    byMonth.set(month, lines);
  }
  fs.mkdirSync(path.join(dir, 'journal'), { recursive: true });
  for (const [month, lines] of byMonth)
    fs.writeFileSync(path.join(dir, 'journal', `${month}.jsonl`), `${lines.join('\n')}\n`);
  fs.mkdirSync(path.join(dir, 'decks'), { recursive: true });
  for (let d = 0; d < DECKS; d++) {
    const articleId = `article-${d}`;
    const deck: DeckData = {
      version: 1,
      article: {
        id: articleId,
        title: `Article ${d}`,
        format: 'txt',
        text: 'An analysis of recognition and its consequences. '.repeat(300),
        addedAt: new Date(NOW - 400 * DAY).toISOString(),
        updatedAt: new Date(NOW - 400 * DAY).toISOString(),
      },
      cards: cards.slice(d * CARDS_PER_DECK, (d + 1) * CARDS_PER_DECK),
      checkpointSeq: REVIEWS,
    };
    const file = path.join(dir, 'decks', `${articleId}.json`);
    fs.writeFileSync(file, JSON.stringify(deck));
    writeChecksum(file); // as the app does after each deck write
  }
  const settings = {
    version: 1,
    settings: { ...DEFAULT_SETTINGS, fuzz: false, maxReviewsPerDay: 9999 },
    parameters: null,
  };
  fs.writeFileSync(path.join(dir, 'settings.json'), JSON.stringify(settings));
  return { cards, reviews };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)]!;

async function open(dir: string, now: () => number): Promise<HandlerService> {
  return createHandlers({
    dataDir: dir,
    storeFactory: createConfStoreFactory(),
    clock: () => new Date(now()),
    version: 'bench',
    openFile: async () => null,
    saveFile: async () => null,
  });
}

/**
 * Each open follows a session that changed something, so each includes the
 * start-up backup. The first is cold (nothing compiled or cached in this process).
 */
async function measureOpen(dir: string): Promise<{ cold: number; warm: number }> {
  const times: number[] = [];
  for (let i = 0; i < 4; i++) {
    const started = performance.now();
    const service = await open(dir, () => NOW + i * 60_000);
    const queue = await service.handlers['study:queue']({ limit: 1 });
    times.push(performance.now() - started);
    const cardId = queue.items[0]?.card.id;
    if (cardId) await service.handlers['study:answer']({ cardId, rating: 3, mode: 'self', durationMs: 4000 });
    await service.close();
  }
  return { cold: times[0]!, warm: median(times.slice(1)) };
}

async function measureHistoryLoad(dir: string, waitMs: number): Promise<number> {
  const service = await open(dir, () => NOW);
  await new Promise((resolve) => setTimeout(resolve, waitMs));
  const started = performance.now();
  const count = service.progress.store.reviews().length;
  const elapsed = performance.now() - started;
  await service.close();
  if (count < REVIEWS) throw new Error(`history has ${count} reviews, expected ${REVIEWS}`);
  return elapsed;
}

async function measureAnswers(dir: string): Promise<number> {
  let t = NOW;
  const service = await open(dir, () => t);
  const times: number[] = [];
  for (let i = 0; i < 400; i++) {
    const item = (await service.handlers['study:queue']({ limit: 1 })).items[0];
    if (!item) break;
    const started = performance.now();
    await service.handlers['study:answer']({ cardId: item.card.id, rating: 3, mode: 'self', durationMs: 4000 });
    times.push(performance.now() - started);
    t += 5000;
  }
  await service.close();
  return p95(times);
}

/** The design we did not choose: the whole collection and history in one electron-store (conf) file. */
function measureNaiveSet(dir: string, cards: StoredCard[], reviews: ReviewRecord[]): number {
  const store = new Conf<Record<string, unknown>>({ cwd: path.join(dir, 'naive'), configName: 'everything' });
  store.store = { cards, reviews };
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const card = cards[i]!;
    const started = performance.now();
    store.set(
      'cards',
      cards.map((c) => (c === card ? { ...c, fsrs: { ...c.fsrs, reps: c.fsrs.reps + 1 } } : c)),
    );
    times.push(performance.now() - started);
  }
  return median(times);
}

function measureQueue(): number {
  const random = rng(11);
  const cards: StoredCard[] = [];
  for (let i = 0; i < 100_000; i++) {
    const kind = random();
    const fsrs =
      kind < 0.2
        ? { ...reviewState(random, 0), state: 0 as const, reps: 0, last_review: null }
        : kind < 0.25
          ? { ...reviewState(random, NOW - 600_000), state: 1 as const, due: NOW - random() * 600_000 }
          : reviewState(random, NOW - random() * 60 * DAY);
    cards.push(makeCard(`article-${i % 100}`, i, random, fsrs));
  }
  const settings = { ...DEFAULT_SETTINGS, fuzz: false };
  const scheduler = createScheduler(settings, null);
  // The app keeps this index in memory (built once after opening, updated per answer).
  const index = new QueueIndex();
  index.ensure(() => cards);
  const run = () => buildQueue(index, () => 'Article', scheduler, settings, NOW, {}, { newStudied: 0, reviewsDone: 0 });
  for (let i = 0; i < 3; i++) run();
  const times: number[] = [];
  for (let i = 0; i < 15; i++) {
    const started = performance.now();
    run();
    times.push(performance.now() - started);
  }
  return median(times);
}

async function measureSummary(cards: StoredCard[], reviews: ReviewRecord[]): Promise<number | null> {
  let computeSummary: typeof import('../../electron/main/progress/stats/summary').computeSummary;
  try {
    ({ computeSummary } = await import('../../electron/main/progress/stats/summary'));
  } catch {
    console.error('summary_ms: the stats module (electron/main/progress/summary.ts) is not there yet');
    return null;
  }
  const articleTitles = new Map(Array.from({ length: DECKS }, (_, d) => [`article-${d}`, `Article ${d}`]));
  const input = { cards, reviews, settings: DEFAULT_SETTINGS, now: new Date(NOW), articleTitles };
  for (let i = 0; i < 2; i++) computeSummary(input);
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    const started = performance.now();
    computeSummary(input);
    times.push(performance.now() - started);
  }
  return median(times);
}

export async function benchProgress(): Promise<Record<string, number>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-bench-progress-'));
  try {
    const { cards, reviews } = generate(dir);
    const figures: Record<string, number> = {};
    const opened = await measureOpen(dir);
    figures.open_ms = opened.cold;
    figures.open_warm_ms = opened.warm;
    figures.answer_p95_ms = await measureAnswers(dir);
    figures.history_load_ms = await measureHistoryLoad(dir, 0);
    figures.history_after_prefetch_ms = await measureHistoryLoad(dir, 3000);
    figures.naive_store_set_ms = measureNaiveSet(dir, cards, reviews);
    figures.queue_100k_ms = measureQueue();
    const summary = await measureSummary(cards, reviews);
    if (summary !== null) figures.summary_ms = summary;
    return figures;
  } finally {
    if (process.env.KEEP_BENCH_DIR) console.error(dir);
    else fs.rmSync(dir, { recursive: true, force: true });
  }
}
