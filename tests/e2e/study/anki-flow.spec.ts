/** Studying as Anki users expect: siblings apart, Again comes back, undo you can see, practice any time. */
import type { CardView } from '../../../electron/contract';
import { expect, test } from '../harness';
import { currentCard, openLibrary, panel, startStudy } from './helpers';

const MIN = 60_000;

const factOf = (id: string) => id.slice(id.lastIndexOf(':') + 1);
function siblings(a: CardView, b: CardView): boolean {
  if (a.id === b.id || a.articleId !== b.articleId) return false;
  if (factOf(a.id) === factOf(b.id)) return true;
  if (a.items || b.items) return false;
  return a.source.start < b.source.end && b.source.start < a.source.end;
}

async function rateOnScreen(page: import('@playwright/test').Page, key: string) {
  await expect(panel(page)).toHaveAttribute('data-state', 'front');
  await page.keyboard.press('Space');
  await page.keyboard.press(key);
}

test('siblings (one fact, one sentence) never meet in a session and are buried for the day', async ({ app }) => {
  const page = await openLibrary(app);
  await startStudy(page);
  const shown: string[] = [];
  for (let i = 0; i < 20; i += 1) {
    await expect(panel(page).or(page.locator('.session-end'))).toBeVisible();
    if (await page.locator('.session-end').isVisible()) break;
    await expect(panel(page)).toHaveAttribute('data-state', 'front');
    const id = (await page.locator('.study-card').getAttribute('data-card-id'))!;
    shown.push(id);
    await page.keyboard.press('Space');
    await page.keyboard.press('4');
  }
  expect(shown.length).toBeGreaterThanOrEqual(8);
  const cards = new Map((await app.backend.call('cards:list', {})).map((c) => [c.id, c]));
  const seen = shown.map((id) => cards.get(id)!);
  for (const a of seen) for (const b of seen) expect(siblings(a, b), `${a.id} and ${b.id} are siblings`).toBe(false);
  // The siblings of today's cards wait for tomorrow.
  const queue = await app.backend.call('study:queue', { limit: 500 });
  for (const item of queue.items) for (const a of seen) expect(siblings(item.card, a)).toBe(false);
  expect([...cards.values()].some((c) => seen.some((a) => siblings(a, c)))).toBe(true);
});

test('a card rated Again comes back in the same session when it falls due', async ({ app }) => {
  await app.backend.call('settings:set', { newPerDay: 4 });
  const page = await openLibrary(app);
  await startStudy(page);
  const again = (await page.locator('.study-card').getAttribute('data-card-id'))!;
  await rateOnScreen(page, '1');
  await expect(panel(page)).toHaveAttribute('data-state', 'again');
  await page.keyboard.press('Space');
  // Not back before its step has passed.
  await expect(panel(page)).toHaveAttribute('data-state', 'front');
  await expect(page.locator('.study-card')).not.toHaveAttribute('data-card-id', again);
  app.backend.clock.advance(2 * MIN); // the one-minute step has passed
  // Main is asked after each answer; the card comes back after whichever card is on screen when the
  // answer comes in, so within the next two cards, and before the session ends.
  let back = false;
  for (let i = 0; i < 3 && !back; i += 1) {
    await rateOnScreen(page, '3');
    await expect(panel(page).or(page.locator('.session-end'))).toBeVisible();
    await expect(panel(page)).toHaveAttribute('data-state', 'front');
    back = (await page.locator('.study-card').getAttribute('data-card-id')) === again;
  }
  expect(back, 'the Again card came back in the session').toBe(true);
  await expect(page.locator('.session-end')).toHaveCount(0);
});

