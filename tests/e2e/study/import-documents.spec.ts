/**
 * Issue 12 end to end: saved web pages and PDFs opened through the dialog and dropped
 * on the window; the article, its title and date, its cards; a large PDF cancelled; a
 * scan refused; the publication date edited in the form and from the article's page; a
 * 500-page PDF told page by page, cancelled midway, then imported whole; a 20 MB page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { heavyPage, longReport } from '../../unit/import/long-text';
import { makePdf, makeScanPdf } from '../../unit/import/make-pdf';
import { ESSAY, REPORT } from '../../unit/import/pdf-texts';
import { type App, expect, test } from '../harness';
import { openLibrary, SAMPLE_ARTICLE } from './helpers';

const FIXTURES = join(import.meta.dirname, '../../fixtures/import');
const page1 = () => readFileSync(join(FIXTURES, 'courier-harbour-vote.html'));
const page2 = () => readFileSync(join(FIXTURES, 'fieldnotes-kestrel-line.html'), 'utf8');
const day = (iso: string) => new Date(`${iso}T09:00:00Z`);

const imported = (page: Page) => page.getByTestId('imported-article');

/** The library once the bundled article is in, waiting as long as a busy machine needs (the large-file tests). */
async function openLibraryPatiently(app: App): Promise<Page> {
  const page = await app.open();
  await expect(page.locator('.library[data-state="ready"] .article-card')).toHaveCount(1, { timeout: 120_000 });
  return page;
}
const review = (page: Page) => page.locator('.review-new');

