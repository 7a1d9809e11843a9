import { afterEach, describe, expect, it } from 'vitest';
import { answer, article, DAY, draft, type Env, MIN, openEnv, queueIds, saveDeck } from '../support/setup';

let env: Env;
afterEach(async () => env?.close());

describe('the study queue', () => {
  it('puts due cards before new ones, the least retrievable review first', async () => {
    env = await openEnv();
    await saveDeck(env, 'art-one', ['weak', 'strong', 'fresh1', 'fresh2']);
    await answer(env, 'strong', 4); // review, long interval
    env.clock.advance(MIN);
    await answer(env, 'weak', 4);
    env.clock.advance(400 * DAY);
    const q = await env.call('study:queue', {});
    expect(q.items.map((i) => i.card.id)).toEqual(['strong', 'weak', 'fresh1', 'fresh2']);
    expect(q.counts).toEqual({ new: 2, learning: 0, review: 2 });
    const [r1, r2] = q.items.map((i) => i.card.retrievability!);
    expect(r1!).toBeLessThanOrEqual(r2!);
  });

  it('introduces at most the daily number of new cards, counted from the journal, until the next day start', async () => {
    env = await openEnv();
    await env.call('settings:set', { newPerDay: 2, dayStartHour: 4 });
    await saveDeck(env, 'art-one', ['a', 'b', 'c', 'd']);
    expect(await queueIds(env)).toEqual(['a', 'b']);
    await answer(env, 'a', 4);
    expect(await queueIds(env)).toEqual(['b']);
    env = await env.reopen();
    expect(await queueIds(env)).toEqual(['b']);
    await answer(env, 'b', 4);
    expect(await queueIds(env)).toEqual([]);
    env.clock.advance(DAY);
    expect(await queueIds(env)).toEqual(['c', 'd']);
  });

  it('stops showing reviews at the maximum per day', async () => {
    env = await openEnv();
    await env.call('settings:set', { maxReviewsPerDay: 1, newPerDay: 0 });
    await env.call('settings:set', { newPerDay: 10 });
    await saveDeck(env, 'art-one', ['a', 'b']);
    await answer(env, 'a', 4);
    await answer(env, 'b', 4);
    env.clock.advance(60 * DAY);
    const q = await env.call('study:queue', {});
    expect(q.counts.review).toBe(1);
    await answer(env, q.items[0]!.card.id, 3);
    expect((await env.call('study:queue', {})).counts.review).toBe(0);
  });

  it('scopes the queue by article, facet and kind', async () => {
    env = await openEnv();
    await env.call('library:save', {
      article: article('art-one'),
      cards: [draft('q1'), draft('d1', { facet: 'dates', kind: 'date-event' }), draft('q2', { kind: 'quote-finish' })],
      acceptAll: true,
    });
    await saveDeck(env, 'art-two', ['other']);
    expect(await queueIds(env, { articleId: 'art-two' })).toEqual(['other']);
    expect(await queueIds(env, { facet: 'dates' })).toEqual(['d1']);
    expect(await queueIds(env, { kinds: ['quote-finish'] })).toEqual(['q2']);
    expect(await queueIds(env, { limit: 2 })).toHaveLength(2);
  });

  it('leaves suspended, retired and unaccepted cards out, and says when the next card is due', async () => {
    env = await openEnv();
    await saveDeck(env, 'art-one', ['a', 'b', 'c']);
    await env.call('cards:suspend', { ids: ['b'], suspended: true });
    await saveDeck(env, 'art-one', ['a', 'b']);
    expect(await queueIds(env)).toEqual(['a']);
    await answer(env, 'a', 4);
    const q = await env.call('study:queue', {});
    expect(q.items).toEqual([]);
    expect(q.nextDue).toBe((await env.call('cards:list', {})).find((c) => c.id === 'a')!.due);
  });

  it('gives four interval previews that match what an answer schedules', async () => {
    env = await openEnv();
    await saveDeck(env, 'art-one', ['a']);
    const [item] = (await env.call('study:queue', {})).items;
    expect(item!.previews.map((p) => p.rating)).toEqual([1, 2, 3, 4]);
    const done = await answer(env, 'a', 4);
    expect(done.card.due).toBe(item!.previews[3]!.due);
  });
});

