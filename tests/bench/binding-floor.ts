/**
 * The floor set by the test harness (a diagnostic, not a figure):
 * `npx tsx tests/bench/binding-floor.ts [--rounds N]`, on the renderer bench's two seeded decks:
 *  - an empty page (one paragraph, no script of its own) served and bound as the renderer bench
 *    serves and binds the app: navigation start to its first frame painted, alone and after one
 *    `study:queue` round trip of a `#/study` start (the floor under first_card_ms: Playwright's
 *    page set-up and the binding, with no app);
 *  - round trips through the binding, timed in the page: `settings:get` (a tiny answer) and the
 *    start's `study:queue`, with the answer's JSON size and the time in the handler; the same
 *    answer as one JSON string through a second binding (what Playwright's object format costs).
 * Prints medians and maxima with the load average.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import type { Dispatch } from '../../electron/main/ipc/dispatch';
import { FIRST_QUEUE_LIMIT, LEARN_AHEAD_MS } from '../../renderer/src/lib/startup';
import { bindBackend } from '../e2e/bind-backend';
import { serveRenderer } from '../e2e/static-server';
import { launchChromium, loadAverage, percentile, type SeededBackend, seededBackend } from './renderer';

const args = process.argv.slice(2);
const roundsAt = args.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 10;
const queueInput = { limit: FIRST_QUEUE_LIMIT, learnAheadMs: LEARN_AHEAD_MS };
const line = (name: string, values: number[]) =>
  `${name}: median ${percentile(values, 50).toFixed(1)} ms, max ${Math.max(...values).toFixed(1)} ms`;

/** Navigation start to the first frame painted of an empty page, optionally after one start queue round trip. */
async function emptyPageLoads(browser: Browser, backend: SeededBackend, url: string, withQueue: boolean) {
  const times: number[] = [];
  for (let i = 0; i < rounds; i += 1) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await bindBackend(page, backend.dispatch);
    await page.addInitScript((queue) => {
      const w = window as unknown as { __painted: Promise<number>; dossier: Record<string, (i?: unknown) => unknown> };
      w.__painted = (queue ? Promise.resolve(w.dossier.studyQueue(queue)) : Promise.resolve()).then(
        () =>
          new Promise<number>((done) => {
            requestAnimationFrame(() => {
              const channel = new MessageChannel();
              channel.port1.onmessage = () => done(performance.now());
              channel.port2.postMessage(null);
            });
          }),
      );
    }, withQueue && queueInput);
    await page.goto(`${url}/index.html`);
    times.push(await page.evaluate(() => (window as unknown as { __painted: Promise<number> }).__painted));
    await page.close();
  }
  return times;
}

async function roundTrips(browser: Browser, backend: SeededBackend) {
  const handlerMs: Record<string, number[]> = {};
  const timed: Dispatch = async (channel, payload) => {
    const t0 = performance.now();
    const result = await backend.dispatch(channel, payload);
    handlerMs[String(channel)] = [...(handlerMs[String(channel)] ?? []), performance.now() - t0];
    return result;
  };
  const page = await browser.newPage();
  await bindBackend(page, timed);
  await page.exposeBinding('__asJson', async (_source, channel: string, payload: unknown) =>
    JSON.stringify(await backend.dispatch(channel, payload)),
  );
  await page.goto('about:blank');
  const result = await page.evaluate(
    async ({ rounds, queueInput }) => {
      const api = (window as unknown as { dossier: Record<string, (i?: unknown) => Promise<unknown>> }).dossier;
      const asJson = (window as unknown as { __asJson: (c: string, p: unknown) => Promise<string> }).__asJson;
      const times: Record<string, number[]> = { settings: [], queue: [], json: [] };
      let bytes = 0;
      let items = 0;
      for (let i = 0; i < rounds; i += 1) {
        let t = performance.now();
        await api.settingsGet();
        times.settings.push(performance.now() - t);
        t = performance.now();
        const queue = (await api.studyQueue(queueInput)) as { value: { items: unknown[] } };
        times.queue.push(performance.now() - t);
        t = performance.now();
        JSON.parse(await asJson('study:queue', queueInput));
        times.json.push(performance.now() - t);
        bytes = JSON.stringify(queue).length;
        items = queue.value.items.length;
      }
      return { times, bytes, items };
    },
    { rounds, queueInput },
  );
  await page.close();
  console.log(
    `  round trip settings:get ${line('', result.times.settings)} (handler median ${percentile(handlerMs['settings:get'], 50).toFixed(1)} ms)`,
  );
  console.log(
    `  round trip study:queue (${result.items} cards, ${(result.bytes / 1024).toFixed(0)} kB) ${line('', result.times.queue)} (handler median ${percentile(handlerMs['study:queue'], 50).toFixed(1)} ms)`,
  );
  console.log(`  the same as one JSON string ${line('', result.times.json)}`);
}

const emptyDir = await mkdtemp(join(tmpdir(), 'dossier-empty-page-'));
await writeFile(join(emptyDir, 'index.html'), '<!doctype html><html><body><p>Empty page</p></body></html>');
const server = await serveRenderer(emptyDir);
try {
  for (const [deck, articles] of [
    ['bundled article', 1],
    ['large deck', undefined],
  ] as const) {
    const dataDir = await mkdtemp(join(tmpdir(), 'dossier-binding-floor-'));
    const backend = await seededBackend(dataDir, { articles });
    const browser = await launchChromium();
    try {
      const load = await loadAverage();
      console.log(`${deck} (${backend.cards} cards), ${rounds} rounds, load average ${load}:`);
      console.log(`  ${line('empty page painted', await emptyPageLoads(browser, backend, server.url, false))}`);
      console.log(
        `  ${line('empty page painted after the start queue', await emptyPageLoads(browser, backend, server.url, true))}`,
      );
      await roundTrips(browser, backend);
      console.log(`  load average now ${await loadAverage()}`);
    } finally {
      await browser.close();
      await backend.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  }
} finally {
  await server.close();
  await rm(emptyDir, { recursive: true, force: true });
}