/** Drops a file on the window the way a person does (bytes read in the renderer). */
async function drop(page: Page, name: string, bytes: Uint8Array | string) {
  // Bytes cross as base64: a JSON array of a few million numbers is slow.
  const data = typeof bytes === 'string' ? bytes : { base64: Buffer.from(bytes).toString('base64') };
  await page.evaluate(
    ([fileName, content]) => {
      const body =
        typeof content === 'string' ? content : Uint8Array.from(atob(content.base64), (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([body], fileName));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    [name, data] as const,
  );
}

test('a saved web page opened through the dialog: the article only, its title, byline and date, then its cards', async ({
  app,
}) => {
  const page = await openLibrary(app);
  app.backend.queueOpenFile('harbour-vote.html', page1());
  await page.getByRole('button', { name: 'Open a file…' }).click();
  await expect(imported(page)).toBeVisible();
  await expect(imported(page).getByRole('heading')).toHaveText('Portvale council delays its vote on the harbour wall');
  await expect(page.getByTestId('imported-meta')).toContainText(
    'By Jane Okafor · The Midland Courier · Published 3 June 2025',
  );
  await imported(page)
    .getByText(/Show the text/)
    .click();
  const text = page.getByTestId('imported-text');
  await expect(text).toContainText('PORTVALE, June 3, 2025');
  await expect(text).not.toContainText('cookies');
  await expect(text).not.toContainText('Advertisement');
  await expect(review(page).locator('.review-item').first()).toBeVisible();
  await page.getByRole('button', { name: /^Accept (all|\d+ checked)/ }).click();
  const card = page.locator('.article-card', { hasText: 'Portvale council delays' });
  await expect(card).toContainText('The Midland Courier · 3 June 2025');
  const article = await app.backend.call('library:get', { id: 'portvale-council-delays-its-vote-on-the-harbour-wall' });
  expect(article).toMatchObject({ published: '2025-06-03', byline: 'Jane Okafor', format: 'html', language: 'en-GB' });
  expect(article.text).not.toMatch(/cookies|Related articles|Comments/);
});

test('a saved web page dropped on the window is read the same way', async ({ app }) => {
  const page = await openLibrary(app);
  await drop(page, 'kestrel.htm', page2());
  await expect(imported(page).getByRole('heading')).toHaveText('Reopening the Kestrel Line');
  await expect(page.getByTestId('imported-meta')).toContainText('Published 18 November 2024');
  await expect(review(page)).toBeVisible();
});

test('a page with no article says so and offers its whole text', async ({ app }) => {
  const page = await openLibrary(app);
  const links = Array.from(
    { length: 60 },
    (_, i) =>
      `<li><a href="/p${i}">On ${(i % 27) + 1} March 2020 Marta Lind of Portvale sold garden tool number ${i}</a></li>`,
  );
  await drop(page, 'shop.html', `<html><head><title>Shop</title></head><body><ul>${links.join('')}</ul></body></html>`);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('No article was found in this page');
  await alert.getByRole('button', { name: 'Import the whole text' }).click();
  await expect(imported(page)).toBeVisible();
  await expect(page.getByTestId('imported-meta')).toContainText('words');
});

test('a PDF opened through the dialog and one dropped: text, title and date from the document', async ({ app }) => {
  const page = await openLibrary(app);
  const report = await makePdf({
    paragraphs: REPORT.paragraphs,
    header: 'Esk Basin Authority · Water use report',
    pageNumbers: true,
    hyphenate: 7,
    fontSize: 13,
    meta: { title: REPORT.title, author: REPORT.byline, created: day(REPORT.published) },
  });
  app.backend.queueOpenFile('water-report.pdf', report);
  await page.getByRole('button', { name: 'Open a file…' }).click();
  await expect(imported(page).getByRole('heading')).toHaveText(REPORT.title);
  await expect(page.getByTestId('imported-meta')).toContainText('Published 21 March 2024');
  await imported(page)
    .getByText(/Show the text/)
    .click();
  await expect(page.getByTestId('imported-text')).toContainText('withdrawals');
  await expect(page.getByTestId('imported-text')).not.toContainText('Esk Basin Authority ·');
  await page.getByRole('button', { name: /^Accept (all|\d+ checked)/ }).click();
  await expect(page.locator('.article-card', { hasText: REPORT.title })).toContainText('21 March 2024');
  const saved = await app.backend.call('library:get', { id: 'water-for-the-lowland-farms' });
  expect(saved).toMatchObject({ format: 'pdf', published: '2024-03-21', sourceName: 'water-report.pdf' });

  const essay = await makePdf({
    paragraphs: ESSAY.paragraphs,
    titlePage: { title: ESSAY.title, byline: `By ${ESSAY.byline}`, date: '5 October 2022' },
    meta: { title: ESSAY.title, author: ESSAY.byline, created: day(ESSAY.published) },
  });
  await drop(page, 'village-shops.pdf', essay);
  await expect(imported(page).getByRole('heading')).toHaveText(ESSAY.title);
  await expect(page.getByTestId('imported-meta')).toContainText('By Ruth Adeyemi · Published 5 October 2022');
});

test('a large PDF shows its progress and can be cancelled; a scan is refused; nothing is saved', async ({ app }) => {
  test.setTimeout(180_000);
  const page = await openLibrary(app);
  const paragraphs: string[] = [];
  while (paragraphs.length < 1200) paragraphs.push(...REPORT.paragraphs, ...ESSAY.paragraphs);
  const big = await makePdf({ paragraphs, pageNumbers: true });
  await drop(page, 'big.pdf', big);
  await expect(page.getByRole('progressbar')).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'cancelled' })).toBeVisible();
  await expect(page.getByRole('progressbar')).toBeHidden();

  await drop(page, 'scan.pdf', await makeScanPdf());
  await expect(page.getByRole('alert')).toContainText('This PDF has no text layer');
  await drop(page, 'broken.pdf', 'Not a PDF at all, only a name that says so.');
  await expect(page.getByRole('alert')).toContainText('not a PDF');
  expect(await app.backend.call('library:list')).toHaveLength(1);
});

test('a 500-page PDF: told page by page, cancelled midway with nothing saved, then imported whole', async ({ app }) => {
  test.setTimeout(600_000);
  const page = await openLibraryPatiently(app);
  const works = await makePdf({ paragraphs: longReport(3850), header: 'Basin Works Review', pageNumbers: true });
  const label = page.locator('#progress-label');
  await drop(page, 'works.pdf', works);
  await expect(label).toContainText(/reading page \d+ of 5\d\d/, { timeout: 60_000 });
  // Midway: some pages read, not all.
  await expect(label).toContainText(/reading page (2\d|[3-9]\d|1\d\d) of/, { timeout: 120_000 });
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'cancelled' })).toBeVisible();
  await expect(page.getByRole('progressbar')).toBeHidden();
  expect(await app.backend.call('library:list')).toHaveLength(1);

  await drop(page, 'works.pdf', works);
  await expect(review(page).locator('.review-item').first()).toBeVisible({ timeout: 480_000 });
  await expect(page.getByTestId('imported-meta')).toContainText(/\d{3},\d{3} words/);
  const made = Number((await page.getByTestId('accept-checked').textContent())?.replace(/,/g, '').match(/\d+/)?.[0]);
  expect(made).toBeGreaterThan(1000);
  // Thousands of cards are listed a page at a time.
  await expect(review(page).locator('.review-item')).toHaveCount(200);
  await page.getByTestId('accept-checked').click();
  // No title in the file or its first line: the file's name is the title.
  await expect(page.locator('.article-card', { hasText: 'works' })).toBeVisible({ timeout: 60_000 });
  const articles = await app.backend.call('library:list');
  expect(articles).toHaveLength(2);
  expect(articles.find((a) => a.id === 'works')?.counts.total).toBe(made);
});

