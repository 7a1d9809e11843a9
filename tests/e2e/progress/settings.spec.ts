import { DEFAULT_NOW, expect, test } from '../harness';
import { goTo, lowerScreens, openApp, screens } from './app-nav';
import { makeDrafts, saveDeck, studyHistory } from './seed';

test.describe('settings', () => {
  test('saves a valid value and shows main’s refusal beside an invalid one, changing nothing', async ({ app }) => {
    const page = await openApp(app);
    await goTo(page, 'Settings');
    const retention = page.getByLabel('Desired retention');
    await retention.fill('0.85');
    await retention.press('Enter');
    await expect(page.getByText('Saved', { exact: true }).first()).toBeVisible();
    expect((await app.backend.call('settings:get')).desiredRetention).toBe(0.85);

    await retention.fill('1.5');
    await retention.press('Tab');
    await expect(retention).toHaveAttribute('aria-invalid', 'true');
    await expect(retention).toHaveAccessibleDescription(/Desired retention must be between 0.70 and 0.99\.$/);
    expect((await app.backend.call('settings:get')).desiredRetention).toBe(0.85);

    const steps = page.getByLabel('Learning steps', { exact: true });
    await steps.fill('1m 10m 1h');
    await steps.press('Enter');
    await expect.poll(async () => (await app.backend.call('settings:get')).learningSteps).toEqual(['1m', '10m', '1h']);
    await steps.fill('soon');
    await steps.press('Enter');
    await expect(steps).toHaveAccessibleDescription(/Learning steps are durations/);
    expect((await app.backend.call('settings:get')).learningSteps).toEqual(['1m', '10m', '1h']);

    await page.getByLabel('Day starts at').selectOption('6');
    await expect.poll(async () => (await app.backend.call('settings:get')).dayStartHour).toBe(6);
    // A choice says it was saved, as a typed value does.
    await expect(page.getByTestId('saved-dayStartHour')).toHaveText('Saved');
    await page.getByLabel('Spread due dates a little').uncheck();
    await expect.poll(async () => (await app.backend.call('settings:get')).fuzz).toBe(false);
  });

  test('the theme choice is saved and applied to the page', async ({ app }) => {
    const page = await openApp(app);
    await goTo(page, 'Settings');
    const appearance = page.getByRole('region', { name: 'Appearance' });
    await appearance.getByRole('radio', { name: 'Dark' }).check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect.poll(async () => (await app.backend.call('settings:get')).theme).toBe('dark');
    await appearance.getByRole('radio', { name: 'Light' }).check();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    // The sidebar's switch and this page show the same choice.
    await page.getByRole('navigation').getByRole('radio', { name: 'Dark' }).check();
    await expect(appearance.getByRole('radio', { name: 'Dark' })).toBeChecked();
  });

  test('exports cards for Anki and as CSV through the save dialog', async ({ app }) => {
    await saveDeck(app.backend, makeDrafts(12));
    const page = await openApp(app);
    await goTo(page, 'Settings');
    await page.getByLabel('Cards from').selectOption('generated-history');
    await page.getByRole('button', { name: 'Export for Anki' }).click();
    await expect(page.getByText(/^Saved to /).first()).toBeVisible();
    const anki = [...app.backend.saved.entries()].find(([, text]) => text.startsWith('#separator:tab'));
    expect(anki).toBeDefined();
    expect(anki![1].split('\n').filter((l) => l && !l.startsWith('#'))).toHaveLength(12);

    // Suspended cards go out only when asked.
    await app.backend.call('cards:suspend', { ids: ['gen-0', 'gen-1'], suspended: true });
    app.backend.saved.clear();
    await page.getByRole('button', { name: 'Export for Anki' }).click();
    await expect.poll(() => app.backend.saved.size).toBe(1);
    const lines = (text: string) => text.split('\n').filter((l) => l && !l.startsWith('#'));
    expect(lines([...app.backend.saved.values()][0]!)).toHaveLength(10);
    await page.getByLabel('Include suspended cards').check();
    app.backend.saved.clear();
    await page.getByRole('button', { name: 'Export for Anki' }).click();
    await expect.poll(() => app.backend.saved.size).toBe(1);
    expect(lines([...app.backend.saved.values()][0]!)).toHaveLength(12);

    await page.getByRole('button', { name: 'Export as CSV' }).click();
    await expect.poll(() => [...app.backend.saved.keys()].some((k) => k.endsWith('.csv'))).toBe(true);
  });

  test('exports progress, refuses a bad file without change, imports a good one', async ({ app }) => {
    await saveDeck(app.backend, makeDrafts(24));
    await studyHistory(app.backend, DEFAULT_NOW, 6);
    const page = await openApp(app);
    await goTo(page, 'Settings');
    await page.getByRole('button', { name: 'Export progress' }).click();
    await expect(page.getByTestId('transfer-message')).toHaveText(/^Saved to /);
    const [name, text] = [...app.backend.saved.entries()].find(([k]) => k.startsWith('dossier-progress'))!;
    const before = await app.backend.call('stats:summary');

    const picker = page.getByLabel('Progress file to import');
    await picker.setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"nope"}'),
    });
    await page.getByRole('button', { name: 'Import and replace' }).click();
    await expect(page.getByTestId('transfer-message')).toContainText('not a valid Dossier progress file');
    expect((await app.backend.call('stats:summary')).reviewedToday).toBe(before.reviewedToday);

    await app.backend.call('cards:reset', { ids: ['gen-0', 'gen-1'] });
    await picker.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    await expect(page.getByRole('alertdialog', { name: 'Import progress' })).toContainText(name);
    await page.getByRole('button', { name: 'Import and replace' }).click();
    await expect(page.getByTestId('transfer-message')).toHaveText(/^Imported \d+ cards and \d+ reviews/);
    const after = await app.backend.call('stats:summary');
    expect(after.masteryByFacet).toEqual(before.masteryByFacet);

    // The import made a safety backup first: it is listed and can be restored.
    const backups = page.getByRole('list', { name: 'Backups' }).getByRole('listitem');
    await expect(backups.first()).toBeVisible();
    await backups.first().getByRole('button', { name: 'Restore…' }).click();
    await page.getByRole('button', { name: 'Restore backup' }).click();
    await expect(page.getByText(/^Restored the backup of /)).toBeVisible();
  });

  test('runs the optimiser and says which parameters were kept and why', async ({ app }) => {
    await saveDeck(app.backend, makeDrafts(20));
    await studyHistory(app.backend, DEFAULT_NOW, 5);
    const page = await openApp(app);
    await goTo(page, 'Settings');
    await page.getByRole('button', { name: 'Optimise parameters' }).click();
    const verdict = page.locator('[data-kept]');
    await expect(verdict).toBeVisible({ timeout: 30_000 });
    await expect(verdict).toHaveAttribute('data-kept', 'old');
    await expect(verdict.locator('.st-verdict')).toContainText('Current parameters kept.');
  });

  test('screenshots of settings in light and dark @screens', async ({ app }) => {
    const page = await openApp(app);
    await goTo(page, 'Settings');
    await page.getByLabel('Desired retention').fill('2');
    await page.getByLabel('Desired retention').press('Enter');
    await expect(page.getByRole('alert')).toBeVisible();
    await screens(page, 'settings', async () => {});
    await page.getByRole('button', { name: 'Export progress' }).click();
    await expect(page.getByTestId('transfer-message')).toHaveText(/^Saved to /);
    await lowerScreens(page, 'settings');
  });
});
