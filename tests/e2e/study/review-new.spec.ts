/** The review of new cards: the primary action takes what is checked, keys alone, rejected facts and restoring. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../harness';
import { openLibrary, SAMPLE_ARTICLE } from './helpers';

const review = (page: Page) => page.locator('.review-new');

async function paste(page: Page, text: string) {
  await page.getByLabel('Article text').fill(text);
  await page.getByRole('button', { name: 'Make cards' }).click();
  await expect(review(page)).toBeVisible({ timeout: 30_000 });
}

test('the primary button accepts exactly the checked cards and says how many', async ({ app }) => {
  const page = await openLibrary(app);
  await paste(page, SAMPLE_ARTICLE);
  const items = review(page).locator('.review-item');
  const total = await items.count();
  // Cards the generator is unsure of start unchecked: check them all first.
  const checkAll = review(page).getByRole('button', { name: 'Check all', exact: true });
  if (await checkAll.isVisible()) await checkAll.click();
  const primary = review(page).getByTestId('accept-checked');
  await expect(primary).toHaveText(`Accept all ${total}`);
  await items.nth(0).getByRole('checkbox').uncheck();
  await items.nth(1).getByRole('checkbox').uncheck();
  await expect(primary).toHaveText(`Accept ${total - 2} checked`);
  await expect(review(page).getByRole('button', { name: /^Accept all/ })).toHaveCount(0);
  await primary.click();
  await expect(page.locator('.article-card', { hasText: 'Harbour Talks Resume in Valdora' })).toBeVisible();
  const cards = await app.backend.call('cards:list', { articleId: 'harbour-talks-resume-in-valdora' });
  expect(cards.filter((c) => c.review === 'accepted')).toHaveLength(total - 2);
  expect(cards.filter((c) => c.review === 'rejected')).toHaveLength(2);
});

test('a long review by keys alone: 62+ cards in one keystroke a card and a few more, focus staying in the list', async ({
  app,
}) => {
  const page = await openLibrary(app);
  // Six of our fixture articles as one long paste: enough one-fact cards for a long review (four gave 59
  // once throwaway fragments, one statement's second quote and shared roles stopped making cards; five gave 57
  // once no card asked a guessed speaker or a thing its clause does not name).
  const fixture = (name: string) => readFile(join(import.meta.dirname, '../../fixtures/articles', name), 'utf8');
  const parts = await Promise.all(
    [
      'velmora-bridge-history.md',
      'tamarind-festival-quotes.txt',
      'ecowas-heat-network.txt',
      'seo-kelp-interview.txt',
      'battery-recycling-pact.md',
      'cork-comet-single-quotes.txt',
    ].map(fixture),
  );
  await paste(page, parts.join('\n\n'));
  const items = review(page).locator('.review-item');
  const total = await items.count();
  expect(total).toBeGreaterThanOrEqual(62);
  let keys = 0;
  const press = async (key: string) => {
    keys += 1;
    await page.keyboard.press(key);
  };
  // The list has the focus from the start.
  await expect(items.nth(0).getByRole('checkbox')).toBeFocused();
  const unchecked: number[] = [];
  for (let i = 0; i < total; i += 1) {
    const box = items.nth(i).getByRole('checkbox');
    await expect(box).toBeFocused();
    if (i % 20 === 5) {
      if (await box.isChecked()) {
        await press('Space');
        unchecked.push(i);
      }
    }
    if (i === 10) {
      await press('e');
      const editor = items.nth(i).getByRole('form', { name: 'Edit new card' });
      await editor.getByLabel('Answer').fill('Fixed by keys'); // typing text is not navigation
      await press('Control+Enter');
      await expect(items.nth(i)).toContainText('Fixed by keys');
      await expect(box).toBeFocused();
      // Esc cancels an edit and keeps the card as it was.
      await press('e');
      await items.nth(i).getByLabel('Answer').fill('Thrown away');
      await press('Escape');
      await expect(items.nth(i)).toContainText('Fixed by keys');
      await expect(box).toBeFocused();
    }
    if (i < total - 1) await press(i % 2 === 0 ? 'ArrowDown' : 'j');
  }
  await press('k');
  await expect(items.nth(total - 2).getByRole('checkbox')).toBeFocused();
  const checked = await review(page).getByRole('checkbox', { checked: true }).count();
  await press('a');
  await expect(review(page)).toHaveCount(0);
  console.info(`review by keys: ${total} cards, ${keys} keystrokes`);
  // One key a card to move on, and the few the test spends on unchecking, editing and accepting.
  expect(keys).toBeLessThanOrEqual(total + 18);
  const article = (await app.backend.call('library:list')).find((a) => !a.bundled)!;
  await expect(page.locator('.article-card', { hasText: article.title })).toBeVisible();
  const cards = await app.backend.call('cards:list', { articleId: article.id });
  expect(cards.filter((c) => c.review === 'accepted')).toHaveLength(checked);
  expect(cards.some((c) => c.answer === 'Fixed by keys')).toBe(true);
  expect(unchecked.length).toBeGreaterThan(0);
});

test('a rejected fact leaves the timeline and the options of other cards, and a rejected card can be restored', async ({
  app,
}) => {
  const page = await openLibrary(app);
  await paste(page, SAMPLE_ARTICLE);
  // Cards the generator is unsure of start unchecked: check them all first.
  const checkAll = review(page).getByRole('button', { name: 'Check all', exact: true });
  if (await checkAll.isVisible()) await checkAll.click();
  // Reject the cards of the June event (one fact, one card: the date card; a second only where its clause cannot be asked).
  const june = review(page)
    .locator('.review-item')
    .filter({ has: page.locator('[data-facet="dates"]') })
    .filter({ hasText: 'tariffs on grain' })
    .filter({ hasNotText: 'Put these' });
  expect(await june.count()).toBeGreaterThanOrEqual(1);
  for (const box of await june.getByRole('checkbox').all()) await box.uncheck();
  await review(page).getByTestId('accept-checked').click();
  await expect(page.locator('.article-card', { hasText: 'Harbour Talks' })).toBeVisible();

  const articleId = 'harbour-talks-resume-in-valdora';
  const served = async () => (await app.backend.call('study:queue', { articleId, practice: true, limit: 500 })).items;
  const stored = await app.backend.call('cards:list', { articleId });
  const storedTimeline = stored.find((c) => c.kind === 'timeline')!;
  expect(storedTimeline.items!.some((i) => i.text.includes('tariffs'))).toBe(true);
  // Practice shows one card per sibling group; ask by kind to see every served card.
  const timeline = (await app.backend.call('study:queue', { articleId, kinds: ['timeline'], practice: true })).items[0]!
    .card;
  expect(timeline.items!.some((i) => i.text.includes('tariffs'))).toBe(false);
  expect(timeline.answer).not.toContain('tariffs');
  // No card served with choices offers the rejected date as an option.
  let withChoices = 0;
  for (const kind of ['quote-when', 'event-date', 'quote-speaker', 'role-actor', 'actor-role'] as const) {
    const items = (await app.backend.call('study:queue', { articleId, kinds: [kind], practice: true })).items;
    for (const { card } of items) {
      if (card.choices) withChoices += 1;
      if (card.answer !== 'June 2025') expect(card.choices ?? []).not.toContain('June 2025');
    }
  }
  expect(withChoices).toBeGreaterThan(0);
  expect((await served()).length).toBeGreaterThan(0);

  // In the card browser, a rejected card has Restore.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Cards', exact: true }).click();
  await page.getByRole('searchbox').fill('tariffs on grain');
  const rejected = stored.find((c) => c.review === 'rejected' && c.kind === 'event-date')!;
  await page.locator(`[data-card-id="${rejected.id}"]`).first().click();
  await page.getByRole('button', { name: 'Restore' }).click();
  await expect
    .poll(async () => (await app.backend.call('cards:list', { articleId })).find((c) => c.id === rejected.id)?.review)
    .toBe('accepted');
  const back = (await app.backend.call('study:queue', { articleId, kinds: ['timeline'], practice: true })).items[0]!
    .card;
  expect(back.items!.some((i) => i.text.includes('tariffs'))).toBe(true);
});
