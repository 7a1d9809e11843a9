import { CHANNELS, verbName } from '../../../electron/contract';
import { expect, test } from '../harness';

test('the page has no Node globals and window.dossier has only the contract verbs', async ({ app }) => {
  const page = await app.open();
  const globals = await page.evaluate(() => ({
    require: typeof (window as unknown as Record<string, unknown>).require,
    process: typeof (window as unknown as Record<string, unknown>).process,
    module: typeof (window as unknown as Record<string, unknown>).module,
    verbs: Object.keys(window.dossier).sort(),
    frozen: Object.isFrozen(window.dossier),
  }));
  expect(globals.require).toBe('undefined');
  expect(globals.process).toBe('undefined');
  expect(globals.module).toBe('undefined');
  expect(globals.verbs).toEqual(CHANNELS.map(verbName).sort());
  expect(globals.frozen).toBe(true);
});

test('an injected inline script is blocked by the content security policy', async ({ app }) => {
  const page = await app.open();
  const outcome = await page.evaluate(async () => {
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true;';
    document.body.append(script);
    const img = document.createElement('img');
    img.src = 'https://example.invalid/pixel.png';
    document.body.append(img);
    await new Promise((resolve) => setTimeout(resolve, 50));
    return { ran: (window as unknown as Record<string, unknown>).__injected === true, violations };
  });
  expect(outcome.ran).toBe(false);
  expect(outcome.violations).toContain('script-src-elem');
  expect(outcome.violations).toContain('img-src');
});

test('a malformed IPC payload returns a validation error and changes nothing', async ({ app }) => {
  const page = await app.open();
  const before = {
    settings: await app.backend.call('settings:get'),
    articles: await app.backend.call('library:list'),
    cards: await app.backend.call('cards:list', {}),
  };
  const results = await page.evaluate(async () => {
    const api = window.dossier as unknown as Record<
      string,
      (input?: unknown) => Promise<{ ok: boolean; error?: { code: string } }>
    >;
    return Promise.all([
      api.studyAnswer({ cardId: 42, rating: 9 }),
      api.settingsSet({ desiredRetention: 2 }),
      api.librarySave({ article: { id: '../../etc', title: '', text: 'x', format: 'exe' }, cards: 'all' }),
      api.cardsSuspend({ ids: [], suspended: 'yes' }),
      api.libraryGet('not-an-object'),
    ]);
  });
  for (const result of results) {
    expect(result.ok).toBe(false);
    expect(result.error?.code).toBe('invalid-input');
  }
  expect(await app.backend.call('settings:get')).toEqual(before.settings);
  expect(await app.backend.call('library:list')).toEqual(before.articles);
  expect(await app.backend.call('cards:list', {})).toEqual(before.cards);
});
