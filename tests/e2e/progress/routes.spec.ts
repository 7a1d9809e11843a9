/** Pages open from the URL hash with their parameters; a load that fails says so, with a way to try again. */
import { expect, test } from '../harness';
import { goTo, openApp } from './app-nav';
import { makeDrafts, saveDeck } from './seed';

test.describe('routes and load errors', () => {
  test('the progress view opens the card browser on a facet through the URL, and the URL opens it again', async ({
    app,
  }) => {
    await saveDeck(app.backend, makeDrafts(40));
    const page = await openApp(app);
    await goTo(page, 'Progress');
    await page
      .locator('section[aria-labelledby="pg-facets"]')
      .getByRole('button', { name: /^Dates:/ })
      .click();
    await expect(page.getByRole('combobox', { name: 'Facet' })).toHaveValue('dates');
    await expect(page).toHaveURL(/#\/cards\?facet=dates$/);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Cards' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Facet' })).toHaveValue('dates');
    const dates = await app.backend.call('cards:list', { facet: 'dates', sort: 'due' });
    await expect(page.locator('.cb-page[data-state="ready"] [data-count]')).toHaveAttribute(
      'data-count',
      String(dates.length),
    );
  });

  test('a reading link to an article that is gone shows main’s reason and a Try again button', async ({ app }) => {
    const page = await openApp(app);
    await page.evaluate(() => {
      window.location.hash = '#/reading?article=no-such-article';
    });
    await page.reload();
    const notice = page.getByRole('alert').filter({ hasText: 'The article could not be loaded' });
    await expect(notice).toContainText('This article is not in the library.');
    await expect(notice.getByRole('button', { name: 'Try again' })).toBeVisible();
    // Nothing to mark without the article: no legend or empty side panel beside the failure.
    await expect(page.locator('.reading-page')).toHaveAttribute('data-state', 'failed');
    await expect(page.getByRole('complementary', { name: 'Marks and cards' })).toHaveCount(0);
    for (const theme of ['light', 'dark'] as const)
      for (const [width, height] of [
        [1280, 800],
        [900, 700],
      ]) {
        await page.setViewportSize({ width, height });
        await page.emulateMedia({ colorScheme: theme });
        await expect(notice).toBeInViewport();
        await page.screenshot({ path: `test-results/screens/load-error-reading-${theme}-${width}x${height}.png` });
      }
    await notice.getByRole('button', { name: 'Try again' }).click();
    await expect(notice).toContainText('This article is not in the library.');
  });
});
