import { afterEach, describe, expect, it } from 'vitest';
import { type Env, openEnv, saveDeck } from './setup';

let env: Env;
afterEach(async () => env?.close());

describe('progress handlers', () => {
  it('saves a deck, queues its new cards and records an answer that survives a restart', async () => {
    env = await openEnv();
    const saved = await saveDeck(env, 'art-one', ['a', 'b', 'c']);
    expect(saved).toMatchObject({ added: 3, updated: 0, retired: 0, pending: 0 });
    const queue = await env.call('study:queue', {});
    expect(queue.items.map((i) => i.card.id)).toEqual(['a', 'b', 'c']);
    expect(queue.items[0]!.previews.map((p) => p.label)).toEqual(['1m', '6m', '10m', '8d']);
    const answered = await env.call('study:answer', { cardId: 'a', rating: 3, mode: 'self', durationMs: 1200 });
    expect(answered.card.state).toBe('learning');
    env = await env.reopen();
    const list = await env.call('cards:list', { articleId: 'art-one' });
    expect(list.find((c) => c.id === 'a')?.state).toBe('learning');
    expect(await env.call('library:list')).toHaveLength(1);
  });
});
