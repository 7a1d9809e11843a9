import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../electron/contract';
import {
  createScheduler,
  intervalLabel,
  newState,
  retrievability,
  schedule,
  toCard,
} from '../../../../electron/main/progress/scheduling/scheduler';

const MIN = 60_000;
const DAY = 86_400_000;

describe('the scheduler', () => {
  it('labels intervals the way Anki users read them', () => {
    expect([MIN, 10 * MIN, 5 * 60 * MIN, 3 * DAY, 65 * DAY, 400 * DAY, 4000 * DAY].map(intervalLabel)).toEqual([
      '1m',
      '10m',
      '5h',
      '3d',
      '2mo',
      '1.1y',
      '11y',
    ]);
  });

  it('computes retrievability as ts-fsrs does', () => {
    const scheduler = createScheduler({ ...DEFAULT_SETTINGS, fuzz: false }, null);
    const t0 = Date.parse('2026-01-01T00:00:00Z');
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(1, 2, 3, 4), { minLength: 1, maxLength: 8 }),
        fc.nat(400),
        (ratings, later) => {
          let state = newState(t0);
          let at = t0;
          for (const r of ratings) {
            at = Math.max(at, state.due);
            state = schedule(scheduler, state, at, r as 1 | 2 | 3 | 4);
          }
          const when = at + later * DAY;
          const ours = retrievability(scheduler, state, when)!;
          const theirs = scheduler.fsrs.get_retrievability(toCard(state), new Date(when), false);
          expect(ours).toBeCloseTo(theirs, 6);
        },
      ),
    );
  });

  it('uses the optimised parameters when there are some', () => {
    const settings = { ...DEFAULT_SETTINGS, fuzz: false };
    const t0 = Date.parse('2026-01-01T00:00:00Z');
    const standard = createScheduler(settings, null);
    const w = [...standard.fsrs.parameters.w];
    w[3] = w[3]! * 3; // a longer first interval after Easy
    const tuned = createScheduler(settings, w);
    const state = schedule(standard, newState(t0), t0, 4);
    const tunedState = schedule(tuned, newState(t0), t0, 4);
    expect(tunedState.due).not.toBe(state.due);
  });
});
