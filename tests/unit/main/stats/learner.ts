/**
 * A simulated learner for the optimiser tests: the app schedules with ts-fsrs'
 * default parameters, while the learner's memory follows other ("true")
 * parameters. A good fit should move toward the true ones and predict better.
 */
import {
  type Card,
  createEmptyCard,
  default_w,
  FSRSAlgorithm,
  type FSRSState,
  fsrs,
  type Grade,
  generatorParameters,
} from 'ts-fsrs';
import type { ReviewRecord } from '../../../../electron/main/progress/types';
import { seededRandom, toState } from '../../../bench/synthetic';

const DAY = 86_400_000;

/** A learner who remembers much longer than the defaults assume, and forgets more steeply. */
export const TRUE_PARAMETERS: number[] = (() => {
  const w = [...default_w];
  w[0] = 1.5;
  w[1] = 4;
  w[2] = 12;
  w[3] = 30;
  w[20] = 0.45;
  return w;
})();

export function simulateLearner(seed: number, cards: number, start: number, days: number): ReviewRecord[] {
  const random = seededRandom(seed);
  const app = fsrs(generatorParameters({ enable_fuzz: false }));
  const memory = new FSRSAlgorithm(generatorParameters({ w: TRUE_PARAMETERS }));
  const end = start + days * DAY;
  const reviews: ReviewRecord[] = [];
  for (let c = 0; c < cards; c++) {
    // Cards are introduced over the first half of the period, at a random time of day.
    let at = start + Math.floor(random() * (days / 2)) * DAY + Math.floor(random() * 12 * 3_600_000);
    let card: Card = createEmptyCard(new Date(at));
    let truth: FSRSState | null = null;
    let lastAt = at;
    while (at < end) {
      const elapsed = Math.floor((at - lastAt) / DAY);
      const p = truth === null ? 0.8 : memory.forgetting_curve(elapsed, truth.stability);
      const rating = (random() < p ? (random() < 0.1 ? 2 : random() < 0.9 ? 3 : 4) : 1) as Grade;
      const before = toState(card);
      card = app.next(card, new Date(at), rating).card;
      truth = memory.next_state(truth, truth === null ? 0 : elapsed, rating);
      reviews.push({
        seq: 0,
        cardId: `card-${c}`,
        articleId: 'learner',
        at,
        rating,
        mode: 'self',
        durationMs: 5_000,
        before,
        after: toState(card),
        retrievability: null,
      });
      lastAt = at;
      // The learner turns up on the due day, sometimes a little late.
      at = Math.max(card.due.getTime(), at + 60_000) + Math.floor(random() * random() * 3 * DAY);
    }
  }
  reviews.sort((a, b) => a.at - b.at);
  reviews.forEach((r, i) => {
    r.seq = i + 1;
  });
  return reviews;
}
