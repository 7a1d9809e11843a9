/**
 * Renderer benchmarks on the built renderer (out/renderer) in Debian's Chromium,
 * `window.dossier` bound to the real handlers on a temp folder holding a deck of
 * due cards (every card answered once, then two months later): the bundled article
 * alone, or with the annotated fixture articles (the large deck: about a hundred cards).
 *  - first_card_ms: navigation start to the first study card painted (opened on #/study),
 *    median of LOADS loads in one browser, on the bundled article alone (about a dozen cards due);
 *    first_card_cold_ms is the first of them (empty cache); first_card_large_deck_ms the same
 *    median on the large deck, whose first queue (~100 kB) takes far longer through the test
 *    binding than through Electron's IPC (tests/bench/binding-floor.ts);
 *  - answer_next_p95_ms (and _median_ms, over answer_next_samples answers): rating key down to
 *    the next card painted, measured in the page; "painted" is a task posted from the frame's
 *    animation callback, so it runs once that frame's style, layout and paint are done (the
 *    callback itself runs before them);
 *    All three run under Playwright, whose inspector (Runtime domain enabled) makes V8 capture a
 *    detailed stack, with source positions, for every Error created: react-dom creates five while its
 *    module initialises, so V8 collects the source positions of the functions on that stack (react-dom's
 *    ~200 kB module function and the app chunk's), about 60 ms of main-thread CPU a load that the app
 *    without an inspector does not spend (first-card-probe.ts `--chromium-arg
 *    --js-flags=--no-enable-lazy-source-positions` shows the figure without it);
 *  - renderer_load_avg: the machine's 1-minute load average over the run (2 cores shared: read
 *    the times with it, and compare builds with tests/bench/renderer-ab.ts, interleaved);
 *  - renderer_js_kb_gz: gzip size of all renderer JavaScript (app, lazy pages, generator worker and its
 *    on-page fallback); renderer_entry_js_kb_gz: the JavaScript the page loads at start (the entry chunk
 *    and the chunks index.html preloads: the app chunk and what it imports).
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type Browser, chromium, type Page } from '@playwright/test';
import { createHandlers } from '../../electron/main/handlers';
import { createDispatch } from '../../electron/main/ipc/dispatch';
import { CHROMIUM_ARGS } from '../../playwright.config';
import { formatFromName, generate } from '../../renderer/src/cards';
import { prepareArticle } from '../../renderer/src/lib/prepare-article';
import { bindBackend } from '../e2e/bind-backend';
import { serveRenderer } from '../e2e/static-server';
import { createConfStoreFactory } from '../support/conf-store';

const ROOT = resolve(import.meta.dirname, '../..');
const RENDERER_DIR = join(ROOT, 'out/renderer');
const DAY = 86_400_000;
const BUNDLED = 'stratheia-russia-taliban.md';
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'articles');

export async function seededBackend(dataDir: string, options: { articles?: number } = {}) {
  let now = new Date('2026-03-02T10:00:00.000Z').getTime();
  const service = await createHandlers({
    dataDir,
    storeFactory: createConfStoreFactory(),
    clock: () => new Date(now),
    random: () => 0.5,
    version: 'bench',
    openFile: async () => null,
    saveFile: async () => null,
  });
  const dispatch = createDispatch(service.handlers);
  const call = async (channel: string, input?: unknown) => {
    const result = await dispatch(channel, input);
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
    return result.value as never;
  };
  // The bundled article (as the app ships it) and the annotated fixture articles (invented text),
  // so a run has enough cards to time many answers.
  const articles: { name: string; raw: string; bundled: boolean }[] = [
    { name: BUNDLED, raw: await readFile(join(ROOT, 'content', BUNDLED), 'utf8'), bundled: true },
  ];
  for (const name of (await readdir(FIXTURES)).sort()) {
    if (/\.(txt|md|html)$/.test(name) && !name.startsWith('stratheia-'))
      articles.push({ name, raw: await readFile(join(FIXTURES, name), 'utf8'), bundled: false });
  }
  await call('settings:set', { newPerDay: 9999, fuzz: false });
  for (const { name, raw, bundled } of articles.slice(0, options.articles ?? articles.length)) {
    const prepared = prepareArticle(raw, formatFromName(name), { sourceName: name });
    if (!prepared.ok) throw new Error(`${name}: ${prepared.error}`);
    const doc = generate(prepared.article.text, { title: prepared.article.title });
    await call('library:save', { article: { ...prepared.article, bundled }, cards: doc.cards, acceptAll: true });
  }
  // Siblings are buried for the day: answer a day at a time until every card has been studied.
  const studied = new Set<string>();
  for (let day = 0; day < 30; day += 1) {
    const queue: { items: { card: { id: string } }[] } = await call('study:queue', { limit: 1000 });
    if (queue.items.length === 0 && studied.size > 0) break;
    for (const item of queue.items) {
      await call('study:answer', { cardId: item.card.id, rating: 3, mode: 'self', durationMs: 3000 });
      studied.add(item.card.id);
    }
    now += DAY;
  }
  now += 60 * DAY;
  // Each run starts on a new day: the siblings of the last run's cards are buried until then.
  const nextDay = () => {
    now += DAY;
  };
  return { dispatch, cards: studied.size, nextDay, close: () => service.close() };
}

/**
 * Before the page loads: `window.__firstCard` resolves with the time of the frame that first shows a
 * study card, once its layout and paint are done ("card-in-dom" marks when it enters the DOM).
 */
