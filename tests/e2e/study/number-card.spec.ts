import type { Page } from '@playwright/test';
import { generate } from '../../../renderer/src/cards';
import { type App, expect, test } from '../harness';
import { currentCard, openLibrary, panel } from './helpers';

// A number card in study: the figure's clause with a blank, four figures of the same form to choose
// from, and the typed answer with its other accepted forms.

/** An article of our own with a few headline figures. */
const FIGURES_ARTICLE = [
  'Velm port wins $40 million for a new dock',
  'The harbour of Velm is old and small.',
  'The port of Velm will receive $40 million from the state to rebuild its northern dock within 6 years.',
  'Earlier plans had put the cost of a smaller dock at $25 million.',
  'The harbour board expects 45% of the new berths to serve grain traders.',
  'The town council will also spend $12 million on cranes for the dock.',
].join('\n');

const SIZES = [
  { width: 1280, height: 800 },
  { width: 900, height: 700 },
];
const THEMES = ['light', 'dark'] as const;

async function studyOnlyNumbers(app: App): Promise<void> {
  const doc = generate(FIGURES_ARTICLE);
  expect(doc.cards.some((c) => c.kind === 'number')).toBe(true);
  await app.backend.call('library:save', {
    article: {
      id: 'velm-port',
      title: 'Velm port wins $40 million for a new dock',
      format: 'txt',
      text: FIGURES_ARTICLE,
    },
    cards: doc.cards,
    acceptAll: true,
  });
  const others = (await app.backend.call('cards:list', {})).filter((c) => c.kind !== 'number').map((c) => c.id);
  await app.backend.call('cards:suspend', { ids: others, suspended: true });
}

async function startArguments(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Study one facet' }).getByRole('button', { name: 'Arguments' }).click();
  await expect(panel(page)).toHaveAttribute('data-state', 'front');
}

test('a number card offers four figures of the answer’s form and takes the figure typed another way', async ({
  app,
}) => {
  const page = await openLibrary(app);
  await studyOnlyNumbers(app);
  await startArguments(page);
  await page.getByRole('radio', { name: 'Choose' }).check();
  await expect(panel(page)).toHaveAttribute('data-state', 'front');
  const card = await currentCard(app, page);
  expect(card.kind).toBe('number');
  await expect(page.locator('#card-prompt')).toContainText('___');
  await expect(page.locator('.choice')).toHaveCount(4);
  // Where the headline carries the figure, the front does not give it away through the title above the prompt.
  const title = card.articleTitle;
  await expect(page.locator('.card-article')).toHaveText(title.split(card.answer).join('___'));
  await page.locator('.choice', { hasText: card.answer }).first().click();
  await expect(panel(page)).toHaveAttribute('data-state', 'back');
  await expect(page.locator('.card-article')).toHaveText(title);
});

for (const theme of THEMES) {
  for (const size of SIZES) {
    const suffix = `${theme}-${size.width}x${size.height}`;
    const shot = (page: Page, name: string) =>
      page.screenshot({ path: `test-results/screens/number-${name}-${suffix}.png` });

    test(`@screens number card in study, ${suffix}`, async ({ app }) => {
      const page = await openLibrary(app);
      await page.setViewportSize(size);
      await page.emulateMedia({ colorScheme: theme, reducedMotion: 'reduce' });
      await studyOnlyNumbers(app);
      await startArguments(page);
      await page.getByRole('radio', { name: 'Choose' }).check();
      await expect(panel(page)).toHaveAttribute('data-state', 'front');
      await expect(page.locator('.choice')).toHaveCount(4);
      await shot(page, 'choice-front');
      const card = await currentCard(app, page);
      await page.locator('.choice', { hasText: card.answer }).first().click();
      await expect(panel(page)).toHaveAttribute('data-state', 'back');
      await shot(page, 'choice-back');
      await page.keyboard.press('3');
      await page.getByRole('radio', { name: 'Type' }).check();
      await expect(panel(page)).toHaveAttribute('data-state', 'front');
      const typed = await currentCard(app, page);
      await page.getByLabel('Your answer').fill(typed.answer.replace('$', ''));
      await page.getByLabel('Your answer').press('Enter');
      await expect(page.getByTestId('typed-verdict')).toBeVisible();
      await shot(page, 'typed');
    });
  }
}
