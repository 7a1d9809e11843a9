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
