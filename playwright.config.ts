import { defineConfig } from '@playwright/test';
import { chromiumForConfig } from './tests/e2e/find-chromium';

/** Flags that keep Debian's Chromium quiet on a machine with no network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

// CHROMIUM_PATH, else Playwright's own Chromium, else Debian's; `npm run test:e2e` installs one first when none is found.
const chromiumLaunch = { executablePath: chromiumForConfig(), args: CHROMIUM_ARGS };

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/e2e/global-setup.ts',
  outputDir: 'test-results/artifacts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  // One retry on CI only: a 2-core machine under load can starve a spec; the report still lists it as flaky.
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    viewport: { width: 1280, height: 800 },
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'chromium', use: { browserName: 'chromium', launchOptions: chromiumLaunch } },
    // The same specs against the real app; the harness skips them with a reason where Electron is not installed.
    { name: 'electron', use: { browserName: 'chromium', launchOptions: chromiumLaunch } },
  ],
});
