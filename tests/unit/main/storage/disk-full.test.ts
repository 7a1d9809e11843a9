import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { JournalFs, StoreFactory } from '../../../../electron/main/progress/storage';
import { createConfStoreFactory } from '../../../support/conf-store';
import { type Env, openEnv, saveDeck, tempDir } from '../support/setup';

let env: Env;
afterEach(async () => env?.close());

function enospc(): Error {
  return Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
}

/** Real fs calls, with a switch that makes writes fail after writing part of the data. */
function fullDisk(): { fs: JournalFs; full: boolean } {
  const state = { full: false, fs: undefined as unknown as JournalFs };
  state.fs = {
    openSync: fs.openSync,
    fsyncSync: fs.fsyncSync,
    closeSync: fs.closeSync,
    ftruncateSync: fs.ftruncateSync,
    fstatSync: fs.fstatSync,
    writeSync: ((fd: number, buffer: Buffer, offset: number, length: number) => {
      if (!state.full) return fs.writeSync(fd, buffer, offset, length);
      fs.writeSync(fd, buffer, offset, Math.floor(length / 2));
      throw enospc();
    }) as JournalFs['writeSync'],
  };
  return state;
}

const listed = async (e: Env) => (await e.call('cards:list', {})).map((c) => [c.id, c.state, c.due, c.reps]);

describe('a full disk', () => {
  it('reports an answer as not saved, leaves the state as it was and keeps running', async () => {
    const disk = fullDisk();
    env = await openEnv(tempDir(), undefined, { fs: disk.fs });
    await saveDeck(env, 'art-one', ['a', 'b']);
    await env.call('study:answer', { cardId: 'a', rating: 3, mode: 'self', durationMs: 5 });
    const before = await listed(env);
    disk.full = true;
    const failed = await env.dispatchRaw('study:answer', { cardId: 'b', rating: 4, mode: 'self', durationMs: 5 });
    expect(failed).toMatchObject({ ok: false, error: { code: 'failed', message: expect.stringMatching(/not saved/) } });
    expect(await listed(env)).toEqual(before);
    expect((await env.call('study:queue', {})).counts.new).toBe(1);
    disk.full = false;
    const undone = await env.call('study:undo');
    expect(undone.card.id).toBe('a'); // the failed answer never joined the undo stack
    await env.call('study:answer', { cardId: 'b', rating: 4, mode: 'self', durationMs: 5 });
    env = await env.reopen({ fs: fs });
    expect(env.progress.store.reviews().map((r) => [r.cardId, r.rating])).toEqual([['b', 4]]);
    expect((await env.call('app:notices')).filter((n) => n.level !== 'info')).toEqual([]);
  });

  it('acknowledges no answer while a failed write’s partial line cannot be cut (double fault)', async () => {
    const faults = { write: false, truncate: false };
    const disk: JournalFs = {
      ...fullDisk().fs,
      writeSync: ((fd: number, buffer: Buffer, offset: number, length: number) => {
        if (!faults.write) return fs.writeSync(fd, buffer, offset, length);
        fs.writeSync(fd, buffer, offset, Math.floor(length / 2));
        throw enospc();
      }) as JournalFs['writeSync'],
      ftruncateSync: ((fd: number, len?: number) => {
        if (faults.truncate) throw Object.assign(new Error('EIO: i/o error, ftruncate'), { code: 'EIO' });
        fs.ftruncateSync(fd, len);
      }) as JournalFs['ftruncateSync'],
    };
    env = await openEnv(tempDir(), undefined, { fs: disk });
    await saveDeck(env, 'art-one', ['a', 'b', 'c']);
    const acknowledged: string[] = [];
    const tryAnswer = async (cardId: string) => {
      const r = await env.dispatchRaw('study:answer', { cardId, rating: 3, mode: 'self', durationMs: 5 });
      if (r.ok) acknowledged.push(cardId);
      return r.ok;
    };
    expect(await tryAnswer('a')).toBe(true);
    faults.write = true;
    faults.truncate = true;
    expect(await tryAnswer('b')).toBe(false);
    faults.write = false; // the disk accepts writes again, but the partial line is still there
    expect(await tryAnswer('b')).toBe(false);
    faults.truncate = false;
    expect(await tryAnswer('b')).toBe(true);
    expect(await tryAnswer('c')).toBe(true);
    env = await env.crashAndReopen();
    expect(env.progress.store.reviews().map((r) => r.cardId)).toEqual(acknowledged);
    expect((await env.call('app:notices')).filter((n) => n.level !== 'info')).toEqual([]);
  });

  it('keeps a card change through the journal while its deck cannot be written, and refuses one the journal cannot take', async () => {
    const real = createConfStoreFactory();
    let failing = false;
    const factory: StoreFactory = (options) => {
      const store = real(options);
      return {
        path: store.path,
        get store() {
          return store.store;
        },
        set store(value) {
          if (failing) throw enospc();
          store.store = value;
        },
      };
    };
    const disk = fullDisk();
    env = await openEnv(tempDir(), undefined, { storeFactory: factory, fs: disk.fs });
    await saveDeck(env, 'art-one', ['a', 'b']);
    failing = true;
    expect(await env.call('cards:suspend', { ids: ['a'], suspended: true })).toEqual({ changed: 1 });
    // Answers stay durable through the journal even while checkpoints fail.
    await env.call('study:answer', { cardId: 'b', rating: 3, mode: 'self', durationMs: 5 });
    disk.full = true;
    const refused = await env.dispatchRaw('cards:suspend', { ids: ['b'], suspended: true });
    expect(refused).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/not saved.*Nothing was changed/) },
    });
    expect((await env.call('cards:list', {})).map((c) => [c.id, c.suspended])).toEqual([
      ['a', true],
      ['b', false],
    ]);
    disk.full = false;
    await env.close();
    failing = false;
    env = await env.reopen({ storeFactory: real, fs });
    expect((await env.call('cards:list', {})).map((c) => [c.id, c.suspended, c.state])).toEqual([
      ['a', true, 'new'],
      ['b', false, 'learning'],
    ]);
    expect(fs.existsSync(path.join(env.dataDir, 'decks', 'art-one.json'))).toBe(true);
  });

  it('refuses an import whose staged files the store cannot write, and replaces nothing', async () => {
    const real = createConfStoreFactory();
    let failing = false;
    const factory: StoreFactory = (options) => {
      const store = real(options);
      return {
        path: store.path,
        get store() {
          return store.store;
        },
        set store(value) {
          if (failing) throw enospc();
          store.store = value;
        },
      };
    };
    const source = await openEnv(tempDir());
    await saveDeck(source, 'art-two', ['x', 'y']);
    const { text } = await source.call('progress:export');
    await source.close();
    env = await openEnv(tempDir(), undefined, { storeFactory: factory });
    await saveDeck(env, 'art-one', ['a']);
    failing = true;
    const refused = await env.dispatchRaw('progress:import', { text });
    expect(refused).toMatchObject({ ok: false, error: { message: expect.stringMatching(/Nothing was replaced/) } });
    expect((await env.call('library:list')).map((a) => a.id)).toEqual(['art-one']);
    expect(fs.readdirSync(env.dataDir).filter((name) => name.includes('swap'))).toEqual([]);
    failing = false;
    await env.call('progress:import', { text });
    expect((await env.call('library:list')).map((a) => a.id)).toEqual(['art-two']);
  });
});
