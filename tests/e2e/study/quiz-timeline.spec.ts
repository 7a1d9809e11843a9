import { generate } from '../../../renderer/src/cards';
import { prepareArticle } from '../../../renderer/src/lib/prepare-article';
import { orderScore, ratingForScore } from '../../../renderer/src/lib/timeline-drill';
import { expect, test } from '../harness';
import { currentCard, openLibrary, panel } from './helpers';

test('the quote quiz asks who said it (choices) and to finish the quote (typed), for every quote card kind of the deck', async ({
  app,
}) => {
  const page = await openLibrary(app);
  // Articles written for this test beside the bundled one: their quotes give figures.
  const raw = [
    'Velm harbour to close its north quay',
    'The Velm Harbour Board will close the north quay for repairs, its chair said on Monday.',
    '"The repairs will cost $40 million and take two years to finish," said Ivo Marr, the chair of the Velm Harbour Board.',
    'Ada Vesk, who runs the Tarn Shipping Company, disagreed. "Our ferries cannot wait two years for a quay that was sound last spring," she said.',
    '"We will move 300 boats to the south quay if the board does not listen to us," said Ola Brandt, the head of the Orsk Ferry Line.',
  ].join('\n\n');
  // One quotation gives one card: who said it where other speakers weigh against the speaker, else the quote
  // with its figure blanked. A second article has one speaker, so its figure is asked.
  const alone = [
    'Orsk ferry fares to rise',
    '"Fares will rise by 12% in May because fuel now costs twice what it did," said Kai Toms, the head of the Orsk Ferry Line.',
    'The line carries 4,000 passengers a day between Orsk and Velm.',
  ].join('\n\n');
  for (const [text, name] of [
    [raw, 'velm-quay.txt'],
    [alone, 'orsk-fares.txt'],
  ]) {
    const prepared = prepareArticle(text, 'txt', { sourceName: name });
    if (!prepared.ok) throw new Error(prepared.error);
    const doc = generate(prepared.article.text, { title: prepared.article.title });
    await app.backend.call('library:save', { article: prepared.article, cards: doc.cards, acceptAll: true });
  }
  // The reader confirms the quote cards that wait for it (an unsure speaker's cards start unchecked).
  const waiting = (await app.backend.call('cards:list', { sort: 'due' })).filter(
    (c) => c.facet === 'quotes' && c.review === 'pending',
  );
  await app.backend.call('cards:review', { accept: waiting.map((c) => c.id), reject: [] });
  const kinds = new Set(
    (await app.backend.call('cards:list', { sort: 'due' })).filter((c) => c.facet === 'quotes').map((c) => c.kind),
  );
  expect(kinds).toContain('quote-speaker');
  expect(kinds).toContain('quote-finish');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Quote quiz' }).click();
  const seen = new Set<string>();
  for (let i = 0; i < 90 && seen.size < kinds.size; i += 1) {
    // One card of a quote a day (siblings are buried): when the day's quotes are done, come back tomorrow.
    await expect(panel(page).or(page.locator('.session-end'))).toBeVisible();
    if (await page.locator('.session-end').isVisible()) {
      app.backend.clock.advance(86_400_000);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Library' }).click();
      await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Quote quiz' }).click();
    }
    await expect(panel(page)).toHaveAttribute('data-state', 'front');
    const card = await currentCard(app, page);
    expect(card.facet).toBe('quotes');
    await expect(page.locator('#card-prompt')).toHaveClass(/serif/);
    await expect(page.locator('#card-prompt')).toContainText('“');
    seen.add(card.kind);
    // A who-said card whose article has too few other speakers carries no choices: it is typed.
    if (card.kind === 'quote-finish' || !card.choices) {
      await page.getByLabel('Your answer').fill(card.answer);
      await page.getByLabel('Your answer').press('Enter');
      await expect(page.getByTestId('typed-verdict')).toHaveAttribute('data-verdict', 'exact');
    } else {
      expect(card.choices.length).toBeGreaterThanOrEqual(3);
      await page.keyboard.press(String(card.choices.indexOf(card.answer) + 1));
      await expect(page.locator('.choice[data-state="right"]')).toHaveText(new RegExp(card.answer));
      if (card.kind === 'quote-speaker' && card.context)
        await expect(page.locator('.answer-context')).toHaveText(card.context);
    }
    await page.keyboard.press('Space');
  }
  expect([...seen].sort()).toEqual([...kinds].sort());
});

test('the timeline drill is ordered with the keyboard alone and the score becomes the rating', async ({ app }) => {
  const page = await openLibrary(app);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Timeline' }).click();
  await expect(panel(page)).toHaveAttribute('data-state', 'front');
  const card = await currentCard(app, page);
  expect(card.kind).toBe('timeline');
  const items = page.locator('.timeline-item');
  const count = await items.count();
  expect(count).toBeGreaterThanOrEqual(4);
  expect(count).toBeLessThanOrEqual(6);
  // Dates are hidden until the order is checked.
  for (const item of card.items ?? [])
    if (item.when) await expect(page.locator('.timeline-list')).not.toContainText(item.when);

  // Selection sort by keyboard: focus the event that belongs at i, Alt+Up until it is there.
  for (let target = 0; target < count; target += 1) {
    const ranks = await items.evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-rank'))));
    const at = ranks.indexOf(target);
    await items.nth(at).focus();
    for (let k = at; k > target; k -= 1) await page.keyboard.press('Alt+ArrowUp');
    await expect(items.nth(target)).toHaveAttribute('data-rank', String(target));
    await expect(items.nth(target)).toBeFocused();
  }
  await page.keyboard.press('Enter');
  await expect(panel(page)).toHaveAttribute('data-state', 'back');
  await expect(page.locator('.timeline-item[data-state="right"]')).toHaveCount(count);
  await expect(page.locator('.rate-good')).toHaveAttribute('data-suggested', 'true');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await app.backend.call('cards:history', { id: card.id }))[0]?.mode).toBe('timeline');
  expect((await app.backend.call('cards:history', { id: card.id }))[0].rating).toBe(3);
});

test('the timeline drill works with the mouse buttons and suggests a rating from the score', async ({ app }) => {
  const page = await openLibrary(app);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Timeline' }).click();
  await expect(panel(page)).toHaveAttribute('data-state', 'front');
  const items = page.locator('.timeline-item');
  const before = await items.evaluateAll((els) => els.map((el) => el.getAttribute('data-rank')));
  await page.getByRole('button', { name: 'Move event 2 up' }).click();
  await expect(items.first()).toHaveAttribute('data-rank', before[1]!);
  // Dragging the first event onto the third puts it there.
  await items.nth(0).dragTo(items.nth(2));
  await expect(items.nth(2)).toHaveAttribute('data-rank', before[1]!);
  const ranks = await items.evaluateAll((els) => els.map((el) => Number(el.getAttribute('data-rank'))));
  await page.getByRole('button', { name: /Check the order/ }).click();
  const expected = ratingForScore(orderScore(ranks));
  await expect(page.locator(`.rate[data-rating="${expected}"]`)).toHaveAttribute('data-suggested', 'true');
});
