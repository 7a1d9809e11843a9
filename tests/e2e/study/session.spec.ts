import { expect, test } from '../harness';
import { currentCard, openLibrary, panel, SAMPLE_ARTICLE, startStudy } from './helpers';

test('reveals with Space without moving the prompt, rates with keys and undoes with Z and Ctrl+Z', async ({ app }) => {
  const page = await openLibrary(app);
  await startStudy(page);
  const card = page.locator('.study-card');
  const first = await card.getAttribute('data-card-id');
  const promptBox = await page.locator('#card-prompt').boundingBox();
  const actionsBox = await page.locator('.card-actions').boundingBox();
  await page.keyboard.press('Space');
  await expect(panel(page)).toHaveAttribute('data-state', 'back');
  expect(await page.locator('#card-prompt').boundingBox()).toEqual(promptBox);
  expect((await page.locator('.card-actions').boundingBox())?.y).toBe(actionsBox?.y);
  // Each rating button shows its interval and key.
  await expect(page.locator('.rate')).toHaveCount(4);
  for (const name of ['Again', 'Hard', 'Good', 'Easy'])
    await expect(page.locator('.rate', { hasText: name })).toBeVisible();
  await expect(page.locator('.rate-good .rate-interval')).not.toHaveText('–');

  await page.keyboard.press('3');
  await expect(card).not.toHaveAttribute('data-card-id', first!);
  await expect(page.getByTestId('session-progress')).toContainText('1 done');
  await expect.poll(async () => (await app.backend.call('cards:history', { id: first! })).length).toBe(1);

  await page.keyboard.press('z');
  await expect(card).toHaveAttribute('data-card-id', first!);
  await expect(page.getByTestId('session-progress')).toContainText('0 done');
  expect(await app.backend.call('cards:history', { id: first! })).toHaveLength(0);

  await page.keyboard.press('Enter');
  await page.keyboard.press('2');
  await expect(card).not.toHaveAttribute('data-card-id', first!);
  await page.keyboard.press('Control+z');
  await expect(card).toHaveAttribute('data-card-id', first!);
});

test('the shortcut sheet opens on ? and lists every key', async ({ app }) => {
  const page = await openLibrary(app);
  await startStudy(page);
  await page.keyboard.press('?');
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(sheet).toBeVisible();
  for (const key of ['Space or Enter', '1 2 3 4', 'Z or Ctrl+Z', 'E', 'S', 'Esc'])
    await expect(sheet).toContainText(key);
  await page.keyboard.press('Escape');
  await expect(sheet).toBeHidden();
  await expect(panel(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { name: 'Library' })).toBeVisible();
});

test('a typed answer is matched leniently, shows the difference and the suggestion can be overridden', async ({
  app,
}) => {
  const page = await openLibrary(app);
  await startStudy(page, 'Actors');
  await page.getByRole('radio', { name: 'Type' }).check();
  const exact = await currentCard(app, page);
  const input = page.getByLabel('Your answer');
  await input.fill(` ${exact.answer.toUpperCase()}. `);
  await input.press('Enter');
  await expect(page.getByTestId('typed-verdict')).toHaveAttribute('data-verdict', 'exact');
  await expect(page.locator('.rate-good')).toHaveAttribute('data-suggested', 'true');
  await page.keyboard.press('Space');

  const slipped = await currentCard(app, page);
  expect(slipped.id).not.toBe(exact.id);
  const typo = slipped.answer.slice(0, 3) + slipped.answer.slice(4);
  await page.getByLabel('Your answer').fill(typo);
  await page.getByLabel('Your answer').press('Enter');
  await expect(page.getByTestId('typed-verdict')).toHaveAttribute('data-verdict', 'close');
  await expect(page.locator('.typed-verdict ins')).toHaveText(slipped.answer[3]);
  await expect(page.locator('.rate-hard')).toHaveAttribute('data-suggested', 'true');
  await page.keyboard.press('4'); // the person overrides Hard with Easy
  await expect.poll(async () => (await app.backend.call('cards:history', { id: slipped.id }))[0]?.rating).toBe(4);
  const [entry] = await app.backend.call('cards:history', { id: slipped.id });
  expect(entry.mode).toBe('typed');
});

test('multiple choice offers the card’s choices on keys and suggests Good for the right one', async ({ app }) => {
  const page = await openLibrary(app);
  // The bundled article's confirmed who-said cards carry choices (one is typed where its article has too few other speakers).
  await startStudy(page, 'Quotes');
  await page.getByRole('radio', { name: 'Choose' }).check();
  const card = await currentCard(app, page);
  expect(card.choices?.length).toBeGreaterThanOrEqual(3);
  await expect(page.locator('.choice')).toHaveCount(card.choices!.length);
  const right = card.choices!.indexOf(card.answer);
  await page.keyboard.press(String(right + 1));
  await expect(page.locator('.choice').nth(right)).toHaveAttribute('data-state', 'right');
  await expect(page.locator('.rate-good')).toHaveAttribute('data-suggested', 'true');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await app.backend.call('cards:history', { id: card.id }))[0]?.mode).toBe('choice');

  const next = await currentCard(app, page);
  const wrong = next.choices!.findIndex((c) => c !== next.answer);
  await page.locator('.choice').nth(wrong).click();
  await expect(page.locator('.choice').nth(wrong)).toHaveAttribute('data-state', 'wrong');
  await expect(page.locator('.rate-again')).toHaveAttribute('data-suggested', 'true');
});

