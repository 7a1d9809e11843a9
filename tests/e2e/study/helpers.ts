import type { Page } from '@playwright/test';
import type { CardView } from '../../../electron/contract';
import { type App, expect } from '../harness';

export const BUNDLED_TITLE = 'Russia’s Recognition of the Taliban Government';

/** Opens the app and waits until the bundled article is in the library. */
export async function openLibrary(app: App): Promise<Page> {
  const page = await app.open();
  // An exception in the page fails the test with its message, not with a blank screen later.
  page.on('pageerror', (error) => {
    throw new Error(`Uncaught in the page: ${error.message}\n${error.stack ?? ''}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') console.error(`[page] ${message.text()}`);
  });
  await expect(page.locator('.library[data-state="ready"] .article-card')).toHaveCount(1);
  return page;
}

/** The card on screen, as main stores it. */
export async function currentCard(app: App, page: Page): Promise<CardView> {
  const id = await page.locator('.study-card').getAttribute('data-card-id');
  const cards = await app.backend.call('cards:list', {});
  const card = cards.find((c) => c.id === id);
  if (!card) throw new Error(`card ${id} is not stored`);
  return card;
}

export function panel(page: Page) {
  return page.locator('.card-panel');
}

export async function startStudy(page: Page, facet?: 'Actors' | 'Dates' | 'Quotes' | 'Arguments'): Promise<void> {
  if (facet)
    await page.getByRole('navigation', { name: 'Study one facet' }).getByRole('button', { name: facet }).click();
  else
    await page
      .getByRole('main')
      .getByRole('button', { name: /^Study \d+ (due|new)/ })
      .click();
  await expect(panel(page)).toHaveAttribute('data-state', 'front');
}

/** A short article of our own (not the bundled one) that yields actors, dates and a quote. */
export const SAMPLE_ARTICLE = [
  'Harbour Talks Resume in Valdora',
  'On 12 March 2025, Valdoran Trade Minister Elena Marsh met the Port Authority of Kestrel in the city of Valdora.',
  'In April 2025, Marsh said, “The harbour will reopen to every ship that respects the treaty.”',
  'Two months later, in June 2025, the Port Authority of Kestrel announced new tariffs on grain.',
  'The talks matter for three reasons. First, grain prices have doubled. Second, the treaty expires in 2026. Third, the navy has blockaded the strait since January 2025.',
].join('\n');
