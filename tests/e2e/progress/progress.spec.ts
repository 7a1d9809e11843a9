import { DEFAULT_NOW, expect, test } from '../harness';
import { goTo, lowerScreens, openApp, screens } from './app-nav';
import { makeDrafts, STUDY_DAYS, saveDeck, studyHistory } from './seed';

const count = (n: number) => n.toLocaleString('en-GB');

test.describe('progress dashboard', () => {
  test('shows today, the forecast and the past year as the summary computes them', async ({ app }) => {
    await saveDeck(app.backend, makeDrafts(120));
    await studyHistory(app.backend, DEFAULT_NOW);
    const page = await openApp(app);
    await goTo(page, 'Progress');
    const dashboard = page.locator('section.pg-page[data-state="ready"]');
    await expect(dashboard).toBeVisible();
    const s = await app.backend.call('stats:summary');

    const figure = (name: string) => dashboard.locator(`[data-figure="${name}"] [data-value]`);
    await expect(figure('due-now')).toHaveText(count(s.dueNow));
    await expect(figure('due-today')).toHaveText(count(s.dueToday));
    await expect(figure('new-available')).toHaveText(count(s.newAvailable));
    await expect(figure('reviewed-today')).toHaveText(count(s.reviewedToday));
    await expect(figure('streak')).toHaveText(`${s.streakDays} ${s.streakDays === 1 ? 'day' : 'days'}`);
    await expect(figure('retention')).toHaveText(`${((s.retention30 ?? 0) * 100).toFixed(1)}%`);

    // The generated history itself: 13 study days in a row end today, 12 answers today.
    expect(s.streakDays).toBe(13);
    expect(s.reviewedToday).toBe(12);

    const total = s.forecast30.reduce((a, b) => a + b, 0);
    await expect(dashboard.locator('.pg-forecast canvas').first()).toBeVisible();
    await expect(dashboard.getByRole('img', { name: /Forecast chart/ })).toHaveAccessibleName(
      new RegExp(`${count(total)} cards? fall`),
    );

    const cells = dashboard.locator('.pg-heatmap rect');
    await expect(cells).toHaveCount(365);
    await expect(dashboard.locator('.pg-heatmap rect:not(.pg-heat-0)')).toHaveCount(STUDY_DAYS.length);
    const reviews = s.activity365.reduce((a, d) => a + d.count, 0);
    await expect(dashboard.getByRole('img', { name: /Activity over the past year/ })).toHaveAccessibleName(
      new RegExp(`${count(reviews)} reviews on ${STUDY_DAYS.length} days`),
    );

    const facets = dashboard.locator('section[aria-labelledby="pg-facets"] .pg-mrow');
    await expect(facets).toHaveCount(4);
    for (const m of s.masteryByFacet) {
      const pct =
        m.mastery === null ? 'not studied' : m.studied < 5 ? 'too few to say' : `${Math.round(m.mastery * 100)}%`;
      await expect(facets.filter({ hasText: m.label }).locator('.pg-mrow-pct')).toHaveText(pct);
    }
  });

  test('explains a figure on hover and on keyboard focus', async ({ app }) => {
    await saveDeck(app.backend, makeDrafts(20));
    const page = await openApp(app);
    await goTo(page, 'Progress');
    const tile = page.locator('[data-figure="streak"]');
    const tip = tile.getByRole('tooltip');
    await expect(tip).toBeHidden();
    await tile.hover();
    await expect(tip).toBeVisible();
    await expect(tile).toHaveAccessibleDescription(/Days in a row/);
    await page.mouse.move(0, 0);
    await tile.focus();
    await expect(tip).toBeVisible();
    // Before any study: dashes and "not studied", no broken charts.
    await expect(tile.locator('[data-value]')).toHaveText('0 days');
    await expect(page.locator('[data-figure="retention"] [data-value]')).toHaveText('—');
    await page.screenshot({ path: 'test-results/screens/progress-empty-light-1280x800.png' });
  });

  test('an actor in "who do I keep forgetting" opens the card browser on their cards', async ({ app }) => {
    await saveDeck(app.backend, makeDrafts(60));
    await studyHistory(app.backend, DEFAULT_NOW, 8);
    const page = await openApp(app);
    await goTo(page, 'Progress');
    const s = await app.backend.call('stats:summary');
    const weakest = s.masteryByActor[0]!;
    const actors = page.locator('section[aria-labelledby="pg-actors"] .pg-mrow');
    await expect(actors.first()).toHaveAttribute('data-key', weakest.key);

    await page.getByRole('button', { name: 'Most lapses' }).click();
    const mostLapses = Math.max(...s.masteryByActor.map((m) => m.lapses));
    await expect(actors.first().locator('.pg-mrow-meta')).toContainText(`${mostLapses} lapse`);

    // A facet row opens the browser on that facet; back to the dashboard for the actor.
    await page
      .locator('section[aria-labelledby="pg-facets"]')
      .getByRole('button', { name: /^Quotes:/ })
      .click();
    await expect(page.getByRole('combobox', { name: 'Facet' })).toHaveValue('quotes');
    await goTo(page, 'Progress');
    await page.getByRole('button', { name: 'Most lapses' }).click();
    await actors.first().getByRole('button').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Cards' })).toBeVisible();
    const name = await page.getByRole('searchbox').inputValue();
    expect(s.masteryByActor.map((m) => m.label)).toContain(name);
    const expected = await app.backend.call('cards:list', { search: name, sort: 'due' });
    await expect(page.locator('.cb-page[data-state="ready"] [data-count]')).toHaveAttribute(
      'data-count',
      String(expected.length),
    );
  });

  test('screenshots of the dashboard in light and dark @screens', async ({ app }) => {
    await saveDeck(app.backend, makeDrafts(160));
    await studyHistory(app.backend, DEFAULT_NOW, 14);
    const page = await openApp(app);
    await goTo(page, 'Progress');
    await expect(page.locator('section.pg-page[data-state="ready"] .pg-forecast canvas').first()).toBeVisible();
    await screens(page, 'progress', async () => {
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    });
    await lowerScreens(page, 'progress');
  });
});
