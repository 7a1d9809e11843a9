/**
 * The generator on 100 KB pathological inputs (tests/bench/worst-inputs.ts): the slowest
 * shape as `generate_worst_100kb_ms`, each shape as `generate_100kb_<shape>_ms`, and the
 * Markdown parser on 100 KB of `[` as `parse_md_brackets_100kb_ms`. Each figure is the best
 * of three runs after a warm-up, so that other processes' load counts less;
 * `generate_worst_100kb_cpu_ms` is the same in CPU time, which a busy machine hardly moves.
 */
import { generate, parseArticle } from '../../renderer/src/cards';
import { WORST_SHAPES, worstInput } from './worst-inputs';

const BYTES = 100 * 1024;
const RUNS = 3;

/** Best wall-clock and CPU milliseconds of `runs` runs. */
function best(run: () => void, runs = RUNS): { wall: number; cpu: number } {
  let wall = Number.POSITIVE_INFINITY;
  let cpu = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i += 1) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    run();
    wall = Math.min(wall, performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu = Math.min(cpu, (used.user + used.system) / 1000);
  }
  return { wall, cpu };
}

export async function benchWorst(): Promise<Record<string, number>> {
  const figures: Record<string, number> = {};
  let worst = 0;
  let worstCpu = 0;
  for (const [shape, unit] of Object.entries(WORST_SHAPES)) {
    const text = worstInput(unit, BYTES);
    generate(worstInput(unit, BYTES / 10));
    const { wall, cpu } = best(() => generate(text));
    figures[`generate_100kb_${shape}_ms`] = wall;
    worst = Math.max(worst, wall);
    worstCpu = Math.max(worstCpu, cpu);
  }
  // The Markdown path a user takes with a .md file; one run, as a quadratic parser takes a minute here.
  const brackets = worstInput('[', BYTES);
  figures.parse_md_brackets_100kb_ms = best(() => parseArticle(brackets, 'md'), 1).wall;
  return { generate_worst_100kb_ms: worst, generate_worst_100kb_cpu_ms: worstCpu, ...figures };
}

if (process.argv[1]?.endsWith('worst.ts')) {
  benchWorst().then((figures) => process.stdout.write(`${JSON.stringify(figures)}\n`));
}
