import type { Page } from '@playwright/test';
import { expect, test } from '../harness';
import { openLibrary, SAMPLE_ARTICLE } from './helpers';

async function paste(page: Page, text: string) {
  await page.getByLabel('Article text').fill(text);
  await page.getByRole('button', { name: 'Make cards' }).click();
}

const review = (page: Page) => page.locator('.review-new');

test('pasting an article makes cards in the worker, then the person accepts, edits and rejects them', async ({
  app,
}) => {
  const page = await openLibrary(app);
  await paste(page, SAMPLE_ARTICLE);
  await expect(review(page)).toBeVisible();
  await expect(review(page)).toContainText('New cards from “Harbour Talks Resume in Valdora”');
  const items = review(page).locator('.review-item');
  const count = await items.count();
  expect(count).toBeGreaterThan(3);
  // Cards the generator is unsure of start unchecked, with the reason; the sure ones start checked.
  for (const item of await items.all()) {
    const unsure = (await item.locator('.unsure-note').count()) > 0;
    if (unsure) await expect(item.getByRole('checkbox')).not.toBeChecked();
    else await expect(item.getByRole('checkbox')).toBeChecked();
  }

  const first = items.first();
  await first.getByRole('button', { name: 'Edit' }).click();
  await first.getByLabel('Answer').fill('Edited before saving');
  await first.getByRole('button', { name: 'Keep edit' }).click();
  await expect(first).toContainText('Edited before saving');
  const rejected = items.nth(1);
  await rejected.getByRole('checkbox').uncheck();
  const acceptedCount = await review(page).getByRole('checkbox', { checked: true }).count();

  await page.getByRole('button', { name: /^Accept \d+ checked$/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved “Harbour Talks Resume in Valdora”' })).toBeVisible();
  await expect(page.locator('.article-card', { hasText: 'Harbour Talks Resume in Valdora' })).toBeVisible();

  const cards = await app.backend.call('cards:list', { articleId: 'harbour-talks-resume-in-valdora' });
  expect(cards.filter((c) => c.review === 'accepted')).toHaveLength(acceptedCount);
  expect(cards.some((c) => c.answer === 'Edited before saving')).toBe(true);
  expect(cards.filter((c) => c.review === 'rejected').length).toBe(count - acceptedCount);
});

test('re-importing an edited article keeps the progress of unchanged cards', async ({ app }) => {
  const page = await openLibrary(app);
  await paste(page, SAMPLE_ARTICLE);
  // Flagged cards start unchecked: check them all, then the primary button accepts all.
  await expect(page.getByTestId('accept-checked')).toBeVisible({ timeout: 30_000 });
  if (await page.getByRole('button', { name: 'Check all', exact: true }).isVisible())
    await page.getByRole('button', { name: 'Check all', exact: true }).click();
  await page.getByRole('button', { name: /^Accept all/ }).click();
  await expect(page.locator('.article-card', { hasText: 'Harbour Talks' })).toBeVisible();
  const id = 'harbour-talks-resume-in-valdora';
  const {
    items: [card],
  } = await app.backend.call('study:queue', { articleId: id });
  expect(card).toBeTruthy();
  await app.backend.call('study:answer', { cardId: card.card.id, rating: 3, mode: 'self', durationMs: 1000 });

  await paste(page, `${SAMPLE_ARTICLE}\nObservers expect a decision before the winter.`);
  // Flagged cards start unchecked: check them all, then the primary button accepts all.
  await expect(page.getByTestId('accept-checked')).toBeVisible({ timeout: 30_000 });
  if (await page.getByRole('button', { name: 'Check all', exact: true }).isVisible())
    await page.getByRole('button', { name: 'Check all', exact: true }).click();
  await page.getByRole('button', { name: /^Accept all/ }).click();
  await expect(page.getByRole('status').filter({ hasText: /progress kept on \d+ cards/ })).toBeVisible();
  const after = (await app.backend.call('cards:list', { articleId: id })).find((c) => c.id === card.card.id);
  expect(after?.reps).toBe(1);
  expect((await app.backend.call('library:list')).filter((a) => a.id === id)).toHaveLength(1);
});

test('hostile HTML pasted in runs nothing and keeps no markup', async ({ app }) => {
  const page = await openLibrary(app);
  const hostile = `<h1>Harbour Talks Resume in Valdora</h1><script>window.__pwned = 1</script>
<img src="x" onerror="window.__pwned = 2"><iframe src="javascript:window.__pwned=3"></iframe>
${SAMPLE_ARTICLE.split('\n')
  .slice(1)
  .map((p) => `<p onclick="window.__pwned = 4">${p}</p>`)
  .join('\n')}`;
  await paste(page, hostile);
  await expect(review(page)).toBeVisible();
  // Flagged cards start unchecked: check them all, then the primary button accepts all.
  await expect(page.getByTestId('accept-checked')).toBeVisible({ timeout: 30_000 });
  if (await page.getByRole('button', { name: 'Check all', exact: true }).isVisible())
    await page.getByRole('button', { name: 'Check all', exact: true }).click();
  await page.getByRole('button', { name: /^Accept all/ }).click();
  await expect(page.locator('.article-card', { hasText: 'Harbour Talks' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  expect(await page.locator('img, iframe, script:not([src])').count()).toBe(0);
  const article = await app.backend.call('library:get', { id: 'harbour-talks-resume-in-valdora' });
  expect(article.text).not.toMatch(/<|onerror|__pwned/);
});

test('empty, binary and oversized input get a clear message and nothing is saved', async ({ app }) => {
  const page = await openLibrary(app);
  await paste(page, '   ');
  await expect(page.getByRole('alert')).toContainText('Paste the text of an article first. Nothing was saved.');

  await paste(page, `Title\n${'\u0001\u0002\u0003 '.repeat(200)}`);
  await expect(page.getByRole('alert')).toContainText('binary');

  app.backend.queueOpenFile('notes.bin', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]));
  await page.getByRole('button', { name: 'Open a file…' }).click();
  await expect(page.getByRole('alert')).toContainText(/binary|NUL|not/i);

  // A dropped file is read in the renderer.
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.items.add(new File([new Uint8Array([0, 1, 2, 3, 4])], 'dropped.txt'));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  });
  await expect(page.getByRole('alert')).toContainText('dropped.txt');

  await paste(page, 'x'.repeat(2_000_001));
  await expect(page.getByRole('alert')).toContainText('too long');
  expect(await app.backend.call('library:list')).toHaveLength(1);
});

test('a text file opened or dropped becomes an article after review', async ({ app }) => {
  const page = await openLibrary(app);
  app.backend.queueOpenFile(
    'valdora.md',
    `---\ntitle: Harbour Talks Resume in Valdora\npublisher: Kestrel Post\n---\n\n${SAMPLE_ARTICLE.split('\n').slice(1).join('\n\n')}`,
  );
  await page.getByRole('button', { name: 'Open a file…' }).click();
  await expect(review(page)).toContainText('Harbour Talks Resume in Valdora');
  // Flagged cards start unchecked: check them all, then the primary button accepts all.
  await expect(page.getByTestId('accept-checked')).toBeVisible({ timeout: 30_000 });
  if (await page.getByRole('button', { name: 'Check all', exact: true }).isVisible())
    await page.getByRole('button', { name: 'Check all', exact: true }).click();
  await page.getByRole('button', { name: /^Accept all/ }).click();
  await expect(page.locator('.article-card', { hasText: 'Kestrel Post' })).toBeVisible();

  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text.replace('Harbour Talks Resume in Valdora', 'Grain Prices in Kestrel')], 'grain.txt'));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, SAMPLE_ARTICLE);
  await expect(review(page)).toContainText('Grain Prices in Kestrel');
  await page.getByRole('button', { name: 'Discard' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'discarded' })).toBeVisible();
  expect((await app.backend.call('library:list')).map((a) => a.title)).not.toContain('Grain Prices in Kestrel');
});

