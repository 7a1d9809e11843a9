/**
 * Review history as FSRS sees it: per card, the ratings in order with the whole
 * days since the previous answer, and how well a parameter set predicts them.
 */
import { FSRSAlgorithm, type FSRSState, generatorParameters } from 'ts-fsrs';
import type { ReviewRecord } from '../types';
import { DAY_MS } from './days';

export type HistoryStep = { rating: number; deltaT: number };

/**
 * One sequence per card and learning run, oldest answer first. A reset card
 * (an answer given while the card was new again) starts a new sequence, since
 * FSRS expects the first answer of a sequence to meet a new card.
 */
export function reviewSequences(reviews: readonly ReviewRecord[]): HistoryStep[][] {
  // Card ids are unique within an article, so cards are keyed by both.
  const byArticle = new Map<string, Map<string, ReviewRecord[]>>();
  for (const r of reviews) {
    let cards = byArticle.get(r.articleId);
    if (!cards) {
      cards = new Map();
      byArticle.set(r.articleId, cards);
    }
    const list = cards.get(r.cardId);
    if (list) list.push(r);
    else cards.set(r.cardId, [r]);
  }
  const sequences: HistoryStep[][] = [];
  for (const cards of byArticle.values()) for (const list of cards.values()) split(list, sequences);
  return sequences;
}

/** Appends a card's learning runs; a run restarts when the card was answered as new again. */
function split(list: ReviewRecord[], sequences: HistoryStep[][]): void {
  list.sort((a, b) => a.at - b.at || a.seq - b.seq);
  let current: HistoryStep[] = [];
  let previousAt = 0;
  for (const r of list) {
    if (r.before.state === 0 || current.length === 0) {
      if (current.length) sequences.push(current);
      current = [{ rating: r.rating, deltaT: 0 }];
    } else {
      // Whole days elapsed, as ts-fsrs counts them when it schedules.
      current.push({ rating: r.rating, deltaT: Math.max(0, Math.floor((r.at - previousAt) / DAY_MS)) });
    }
    previousAt = r.at;
  }
  if (current.length) sequences.push(current);
}

const P_MIN = 1e-4;

/**
 * Mean binary cross-entropy of the recall predicted by `parameters` (ts-fsrs
 * forgetting curve on the replayed memory state) against what happened (Again =
 * forgotten), over the answers given on a later day than the previous one.
 */
export function logLoss(
  sequences: readonly HistoryStep[][],
  parameters: readonly number[],
): { loss: number; count: number } {
  const algorithm = new FSRSAlgorithm(generatorParameters({ w: [...parameters], enable_short_term: true }));
  let sum = 0;
  let count = 0;
  for (const sequence of sequences) {
    let memory: FSRSState | null = null;
    for (const step of sequence) {
      if (memory !== null && step.deltaT > 0) {
        const p = Math.min(1 - P_MIN, Math.max(P_MIN, algorithm.forgetting_curve(step.deltaT, memory.stability)));
        sum -= step.rating > 1 ? Math.log(p) : Math.log(1 - p);
        count++;
      }
      memory = algorithm.next_state(memory, step.deltaT, step.rating);
    }
  }
  return { loss: count ? sum / count : Number.NaN, count };
}

/** Days until the next review after a first Good answer, with these parameters at this retention. */
export function firstGoodInterval(parameters: readonly number[], desiredRetention: number): number {
  const algorithm = new FSRSAlgorithm(
    generatorParameters({ w: [...parameters], request_retention: desiredRetention, enable_fuzz: false }),
  );
  return algorithm.next_interval(algorithm.init_stability(3), 0);
}
