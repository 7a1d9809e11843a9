import { describe, expect, it } from 'vitest';
import { generate } from '../../../renderer/src/cards';
import { WORST_SHAPES, worstInput } from '../../bench/worst-inputs';

/**
 * The generator's work grows linearly on pathological inputs: four times the text takes at
 * most RATIO times as long (a linear pass gives about 4, a quadratic one 16; the quadratic
 * passes this replaced took 38 s on 100 KB). Best of three runs after a warm-up, an allowance
 * for garbage collection, and up to two more measurements when the first is over, so that a busy
 * machine does not fail it; the absolute speed is the benchmark's (`generate_worst_100kb_ms`).
 */
const SMALL = 25 * 1024;
const LARGE = 100 * 1024;
const RATIO = 8;
const ALLOWANCE_MS = 100;

function bestMs(text: string): number {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 3; i += 1) {
    const start = performance.now();
    generate(text);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

describe('the generator on pathological input', () => {
  it.each(Object.entries(WORST_SHAPES))('grows linearly on repeated %s', (_shape, unit) => {
    const small = worstInput(unit, SMALL);
    const large = worstInput(unit, LARGE);
    generate(small);
    const over = () => bestMs(large) - (bestMs(small) * RATIO + ALLOWANCE_MS);
    // Up to three measurements: a burst of load from other processes passes, a quadratic pass does not.
    let excess = over();
    for (let retry = 0; retry < 2 && excess >= 0; retry += 1) excess = Math.min(excess, over());
    expect(excess).toBeLessThan(0);
  });
});