test('with nothing else left, the end screen counts down to a learning card and brings it up', async ({ app }) => {
  await app.backend.call('settings:set', { newPerDay: 1, learningSteps: ['30m'] });
  const page = await app.open();
  await page.clock.install();
  await page.reload();
  await expect(page.locator('.library[data-state="ready"] .article-card')).toHaveCount(1);
  await startStudy(page);
  const again = (await page.locator('.study-card').getAttribute('data-card-id'))!;
  await rateOnScreen(page, '1');
  await page.keyboard.press('Space');
  const due = page.getByTestId('next-due');
  await expect(due).toContainText('1 card in learning comes back in 30:00');
  await page.clock.fastForward(60_000);
  await expect(due).toContainText('in 29:00');
  app.backend.clock.advance(31 * MIN);
  await page.clock.fastForward(30 * MIN);
  await expect(page.locator('.study-card')).toHaveAttribute('data-card-id', again);
});

test('undo acts on this session only, says what it undid (suspend included) and can be redone', async ({ app }) => {
  const page = await openLibrary(app);
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('button', { name: 'Quote quiz' }).click();
  const quote = await currentCard(app, page);
  // Keys only once the card's keys are live: front, then back.
  await expect(panel(page)).toHaveAttribute('data-state', 'front');
  await page.keyboard.press('Space');
  await expect(panel(page)).toHaveAttribute('data-state', 'back');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await app.backend.call('cards:history', { id: quote.id })).length).toBe(1);
  await nav.getByRole('button', { name: 'Timeline' }).click();
  await expect(panel(page)).toHaveAttribute('data-state', 'front');
  await page.keyboard.press('z');
  await expect(page.getByTestId('session-notice')).toHaveText('Nothing to undo in this session.');
  expect(await app.backend.call('cards:history', { id: quote.id })).toHaveLength(1);

  await nav.getByRole('button', { name: /^Study/ }).click();
  await expect(panel(page)).toHaveAttribute('data-state', 'front');
  const first = await currentCard(app, page);
  await page.keyboard.press('Space');
  await page.keyboard.press('3');
  const second = await currentCard(app, page);
  await page.keyboard.press('s');
  const notice = page.getByTestId('session-notice');
  await expect(notice).toContainText('Suspended “');
  await page.keyboard.press('z');
  await expect(notice).toContainText('Undid the suspension of “');
  await expect(page.locator('.study-card')).toHaveAttribute('data-card-id', second.id);
  expect((await app.backend.call('cards:list', {})).find((c) => c.id === second.id)?.suspended).toBe(false);
  await page.keyboard.press('z');
  await expect(notice).toContainText(`Undid Good on “${first.prompt.slice(0, 12)}`);
  await expect(page.locator('.study-card')).toHaveAttribute('data-card-id', first.id);
  expect(await app.backend.call('cards:history', { id: first.id })).toHaveLength(0);
  await page.keyboard.press('Shift+Z');
  await expect(notice).toContainText('Redid Good on “');
  await expect.poll(async () => (await app.backend.call('cards:history', { id: first.id })).length).toBe(1);
  await expect(page.locator('.study-card')).toHaveAttribute('data-card-id', second.id);
});

test('practice beyond the schedule leaves FSRS alone unless asked', async ({ app }) => {
  await app.backend.call('settings:set', { newPerDay: 0 });
  const page = await openLibrary(app);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Quote quiz' }).click();
  await expect(page.locator('.session-end')).toContainText('No quote is due now');
  await page.getByRole('button', { name: 'Practise anyway' }).click();
  await expect(page.getByTestId('practice-note')).toContainText('do not change');
  const card = await currentCard(app, page);
  expect(card.facet).toBe('quotes');
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('session-progress')).toContainText('1 done');
  expect(await app.backend.call('cards:history', { id: card.id })).toHaveLength(0);
  expect((await app.backend.call('cards:list', {})).find((c) => c.id === card.id)?.state).toBe('new');

  // Counted practice: the answer goes to the schedule.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Timeline' }).click();
  await expect(page.locator('.session-end')).toContainText('No timeline is due now');
  await page.getByLabel('Let these answers update the schedule').check();
  await page.getByRole('button', { name: 'Practise anyway' }).click();
  await expect(page.getByTestId('practice-note')).toContainText('update');
  const timeline = await currentCard(app, page);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await app.backend.call('cards:history', { id: timeline.id })).length).toBe(1);
});
