import type { Page } from '@playwright/test';
import { type App, expect, test } from '../harness';

export const BUNDLED_TITLE = 'Russia’s Recognition of the Taliban Government';

/** Opens the app and waits until first start is over (the bundled article is in the library). */
export async function openApp(app: App): Promise<Page> {
  // These specs compare the page with the bound handlers after opening, on the harness's fixed clock;
  // the Electron app runs on the real clock with its own handlers.
  test.skip(app.mode === 'electron', 'compares figures with the bound handlers on a fixed clock (browser mode only)');
  const page = await app.open();
  await expect(page.getByText(BUNDLED_TITLE).first()).toBeVisible({ timeout: 30_000 });
  return page;
}

/** Follows a sidebar entry, whether the shell made it a link or a button. */
export async function goTo(
  page: Page,
  view: 'Progress' | 'Cards' | 'Settings' | 'Library',
  timeout?: number,
): Promise<void> {
  const nav = page.getByRole('navigation');
  await nav
    .getByRole('link', { name: view, exact: true })
    .or(nav.getByRole('button', { name: view, exact: true }))
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: view })).toBeVisible({ timeout });
}

export type Theme = 'light' | 'dark';

/** Screenshots of the current view in both themes at both window sizes, into test-results/screens/. */
export async function screens(page: Page, name: string, waitFor: () => Promise<void>): Promise<void> {
  // No colour transitions caught half-way through a theme switch.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  for (const [w, h] of [
    [1280, 800],
    [900, 700],
  ] as const) {
    await page.setViewportSize({ width: w, height: h });
    for (const theme of ['light', 'dark'] as Theme[]) {
      await page.evaluate((t) => {
        document.documentElement.dataset.theme = t;
      }, theme);
      await waitFor();
      await page.screenshot({ path: `test-results/screens/${name}-${theme}-${w}x${h}.png` });
    }
  }
  await page.setViewportSize({ width: 1280, height: 800 });
}

/** The lower part of a long page (the shell's page area scrolls), in both themes at 1280x800. */
export async function lowerScreens(page: Page, name: string): Promise<void> {
  await page.locator('main').evaluate((main) => {
    main.scrollTop = main.scrollHeight;
  });
  for (const theme of ['light', 'dark'] as Theme[]) {
    await page.evaluate((t) => {
      document.documentElement.dataset.theme = t;
    }, theme);
    await page.screenshot({ path: `test-results/screens/${name}-lower-${theme}-1280x800.png` });
  }
}
