/**
 * One set of end-to-end specs, two ways to run them:
 *  - project `chromium`: the built renderer (out/renderer) in Debian's Chromium,
 *    with `window.dossier` bound to the REAL main-process handlers running in
 *    this test process on a temp data folder (clock injectable);
 *  - project `electron`: the real app through `_electron.launch`, where the
 *    Electron binary is installed; skipped with a one-line reason elsewhere.
 *
 * Specs do: `const page = await app.open();` after seeding through `app.backend`.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron, test as base, type ElectronApplication, type Page } from '@playwright/test';
import type { Channel, Input, Output } from '../../electron/contract';
import { readArticleFile } from '../../electron/main/files';
import { createHandlers } from '../../electron/main/handlers';
import { createDispatch, type Dispatch } from '../../electron/main/ipc/dispatch';
import { createConfStoreFactory } from '../support/conf-store';
import { bindBackend } from './bind-backend';
import { installedElectronPath } from './electron-binary';
import { serveRenderer } from './static-server';

export { expect } from '@playwright/test';

const ROOT = resolve(import.meta.dirname, '../..');
const RENDERER_DIR = join(ROOT, 'out/renderer');

/** The fixed moment tests start at unless they set another. */
export const DEFAULT_NOW = '2026-03-02T10:00:00.000Z';

export type TestClock = { now(): Date; set(iso: string): void; advance(ms: number): void };

export type Backend = {
  dataDir: string;
  clock: TestClock;
  /** Calls a channel as the renderer would (validated), throwing on `{ ok: false }`. */
  call<C extends Channel>(channel: C, input?: Input<C>): Promise<Output<C>>;
  dispatch: Dispatch;
  /** The next `library:openFile` answers with this file (the dialog's stand-in). */
  queueOpenFile(name: string, bytes: Uint8Array | string): void;
  /** What `file:save` wrote, by file name. */
  saved: Map<string, string>;
};

export type App = {
  backend: Backend;
  mode: 'chromium' | 'electron';
  /** Opens the app (loads the page, or launches Electron) and returns its page; `hash` opens it on that page (`#/study`). */
  open(hash?: string): Promise<Page>;
};

function makeClock(): TestClock {
  let current = new Date(DEFAULT_NOW).getTime();
  return {
    now: () => new Date(current),
    set: (iso) => {
      current = new Date(iso).getTime();
    },
    advance: (ms) => {
      current += ms;
    },
  };
}

async function makeBackend(dataDir: string): Promise<Backend & { close(): Promise<void> }> {
  const clock = makeClock();
  const pendingFiles: { name: string; bytes: Uint8Array }[] = [];
  const saved = new Map<string, string>();
  const service = await createHandlers({
    dataDir,
    storeFactory: createConfStoreFactory(),
    clock: () => clock.now(),
    random: () => 0.5,
    version: 'e2e',
    openFile: async () => {
      const next = pendingFiles.shift();
      return next ? readArticleFile(next.name, next.bytes) : null;
    },
    saveFile: async (name: string, text: string) => {
      saved.set(name, text);
      return { path: join(dataDir, 'exports', name) };
    },
  });
  const dispatch = createDispatch(service.handlers);
  return {
    dataDir,
    clock,
    dispatch,
    saved,
    queueOpenFile: (name, bytes) =>
      pendingFiles.push({ name, bytes: typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes }),
    async call(channel, input) {
      const result = await dispatch(channel, input);
      if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
      return result.value as never;
    },
    close: () => service.close(),
  };
}

type WorkerFixtures = { server: { url: string } };

export const test = base.extend<{ app: App }, WorkerFixtures>({
  server: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads fixture dependencies from this destructuring.
    async ({}, use) => {
      try {
        await readFile(join(RENDERER_DIR, 'index.html'));
      } catch {
        throw new Error('out/renderer is missing: run `npx electron-vite build` before the end-to-end tests.');
      }
      const server = await serveRenderer(RENDERER_DIR);
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],

  app: async ({ page, server }, use, testInfo) => {
    const dataDir = await mkdtemp(join(tmpdir(), 'dossier-e2e-'));
    const isElectron = testInfo.project.name === 'electron';
    let electronApp: ElectronApplication | null = null;
    const electronPath = isElectron ? installedElectronPath(ROOT) : null;
    if (isElectron && !electronPath) {
      testInfo.skip(true, 'Electron binary not installed here (no download possible); run on a machine with it.');
    }
    const backend = await makeBackend(dataDir);
    const app: App = {
      backend,
      mode: isElectron ? 'electron' : 'chromium',
      async open(hash = '') {
        if (electronPath) {
          await backend.close(); // seeded data is flushed to dataDir, which the app then opens
          electronApp = await _electron.launch({
            executablePath: electronPath,
            args: [join(ROOT, 'out/main/index.js')],
            env: { ...process.env, DOSSIER_DATA_DIR: dataDir } as Record<string, string>,
          });
          const window = await electronApp.firstWindow();
          if (hash) {
            // The window opens on the library; the app reads the hash when it loads.
            await window.evaluate((h) => {
              location.hash = h;
            }, hash);
            await window.reload();
          }
          return window;
        }
        await bindBackend(page, backend.dispatch);
        await page.goto(`${server.url}/index.html${hash}`);
        return page;
      },
    };
    await use(app);
    if (electronApp) await (electronApp as ElectronApplication).close();
    else await backend.close();
    await rm(dataDir, { recursive: true, force: true });
  },
});
