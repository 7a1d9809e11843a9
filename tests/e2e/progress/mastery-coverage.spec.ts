/** Mastery says what it covers and only counts a card learned once it graduates. */
import { expect, test } from '../harness';
import { goTo, openApp } from './app-nav';

test('mastery says its coverage, learned waits for graduation, no bare percentage over a handful of cards', async ({
  app,
}) => {
  const page = await openApp(app);
  const [article] = await app.backend.call('library:list');
  const queue = await app.backend.call('study:queue', { articleId: article!.id, facet: 'dates' });
  const [a, b] = queue.items;
  // Two date cards, one with an Again: both studied, neither graduated.
  await app.backend.call('study:answer', { cardId: a!.card.id, rating: 1, mode: 'self', durationMs: 900 });
  await app.backend.call('study:answer', { cardId: b!.card.id, rating: 3, mode: 'self', durationMs: 900 });
  await goTo(page, 'Progress');
  await goTo(page, 'Library');
  const card = page.locator('.article-card').first();
  const summary = (await app.backend.call('library:list'))[0]!;
  expect(summary.counts.studied).toBe(2);
  expect(summary.counts.learned).toBe(0);
  await expect(card.locator('.counts div', { hasText: 'Learned' }).locator('dd')).toHaveText('0');
  await expect(card.getByTestId('article-mastery')).toHaveText(
    `Mastery: 2 of ${summary.counts.total - summary.counts.pending} studied, too few to say`,
  );
  await expect(card.getByTestId('article-mastery')).not.toContainText('%');

  await goTo(page, 'Progress');
  const s = await app.backend.call('stats:summary');
  const dates = s.masteryByFacet.find((m) => m.key === 'dates')!;
  expect(dates.studied).toBe(2);
  const row = page.locator('section[aria-labelledby="pg-facets"] .pg-mrow', { hasText: 'Dates' });
  await expect(row.locator('.pg-mrow-pct')).toHaveText('too few to say');
  await expect(row.locator('.pg-mrow-meta')).toContainText(`2 of ${dates.cards} studied`);
});
