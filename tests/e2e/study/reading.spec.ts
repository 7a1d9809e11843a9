import { expect, test } from '../harness';
import { BUNDLED_TITLE, openLibrary } from './helpers';

test('the reading view marks actors, dates and quotes; selecting one lists its cards', async ({ app }) => {
  const page = await openLibrary(app);
  await page.locator('.article-card', { hasText: BUNDLED_TITLE }).getByRole('button', { name: 'Read' }).click();
  await expect(page.locator('.reading-page')).toHaveAttribute('data-state', 'marked');
  await expect(page.getByRole('heading', { level: 1, name: BUNDLED_TITLE })).toBeVisible();
  for (const facet of ['actors', 'dates', 'quotes'])
    expect(await page.locator(`.mark-${facet}`).count()).toBeGreaterThan(2);
  // Facet marks look different from one another.
  const styles = await page.evaluate(() =>
    ['actors', 'dates', 'quotes'].map((f) => {
      const s = getComputedStyle(document.querySelector(`.reading .mark-${f}`)!);
      return `${s.borderBottomStyle}|${s.backgroundColor}|${s.fontStyle}`;
    }),
  );
  expect(new Set(styles).size).toBe(3);

  await page.locator('.mark-actors', { hasText: 'Lavrov' }).first().click();
  const list = page.getByTestId('mark-cards');
  await expect(list).toContainText('Sergey Lavrov');
  expect(await list.locator('li').count()).toBeGreaterThan(0);
  await expect(page.locator('.mark-actors', { hasText: 'Lavrov' }).first()).toHaveAttribute('aria-pressed', 'true');

  await page.locator('.mark-quotes', { hasText: 'The Taliban are a reality' }).first().click();
  await expect(list.locator('li').first()).toBeVisible();
  await page.locator('.mark-dates', { hasText: 'May 2024' }).first().click();
  await expect(list).toContainText('May 2024');
});