test('E edits the card in place and S suspends it', async ({ app }) => {
  const page = await openLibrary(app);
  await startStudy(page);
  const card = await currentCard(app, page);
  await page.keyboard.press('Space');
  await page.keyboard.press('e');
  const answer = page.getByRole('form', { name: 'Edit card' }).getByLabel('Answer');
  await answer.fill('An answer fixed by hand');
  await page.getByRole('button', { name: 'Save card' }).click();
  // Still on the answer side, now with the fixed answer.
  await expect(panel(page)).toHaveAttribute('data-state', 'back');
  await expect(page.locator('.card-answer')).toContainText('An answer fixed by hand');
  expect((await currentCard(app, page)).answer).toBe('An answer fixed by hand');

  await page.keyboard.press('s');
  await expect(page.locator('.study-card')).not.toHaveAttribute('data-card-id', card.id);
  const stored = (await app.backend.call('cards:list', {})).find((c) => c.id === card.id);
  expect(stored?.suspended).toBe(true);
});

test('after Again the source sentence is shown with the answer, and Source opens the article there', async ({
  app,
}) => {
  const page = await openLibrary(app);
  await startStudy(page);
  const card = await currentCard(app, page);
  const article = await app.backend.call('library:get', { id: card.articleId });
  await page.keyboard.press('Space');
  await page.keyboard.press('1');
  await expect(panel(page)).toHaveAttribute('data-state', 'again');
  const passage = page.getByTestId('source-passage');
  await expect(passage.locator('mark')).toHaveText(article.text.slice(card.source.start, card.source.end));
  await expect(page.locator('.card-answer')).toContainText(card.answer.split('\n')[0]);

  await passage.getByRole('button', { name: 'Open in the article' }).click();
  const focus = page.getByTestId('reading-focus').first();
  await expect(focus).toBeVisible();
  await expect(focus).toBeInViewport();
  const highlighted = (await page.getByTestId('reading-focus').allTextContents()).join('');
  expect(highlighted).toBe(article.text.slice(card.source.start, card.source.end));
});

test('ends with a summary and says when the next card is due', async ({ app }) => {
  await app.backend.call('settings:set', { newPerDay: 2 });
  const page = await openLibrary(app);
  await startStudy(page);
  for (let i = 0; i < 2; i += 1) {
    await expect(panel(page)).toHaveAttribute('data-state', 'front');
    await page.keyboard.press('Space');
    await page.keyboard.press('4');
  }
  const end = page.locator('.session-end');
  await expect(end).toHaveAttribute('data-state', 'summary');
  await expect(end).toContainText('Session complete');
  await expect(end).toContainText('You answered 2 cards');
  await expect(end.locator('.tally-easy .tally-count')).toHaveText('2');
  await expect(page.getByTestId('next-due')).toContainText('The next card is due on');

  await page.getByRole('button', { name: 'Back to the library' }).click();
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('button', { name: /^Study/ })
    .click();
  await expect(page.locator('.session-end')).toHaveAttribute('data-state', 'empty');
  await expect(page.locator('.session-end')).toContainText('Nothing is due now');
});

test('Source shows the card’s sentence in its paragraph before the answer is seen', async ({ app }) => {
  const page = await openLibrary(app);
  await startStudy(page);
  const card = await currentCard(app, page);
  const article = await app.backend.call('library:get', { id: card.articleId });
  await page.getByRole('button', { name: 'Source' }).click();
  const passage = page.getByTestId('source-passage');
  await expect(passage.locator('mark')).toHaveText(article.text.slice(card.source.start, card.source.end));
  await expect(panel(page)).toHaveAttribute('data-state', 'front');
  await page.getByRole('button', { name: 'Source' }).click();
  await expect(passage).toBeHidden();
});

test('a session over one article shows only that article’s cards', async ({ app }) => {
  const page = await openLibrary(app);
  await page.getByLabel('Article text').fill(SAMPLE_ARTICLE);
  await page.getByRole('button', { name: 'Make cards' }).click();
  // Flagged cards start unchecked: check them all, then the primary button accepts all.
  await expect(page.getByTestId('accept-checked')).toBeVisible({ timeout: 30_000 });
  if (await page.getByRole('button', { name: 'Check all', exact: true }).isVisible())
    await page.getByRole('button', { name: 'Check all', exact: true }).click();
  await page.getByRole('button', { name: /^Accept all/ }).click();
  const row = page.locator('.article-card', { hasText: 'Harbour Talks Resume in Valdora' });
  await row.getByRole('button', { name: 'Study this' }).click();
  for (let i = 0; i < 3; i += 1) {
    await expect(panel(page)).toHaveAttribute('data-state', 'front');
    await expect(page.locator('.card-article')).toHaveText('Harbour Talks Resume in Valdora');
    expect((await currentCard(app, page)).articleId).toBe('harbour-talks-resume-in-valdora');
    await page.keyboard.press('Space');
    await page.keyboard.press('3');
  }
});
