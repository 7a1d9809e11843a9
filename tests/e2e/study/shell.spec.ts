import { expect, test } from '../harness';
import { openLibrary } from './helpers';

test('the theme follows the system and the switch overrides it and is kept', async ({ app, page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openLibrary(app);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('radio', { name: 'Light' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect.poll(async () => (await app.backend.call('settings:get')).theme).toBe('light');
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await page.getByRole('radio', { name: 'Auto' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

test('every sidebar page opens, and the due count sits beside Study', async ({ app }) => {
  const page = await openLibrary(app);
  const nav = page.getByRole('navigation', { name: 'Main' });
  const due = (await app.backend.call('study:queue', { limit: 1000 })).items.length;
  await expect(nav.getByRole('button', { name: /^Study/ })).toContainText(String(due));
  for (const name of ['Study', 'Quote quiz', 'Timeline', 'Progress', 'Cards', 'Settings', 'Library']) {
    await nav.getByRole('button', { name: new RegExp(`^${name}`) }).click();
    await expect(nav.getByRole('button', { name: new RegExp(`^${name}`) })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('main').getByRole('heading', { level: 1 }).first()).toBeVisible();
  }
});
