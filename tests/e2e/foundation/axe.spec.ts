/** Zero axe-core violations of WCAG A/AA on every screen, light and dark. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from '../harness';
import { openLibrary, panel, SAMPLE_ARTICLE } from '../study/helpers';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function check(page: Page, screen: string, found: string[]) {
  // No colour transitions caught half-way.
  await page.waitForTimeout(50);
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  for (const v of violations)
    found.push(
      `${screen}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(' | ')}${v.nodes.length > 3 ? ` and ${v.nodes.length - 3} more` : ''}`,
    );
}

const nav = (page: Page, name: string) =>
  page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: new RegExp(`^${name}`) })
    .click();

for (const theme of ['light', 'dark'] as const) {
  test(`no WCAG A/AA violations on any screen (${theme})`, async ({ app, page }) => {
    test.skip(app.mode === 'electron', 'axe runs against the page; once is enough (browser mode)');
    test.setTimeout(420_000);
    await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
    await openLibrary(app);
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
    const found: string[] = [];
    await check(page, 'library', found);

    await page.getByLabel('Article text').fill(SAMPLE_ARTICLE);
    await page.getByRole('button', { name: 'Make cards' }).click();
    await expect(page.locator('.review-new')).toBeVisible();
    await page.locator('.review-item').nth(1).getByRole('checkbox').uncheck();
    await check(page, 'new cards', found);
    await page.getByTestId('accept-checked').click();
    await expect(page.locator('.review-new')).toHaveCount(0);

    await page
      .getByRole('main')
      .getByRole('button', { name: /^Study \d+ (due|new)/ })
      .click();
    await expect(panel(page)).toHaveAttribute('data-state', 'front');
    await check(page, 'study (question)', found);
    await page.keyboard.press('Space');
    await check(page, 'study (answer)', found);
    await page.keyboard.press('1');
    await check(page, 'study (after Again)', found);
    await page.keyboard.press('Space');

    await nav(page, 'Quote quiz');
    await expect(panel(page)).toBeVisible();
    await check(page, 'quote quiz', found);
    await nav(page, 'Timeline');
    await expect(panel(page)).toBeVisible();
    await check(page, 'timeline', found);
    await page.keyboard.press('Tab');
    await page.getByRole('button', { name: /Check the order/ }).click();
    await check(page, 'timeline (checked)', found);

    // Nothing left to study: the end screen with its practice offer.
    const ids = (await app.backend.call('cards:list', {})).filter((c) => !c.suspended).map((c) => c.id);
    await app.backend.call('cards:suspend', { ids, suspended: true });
    await nav(page, 'Library');
    await nav(page, 'Study');
    await expect(page.locator('.session-end')).toBeVisible();
    await check(page, 'session end', found);
    await app.backend.call('cards:suspend', { ids, suspended: false });

    await nav(page, 'Progress');
    await expect(page.locator('section.pg-page[data-state="ready"]')).toBeVisible();
    await check(page, 'progress', found);
    await nav(page, 'Cards');
    await expect(page.locator('.cb-page[data-state="ready"]')).toBeVisible();
    await page.getByRole('listbox', { name: 'Cards' }).getByRole('option').first().click();
    await check(page, 'cards', found);
    await nav(page, 'Settings');
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    await check(page, 'settings', found);
    await nav(page, 'Library');
    await page.locator('.article-card').first().getByRole('button', { name: /^Read/ }).click();
    await expect(page.locator('.reading, [data-testid="reading"]').first()).toBeVisible();
    await check(page, 'reading', found);

    expect(found, found.join('\n')).toEqual([]);
  });
}
