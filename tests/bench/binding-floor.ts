/**
 * The floor set by the test binding (a diagnostic, not a figure):
 * `npx tsx tests/bench/binding-floor.ts [--rounds N]` opens an empty page with `window.dossier`
 * bound as in the renderer bench (same seeded backend) and times, in the page, round trips of
 * `settings:get` (a tiny answer) and of the `study:queue` request a `#/study` start makes (the
 * whole due deck), with the answer's JSON size, the time in the handler, and the load average.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Dispatch } from '../../electron/main/ipc/dispatch';
import { FIRST_QUEUE_LIMIT, LEARN_AHEAD_MS } from '../../renderer/src/lib/startup';
import { bindBackend } from '../e2e/bind-backend';
import { launchChromium, loadAverage, percentile, seededBackend } from './renderer';

const args = process.argv.slice(2);
const roundsAt = args.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 15;

const dataDir = await mkdtemp(join(tmpdir(), 'dossier-binding-floor-'));
const backend = await seededBackend(dataDir);
const browser = await launchChromium();
try {
  const handlerMs: Record<string, number[]> = {};
  const timed: Dispatch = async (channel, payload) => {
    const t0 = performance.now();
    const result = await backend.dispatch(channel, payload);
    handlerMs[String(channel)] = [...(handlerMs[String(channel)] ?? []), performance.now() - t0];
    return result;
  };
  const page = await browser.newPage();
  await bindBackend(page, timed);
  // The same answers as one JSON string through a second binding: what the object format costs.
  await page.exposeBinding('__asJson', async (_source, channel: string, payload: unknown) =>
    JSON.stringify(await backend.dispatch(channel, payload)),
  );
  await page.goto('about:blank');
  const load = await loadAverage();
  const queueInput = { limit: FIRST_QUEUE_LIMIT, learnAheadMs: LEARN_AHEAD_MS };
  const result = await page.evaluate(
    async ({ rounds, queueInput }) => {
      const api = (window as unknown as { dossier: Record<string, (i?: unknown) => Promise<unknown>> }).dossier;
      const times: Record<string, number[]> = { 'settings:get': [], 'study:queue': [], 'study:queue as JSON': [] };
      const asJson = (window as unknown as { __asJson: (c: string, p: unknown) => Promise<string> }).__asJson;
      let bytes = 0;
      let items = 0;
      for (let i = 0; i < rounds; i += 1) {
        let t = performance.now();
        await api.settingsGet();
        times['settings:get'].push(performance.now() - t);
        t = performance.now();
        const queue = (await api.studyQueue(queueInput)) as { value: { items: unknown[] } };
        times['study:queue'].push(performance.now() - t);
        t = performance.now();
        JSON.parse(await asJson('study:queue', queueInput));
        times['study:queue as JSON'].push(performance.now() - t);
        bytes = JSON.stringify(queue).length;
        items = queue.value.items.length;
      }
      return { times, bytes, items };
    },
    { rounds, queueInput },
  );
  const line = (name: string, values: number[]) =>
    `${name}: median ${percentile(values, 50).toFixed(1)} ms, max ${Math.max(...values).toFixed(1)} ms`;
  console.log(`load average ${load} → ${await loadAverage()}; ${rounds} rounds`);
  for (const channel of ['settings:get', 'study:queue']) {
    console.log(`  page round trip ${line(channel, result.times[channel])}`);
    console.log(`    in the handler ${line(channel, handlerMs[channel] ?? [0])}`);
  }
  console.log(`  page round trip ${line('study:queue as one JSON string', result.times['study:queue as JSON'])}`);
  console.log(`  study:queue answer: ${result.items} cards, ${(result.bytes / 1024).toFixed(0)} kB of JSON`);
} finally {
  await browser.close();
  await backend.close();
  await rm(dataDir, { recursive: true, force: true });
}