test('generation shows progress and can be cancelled, saving nothing', async ({ app }) => {
  const page = await openLibrary(app);
  // A long article (dropped as a file) keeps the worker busy long enough to cancel.
  await page.evaluate((body) => {
    const paragraphs = Array.from({ length: 3000 }, (_, i) => body.replaceAll('2025', String(1700 + i)));
    const data = new DataTransfer();
    data.items.add(new File([`Long Harbour History\n${paragraphs.join('\n')}`], 'long.txt'));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, SAMPLE_ARTICLE.split('\n').slice(1).join(' '));
  await expect(page.getByRole('progressbar')).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'cancelled' })).toBeVisible();
  await expect(page.getByRole('progressbar')).toBeHidden();
  await expect(page.locator('.review-new')).toBeHidden();
  expect(await app.backend.call('library:list')).toHaveLength(1);
});

test('pending cards of the bundled article can be reviewed from the library', async ({ app }) => {
  const page = await openLibrary(app);
  const [before] = await app.backend.call('library:list');
  await page.getByRole('button', { name: new RegExp(`^Check ${before.counts.pending} new card`) }).click();
  await expect(review(page).locator('.review-item')).toHaveCount(before.counts.pending);
  // Flagged cards start unchecked: check them all, then the primary button accepts all.
  await expect(page.getByTestId('accept-checked')).toBeVisible({ timeout: 30_000 });
  if (await page.getByRole('button', { name: 'Check all', exact: true }).isVisible())
    await page.getByRole('button', { name: 'Check all', exact: true }).click();
  await page.getByRole('button', { name: /^Accept all/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'cards accepted' })).toBeVisible();
  const [after] = await app.backend.call('library:list');
  expect(after.counts.pending).toBe(0);
});

