import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { classify } from '../../../../electron/main/progress/storage/backups';
import { type Env, openEnv, saveDeck, tempDir } from '../support/setup';
import { snapshot } from '../support/snapshot';

let env: Env;
let other: Env | null = null;
afterEach(async () => {
  await env?.close();
  await other?.close();
  other = null;
});

const DAY = 86_400_000;
const answer = (e: Env, cardId: string, rating: 1 | 2 | 3 | 4 = 3) =>
  e.call('study:answer', { cardId, rating, mode: 'self', durationMs: 5 });

describe('backups', () => {
  it('backs up at start when something changed and restores a chosen backup', async () => {
    env = await openEnv();
    await saveDeck(env, 'art-one', ['a', 'b']);
    await answer(env, 'a');
    env = await env.reopen();
    env = await env.reopen(); // nothing changed: no second backup
    const [backup, ...rest] = await env.call('backup:list');
    expect(rest).toEqual([]);
    expect(backup).toMatchObject({ kind: 'recent' });
    expect(backup!.bytes).toBeGreaterThan(0);
    await answer(env, 'b');
    await env.call('cards:suspend', { ids: ['a'], suspended: true });
    expect(await env.call('backup:restore', { id: backup!.id })).toEqual({ restored: backup!.createdAt });
    const cards = await env.call('cards:list', {});
    expect(cards.map((c) => [c.id, c.state, c.suspended])).toEqual([
      ['a', 'learning', false],
      ['b', 'new', false],
    ]);
    env = await env.reopen();
    expect((await env.call('cards:list', {})).map((c) => c.state)).toEqual(['learning', 'new']);
  });

  it('backs up every interval when something changed', async () => {
    env = await openEnv(tempDir(), undefined, { backupIntervalMs: 30 });
    await saveDeck(env, 'art-one', ['a']);
    env.clock.advance(60_000);
    await new Promise((r) => setTimeout(r, 120));
    expect((await env.call('backup:list')).length).toBeGreaterThanOrEqual(1);
    const count = (await env.call('backup:list')).length;
    await new Promise((r) => setTimeout(r, 120));
    expect(await env.call('backup:list')).toHaveLength(count);
  });

  it('keeps 5 recent, 7 daily and 4 weekly backups', () => {
    const start = Date.parse('2026-01-01T12:00:00Z');
    const backups = Array.from({ length: 200 }, (_, i) => ({ id: `b${i}`, at: new Date(start + i * 6 * 3600_000) }));
    const kinds = classify(backups);
    // 4 backups a day: the 5 newest, plus the newest of each of 7 days and of 4 weeks.
    expect([...kinds.keys()].slice(0, 5)).toEqual(['b199', 'b198', 'b197', 'b196', 'b195']);
    const newestPerDay = new Map<string, string>();
    for (const b of [...backups].reverse()) {
      const day = b.at.toISOString().slice(0, 10);
      if (!newestPerDay.has(day)) newestPerDay.set(day, b.id);
    }
    const days = [...newestPerDay.values()];
    for (const id of days.slice(0, 7)) expect(kinds.has(id)).toBe(true);
    expect(kinds.get(days[7]!)).not.toBe('daily');
    expect([...kinds.values()].filter((k) => k === 'weekly').length).toBeGreaterThanOrEqual(2);
    expect(kinds.size).toBeLessThanOrEqual(5 + 7 + 4);
    expect(kinds.has('b0')).toBe(false);
  });

  it('refuses to restore a damaged backup and changes nothing', async () => {
    env = await openEnv();
    await saveDeck(env, 'art-one', ['a']);
    env = await env.reopen();
    const [backup] = await env.call('backup:list');
    fs.writeFileSync(path.join(env.dataDir, 'backups', backup!.id, 'decks', 'art-one.json'), '{"version":1');
    await answer(env, 'a');
    await env.progress.store.flush();
    const before = snapshot(env.dataDir);
    const r = await env.dispatchRaw('backup:restore', { id: backup!.id });
    expect(r).toMatchObject({ ok: false, error: { message: expect.stringMatching(/damaged/) } });
    expect(snapshot(env.dataDir)).toEqual(before);
  });
});

