/**
 * FSRS scheduling with ts-fsrs: settings -> scheduler, stored state <-> ts-fsrs
 * cards, interval previews and their labels. `now` and randomness are parameters.
 */
import {
  type Card,
  createEmptyCard,
  type FSRS,
  fsrs,
  type Grade,
  generatorParameters,
  type Steps,
  StrategyMode,
} from 'ts-fsrs';
import type { IntervalPreview, Rating, Settings } from '../../../contract';
import type { FsrsState } from '../types';

export const MAXIMUM_INTERVAL_DAYS = 36_500;
const DAY_MS = 86_400_000;

export type Scheduler = {
  fsrs: FSRS;
  /** The forgetting curve R(t) = (1 + factor * t / S) ^ -decay, decay = w[20] (as ts-fsrs computes it). */
  decay: number;
  factor: number;
};

export function createScheduler(settings: Settings, parameters: number[] | null, random?: () => number): Scheduler {
  const params = generatorParameters({
    request_retention: settings.desiredRetention,
    maximum_interval: MAXIMUM_INTERVAL_DAYS,
    enable_fuzz: settings.fuzz,
    enable_short_term: true,
    learning_steps: settings.learningSteps as Steps,
    relearning_steps: settings.relearningSteps as Steps,
    ...(parameters ? { w: parameters } : {}),
  });
  const instance = fsrs(params);
  // Fuzz draws from the injected source so runs can be reproduced.
  // biome-ignore lint/correctness/useHookAtTopLevel: ts-fsrs' useStrategy is no React hook.
  if (random) instance.useStrategy(StrategyMode.SEED, () => String(random()));
  const decay = params.w[20] ?? 0.1542;
  return { fsrs: instance, decay, factor: 0.9 ** (1 / -decay) - 1 };
}

export function newState(now: number): FsrsState {
  return fromCard(createEmptyCard(new Date(now)));
}

export function toCard(state: FsrsState): Card {
  return {
    due: new Date(state.due),
    stability: state.stability,
    difficulty: state.difficulty,
    elapsed_days: state.elapsed_days,
    scheduled_days: state.scheduled_days,
    learning_steps: state.learning_steps,
    reps: state.reps,
    lapses: state.lapses,
    state: state.state,
    last_review: state.last_review === null ? undefined : new Date(state.last_review),
  };
}

export function fromCard(card: Card): FsrsState {
  return {
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state as FsrsState['state'],
    last_review: card.last_review ? card.last_review.getTime() : null,
  };
}

/** Probability of recall at `now`; null for a card never reviewed. */
export function retrievability(scheduler: Scheduler, state: FsrsState, now: number): number | null {
  if (state.state === 0 || state.last_review === null || state.stability <= 0) return null;
  // Inline rather than ts-fsrs' forgetting_curve: the queue computes it for up to 100k cards.
  const elapsedDays = Math.max(0, (now - state.last_review) / DAY_MS);
  return (1 + (scheduler.factor * elapsedDays) / state.stability) ** -scheduler.decay;
}

export function schedule(scheduler: Scheduler, state: FsrsState, now: number, rating: Rating): FsrsState {
  return fromCard(scheduler.fsrs.next(toCard(state), new Date(now), rating as Grade).card);
}

export function previews(scheduler: Scheduler, state: FsrsState, now: number): IntervalPreview[] {
  const log = scheduler.fsrs.repeat(toCard(state), new Date(now));
  return ([1, 2, 3, 4] as const).map((rating) => {
    const due = log[rating as Grade].card.due.getTime();
    return { rating, due: new Date(due).toISOString(), label: intervalLabel(due - now) };
  });
}

/** '1m', '10m', '5h', '3d', '2mo', '1.5y': the gap as Anki users read it. */
export function intervalLabel(ms: number): string {
  const minutes = Math.max(1, Math.round(ms / 60_000));
  if (minutes < 60) return `${minutes}m`;
  const hours = Math.round(minutes / 60);
  if (hours < 24) return `${hours}h`;
  const days = Math.round(ms / DAY_MS);
  if (days < 30) return `${days}d`;
  const months = days / 30.4;
  if (months < 12) return `${Math.round(months)}mo`;
  const years = days / 365;
  return years < 10 ? `${Math.round(years * 10) / 10}y` : `${Math.round(years)}y`;
}
