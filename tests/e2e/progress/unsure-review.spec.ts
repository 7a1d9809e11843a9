import { expect, test } from '../harness';
import { goTo, openApp, screens } from './app-nav';
import { makeDrafts, saveDeck } from './seed';

test.describe('new-card review of unsure cards', () => {
  test('an unsure quote card shows its reason and is confirmed with another speaker', async ({ app }) => {
    const base = makeDrafts(4);
    const unsure = {
      id: 'unsure-quote-1',
      kind: 'quote-speaker' as const,
      facet: 'quotes' as const,
      prompt: 'Who said: “The harbour wall will not hold another winter”?',
      answer: 'Piet Haas',
      choices: ['Piet Haas', 'Rana Diallo', 'Lio Mendes'],
      actors: ['Piet Haas'],
      source: { start: 0, end: 20 },
      needsReview: true,
      unsure: { reason: 'speaker inferred from “he” or “she”', speakers: ['Rana Diallo', 'Lio Mendes'] },
    };
    await saveDeck(app.backend, [...base, unsure]);
    const page = await openApp(app);
    await goTo(page, 'Library');
    // (The bundled article may have its own unsure card waiting: the button names the article.)
    await page.getByRole('button', { name: /^Check 1 new card of Moscow and Kabul/ }).click();
    const item = page.locator('.review-item', { hasText: 'The harbour wall will not hold' });
    await expect(item.getByText('speaker inferred from “he” or “she”')).toBeVisible();
    await expect(item.getByRole('checkbox')).not.toBeChecked();
    await screens(page, 'review-unsure', async () => {
      await expect(item).toBeVisible();
    });
    await item.getByRole('combobox', { name: 'Speaker' }).selectOption('Rana Diallo');
    await expect(item.locator('.review-answer')).toHaveText('Rana Diallo');
    await expect(item.getByRole('checkbox')).toBeChecked();
    await page.getByRole('button', { name: /^Accept (all 1|1 checked)/ }).click();
    await expect
      .poll(
        async () => (await app.backend.call('cards:list', { articleId: 'generated-history', state: 'pending' })).length,
      )
      .toBe(0);
  });
});