describe('progress export and import', () => {
  it('moves all progress to another data folder through one file', async () => {
    env = await openEnv();
    await env.call('settings:set', { newPerDay: 9 });
    await saveDeck(env, 'art-one', ['a', 'b']);
    await saveDeck(env, 'art-two', ['c']);
    await answer(env, 'a');
    env.clock.advance(DAY);
    await answer(env, 'c', 4);
    const file = await env.call('progress:export');
    expect(file.filename).toMatch(/^dossier-progress-\d{4}-\d{2}-\d{2}\.json$/);
    other = await openEnv();
    await saveDeck(other, 'art-three', ['z']);
    expect(await other.call('progress:import', { text: file.text })).toEqual({ cards: 3, reviews: 2 });
    const view = async (e: Env) => (await e.call('cards:list', { sort: 'created' })).map((c) => [c.id, c.state, c.due]);
    expect(await view(other)).toEqual(await view(env));
    expect((await other.call('settings:get')).newPerDay).toBe(9);
    other = await other.reopen();
    expect(await view(other)).toEqual(await view(env));
    expect(await other.call('cards:history', { id: 'c' })).toEqual(await env.call('cards:history', { id: 'c' }));
  });

  it.each([
    ['not JSON', 'hello'],
    ['another format', '{"format":"anki"}'],
    ['a damaged deck', 'DECK'],
    ['a damaged journal line', 'JOURNAL'],
  ])('changes nothing when the file is %s', async (_, text) => {
    env = await openEnv();
    await saveDeck(env, 'art-one', ['a']);
    await answer(env, 'a');
    const good = JSON.parse((await env.call('progress:export')).text) as { decks: unknown[]; journal: string[] };
    let payload = text;
    if (text === 'DECK') payload = JSON.stringify({ ...good, decks: [{ ...(good.decks[0] as object), cards: 3 }] });
    if (text === 'JOURNAL') payload = JSON.stringify({ ...good, journal: [...good.journal, '{"k":"a"}'] });
    await env.progress.store.flush();
    const before = snapshot(env.dataDir);
    const r = await env.dispatchRaw('progress:import', { text: payload });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(snapshot(env.dataDir)).toEqual(before);
  });

  type Doc = {
    decks: { article: { id: string }; checkpointSeq: number; cards: { articleId: string; draft: { id: string } }[] }[];
    journal: string[];
  };
  const breakages: [string, (doc: Doc) => void, RegExp][] = [
    [
      'a sequence number at the 2^53 - 1 boundary',
      (doc) => {
        const last = doc.journal.length - 1;
        doc.journal[last] = doc.journal[last]!.replace(/"s":\d+/, `"s":${Number.MAX_SAFE_INTEGER}`);
        doc.decks[0]!.checkpointSeq = Number.MAX_SAFE_INTEGER;
      },
      /sequence number 9007199254740991/,
    ],
    [
      'a deck checkpoint after the end of the journal',
      (doc) => {
        doc.decks[0]!.checkpointSeq = 50;
      },
      /includes journal entry 50, but the journal ends at \d+/,
    ],
    [
      'a card id twice in a deck',
      (doc) => {
        doc.decks[0]!.cards[1]!.draft.id = 'a';
      },
      /deck “art-one” holds card “a” twice/,
    ],
    [
      'a card id in two decks',
      (doc) => {
        doc.decks[1]!.cards[0]!.draft.id = 'a';
      },
      /card “a” is in both deck “art-one” and deck “art-two”/,
    ],
    [
      'a card whose article differs from its deck',
      (doc) => {
        doc.decks[0]!.cards[0]!.articleId = 'art-two';
      },
      /card “a” in deck “art-one” says it belongs to “art-two”/,
    ],
  ];

  it.each(breakages)('refuses a file with %s, naming it, and changes nothing', async (_, breakIt, named) => {
    env = await openEnv();
    await saveDeck(env, 'art-one', ['a', 'b']);
    await saveDeck(env, 'art-two', ['c']);
    await answer(env, 'a');
    const doc = JSON.parse((await env.call('progress:export')).text) as Doc;
    breakIt(doc);
    await env.progress.store.flush();
    const before = snapshot(env.dataDir);
    const r = await env.dispatchRaw('progress:import', { text: JSON.stringify(doc) });
    expect(r).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(named) } });
    expect(r.ok ? '' : r.error.message).toMatch(/nothing was changed\.$/);
    expect(snapshot(env.dataDir)).toEqual(before);
  });
});