export async function watchFirstCard(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __firstCard: Promise<number> };
    w.__firstCard = new Promise((done) => {
      const observer = new MutationObserver(() => {
        if (!document.querySelector('.study-card')) return;
        observer.disconnect();
        performance.mark('card-in-dom');
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => done(performance.now());
          channel.port2.postMessage(null);
        });
      });
      observer.observe(document, { childList: true, subtree: true });
    });
  });
}

/** Time from navigation start to the frame that first shows a study card. */
async function firstCardMs(page: Page, url: string): Promise<number> {
  await watchFirstCard(page);
  await page.goto(url);
  return page.evaluate(() => (window as unknown as { __firstCard: Promise<number> }).__firstCard);
}

/** One answer's times from key down, in ms: the next card in the DOM, the frame's animation callback, that frame painted. */
export type AnswerTimes = { dom: number; frame: number; painted: number };

/** One rating: key down on "3" to the frame that shows the next card; null once the session has ended. */
export async function answerNext(page: Page): Promise<AnswerTimes | null> {
  await page.locator('.card-panel[data-state="front"]').waitFor();
  await page.keyboard.press('Space');
  await page.locator('.card-panel[data-state="back"]').waitFor();
  await page.evaluate(() => {
    const w = window as unknown as { __next: Promise<AnswerTimes | null> };
    const before = document.querySelector('.study-card')?.getAttribute('data-card-id');
    w.__next = new Promise((done) => {
      let t0 = 0;
      window.addEventListener(
        'keydown',
        () => {
          t0 = performance.now();
          performance.mark('answer-key');
        },
        { capture: true, once: true },
      );
      const observer = new MutationObserver(() => {
        const card = document.querySelector('.study-card');
        const ended = document.querySelector('.session-end');
        if (ended) {
          observer.disconnect();
          done(null);
        } else if (card && card.getAttribute('data-card-id') !== before) {
          observer.disconnect();
          const dom = performance.now() - t0;
          requestAnimationFrame(() => {
            const frame = performance.now() - t0;
            const channel = new MessageChannel();
            channel.port1.onmessage = () => {
              performance.mark('answer-painted');
              done({ dom, frame, painted: performance.now() - t0 });
            };
            channel.port2.postMessage(null);
          });
        }
      });
      observer.observe(document.querySelector('.study-stage')!, { childList: true, subtree: true, attributes: true });
    });
  });
  await page.keyboard.press('3');
  return page.evaluate(() => (window as unknown as { __next: Promise<AnswerTimes | null> }).__next);
}

