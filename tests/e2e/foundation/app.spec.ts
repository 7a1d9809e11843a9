import { expect, test } from '../harness';

test('opens on the bundled article and shows its title', async ({ app }) => {
  const page = await app.open();
  await expect(page.getByText('Russia’s Recognition of the Taliban Government').first()).toBeVisible();
  const articles = await app.backend.call('library:list');
  expect(articles.map((a) => a.title)).toContain('Russia’s Recognition of the Taliban Government');
});