describe('learning steps', () => {
  it('walks a new card through the learning steps, then relearning after a lapse', async () => {
    env = await openEnv();
    await env.call('settings:set', { learningSteps: ['1m', '10m'], relearningSteps: ['10m'] });
    await saveDeck(env, 'art-one', ['a']);
    const t0 = env.clock.now().getTime();
    let card = (await answer(env, 'a', 1)).card;
    expect([card.state, Date.parse(card.due) - t0]).toEqual(['learning', MIN]);
    env.clock.advance(MIN);
    card = (await answer(env, 'a', 3)).card;
    expect([card.state, Date.parse(card.due) - env.clock.now().getTime()]).toEqual(['learning', 10 * MIN]);
    env.clock.advance(10 * MIN);
    expect(await queueIds(env)).toEqual(['a']);
    card = (await answer(env, 'a', 3)).card;
    expect(card.state).toBe('review');
    env.clock.set(card.due);
    card = (await answer(env, 'a', 1)).card;
    expect([card.state, card.lapses, Date.parse(card.due) - env.clock.now().getTime()]).toEqual([
      'relearning',
      1,
      10 * MIN,
    ]);
  });

  it('shows a learning card again only once its step is due', async () => {
    env = await openEnv();
    await saveDeck(env, 'art-one', ['a']);
    await answer(env, 'a', 3);
    expect(await queueIds(env)).toEqual([]);
    env.clock.advance(10 * MIN);
    expect(await queueIds(env)).toEqual(['a']);
  });
});

describe('undo', () => {
  it('undoes the session answers last first, restoring each card as it was', async () => {
    env = await openEnv();
    await saveDeck(env, 'art-one', ['a', 'b']);
    const initial = await env.call('cards:list', {});
    await answer(env, 'a', 3);
    env.clock.advance(MIN);
    const afterFirst = (await env.call('cards:list', {})).find((c) => c.id === 'a')!;
    await answer(env, 'a', 3);
    await answer(env, 'b', 4);
    const u1 = await env.call('study:undo');
    expect([u1.card.id, u1.card.state, u1.undoDepth]).toEqual(['b', 'new', 2]);
    const u2 = await env.call('study:undo');
    expect([u2.card.id, u2.card.due, u2.card.reps]).toEqual(['a', afterFirst.due, afterFirst.reps]);
    const u3 = await env.call('study:undo');
    expect(u3.card).toMatchObject({ id: 'a', state: 'new', reps: 0, due: initial[0]!.due });
    await expect(env.call('study:undo')).rejects.toThrow(/no answer to undo/);
  });

  it('keeps undone answers out of the history and the daily count, after a restart too', async () => {
    env = await openEnv();
    await env.call('settings:set', { newPerDay: 1 });
    await saveDeck(env, 'art-one', ['a', 'b']);
    await answer(env, 'a', 3);
    expect(await queueIds(env)).toEqual([]);
    await env.call('study:undo');
    expect(await queueIds(env)).toEqual(['a']);
    expect(await env.call('cards:history', { id: 'a' })).toEqual([]);
    env = await env.reopen();
    expect(await queueIds(env)).toEqual(['a']);
    expect((await env.call('cards:list', {})).find((c) => c.id === 'a')!.state).toBe('new');
    await expect(env.call('study:undo')).rejects.toThrow();
  });
});

describe('settings', () => {
  it('refuses out-of-range values with a clear message and keeps the old ones', async () => {
    env = await openEnv();
    const r = await env.dispatchRaw('settings:set', { desiredRetention: 0.5 });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    const direct = async (patch: object) => env.handlers['settings:set'](patch);
    await expect(direct({ desiredRetention: 0.5 })).rejects.toThrow(/between 0.70 and 0.99/);
    await expect(direct({ learningSteps: ['soon'] })).rejects.toThrow(/Learning steps/);
    await expect(direct({ newPerDay: -1 })).rejects.toThrow(/New cards per day/);
    expect((await env.call('settings:get')).desiredRetention).toBe(0.9);
  });

  it('persists accepted settings across a restart', async () => {
    env = await openEnv();
    await env.call('settings:set', { desiredRetention: 0.85, newPerDay: 7, theme: 'dark' });
    env = await env.reopen();
    expect(await env.call('settings:get')).toMatchObject({
      desiredRetention: 0.85,
      newPerDay: 7,
      theme: 'dark',
      fuzz: false,
    });
  });
});
