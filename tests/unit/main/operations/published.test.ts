/** The publication date: optional in the article (older stores lack it), listed, set and cleared by `library:setPublished`. */
import { afterEach, describe, expect, it } from 'vitest';
import { article, type Env, openEnv, saveDeck } from '../support/setup';

let env: Env;
afterEach(async () => env?.close());

describe('the publication date of an article', () => {
  it('is absent from articles saved without one, and the library lists it as unknown', async () => {
    env = await openEnv();
    await saveDeck(env, 'art-one', ['a', 'b']);
    const [summary] = await env.call('library:list');
    expect(summary.published).toBeNull();
    expect((await env.call('library:get', { id: 'art-one' })).published).toBeUndefined();
  });

  it('is stored with the article, listed, changed and cleared, and survives a restart; cards keep their progress', async () => {
    env = await openEnv();
    await env.call('library:save', {
      article: { ...article('art-one'), published: '2025-06-03' },
      cards: [],
      acceptAll: true,
    });
    await saveDeck(env, 'art-two', ['a']);
    await env.call('study:answer', { cardId: 'a', rating: 3, mode: 'self', durationMs: 10 });
    expect((await env.call('library:list')).find((a) => a.id === 'art-one')?.published).toBe('2025-06-03');

    const changed = await env.call('library:setPublished', { id: 'art-two', published: '2024-11-18' });
    expect(changed.published).toBe('2024-11-18');
    env = await env.reopen();
    expect((await env.call('library:get', { id: 'art-two' })).published).toBe('2024-11-18');
    expect((await env.call('cards:list', { articleId: 'art-two' }))[0].reps).toBe(1);

    await env.call('library:setPublished', { id: 'art-two', published: null });
    expect((await env.call('library:get', { id: 'art-two' })).published).toBeUndefined();
  });

  it('refuses a malformed date, an unknown article and extra fields', async () => {
    env = await openEnv();
    await saveDeck(env, 'art-one', ['a']);
    for (const payload of [
      { id: 'art-one', published: '3 June 2025' },
      { id: 'art-one', published: '2025-13-01' },
      { id: 'art-one', published: '2025-06-03', extra: 1 },
      { id: 'art-one' },
    ]) {
      const result = await env.dispatchRaw('library:setPublished', payload);
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    }
    const missing = await env.dispatchRaw('library:setPublished', { id: 'nope', published: '2025-06-03' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found' } });
    const saved = await env.dispatchRaw('library:save', {
      article: { ...article('art-one'), published: 'yesterday' },
      cards: [],
    });
    expect(saved).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });
});
