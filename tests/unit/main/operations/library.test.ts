import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { article, draft, type Env, openEnv, saveDeck } from '../support/setup';

let env: Env;
afterEach(async () => env?.close());

const deckFile = (e: Env, id: string) => path.join(e.dataDir, 'decks', `${id}.json`);

describe('saving a deck', () => {
  it('keeps the schedule of known ids, adds new ids and retires vanished ones', async () => {
    env = await openEnv();
    await saveDeck(env, 'art-one', ['a', 'b', 'c']);
    await env.call('study:answer', { cardId: 'a', rating: 4, mode: 'self', durationMs: 10 });
    const before = (await env.call('cards:list', {})).find((c) => c.id === 'a')!;
    const result = await env.call('library:save', {
      article: article('art-one'),
      cards: [draft('a', { prompt: 'Who said a, reworded?' }), draft('b'), draft('d')],
      acceptAll: true,
    });
    expect(result).toEqual({ articleId: 'art-one', added: 1, updated: 1, unchanged: 1, retired: 1, pending: 0 });
    const cards = await env.call('cards:list', {});
    const a = cards.find((c) => c.id === 'a')!;
    expect(a.prompt).toBe('Who said a, reworded?');
    expect([a.state, a.due, a.reps]).toEqual([before.state, before.due, before.reps]);
    expect(cards.map((c) => c.id).sort()).toEqual(['a', 'b', 'd']);
    expect((await env.call('cards:list', { state: 'retired' })).map((c) => c.id)).toEqual(['c']);
  });

  it('changes nothing, not even the file, when the same deck is saved again', async () => {
    env = await openEnv();
    await saveDeck(env, 'art-one', ['a', 'b']);
    const bytes = fs.readFileSync(deckFile(env, 'art-one'));
    const mtime = fs.statSync(deckFile(env, 'art-one')).mtimeMs;
    env.clock.advance(60_000);
    const again = await saveDeck(env, 'art-one', ['a', 'b']);
    expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 2, retired: 0 });
    expect(fs.readFileSync(deckFile(env, 'art-one')).equals(bytes)).toBe(true);
    expect(fs.statSync(deckFile(env, 'art-one')).mtimeMs).toBe(mtime);
  });

  it('brings a retired card back with its progress when its id returns', async () => {
    env = await openEnv();
    await saveDeck(env, 'art-one', ['a', 'b']);
    await env.call('study:answer', { cardId: 'b', rating: 3, mode: 'self', durationMs: 10 });
    await saveDeck(env, 'art-one', ['a']);
    const back = await saveDeck(env, 'art-one', ['a', 'b']);
    expect(back).toMatchObject({ added: 0, updated: 1 });
    const b = (await env.call('cards:list', {})).find((c) => c.id === 'b')!;
    expect([b.retired, b.reps]).toEqual([false, 1]);
  });

  it('leaves new cards pending unless accepted in bulk, and cards needing review pending always', async () => {
    env = await openEnv();
    const plain = await env.call('library:save', { article: article('art-one'), cards: [draft('a')] });
    expect(plain.pending).toBe(1);
    const bulk = await env.call('library:save', {
      article: article('art-two'),
      cards: [draft('x'), draft('y', { needsReview: true })],
      acceptAll: true,
    });
    expect(bulk.pending).toBe(1);
    expect((await env.call('cards:list', { state: 'pending' })).map((c) => c.id).sort()).toEqual(['a', 'y']);
    expect((await env.call('study:queue', {})).items.map((i) => i.card.id)).toEqual(['x']);
    await env.call('cards:review', { accept: ['a'], reject: ['y'] });
    expect((await env.call('study:queue', {})).items.map((i) => i.card.id).sort()).toEqual(['a', 'x']);
  });

  it('keeps ids unique when two articles produce the same card id', async () => {
    env = await openEnv();
    await saveDeck(env, 'art-one', ['same']);
    await saveDeck(env, 'art-two', ['same']);
    const ids = (await env.call('cards:list', {})).map((c) => c.id).sort();
    expect(ids).toEqual(['art-two:same', 'same']);
    const again = await saveDeck(env, 'art-two', ['same']);
    expect(again).toMatchObject({ added: 0, unchanged: 1 });
  });

  it('stores the article text, lists it with counts, and removes it while keeping the journal', async () => {
    env = await openEnv();
    await env.call('library:save', {
      article: { ...article('art-one', 'One two three four.'), publisher: 'Pub' },
      cards: [draft('a'), draft('b')],
      acceptAll: true,
    });
    await env.call('study:answer', { cardId: 'a', rating: 3, mode: 'self', durationMs: 10 });
    expect((await env.call('library:get', { id: 'art-one' })).text).toBe('One two three four.');
    const [summary] = await env.call('library:list');
    expect(summary).toMatchObject({
      id: 'art-one',
      words: 4,
      publisher: 'Pub',
      // One Good on a new card: studied, still in its learning steps, so not learned yet.
      counts: { total: 2, new: 1, learned: 0, studied: 1 },
    });
    expect(summary!.mastery).toBeGreaterThan(0.9);
    expect(await env.call('library:remove', { id: 'art-one' })).toEqual({ removed: true });
    expect(await env.call('library:list')).toEqual([]);
    env = await env.reopen();
    expect(await env.call('library:list')).toEqual([]);
    expect(env.progress.store.reviews()).toHaveLength(1);
    expect(await env.call('library:remove', { id: 'art-one' })).toEqual({ removed: false });
  });
});