test('a long article’s new cards are listed a page at a time, and Accept all takes every one', async ({ app }) => {
  const page = await openLibrary(app);
  // 300 distinct dated facts (one card each): a town, a day and a count of our own per paragraph.
  await page.evaluate(() => {
    const syl = ['Ka', 'Lo', 'Mi', 'Ren', 'Sa', 'Tu', 'Vel', 'Dor', 'Ashe', 'Bri'];
    const town = (i: number) =>
      `${syl[i % 10]}${syl[Math.floor(i / 10) % 10].toLowerCase()}${['burg', 'ford', 'mouth'][Math.floor(i / 100) % 3]}`;
    const months = [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ];
    const paragraphs = Array.from(
      { length: 300 },
      (_, i) =>
        `On ${(i % 27) + 1} ${months[i % 12]} ${1700 + i}, the harbour of ${town(i)} opened a new pier for ${i * 7 + 3} fishing boats.`,
    );
    const data = new DataTransfer();
    data.items.add(new File([`Long Harbour History\n${paragraphs.join('\n')}`], 'long.txt'));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  });
  await expect(review(page)).toBeVisible({ timeout: 30_000 });
  await expect(review(page).locator('.review-item')).toHaveCount(200);
  // Every card starts checked where the generator is sure of it all (dates stated in full, no thesis
  // the article does not state): "Check all" is only there when some card waits unchecked.
  const checkAll = review(page).getByRole('button', { name: 'Check all', exact: true });
  if ((await checkAll.count()) > 0) await checkAll.click();
  await expect(review(page).getByRole('button', { name: 'Uncheck all', exact: true })).toBeVisible();
  const total = Number(
    (
      await review(page)
        .getByRole('button', { name: /^Accept all/ })
        .textContent()
    )?.match(/\d+/)?.[0],
  );
  expect(total).toBeGreaterThan(200);
  await review(page)
    .getByRole('button', { name: /^Show \d+ more/ })
    .click();
  await expect(review(page).locator('.review-item')).toHaveCount(Math.min(400, total));
  await review(page)
    .getByRole('button', { name: /^Accept all/ })
    .click();
  await expect(page.getByRole('status').filter({ hasText: `${total} of ${total} cards accepted` })).toBeVisible();
  const cards = await app.backend.call('cards:list', { articleId: 'long-harbour-history' });
  expect(cards.filter((c) => c.review === 'accepted')).toHaveLength(total);
});

test('if no worker can start, cards are still made on the page', async ({ app, page }) => {
  let blocked = 0;
  await page.route(/generate-worker-[^/]*\.js$/, (route) => {
    blocked += 1;
    return route.abort();
  });
  await openLibrary(app);
  await paste(page, SAMPLE_ARTICLE);
  await expect(review(page)).toContainText('New cards from “Harbour Talks Resume in Valdora”');
  expect(blocked).toBeGreaterThan(0);
});
