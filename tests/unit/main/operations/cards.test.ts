import { afterEach, describe, expect, it } from 'vitest';
import { article, draft, type Env, openEnv, saveDeck } from '../support/setup';

let env: Env;
afterEach(async () => env?.close());

const DAY = 86_400_000;
const answer = (e: Env, cardId: string, rating: 1 | 2 | 3 | 4) =>
  e.call('study:answer', { cardId, rating, mode: 'typed', durationMs: 700 });

describe('card operations', () => {
  it('keeps the schedule when a card text is edited, across a restart', async () => {
    env = await openEnv();
    await saveDeck(env, 'art-one', ['a']);
    const { card } = await answer(env, 'a', 4);
    const edited = await env.call('cards:update', { id: 'a', answer: 'A better answer' });
    expect([edited.answer, edited.due, edited.reps]).toEqual(['A better answer', card.due, 1]);
    env = await env.reopen();
    expect((await env.call('cards:list', {}))[0]).toMatchObject({ answer: 'A better answer', due: card.due });
  });

  it('suspends and unsuspends, and resets a card to new while keeping its history', async () => {
    env = await openEnv();
    await saveDeck(env, 'art-one', ['a', 'b']);
    await answer(env, 'a', 3);
    expect(await env.call('cards:suspend', { ids: ['a', 'b', 'missing'], suspended: true })).toEqual({ changed: 2 });
    expect(await env.call('cards:suspend', { ids: ['a'], suspended: true })).toEqual({ changed: 0 });
    expect((await env.call('study:queue', {})).items).toEqual([]);
    await env.call('cards:suspend', { ids: ['a', 'b'], suspended: false });
    expect(await env.call('cards:reset', { ids: ['a', 'b'] })).toEqual({ changed: 1 });
    env = await env.reopen();
    const a = (await env.call('cards:list', {})).find((c) => c.id === 'a')!;
    expect([a.state, a.reps, a.suspended]).toEqual(['new', 0, false]);
    const history = await env.call('cards:history', { id: 'a' });
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({
      rating: 3,
      mode: 'typed',
      durationMs: 700,
      stateBefore: 'new',
      retrievability: null,
    });
  });

  it('filters by state, facet, due and search, and sorts', async () => {
    env = await openEnv();
    await env.call('library:save', {
      article: article('art-one'),
      cards: [
        draft('lavrov', { prompt: 'Who is Sergey Lavrov?', actors: ['Sergey Lavrov'] }),
        draft('date', { facet: 'dates', kind: 'date-event' }),
        draft('late'),
      ],
      acceptAll: true,
    });
    await answer(env, 'date', 4);
    env.clock.advance(DAY);
    await answer(env, 'late', 4);
    env.clock.advance(30 * DAY);
    const ids = async (f: object) => (await env.call('cards:list', f)).map((c) => c.id);
    expect(await ids({ search: 'lavrov' })).toEqual(['lavrov']);
    expect(await ids({ facet: 'dates' })).toEqual(['date']);
    expect(await ids({ state: 'new' })).toEqual(['lavrov']);
    expect(await ids({ state: 'review', sort: 'due' })).toEqual(['date', 'late']);
    expect(await ids({ dueOnly: true, sort: 'retrievability' })).toEqual(['date', 'late']);
  });

  it('answers not-found for unknown cards and refuses to study a suspended one', async () => {
    env = await openEnv();
    await saveDeck(env, 'art-one', ['a']);
    const missing = await env.dispatchRaw('study:answer', { cardId: 'zzz', rating: 3, mode: 'self', durationMs: 1 });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found' } });
    await env.call('cards:suspend', { ids: ['a'], suspended: true });
    const refused = await env.dispatchRaw('study:answer', { cardId: 'a', rating: 3, mode: 'self', durationMs: 1 });
    expect(refused).toMatchObject({ ok: false, error: { code: 'failed' } });
    expect(await env.dispatchRaw('cards:history', { id: 'zzz' })).toMatchObject({ ok: false });
  });
});
