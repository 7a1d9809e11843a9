import { DEFAULT_NOW, expect, test } from '../harness';
import { goTo, openApp, screens } from './app-nav';
import { ACTORS, makeDrafts, saveDeck, studyHistory } from './seed';

test.describe('card browser', () => {
  test('filters by text, facet, state and due, as cards:list does', async ({ app }) => {
    await saveDeck(app.backend, makeDrafts(80));
    await studyHistory(app.backend, DEFAULT_NOW, 10);
    const page = await openApp(app);
    await goTo(page, 'Cards');
    const counter = page.locator('.cb-page [data-count]');
    const expectCount = async (filter: Parameters<typeof app.backend.call<'cards:list'>>[1]) => {
      const cards = await app.backend.call('cards:list', { sort: 'due', ...filter });
      await expect(page.locator('.cb-page[data-state="ready"]')).toBeVisible();
      await expect(counter).toHaveAttribute('data-count', String(cards.length));
      return cards;
    };
    await expectCount({});

    await page.getByLabel('Facet').selectOption('quotes');
    await expectCount({ facet: 'quotes' });
    await page.getByLabel('Facet').selectOption('');

    await page.getByRole('searchbox').fill(ACTORS[2]!);
    const found = await expectCount({ search: ACTORS[2] });
    expect(found.length).toBeGreaterThan(0);
    await page.getByRole('searchbox').fill('');

    await page.getByLabel('State').selectOption('new');
    await expectCount({ state: 'new' });
    await page.getByLabel('State').selectOption('review');
    await expectCount({ state: 'review' });
    await page.getByLabel('State').selectOption('');

    await page.getByLabel('Due now only').check();
    await expectCount({ dueOnly: true });
    await page.getByLabel('Due now only').uncheck();

    await page.getByLabel('Sort by').selectOption('lapses');
    const byLapses = await expectCount({ sort: 'lapses' });
    await expect(page.getByRole('listbox', { name: 'Cards' }).getByRole('option').first()).toHaveAttribute(
      'data-card-id',
      byLapses[0]!.id,
    );
  });

  test('shows a card’s history, edits it, suspends and resets it', async ({ app }) => {
    await saveDeck(app.backend, makeDrafts(40));
    await studyHistory(app.backend, DEFAULT_NOW, 10);
    const page = await openApp(app);
    await goTo(page, 'Cards');
    await page.getByLabel('Sort by').selectOption('lapses');
    const [card] = await app.backend.call('cards:list', { sort: 'lapses', search: 'Question' });
    await page.getByRole('searchbox').fill('Question');
    // Wait until the list shows the final filter and order, so the click cannot land on a row that moves.
    const rows = page.getByRole('listbox', { name: 'Cards' }).getByRole('option');
    await expect(rows.first()).toHaveAttribute('data-card-id', card!.id);
    await expect(page.locator('.cb-page')).toHaveAttribute('data-state', 'ready');
    await page.locator(`[role="option"][data-card-id="${card!.id}"]`).click();
    await expect(page.locator(`[role="option"][data-card-id="${card!.id}"]`)).toHaveAttribute('aria-selected', 'true');
    const detail = page.getByRole('complementary', { name: 'Card details' });
    await expect(detail).toBeVisible();

    const history = await app.backend.call('cards:history', { id: card!.id });
    expect(history.length).toBeGreaterThan(0);
    await expect(detail.locator('.cb-history tbody tr')).toHaveCount(history.length);
    const ratings = ['Again', 'Hard', 'Good', 'Easy'];
    await expect(detail.locator('.cb-history tbody tr').first().locator('td').nth(1)).toHaveText(
      ratings[history[history.length - 1]!.rating - 1]!,
    );

    await detail.getByRole('button', { name: 'Edit' }).click();
    await detail.getByLabel('Prompt').fill('Who signed the recognition decree?');
    await detail.getByRole('button', { name: 'Save' }).click();
    await expect(detail.locator('.cb-prompt')).toHaveText('Who signed the recognition decree?');
    const [edited] = await app.backend.call('cards:list', { search: 'recognition decree' });
    expect(edited?.id).toBe(card!.id);

    await detail.getByRole('button', { name: 'Suspend' }).click();
    await expect(detail.getByRole('button', { name: 'Unsuspend' })).toBeVisible();
    expect((await app.backend.call('cards:list', { state: 'suspended' })).map((c) => c.id)).toContain(card!.id);
    await detail.getByRole('button', { name: 'Unsuspend' }).click();
    await expect(detail.getByRole('button', { name: 'Suspend' })).toBeVisible();

    await detail.getByRole('button', { name: 'Reset…' }).click();
    await page
      .getByRole('alertdialog', { name: 'Reset this card' })
      .getByRole('button', { name: 'Reset card' })
      .click();
    await expect(detail.locator('[data-field="state"]')).toHaveText('new');
    expect((await app.backend.call('cards:list', { state: 'new' })).map((c) => c.id)).toContain(card!.id);
  });

  test('a card waiting for review can be accepted or rejected from its details', async ({ app }) => {
    const drafts = makeDrafts(12).map((d, i) => (i < 3 ? { ...d, needsReview: true } : d));
    await saveDeck(app.backend, drafts);
    const page = await openApp(app);
    await goTo(page, 'Cards');
    await page.getByLabel('Search').fill('Question');
    await page.getByRole('combobox', { name: 'State' }).selectOption('pending');
    const counter = page.locator('.cb-page [data-count]');
    await expect(counter).toHaveAttribute('data-count', '3');
    const options = page.getByRole('listbox', { name: 'Cards' }).getByRole('option');
    const detail = page.getByRole('complementary', { name: 'Card details' });
    await options.first().click();
    await detail.getByRole('button', { name: 'Accept' }).click();
    await expect(counter).toHaveAttribute('data-count', '2');
    await options.first().click();
    await detail.getByRole('button', { name: 'Reject' }).click();
    await expect(counter).toHaveAttribute('data-count', '1');
    const pending = await app.backend.call('cards:list', { state: 'pending', search: 'Question' });
    expect(pending).toHaveLength(1);
  });

  test('keyboard moves through the list and opens the selected card', async ({ app }) => {
    await saveDeck(app.backend, makeDrafts(30));
    const page = await openApp(app);
    await goTo(page, 'Cards');
    const list = page.getByRole('listbox', { name: 'Cards' });
    await list.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const selected = page.locator('[role="option"][aria-selected="true"]');
    await expect(selected).toHaveAttribute('aria-posinset', '2');
    await expect(list).toHaveAttribute('aria-activedescendant', (await selected.getAttribute('id'))!);
    await page.keyboard.press('End');
    await expect(page.locator('[role="option"][aria-selected="true"]')).toBeVisible();
    await expect(page.getByRole('complementary', { name: 'Card details' })).toBeVisible();
  });

  test('stays fast with 20,000 cards: a few dozen rows in the page, the end reached at once', async ({ app }) => {
    test.setTimeout(120_000);
    await saveDeck(app.backend, makeDrafts(20_000, 'big'));
    const page = await openApp(app);
    const started = Date.now();
    // A page holding 20,000 cards from the binding can be busy for seconds on a loaded machine.
    await goTo(page, 'Cards', 60_000);
    // Listing 20,000 cards through Playwright's binding takes seconds on a busy 2-core machine: wait for it,
    // the speed itself is measured by the benchmarks, not asserted here.
    await expect(page.locator('.cb-page [data-count]')).toHaveAttribute('data-count', /^2\d{4}$/, { timeout: 90_000 });
    const listedMs = Date.now() - started;
    expect(await page.getByRole('listbox', { name: 'Cards' }).getByRole('option').count()).toBeLessThan(60);
    const scrollMs = await page.evaluate(async () => {
      const list = document.querySelector('.cb-list') as HTMLElement;
      const t0 = performance.now();
      list.scrollTop = list.scrollHeight;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      return performance.now() - t0;
    });
    await expect(page.locator('[role="option"]').last()).toHaveAttribute('aria-posinset', /^2\d{4}$/, {
      timeout: 30_000,
    });
    // How much of the listing time is the test bridge (Playwright's binding serialises 10 MB slowly; Electron's IPC does not).
    const bridgeMs = await page.evaluate(async () => {
      const t0 = performance.now();
      await (window as unknown as { dossier: { cardsList(i: unknown): Promise<unknown> } }).dossier.cardsList({
        sort: 'due',
      });
      return performance.now() - t0;
    });
    console.log(
      `20k cards: listed in ${listedMs} ms (bridge alone ${bridgeMs.toFixed(0)} ms), scrolled to the end in ${scrollMs.toFixed(1)} ms`,
    );
  });

  test('screenshots of the card browser in light and dark @screens', async ({ app }) => {
    await saveDeck(app.backend, makeDrafts(200));
    await studyHistory(app.backend, DEFAULT_NOW, 14);
    const page = await openApp(app);
    await goTo(page, 'Cards');
    await page.getByLabel('Sort by').selectOption('lapses');
    await page.getByRole('listbox', { name: 'Cards' }).getByRole('option').first().click();
    await expect(page.locator('.cb-history tbody tr').first()).toBeVisible();
    await screens(page, 'cards', async () => {
      await expect(page.getByRole('complementary', { name: 'Card details' })).toBeVisible();
    });
  });
});
