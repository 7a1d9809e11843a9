import { expect, test } from '../harness';
import { BUNDLED_TITLE, panel } from './helpers';

// Opened on #/study, the session's first queue is asked for before React renders, the first render
// waits for it (300 ms at most) to show the first card, and the due count and the bundled article check wait for
// the first screen (renderer/src/lib/startup.ts).

test('opened on #/study: a first start makes the bundled article after the empty session; later starts open on the queue’s first card', async ({
  app,
}) => {
  const page = await app.open('#/study');
  // First start: nothing to study until the bundled article is made (in the worker, after the session loads).
  await expect(panel(page)).toHaveAttribute('data-state', 'front', { timeout: 30_000 });
  expect((await app.backend.call('library:list')).map((a) => a.title)).toEqual([BUNDLED_TITLE]);

  const queue = (await app.backend.call('study:queue', { limit: 500, learnAheadMs: 20 * 60_000 })).items;
  const due = (await app.backend.call('study:queue', { limit: 1000 })).items.length;
  expect(queue.length).toBeGreaterThan(2);
  await page.reload();
  await expect(panel(page)).toHaveAttribute('data-state', 'front');
  await expect(page.locator('.study-card')).toHaveAttribute('data-card-id', queue[0]!.card.id);
  await expect(page.getByTestId('session-progress')).toHaveText(`0 done · ${queue.length} left`);
  await expect(page.getByTestId('due-count')).toHaveText(new RegExp(`^${due}\\D`));
  await page.keyboard.press('Space');
  await expect(panel(page)).toHaveAttribute('data-state', 'back');
  await page.keyboard.press('3');
  await expect(page.locator('.study-card')).toHaveAttribute('data-card-id', queue[1]!.card.id);
  await expect(page.getByTestId('session-progress')).toHaveText(/^1 done/);
  expect((await app.backend.call('library:list')).length).toBe(1);
});

test('opened on #/study with a saved theme: the first card comes in that theme, not the system’s', async ({
  app,
  page,
}) => {
  test.skip(app.mode === 'electron', 'watches the page from before it loads (browser mode)');
  // The settings are asked for with the session's cards and the first render waits for both (lib/startup.ts).
  await app.open('#/study');
  await expect(panel(page)).toHaveAttribute('data-state', 'front', { timeout: 30_000 });
  await app.backend.call('settings:set', { theme: 'dark' });
  await page.emulateMedia({ colorScheme: 'light' });
  await page.addInitScript(() => {
    const w = window as unknown as { __themeAtFirstCard?: string };
    const observer = new MutationObserver(() => {
      if (!document.querySelector('.study-card')) return;
      observer.disconnect();
      w.__themeAtFirstCard = document.documentElement.dataset.theme ?? 'none';
    });
    observer.observe(document, { childList: true, subtree: true });
  });
  await page.reload();
  await expect(panel(page)).toHaveAttribute('data-state', 'front');
  expect(await page.evaluate(() => (window as unknown as { __themeAtFirstCard?: string }).__themeAtFirstCard)).toBe(
    'dark',
  );
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});
