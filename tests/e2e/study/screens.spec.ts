import type { Page } from '@playwright/test';
import { expect, test } from '../harness';
import { currentCard, openLibrary, panel, SAMPLE_ARTICLE } from './helpers';

const SIZES = [
  { width: 1280, height: 800 },
  { width: 900, height: 700 },
];
const THEMES = ['light', 'dark'] as const;

for (const theme of THEMES) {
  for (const size of SIZES) {
    const suffix = `${theme}-${size.width}x${size.height}`;
    const shot = (page: Page, name: string) =>
      page.screenshot({ path: `test-results/screens/study-${name}-${suffix}.png` });
    const nav = (page: Page, name: string) =>
      page
        .getByRole('navigation', { name: 'Main' })
        .getByRole('button', { name: new RegExp(`^${name}`) })
        .click();

    test(`@screens study screens, ${suffix}`, async ({ app, page }) => {
      await page.setViewportSize(size);
      await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
      await openLibrary(app);
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
      await shot(page, 'library');

      await page.getByLabel('Article text').fill(SAMPLE_ARTICLE);
      await page.getByRole('button', { name: 'Make cards' }).click();
      await expect(page.locator('.review-new')).toBeVisible();
      await shot(page, 'new-cards');
      await page.getByRole('button', { name: 'Discard' }).click();

      await page
        .getByRole('main')
        .getByRole('button', { name: /^Study \d+ (due|new)/ })
        .click();
      await expect(panel(page)).toHaveAttribute('data-state', 'front');
      await shot(page, 'study-front');
      await page.keyboard.press('Space');
      await expect(panel(page)).toHaveAttribute('data-state', 'back');
      await shot(page, 'study-back');
      await page.keyboard.press('1');
      await expect(page.getByTestId('source-passage').locator('mark')).toBeVisible();
      await shot(page, 'study-again-source');
      await page.keyboard.press('Space');

      await page.getByRole('radio', { name: 'Type' }).check();
      await page.keyboard.press('s'); // a fresh card in the new mode
      await page.getByLabel('Your answer').fill('Sergei Lavrof');
      await page.getByLabel('Your answer').press('Enter');
      await expect(page.getByTestId('typed-verdict')).toBeVisible();
      await shot(page, 'study-typed');
      await page.keyboard.press('?');
      await expect(page.getByRole('dialog')).toBeVisible();
      await shot(page, 'shortcuts');
      await page.keyboard.press('Escape');

      await nav(page, 'Quote quiz');
      await expect(panel(page)).toHaveAttribute('data-state', 'front');
      await shot(page, 'quiz');
      for (let i = 0; i < 6; i += 1) {
        await expect(panel(page)).toHaveAttribute('data-state', 'front');
        const quizCard = await currentCard(app, page);
        if (quizCard.kind === 'quote-speaker') {
          await page.locator('.choice', { hasText: quizCard.answer }).first().click();
          await expect(panel(page)).toHaveAttribute('data-state', 'back');
          await shot(page, 'quiz-answered');
          break;
        }
        await page.getByRole('button', { name: /Show answer|Check/ }).click();
        await page.keyboard.press('3');
      }

      await nav(page, 'Timeline');
      await expect(panel(page)).toHaveAttribute('data-state', 'front');
      await shot(page, 'timeline');
      await page.getByRole('button', { name: /Check the order/ }).click();
      await shot(page, 'timeline-checked');

      await nav(page, 'Library');
      await page.locator('.article-card').first().getByRole('button', { name: 'Read' }).click();
      await expect(page.locator('.reading-page')).toHaveAttribute('data-state', 'marked');
      await page.locator('.mark-actors', { hasText: 'Lavrov' }).first().click();
      await shot(page, 'reading');
    });

    test(`@screens study session end, ${suffix}`, async ({ app, page }) => {
      await app.backend.call('settings:set', { newPerDay: 3 });
      await page.setViewportSize(size);
      await page.emulateMedia({ colorScheme: theme });
      await openLibrary(app);
      await page
        .getByRole('main')
        .getByRole('button', { name: /^Study \d+ (due|new)/ })
        .click();
      await page.getByRole('radio', { name: 'Choose' }).check();
      for (const key of ['3', '1', '4']) {
        await expect(panel(page)).toHaveAttribute('data-state', 'front');
        await page.keyboard.press('Space');
        await page.keyboard.press(key);
        if (key === '1') await page.keyboard.press('Space');
      }
      // Cards in learning come back within the session (as in Anki): Easy until it ends.
      for (let i = 0; i < 10; i += 1) {
        await expect(
          page.locator('.session-end').or(panel(page).and(page.locator('[data-state="front"]'))),
        ).toBeVisible();
        if (await page.locator('.session-end').isVisible()) break;
        await page.keyboard.press('Space');
        await page.keyboard.press('4');
      }
      await expect(page.locator('.session-end')).toBeVisible();
      await shot(page, 'session-end');
    });
  }
}
