/**
 * `dashboard_ms`: from clicking Progress in the sidebar until the dashboard's
 * charts are painted, with a 200,000-review history. The built renderer runs in
 * Debian's Chromium; `window.dossier` is bound to the real main handlers on a
 * temp folder, except that `stats:summary` answers with main's computeSummary
 * over the synthetic collection (20,000 cards, 200,000 reviews), which is what
 * main computes for such a collection. Timed inside the page: performance.now()
 * before the click, the view's `dossier:progress-painted` event after it
 * (fired a frame after the forecast chart has drawn). Median of several runs.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import type { Summary } from '../../electron/contract';
import { createHandlers } from '../../electron/main/handlers';
import { createDispatch, type Dispatch } from '../../electron/main/ipc/dispatch';
import { computeSummary } from '../../electron/main/progress/stats';
import { CHROMIUM_ARGS } from '../../playwright.config';
import { bindBackend } from '../e2e/bind-backend';
import { serveRenderer } from '../e2e/static-server';
import { createConfStoreFactory } from '../support/conf-store';
import { makeSyntheticCollection } from './synthetic';

const ROOT = resolve(import.meta.dirname, '../..');
const NOW = new Date('2026-03-15T12:00:00Z');
const RUNS = 7;

/** One navigation: Library, then Progress, timed until the painted event. */
async function timeOnce(page: Page): Promise<number> {
  await page.getByRole('navigation').getByRole('button', { name: 'Library', exact: true }).click();
  await page.getByRole('heading', { level: 1 }).first().waitFor();
  return page.evaluate(
    () =>
      new Promise<number>((done, fail) => {
        setTimeout(() => fail(new Error('The dashboard did not paint within 10 s')), 10_000);
        const button = [...document.querySelectorAll('nav button')].find((b) => b.textContent?.trim() === 'Progress');
        if (!(button instanceof HTMLElement)) throw new Error('No Progress entry in the sidebar');
        const start = performance.now();
        window.addEventListener('dossier:progress-painted', () => done(performance.now() - start), { once: true });
        button.click();
      }),
  );
}

export async function benchDashboard(): Promise<Record<string, number>> {
  const collection = makeSyntheticCollection(7, 20_000, 200_000, NOW);
  const summary: Summary = computeSummary({ ...collection, now: NOW });
  const dataDir = await mkdtemp(join(tmpdir(), 'dossier-bench-dashboard-'));
  const service = await createHandlers({
    dataDir,
    storeFactory: createConfStoreFactory(),
    clock: () => NOW,
    random: () => 0.5,
    version: 'bench',
    openFile: async () => null,
    saveFile: async () => null,
  });
  const real = createDispatch(service.handlers);
  // Computed per request, as main does, so the time of the summary itself is in the figure.
  const dispatch: Dispatch = (channel, payload) =>
    channel === 'stats:summary'
      ? Promise.resolve({ ok: true, value: computeSummary({ ...collection, now: NOW }) })
      : real(channel, payload);
  const server = await serveRenderer(join(ROOT, 'out/renderer'));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await bindBackend(page, dispatch);
    await page.goto(`${server.url}/index.html`);
    await page.locator('.shell[data-boot="ready"]').waitFor({ timeout: 60_000 });
    await timeOnce(page); // warm-up: code, fonts and the chart library loaded once
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) times.push(await timeOnce(page));
    times.sort((a, b) => a - b);
    const reviews = summary.activity365.reduce((n, d) => n + d.count, 0);
    if (reviews === 0) throw new Error('The synthetic history has no reviews in the past year');
    return { dashboard_ms: Math.round(times[Math.floor(RUNS / 2)]! * 10) / 10 };
  } finally {
    await browser.close();
    await server.close();
    await service.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}
