import { expect, test } from '../harness';

const TITLE = 'Russia’s Recognition of the Taliban Government';

test('opens on the library with the bundled article, its counts and a study action', async ({ app }) => {
  const page = await app.open();
  const card = page.locator('.article-card').filter({ hasText: TITLE });
  await expect(card).toBeVisible();
  await expect(card).toContainText('Stratheia');
  const [summary] = await app.backend.call('library:list');
  expect(summary.counts.total).toBeGreaterThan(10);
  // Argument cards and unattributed quotes wait for a person's review.
  expect(summary.counts.pending).toBeGreaterThan(0);
  await expect(card.locator('.counts')).toContainText(String(summary.counts.new));
  await expect(page.getByRole('main').getByRole('button', { name: /^Study \d+ new$/ })).toBeVisible();
  await expect(page.getByTestId('due-count')).toHaveText(/\d+/);
});

test('does not generate the bundled article twice on a second start', async ({ app }) => {
  const page = await app.open();
  await expect(page.locator('.article-card')).toHaveCount(1);
  await page.reload();
  await expect(page.locator('.article-card')).toHaveCount(1);
  expect((await app.backend.call('library:list')).length).toBe(1);
});
