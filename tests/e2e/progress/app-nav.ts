import type { Page } from '@playwright/test';
import { type App, expect } from '../harness';

export const BUNDLED_TITLE = 'Russia’s Recognition of the Taliban Government';

/** Opens the app and waits until first start is over (the bundled article is in the library). */
export async function openApp(app: App): Promise<Page> {
  const page = await app.open();
  await expect(page.getByText(BUNDLED_TITLE).first()).toBeVisible({ timeout: 30_000 });
  return page;
}

/** Follows a sidebar entry, whether the shell made it a link or a button. */
export async function goTo(page: Page, view: 'Progress' | 'Cards' | 'Settings' | 'Library'): Promise<void> {
  const nav = page.getByRole('navigation');
  await nav
    .getByRole('link', { name: view, exact: true })
    .or(nav.getByRole('button', { name: view, exact: true }))
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1, name: view })).toBeVisible();
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
