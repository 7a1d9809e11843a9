/**
 * The generator on 100 KB pathological inputs (tests/bench/worst-inputs.ts): the slowest
 * shape as `generate_worst_100kb_ms`, each shape as `generate_100kb_<shape>_ms`, and the
 * Markdown parser on 100 KB of `[` as `parse_md_brackets_100kb_ms`. Each figure is the best
 * of three runs after a warm-up, so that other processes' load does not count.
 */
import { generate, parseArticle } from '../../renderer/src/cards';
import { WORST_SHAPES, worstInput } from './worst-inputs';

const BYTES = 100 * 1024;
const RUNS = 3;

function best(run: () => void, runs = RUNS): number {
  let fastest = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    run();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}

export async function benchWorst(): Promise<Record<string, number>> {
  const figures: Record<string, number> = {};
  let worst = 0;
  for (const [shape, unit] of Object.entries(WORST_SHAPES)) {
    const text = worstInput(unit, BYTES);
    generate(worstInput(unit, BYTES / 10));
    const ms = best(() => generate(text));
    figures[`generate_100kb_${shape}_ms`] = ms;
    worst = Math.max(worst, ms);
  }
  // The Markdown path a user takes with a .md file; one run, as a quadratic parser takes a minute here.
  const brackets = worstInput('[', BYTES);
  figures.parse_md_brackets_100kb_ms = best(() => parseArticle(brackets, 'md'), 1);
  return { generate_worst_100kb_ms: worst, ...figures };
}

if (process.argv[1]?.endsWith('worst.ts')) {
  benchWorst().then((figures) => process.stdout.write(`${JSON.stringify(figures)}\n`));
}
