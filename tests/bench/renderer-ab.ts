/**
 * Compares built renderers on the renderer bench, interleaved (a diagnostic, not a figure):
 * `npx tsx tests/bench/renderer-ab.ts [--rounds N] DIR [DIR…]` measures each DIR in turn,
 * N rounds (default 5), each measurement as `npm run bench -- --only renderer` does it (both
 * decks, each with a new seeded backend and browser, LOADS loads), and prints per measurement and then as the median
 * over rounds: first_card (median of the loads; on the large deck too), answer_next p95 and median, the answer's
 * parts (key down to next card in the DOM, to the frame's animation callback, to painted),
 * and the machine's load average. Alternating builds spreads the load of other processes
 * over all of them; compare medians, not single runs.
 */
import { resolve } from 'node:path';
import { serveRenderer } from '../e2e/static-server';
import { loadAverage, measureDecks, percentile } from './renderer';

const args = process.argv.slice(2);
const roundsAt = args.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 5;
const dirs = args.filter((a, i) => !a.startsWith('--') && i !== roundsAt + 1).map((d) => resolve(d));

type Row = Record<string, number>;
const rows = new Map<string, Row[]>(dirs.map((d) => [d, []]));
const median = (values: number[]) => percentile(values, 50);
const fmt = (row: Row) =>
  Object.entries(row)
    .map(([k, v]) => `${k} ${Math.round(v * 10) / 10}`)
    .join(' · ');

for (let round = 0; round < rounds; round += 1) {
  for (const dir of dirs) {
    const server = await serveRenderer(dir);
    try {
      const load = await loadAverage();
      const { small, large } = await measureDecks(server.url);
      const answers = large.answers;
      const row: Row = {
        first: median(small.firsts),
        cold: small.firsts[0],
        firstLarge: median(large.firsts),
        p95: percentile(
          answers.map((a) => a.painted),
          95,
        ),
        med: median(answers.map((a) => a.painted)),
        dom: median(answers.map((a) => a.dom)),
        frame: median(answers.map((a) => a.frame)),
        n: answers.length,
        load: (load + (await loadAverage())) / 2,
      };
      rows.get(dir)!.push(row);
      console.log(`${dir} round ${round}: ${fmt(row)}`);
    } finally {
      await server.close();
    }
  }
}
for (const [dir, list] of rows) {
  const keys = Object.keys(list[0] ?? {});
  const row = Object.fromEntries(keys.map((k) => [k, median(list.map((r) => r[k]))]));
  console.log(`${dir} median of ${list.length}: ${fmt(row)}`);
}
