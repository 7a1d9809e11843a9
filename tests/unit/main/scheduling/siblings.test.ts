import { afterEach, describe, expect, it } from 'vitest';
import { answer, article, DAY, draft, type Env, MIN, openEnv, queueIds } from '../support/setup';

let env: Env;
afterEach(async () => env?.close());

/** One quote with three cards (one fact), a date sentence overlapping the quote, and an unrelated actor. */
const CARDS = [
  draft('quote-speaker:q1', { source: { start: 100, end: 160 } }),
  draft('quote-finish:q1', { kind: 'quote-finish', source: { start: 100, end: 160 } }),
  draft('quote-when:q1', { kind: 'quote-when', source: { start: 100, end: 160 } }),
  draft('date-event:d1', { kind: 'date-event', facet: 'dates', source: { start: 80, end: 161 } }),
  draft('actor-role:a1', { kind: 'actor-role', facet: 'actors', source: { start: 300, end: 310 } }),
  draft('timeline:t1', {
    kind: 'timeline',
    facet: 'dates',
    source: { start: 0, end: 400 },
    items: [{ text: 'one' }, { text: 'two' }],
  }),
];

async function seed(e: Env) {
  await e.call('library:save', { article: article('art-one'), cards: CARDS, acceptAll: true });
}

describe('siblings (cards of one fact or one sentence)', () => {
  it('keeps one card of each sibling group in a session', async () => {
    env = await openEnv();
    await seed(env);
    expect(await queueIds(env)).toEqual(['quote-speaker:q1', 'actor-role:a1', 'timeline:t1']);
  });

  it('buries the siblings of an answered card until the next day', async () => {
    env = await openEnv();
    await env.call('settings:set', { dayStartHour: 4 });
    await seed(env);
    await answer(env, 'quote-speaker:q1', 4);
    expect(await queueIds(env)).toEqual(['actor-role:a1', 'timeline:t1']);
    env.clock.advance(DAY);
    // The next day one more of the group comes, not all of them.
    expect(await queueIds(env)).toEqual(['quote-finish:q1', 'actor-role:a1', 'timeline:t1']);
  });

  it('buries review siblings too, but never a learning card itself', async () => {
    env = await openEnv();
    await seed(env);
    await answer(env, 'quote-speaker:q1', 1); // learning, due in a minute
    env.clock.advance(2 * MIN);
    const ids = await queueIds(env);
    expect(ids[0]).toBe('quote-speaker:q1');
    expect(ids).not.toContain('quote-finish:q1');
    expect(ids).not.toContain('date-event:d1');
  });

  it('an undone answer unburies its siblings', async () => {
    env = await openEnv();
    await seed(env);
    await answer(env, 'quote-speaker:q1', 4);
    await env.call('study:undo');
    expect(await queueIds(env)).toContain('quote-speaker:q1');
  });

  it('undoes an answer only when it is still the last one of the card named', async () => {
    env = await openEnv();
    await seed(env);
    await answer(env, 'quote-speaker:q1', 3);
    await answer(env, 'actor-role:a1', 3);
    await expect(env.call('study:undo', { cardId: 'quote-speaker:q1' })).rejects.toThrow(/no longer the last/);
    expect((await env.call('study:undo', { cardId: 'actor-role:a1' })).card.id).toBe('actor-role:a1');
  });

  it('practice shows every card of the scope, due or not, beyond the daily limit', async () => {
    env = await openEnv();
    await env.call('settings:set', { newPerDay: 1 });
    await seed(env);
    await answer(env, 'quote-speaker:q1', 4);
    expect(await queueIds(env, { facet: 'quotes' })).toEqual([]);
    const practice = await queueIds(env, { facet: 'quotes', practice: true });
    expect(practice).toContain('quote-speaker:q1');
    // Siblings still come apart within a session.
    expect(practice).toHaveLength(1);
    expect(await queueIds(env, { kinds: ['quote-finish'], practice: true })).toEqual(['quote-finish:q1']);
  });
});
