/**
 * Fits FSRS parameters to the user's own history with fsrs-rs (through
 * `@open-spaced-repetition/binding`) and keeps them only if they predict that
 * history better than the parameters in use. The binding is optional: if it
 * cannot load, the current parameters stay and the reason says why.
 */
import { default_w, migrateParameters } from 'ts-fsrs';
import type { OptimizerResult } from '../../../contract';
import { firstGoodInterval, type HistoryStep, logLoss, reviewSequences } from '../stats';
import type { ReviewRecord } from '../types';

type BindingModule = Pick<
  typeof import('@open-spaced-repetition/binding'),
  'computeParameters' | 'FSRSBindingItem' | 'FSRSBindingReview'
>;

export type OptimizerOptions = {
  /** Loads the binding; injectable so tests can simulate a missing native module. */
  loadBinding?: () => Promise<BindingModule>;
  /** Fewer reviews than this and nothing is fitted (default 400). */
  minReviews?: number;
  /** Relearning steps in use (fsrs-rs clips parameters by it). */
  numRelearningSteps?: number;
  /** Reports fitting progress; return false to abort. */
  progress?: (current: number, total: number) => boolean | undefined;
};

export const MIN_REVIEWS = 400;

const loadRealBinding = (): Promise<BindingModule> => import('@open-spaced-repetition/binding');

/** Fit, compare and choose; never throws for a missing binding or thin history. */
export async function runOptimizer(
  reviews: ReviewRecord[],
  current: number[] | null,
  desiredRetention: number,
  options: OptimizerOptions = {},
): Promise<OptimizerResult> {
  const old = migrateParameters(current ?? [...default_w]);
  const sequences = reviewSequences(reviews);
  await yieldToEventLoop();
  const oldFit = logLoss(sequences, old);
  const keep = (reason: string): OptimizerResult => ({
    kept: 'old',
    reason,
    reviews: reviews.length,
    oldLoss: finite(oldFit.loss),
    newLoss: null,
    parameters: old,
  });
  const minimum = options.minReviews ?? MIN_REVIEWS;
  if (reviews.length < minimum || oldFit.count === 0) {
    return keep(
      `Only ${count(reviews.length)} reviews so far (${count(oldFit.count)} on a later day than the one before); ` +
        `the optimiser needs at least ${count(minimum)}, so the current parameters stay.`,
    );
  }
  let binding: BindingModule;
  try {
    binding = await (options.loadBinding ?? loadRealBinding)();
  } catch (error) {
    return keep(`The FSRS optimiser could not be loaded (${message(error)}); the current parameters stay.`);
  }
  let fitted: number[];
  try {
    const items = await toItems(binding, sequences);
    fitted = await binding.computeParameters(items, {
      enableShortTerm: true,
      numRelearningSteps: options.numRelearningSteps ?? 1,
      progress: options.progress,
    });
    fitted = migrateParameters(fitted);
  } catch (error) {
    return keep(`Fitting failed (${message(error)}); the current parameters stay.`);
  }
  await yieldToEventLoop();
  const newFit = logLoss(sequences, fitted);
  return choose(reviews.length, oldFit.count, oldFit.loss, newFit.loss, old, fitted, desiredRetention);
}

function choose(
  total: number,
  scored: number,
  oldLoss: number,
  newLoss: number,
  old: number[],
  fitted: number[],
  desiredRetention: number,
): OptimizerResult {
  const better = Number.isFinite(newLoss) && newLoss < oldLoss;
  const parameters = better ? fitted : old;
  const losses = `log-loss ${newLoss.toFixed(4)} with the fitted parameters against ${oldLoss.toFixed(4)} with the current ones`;
  const interval = `at ${Math.round(desiredRetention * 100)}% desired retention a first Good answer now waits ${firstGoodInterval(parameters, desiredRetention)} days`;
  const reason = better
    ? `New parameters kept: they predict your ${count(scored)} later-day answers (of ${count(total)} reviews) better, ${losses}; ${interval}.`
    : `Current parameters kept: the fitted ones do not predict your ${count(scored)} later-day answers (of ${count(total)} reviews) better, ${losses}.`;
  return {
    kept: better ? 'new' : 'old',
    reason,
    reviews: total,
    oldLoss,
    newLoss: finite(newLoss),
    parameters,
  };
}

/**
 * fsrs-rs trains on every prefix of a card's history, the prefix's last answer
 * being the one predicted. A prefix with no answer on a later day is left out:
 * fsrs-rs rejects it with a panic that aborts the whole process.
 */
export function trainableLengths(sequence: readonly HistoryStep[]): number[] {
  const lengths: number[] = [];
  let hasLaterDay = false;
  for (let i = 1; i < sequence.length; i++) {
    if (sequence[i].deltaT > 0) hasLaterDay = true;
    if (hasLaterDay) lengths.push(i + 1);
  }
  return lengths;
}

/**
 * Builds the binding's items a slice at a time, letting the event loop run in
 * between: 200,000 reviews make over 100,000 native objects. A card's review
 * objects are shared by all its prefixes.
 */
async function toItems(binding: BindingModule, sequences: HistoryStep[][]) {
  const items: InstanceType<BindingModule['FSRSBindingItem']>[] = [];
  for (let i = 0; i < sequences.length; i++) {
    if (i % 500 === 499) await yieldToEventLoop();
    const steps = sequences[i].map((s) => new binding.FSRSBindingReview(s.rating, s.deltaT));
    for (const length of trainableLengths(sequences[i]))
      items.push(new binding.FSRSBindingItem(steps.slice(0, length)));
  }
  return items;
}

/** Main answers IPC between the optimiser's long steps. */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

function finite(n: number): number | null {
  return Number.isFinite(n) ? n : null;
}

function count(n: number): string {
  return n.toLocaleString('en-US');
}

function message(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0].slice(0, 200);
}