/** Gzip size of the renderer's JavaScript: every file, or only those `only` accepts. */
async function jsGzipKb(only: (name: string) => boolean = () => true): Promise<number> {
  const dir = join(RENDERER_DIR, 'assets');
  let bytes = 0;
  for (const name of await readdir(dir)) {
    if (name.endsWith('.js') && only(name)) bytes += gzipSync(await readFile(join(dir, name))).length;
  }
  return Math.round(bytes / 102.4) / 10;
}

/** The JavaScript files index.html loads at start: its module script and its module preloads. */
async function startChunks(): Promise<Set<string>> {
  const html = await readFile(join(RENDERER_DIR, 'index.html'), 'utf8');
  const names = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)="\.\/assets\/([^"]+\.js)"/g)].map((m) => m[1]);
  return new Set(names);
}

export const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

/** Loads per measurement: each load times the first card, then rates a share of the deck. */
export const LOADS = 5;

export type RendererTimes = { firsts: number[]; answers: AnswerTimes[] };
export type SeededBackend = Awaited<ReturnType<typeof seededBackend>>;

/**
 * Times the renderer served at `url` on `backend`: LOADS loads of `#/study` in new pages of
 * `browser`, each timing its first card and then, with `answers`, answering a share of the deck
 * (leaving cards for the next load, which starts a day later).
 */
export async function measureRenderer(
  browser: Browser,
  url: string,
  backend: SeededBackend,
  answers = true,
): Promise<RendererTimes> {
  const times: RendererTimes = { firsts: [], answers: [] };
  for (let run = 0; run < LOADS; run += 1) {
    if (run > 0) backend.nextDay();
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await bindBackend(page, backend.dispatch);
    times.firsts.push(await firstCardMs(page, `${url}/index.html#/study`));
    for (let i = 0; answers && i < Math.floor(backend.cards / (LOADS + 1)); i += 1) {
      const answer = await answerNext(page);
      if (answer === null) break;
      times.answers.push(answer);
    }
    await page.close();
  }
  return times;
}

/**
 * The renderer at `url` on two decks, each in its own data folder and browser: the bundled
 * article alone (about a dozen cards due: the first card as the issue set its target) and the
 * large deck (about a hundred due: the answers, and the first card with a longer first queue).
 */
export async function measureDecks(url: string): Promise<{ small: RendererTimes; large: RendererTimes }> {
  const run = async (articles: number | undefined, answers: boolean) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'dossier-bench-renderer-'));
    const backend = await seededBackend(dataDir, { articles });
    const browser = await launchChromium();
    try {
      return await measureRenderer(browser, url, backend, answers);
    } finally {
      await browser.close();
      await backend.close();
      await rm(dataDir, { recursive: true, force: true });
    }
  };
  const small = await run(1, false);
  const large = await run(undefined, true);
  return { small, large };
}

/** The machine's 1-minute load average (other processes share the cores: read figures with it). */
export async function loadAverage(): Promise<number> {
  const text = await readFile('/proc/loadavg', 'utf8').catch(() => '');
  return Number.parseFloat(text) || 0;
}

export const launchChromium = () =>
  chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });

export async function benchRenderer(): Promise<Record<string, number>> {
  await readFile(join(RENDERER_DIR, 'index.html')).catch(() => {
    throw new Error('out/renderer is missing: run `npx electron-vite build` first.');
  });
  const server = await serveRenderer(RENDERER_DIR);
  try {
    const loadBefore = await loadAverage();
    const { small, large } = await measureDecks(server.url);
    const samples = large.answers.map((a) => a.painted);
    return {
      first_card_ms: Math.round(percentile(small.firsts, 50)),
      first_card_cold_ms: Math.round(small.firsts[0]),
      first_card_large_deck_ms: Math.round(percentile(large.firsts, 50)),
      answer_next_p95_ms: Math.round(percentile(samples, 95) * 10) / 10,
      answer_next_median_ms: Math.round(percentile(samples, 50) * 10) / 10,
      answer_next_samples: samples.length,
      renderer_load_avg: Math.round(((loadBefore + (await loadAverage())) / 2) * 100) / 100,
      renderer_js_kb_gz: await jsGzipKb(),
      renderer_entry_js_kb_gz: await startChunks().then((start) => jsGzipKb((name) => start.has(name))),
    };
  } finally {
    await server.close();
  }
}