test('a 20 MB saved page opened through the dialog: read with its stage shown, then its cards', async ({ app }) => {
  test.setTimeout(300_000);
  const page = await openLibraryPatiently(app);
  app.backend.queueOpenFile('heavy.html', heavyPage(page1().toString('utf8')));
  // Every label the bar shows is recorded: 20 MB crossing the test's bridge can take longer than
  // a poll's patience on a busy machine, and a fast one may pass the stage between two polls.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { progressLabels: string[] }).progressLabels = seen;
    new MutationObserver(() => {
      const label = document.getElementById('progress-label')?.textContent;
      if (label && seen.at(-1) !== label) seen.push(label);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await page.getByRole('button', { name: 'Open a file…' }).click();
  await expect(imported(page).getByRole('heading')).toHaveText('Portvale council delays its vote on the harbour wall', {
    timeout: 240_000,
  });
  const labels = await page.evaluate(() => (window as unknown as { progressLabels: string[] }).progressLabels);
  expect(
    labels.some((label) => label.includes('heavy.html') && label.includes('finding the article in the page')),
  ).toBe(true);
  await expect(review(page).locator('.review-item').first()).toBeVisible();
});

test('the publication date: typed in the form, shown in the library, changed from the article’s page', async ({
  app,
}) => {
  const page = await openLibrary(app);
  await page.getByLabel('Article text').fill(SAMPLE_ARTICLE);
  await page.getByLabel('Published (optional)').fill('2025-06-20');
  await page.getByRole('button', { name: 'Make cards' }).click();
  await expect(page.getByTestId('imported-meta')).toContainText('Published 20 June 2025');
  await page.getByRole('button', { name: /^Accept (all|\d+ checked)/ }).click();
  const card = page.locator('.article-card', { hasText: 'Harbour Talks Resume in Valdora' });
  await expect(card).toContainText('20 June 2025');

  await card.getByRole('button', { name: 'Read' }).click();
  await expect(page.locator('.published-line')).toContainText('Published 20 June 2025');
  await page.getByRole('button', { name: 'Change date' }).click();
  await page.getByLabel('Published', { exact: true }).fill('2025-07-01');
  await page.getByRole('button', { name: 'Save date' }).click();
  await expect(page.locator('.published-line')).toContainText('Published 1 July 2025');
  const article = await app.backend.call('library:get', { id: 'harbour-talks-resume-in-valdora' });
  expect(article.published).toBe('2025-07-01');
});

for (const theme of ['light', 'dark'] as const) {
  for (const size of [
    { width: 1280, height: 800 },
    { width: 900, height: 700 },
  ]) {
    test(`@screens an imported web page before review, ${theme} ${size.width}x${size.height}`, async ({
      app,
      page,
    }) => {
      await page.setViewportSize(size);
      await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
      await openLibrary(app);
      app.backend.queueOpenFile('harbour-vote.html', page1());
      await page.getByRole('button', { name: 'Open a file…' }).click();
      await imported(page)
        .getByText(/Show the text/)
        .click();
      await expect(page.getByTestId('imported-text')).toBeVisible();
      await page.screenshot({ path: `test-results/screens/import-page-${theme}-${size.width}x${size.height}.png` });
      await page.getByRole('button', { name: /^Accept (all|\d+ checked)/ }).click();
      await page.locator('.article-card', { hasText: 'Portvale' }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: `test-results/screens/import-library-${theme}-${size.width}x${size.height}.png` });
      await page.locator('.article-card', { hasText: 'Portvale' }).getByRole('button', { name: 'Read' }).click();
      await expect(page.locator('.published-line')).toBeVisible();
      await page.screenshot({ path: `test-results/screens/import-reading-${theme}-${size.width}x${size.height}.png` });
    });
  }
}
