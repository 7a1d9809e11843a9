import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import type { Queue, StudyCounts } from '../../../../electron/contract';
import { answer, article, DAY, draft, type Env, MIN, openEnv, saveDeck } from '../support/setup';

let env: Env;
afterEach(async () => env?.close());

/** What a session's queue holds, counted the way `study:counts` counts it. */
function served(queue: Queue): StudyCounts {
  const learning = queue.items.filter((i) => i.card.state === 'learning' || i.card.state === 'relearning').length;
  const fresh = queue.items.filter((i) => i.card.state === 'new').length;
  return { due: queue.items.length - fresh, learning, new: fresh };
}

async function expectAgreement(e: Env) {
  const counts = await e.call('study:counts');
  expect(counts.total).toEqual(served(await e.call('study:queue', { limit: 1000 })));
  for (const [articleId, scoped] of Object.entries(counts.articles)) {
    expect(scoped).toEqual(served(await e.call('study:queue', { articleId, limit: 1000 })));
    expect(await e.call('study:counts', { articleId })).toEqual({ total: scoped, articles: { [articleId]: scoped } });
  }
  return counts;
}

/** A quote's two cards (one fact, one sentence) and an unrelated one, per article. */
const siblingDeck = (prefix: string) => [
  draft(`quote-speaker:${prefix}q`, { source: { start: 100, end: 160 } }),
  draft(`quote-finish:${prefix}q`, { kind: 'quote-finish', source: { start: 100, end: 160 } }),
  draft(`actor-role:${prefix}a`, { kind: 'actor-role', facet: 'actors', source: { start: 300, end: 310 } }),
];

describe('study:counts', () => {
  it('counts new cards within the daily limit, in total and for each article’s own session', async () => {
    env = await openEnv();
    await env.call('settings:set', { newPerDay: 3 });
    await saveDeck(env, 'art-one', ['a1', 'a2', 'a3', 'a4']);
    await saveDeck(env, 'art-two', ['b1', 'b2']);
    const counts = await expectAgreement(env);
    expect(counts.total).toEqual({ due: 0, learning: 0, new: 3 });
    expect(counts.articles).toEqual({
      'art-one': { due: 0, learning: 0, new: 3 },
      'art-two': { due: 0, learning: 0, new: 2 },
    });
    await answer(env, 'a1', 3);
    await answer(env, 'a2', 3);
    // Two of today's three new cards are used; both were answered into learning.
    expect((await expectAgreement(env)).total).toEqual({ due: 0, learning: 0, new: 1 });
    env.clock.advance(11 * MIN);
    expect((await expectAgreement(env)).total).toEqual({ due: 2, learning: 2, new: 1 });
  });

  it('leaves out suspended, rejected and unchecked cards, and the siblings of cards answered today', async () => {
    env = await openEnv();
    await env.call('library:save', { article: article('art-one'), cards: siblingDeck('x'), acceptAll: true });
    await saveDeck(env, 'art-two', ['s1', 's2', 'r1']);
    await saveDeck(env, 'art-three', ['p1'], false);
    await env.call('cards:suspend', { ids: ['s1'], suspended: true });
    await env.call('cards:review', { accept: [], reject: ['r1'] });
    let counts = await expectAgreement(env);
    // One card of the quote's fact, the actor card; s2 only; nothing waiting for a check.
    expect(counts.articles).toEqual({
      'art-one': { due: 0, learning: 0, new: 2 },
      'art-two': { due: 0, learning: 0, new: 1 },
      'art-three': { due: 0, learning: 0, new: 0 },
    });
    await answer(env, 'quote-speaker:xq', 4);
    counts = await expectAgreement(env);
    expect(counts.articles['art-one']).toEqual({ due: 0, learning: 0, new: 1 });
    env.clock.advance(DAY);
    expect((await expectAgreement(env)).articles['art-one']).toEqual({ due: 0, learning: 0, new: 2 });
  });

  it('stops at the maximum reviews per day, as the queue does', async () => {
    env = await openEnv();
    await env.call('settings:set', { maxReviewsPerDay: 1 });
    await saveDeck(env, 'art-one', ['a', 'b', 'c']);
    for (const id of ['a', 'b', 'c']) await answer(env, id, 4);
    env.clock.advance(60 * DAY);
    expect((await env.call('study:queue', {})).items).toHaveLength(1);
    expect((await expectAgreement(env)).total).toEqual({ due: 1, learning: 0, new: 0 });
  });

  it('agrees with the queue after any sequence of answers, suspensions and days', async () => {
    type Op = { kind: 'answer' | 'suspend' | 'day' | 'hour'; card: number; rating: 1 | 2 | 3 | 4 };
    const op = fc.record({
      kind: fc.constantFrom('answer', 'answer', 'answer', 'suspend', 'day', 'hour'),
      card: fc.nat(8),
      rating: fc.constantFrom(1, 2, 3, 4),
    }) as fc.Arbitrary<Op>;
    await fc.assert(
      fc.asyncProperty(
        fc.array(op, { minLength: 1, maxLength: 25 }),
        fc.integer({ min: 0, max: 4 }),
        async (ops, newPerDay) => {
          env = await openEnv();
          try {
            await env.call('settings:set', { newPerDay, maxReviewsPerDay: 3 });
            await env.call('library:save', { article: article('art-one'), cards: siblingDeck('x'), acceptAll: true });
            await env.call('library:save', { article: article('art-two'), cards: siblingDeck('y'), acceptAll: true });
            await saveDeck(env, 'art-three', ['z1', 'z2', 'z3']);
            const ids = (await env.call('cards:list', {})).map((c) => c.id).sort();
            for (const step of ops) {
              const id = ids[step.card % ids.length]!;
              if (step.kind === 'day') env.clock.advance(DAY);
              else if (step.kind === 'hour') env.clock.advance(60 * MIN);
              else if (step.kind === 'suspend') await env.call('cards:suspend', { ids: [id], suspended: true });
              else {
                const queue = await env.call('study:queue', {});
                const next = queue.items[step.card % Math.max(1, queue.items.length)];
                if (next) await answer(env, next.card.id, step.rating);
              }
              await expectAgreement(env);
            }
          } finally {
            await env.close();
          }
        },
      ),
      { numRuns: 25 },
    );
  });

  it('refuses a malformed payload', async () => {
    env = await openEnv();
    const result = await env.dispatchRaw('study:counts', { articleId: 7 });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await env.dispatchRaw('study:counts', { scope: 'all' })).toMatchObject({ ok: false });
    expect(await env.call('study:counts', { articleId: 'missing' })).toEqual({
      total: { due: 0, learning: 0, new: 0 },
      articles: {},
    });
  });
});
