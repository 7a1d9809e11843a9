import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { CHANNELS, type Channel } from '../../../../electron/contract';
import { createDispatch } from '../../../../electron/main/ipc/dispatch';
import { UserError } from '../../../../electron/main/progress/errors';
import { type Env, openEnv, saveDeck } from '../support/setup';
import { snapshot } from '../support/snapshot';

let env: Env;
afterEach(async () => env?.close());

const KEYS = [
  'id',
  'ids',
  'cardId',
  'rating',
  'mode',
  'durationMs',
  'article',
  'cards',
  'acceptAll',
  'suspended',
  'text',
  'format',
  'articleId',
  'facet',
  'kinds',
  'limit',
  'desiredRetention',
  'learningSteps',
  'accept',
  'reject',
  'prompt',
  'answer',
  'suggestedName',
  '__proto__',
  'constructor',
];

const unknownId = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s !== 'a' && s !== 'b' && s !== 'art-one');
/** Well-formed requests about things that do not exist: they reach the handlers. */
const wellFormed: fc.Arbitrary<[Channel, unknown]> = fc.oneof(
  fc
    .record({
      cardId: unknownId,
      rating: fc.constantFrom(1, 2, 3, 4),
      mode: fc.constant('self'),
      durationMs: fc.nat(1000),
    })
    .map((p): [Channel, unknown] => ['study:answer', p]),
  fc
    .record({ ids: fc.array(unknownId, { minLength: 1, maxLength: 3 }), suspended: fc.boolean() })
    .map((p): [Channel, unknown] => ['cards:suspend', p]),
  fc
    .record({ ids: fc.array(unknownId, { minLength: 1, maxLength: 3 }) })
    .map((p): [Channel, unknown] => ['cards:reset', p]),
  fc
    .record({ id: unknownId })
    .chain((p) =>
      fc
        .constantFrom<Channel>('library:get', 'library:remove', 'cards:history', 'backup:restore')
        .map((c): [Channel, unknown] => [c, p]),
    ),
  fc.record({ id: unknownId, prompt: fc.string({ minLength: 1 }) }).map((p): [Channel, unknown] => ['cards:update', p]),
  fc
    .record({ accept: fc.array(unknownId), reject: fc.array(unknownId) })
    .map((p): [Channel, unknown] => ['cards:review', p]),
  fc.record({ text: fc.string({ minLength: 1 }) }).map((p): [Channel, unknown] => ['progress:import', p]),
);

const nearValid = fc.dictionary(fc.constantFrom(...KEYS), fc.anything({ maxDepth: 2 }), { maxKeys: 5 });
const payload = fc.oneof(fc.anything({ maxDepth: 3 }), nearValid, fc.constant(undefined), fc.constant({}));
const channel = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom<Channel>(...CHANNELS) },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 1 }) },
);

describe('fuzzed IPC payloads', () => {
  it('never throw, never fail unexpectedly and never change the stores', async () => {
    env = await openEnv();
    await saveDeck(env, 'art-one', ['a', 'b']);
    await env.call('study:answer', { cardId: 'a', rating: 3, mode: 'self', durationMs: 5 });
    // A new session: a bare `study:undo` is then a valid request that changes nothing.
    env = await env.reopen();
    const before = snapshot(env.dataDir);
    const unexpected: unknown[] = [];
    const dispatch = createDispatch(env.handlers, (e) => {
      if (!(e instanceof UserError)) unexpected.push(e);
    });
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.tuple(channel, payload), wellFormed), async ([ch, body]) => {
        const result = await dispatch(ch, body);
        expect(typeof result.ok).toBe('boolean');
        env.progress.store.flush();
        expect(snapshot(env.dataDir)).toEqual(before);
      }),
      { numRuns: 3000, seed: 20_260_302 },
    );
    expect(unexpected).toEqual([]);
  });
});
