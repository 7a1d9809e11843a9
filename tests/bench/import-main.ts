/**
 * The page's main thread while an article is imported through the app: the built renderer
 * (out/renderer) in Debian's Chromium, `window.dossier` bound to the real handlers on a temp
 * folder, a file dropped on the window as a person drops it, until its new cards are listed.
 * A PerformanceObserver records long tasks (over 50 ms) on the main thread; the figure is the
 * longest one between the drop and the listed cards, the median over a few imports.
 *
 * On a busy machine a task's wall time is mostly time the thread waited for a core, so a
 * trace of the same import also gives each main-thread task's CPU time (Chromium's thread
 * clock): `longestCpu` is what the task itself cost, whatever else the machine was doing.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type Browser, chromium, type Page } from '@playwright/test';
import { createHandlers } from '../../electron/main/handlers';
import { createDispatch } from '../../electron/main/ipc/dispatch';
import { CHROMIUM_ARGS } from '../../playwright.config';
import { bindBackend } from '../e2e/bind-backend';
import { serveRenderer } from '../e2e/static-server';
import { createConfStoreFactory } from '../support/conf-store';

/** DOSSIER_RENDERER_DIR: another build to compare (an older commit's out/renderer). */
const RENDERER_DIR = process.env.DOSSIER_RENDERER_DIR ?? join(resolve(import.meta.dirname, '../..'), 'out/renderer');

export type MainThreadImport = {
  /** The longest main-thread task from the drop to the listed cards, in ms (0: none over 50 ms). */
  longest: number;
  /** Long tasks (over 50 ms) in that time. */
  count: number;
  /** CPU time of the costliest main-thread task in that time, in ms. */
  longestCpu: number;
  /** Drop to the first new card on screen, in ms. */
  total: number;
};

type PageWindow = { __tasks: { start: number; duration: number }[]; __file: File };
type TraceEvent = { name: string; ph: string; pid: number; tid: number; ts: number; dur?: number; tdur?: number };

/** CPU time of the costliest task on the main thread that marked `import-start` (between it and `import-shown`). */
function longestTaskCpu(trace: Buffer): number {
  const events = (JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
  const start = events.find((e) => e.name === 'import-start');
  const shown = events.find((e) => e.name === 'import-shown');
  if (!start || !shown) throw new Error('the trace lacks the import marks');
  const tasks = events.filter(
    (e) =>
      e.pid === start.pid &&
      e.tid === start.tid &&
      e.ph === 'X' &&
      e.name === 'ThreadControllerImpl::RunTask' &&
      e.ts + (e.dur ?? 0) >= start.ts &&
      e.ts <= shown.ts,
  );
  return Math.max(0, ...tasks.map((e) => (e.tdur ?? 0) / 1000));
}

/** Drops `bytes` as `name` on the library of a freshly opened app and watches its main thread until the cards are listed. */
async function importOnce(
  browser: Browser,
  page: Page,
  url: string,
  name: string,
  bytes: Uint8Array,
): Promise<MainThreadImport> {
  await page.goto(url);
  // The first start makes the bundled article's cards: wait until it is in the library.
  await page.locator('.library[data-state="ready"] .article-card').first().waitFor({ timeout: 120_000 });
  // The file is made in the page before the clock starts: the test's own copying is not the app's work.
  await page.evaluate(
    ([fileName, base64]) => {
      const w = window as unknown as PageWindow;
      w.__file = new File([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))], fileName);
      w.__tasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__tasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask' });
    },
    [name, Buffer.from(bytes).toString('base64')] as const,
  );
  await page.waitForTimeout(300);
  await browser.startTracing(page, { categories: ['toplevel', 'blink.user_timing'] });
  const started = await page.evaluate(() => {
    const w = window as unknown as PageWindow;
    const transfer = new DataTransfer();
    transfer.items.add(w.__file);
    performance.mark('import-start');
    const t0 = performance.now();
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    return t0;
  });
  // Waits in the page (a locator would poll the page, adding its own tasks to the main thread).
  // No named functions inside: the bench's TypeScript loader would wrap them in a helper the page lacks.
  const shown = await page.evaluate(
    () =>
      new Promise<number>((done) => {
        const observer = new MutationObserver(() => {
          if (document.querySelector('.review-new .review-item') === null) return;
          observer.disconnect();
          requestAnimationFrame(() => {
            performance.mark('import-shown');
            done(performance.now());
          });
        });
        observer.observe(document.body, { childList: true, subtree: true });
      }),
  );
  // Tasks still running when the list appeared are reported when they end.
  await page.waitForTimeout(500);
  const trace = await browser.stopTracing();
  const tasks = await page.evaluate(() => (window as unknown as PageWindow).__tasks);
  const during = tasks.filter((t) => t.start + t.duration >= started && t.start <= shown);
  return {
    longest: Math.max(0, ...during.map((t) => t.duration)),
    count: during.length,
    longestCpu: longestTaskCpu(trace),
    total: shown - started,
  };
}

/** Imports each file `runs` times, each in a fresh page on a fresh data folder; results in the order of `files`. */
export async function mainThreadDuringImport(
  files: { name: string; bytes: Uint8Array }[],
  runs: number,
): Promise<MainThreadImport[][]> {
  await readFile(join(RENDERER_DIR, 'index.html')).catch(() => {
    throw new Error('out/renderer is missing: run `npm run bundle` first.');
  });
  const server = await serveRenderer(RENDERER_DIR);
  let browser: Browser | null = null;
  try {
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    });
    const results: MainThreadImport[][] = files.map(() => []);
    // Interleaved (a, b, a, b…) so that a busy minute on the machine weighs on both alike.
    for (let run = 0; run < runs; run += 1) {
      for (const [i, file] of files.entries()) {
        const dataDir = await mkdtemp(join(tmpdir(), 'dossier-bench-import-'));
        const service = await createHandlers({
          dataDir,
          storeFactory: createConfStoreFactory(),
          clock: () => new Date('2026-03-02T10:00:00.000Z'),
          random: () => 0.5,
          version: 'bench',
          openFile: async () => null,
          saveFile: async () => null,
        });
        const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
        try {
          await bindBackend(page, createDispatch(service.handlers));
          results[i].push(await importOnce(browser, page, `${server.url}/index.html`, file.name, file.bytes));
        } finally {
          await page.close();
          await service.close();
          await rm(dataDir, { recursive: true, force: true });
        }
      }
    }
    return results;
  } finally {
    await browser?.close();
    await server.close();
  }
}
