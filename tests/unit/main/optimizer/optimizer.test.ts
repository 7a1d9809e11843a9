import { default_w, forgetting_curve } from 'ts-fsrs';
import { describe, expect, it, vi } from 'vitest';
import {
  type OptimizerOptions,
  runOptimizer,
  trainableLengths,
} from '../../../../electron/main/progress/optimizer/optimizer';
import { logLoss, reviewSequences } from '../../../../electron/main/progress/stats';
import type { ReviewRecord } from '../../../../electron/main/progress/types';
import { dashboardReviews } from '../stats/dashboard-fixture';
import { simulateLearner, TRUE_PARAMETERS } from '../stats/learner';

const DAY = 86_400_000;
const START = Date.parse('2025-01-06T08:00:00Z');

function answer(
  cardId: string,
  at: number,
  rating: 1 | 2 | 3 | 4,
  beforeState: 0 | 1 | 2 | 3 = 2,
  articleId = 'a',
): ReviewRecord {
  const template = dashboardReviews()[1];
  return { ...template, cardId, articleId, at, rating, before: { ...template.before, state: beforeState } };
}

/** Stands in for the binding: records nothing, returns what the test says the fit gave. */
const fakeBinding = (computeParameters: () => Promise<number[]>) =>
  (async () => ({
    computeParameters,
    FSRSBindingItem: class {
      constructor(readonly reviews: unknown[]) {}
    },
    FSRSBindingReview: class {
      constructor(
        readonly rating: number,
        readonly deltaT: number,
      ) {}
    },
  })) as unknown as NonNullable<OptimizerOptions['loadBinding']>;

describe('review history for FSRS', () => {
  it('groups answers per card in time order with whole days between them', () => {
    const reviews = [
      answer('x', START + 3 * DAY + 5 * 3_600_000, 3),
      answer('x', START, 3, 0),
      answer('x', START + 10 * 60_000, 3, 1),
      answer('x', START + 9 * DAY, 1),
    ];
    expect(reviewSequences(reviews)).toEqual([
      [
        { rating: 3, deltaT: 0 },
        { rating: 3, deltaT: 0 },
        { rating: 3, deltaT: 3 },
        { rating: 1, deltaT: 5 },
      ],
    ]);
  });

  it('starts a new sequence when a reset card is learnt again, and keeps articles apart', () => {
    const reviews = [
      answer('x', START, 3, 0),
      answer('x', START + 2 * DAY, 3),
      answer('x', START + 5 * DAY, 4, 0),
      answer('x', START + DAY, 2, 0, 'other-article'),
    ];
    expect(reviewSequences(reviews).map((s) => s.map((r) => r.rating))).toEqual([[3, 3], [4], [2]]);
  });

  it('trains only on prefixes that contain an answer on a later day', () => {
    const same = [
      { rating: 3, deltaT: 0 },
      { rating: 3, deltaT: 0 },
    ];
    const later = [...same, { rating: 3, deltaT: 2 }, { rating: 3, deltaT: 0 }];
    expect(trainableLengths(same)).toEqual([]);
    expect(trainableLengths(later)).toEqual([3, 4]);
  });

  it('scores a prediction with the log-loss of the ts-fsrs forgetting curve', () => {
    const sequences = [
      [
        { rating: 3, deltaT: 0 },
        { rating: 3, deltaT: 3 },
      ],
      [
        { rating: 3, deltaT: 0 },
        { rating: 1, deltaT: 3 },
      ],
    ];
    // First Good: stability w[2]; recall after 3 days is R(3, w[2]).
    const p = forgetting_curve(default_w[20], 3, default_w[2]);
    const { loss, count } = logLoss(sequences, [...default_w]);
    expect(count).toBe(2);
    expect(loss).toBeCloseTo(-(Math.log(p) + Math.log(1 - p)) / 2, 10);
  });
});

describe('runOptimizer', () => {
  const history = simulateLearner(11, 120, START, 120);

  it('keeps the current parameters with fewer than 400 reviews and does not load the binding', async () => {
    const load = vi.fn();
    const few = history.slice(0, 150);
    const result = await runOptimizer(few, null, 0.9, { loadBinding: load });
    expect(load).not.toHaveBeenCalled();
    expect(result.kept).toBe('old');
    expect(result.reviews).toBe(150);
    expect(result.parameters).toEqual([...default_w]);
    expect(result.newLoss).toBeNull();
    expect(result.oldLoss).toBeGreaterThan(0);
    expect(result.reason).toMatch(/^Only 150 reviews so far .*needs at least 400/);
  });

  it('keeps the current parameters with a clear reason when the binding cannot load', async () => {
    const current = [...TRUE_PARAMETERS];
    const result = await runOptimizer(history, current, 0.9, {
      loadBinding: () => Promise.reject(new Error('Cannot find native binding')),
    });
    expect(result).toMatchObject({ kept: 'old', newLoss: null, parameters: current });
    expect(result.reason).toBe(
      'The FSRS optimiser could not be loaded (Cannot find native binding); the current parameters stay.',
    );
  });

  it('keeps the current parameters when fitting fails', async () => {
    const result = await runOptimizer(history, null, 0.9, {
      loadBinding: fakeBinding(() => Promise.reject(new Error('timeout'))),
    });
    expect(result.kept).toBe('old');
    expect(result.reason).toBe('Fitting failed (timeout); the current parameters stay.');
  });

  it('keeps the current parameters when the fitted ones predict no better', async () => {
    const result = await runOptimizer(history, [...TRUE_PARAMETERS], 0.9, {
      loadBinding: fakeBinding(async () => [...default_w]),
    });
    expect(result.kept).toBe('old');
    expect(result.parameters).toEqual(TRUE_PARAMETERS);
    expect(result.newLoss!).toBeGreaterThan(result.oldLoss!);
    expect(result.reason).toMatch(
      /^Current parameters kept: the fitted ones do not predict your [\d,]+ later-day answers/,
    );
  });

  it('takes fitted parameters that predict the history better, and says by how much', async () => {
    const result = await runOptimizer(history, null, 0.9, {
      loadBinding: fakeBinding(async () => [...TRUE_PARAMETERS]),
    });
    expect(result.kept).toBe('new');
    expect(result.parameters).toEqual(TRUE_PARAMETERS);
    expect(result.newLoss!).toBeLessThan(result.oldLoss!);
    expect(result.reason).toContain(`log-loss ${result.newLoss!.toFixed(4)} with the fitted parameters`);
    expect(result.reason).toContain(`against ${result.oldLoss!.toFixed(4)} with the current ones`);
    expect(result.reason).toMatch(/at 90% desired retention a first Good answer now waits \d+ days\.$/);
  });
});

// Where the native binding is missing the real fit is reported as skipped; the fallback is tested above.
const realBinding = await import('@open-spaced-repetition/binding').catch(() => null);

describe('runOptimizer with the real fsrs-rs binding', () => {
  it.skipIf(!realBinding)('fits a simulated learner better than the defaults do', async () => {
    const reviews = simulateLearner(5, 300, START, 200);
    expect(reviews.length).toBeGreaterThan(1500);
    const result = await runOptimizer(reviews, null, 0.9);
    expect(result.kept).toBe('new');
    expect(result.parameters).toHaveLength(21);
    expect(result.newLoss!).toBeLessThan(result.oldLoss!);
    // The learner's first Good lasts 12 days, not the default 2.3: the fit should move well above.
    expect(result.parameters[2]).toBeGreaterThan(default_w[2] * 2);
  });
});
