import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { type Env, openEnv, saveDeck, tempDir } from './support/setup';

let env: Env;
afterEach(async () => env?.close());

const answer = (e: Env, cardId: string, rating: 1 | 2 | 3 | 4 = 3) =>
  e.call('study:answer', { cardId, rating, mode: 'self', durationMs: 2000 });

describe('the other channels', () => {
  it('reports the app version and data folder', async () => {
    const dir = tempDir();
    env = await openEnv(dir);
    expect(await env.call('app:info')).toEqual({ version: 'test', dataDir: dir });
    expect(await env.call('app:notices')).toEqual([]);
  });

  it('summarises today from the journal, including answers made before a restart', async () => {
    env = await openEnv();
    await saveDeck(env, 'art-one', ['a', 'b', 'c']);
    await answer(env, 'a');
    env = await env.reopen();
    await answer(env, 'b');
    const summary = await env.call('stats:summary');
    expect(summary.reviewedToday).toBe(2);
    expect(summary.timeTodayMs).toBe(4000);
    expect(summary.masteryByArticle.map((m) => m.label)).toEqual(['Title art-one']);
  });

  it('keeps the current parameters when the history is too short for the optimiser', async () => {
    env = await openEnv();
    await saveDeck(env, 'art-one', ['a']);
    await answer(env, 'a');
    const before = fs.readFileSync(path.join(env.dataDir, 'settings.json'), 'utf8');
    const result = await env.call('optimizer:run');
    expect(result.kept).toBe('old');
    expect(result.reason).toMatch(/reviews/);
    expect(fs.readFileSync(path.join(env.dataDir, 'settings.json'), 'utf8')).toBe(before);
  });

  it('exports the cards of one article or all, without retired ones', async () => {
    env = await openEnv();
    await saveDeck(env, 'art-one', ['a', 'b']);
    await saveDeck(env, 'art-two', ['c']);
    await saveDeck(env, 'art-one', ['a']);
    const one = await env.call('cards:export', { format: 'csv', articleId: 'art-one' });
    expect(one.text).toContain('Who said a?');
    expect(one.text).not.toContain('Who said b?');
    expect(one.text).not.toContain('Who said c?');
    const all = await env.call('cards:export', { format: 'anki' });
    expect(all.text).toContain('Who said c?');
  });

  it('delegates opening and saving files to the injected dialogs', async () => {
    const saved: string[] = [];
    env = await openEnv(tempDir(), undefined, {
      openFile: async () => ({ name: 'x.txt', format: 'txt', text: 'Hello' }),
      saveFile: async (name, text) => {
        saved.push(`${name}:${text}`);
        return { path: `/somewhere/${name}` };
      },
    });
    expect(await env.call('library:openFile')).toEqual({ name: 'x.txt', format: 'txt', text: 'Hello' });
    expect(await env.call('file:save', { suggestedName: 'a.csv', text: 'x,y' })).toEqual({ path: '/somewhere/a.csv' });
    expect(saved).toEqual(['a.csv:x,y']);
  });

  it.each([
    ['../../.bashrc', 'bashrc.txt'],
    ['/etc/cron.d/job.csv', 'job.csv'],
    ['C:\\Windows\\evil.json', 'evil.json'],
    ['cards\u0000\u001b[31m\u202e.csv', 'cards[31m.csv'],
    ['report.exe', 'report.exe.txt'],
    ['notes', 'notes.txt'],
    ['...', 'dossier-export.txt'],
    ['a<b>:c?.tsv', 'a-b--c-.tsv'],
  ])('offers the save dialog the base name of %j with an export extension', async (suggested, offered) => {
    const names: string[] = [];
    env = await openEnv(tempDir(), undefined, {
      saveFile: async (name) => {
        names.push(name);
        return null;
      },
    });
    await env.call('file:save', { suggestedName: suggested, text: 'x' });
    expect(names).toEqual([offered]);
  });
});

describe('the journal', () => {
  it('rotates by month and reads every month back', async () => {
    env = await openEnv();
    env.clock.set('2026-03-31T20:00:00.000Z');
    await saveDeck(env, 'art-one', ['a', 'b']);
    await answer(env, 'a');
    env.clock.set('2026-04-01T09:00:00.000Z');
    await answer(env, 'b');
    expect(fs.readdirSync(path.join(env.dataDir, 'journal')).sort()).toEqual(['2026-03.jsonl', '2026-04.jsonl']);
    env = await env.crashAndReopen();
    expect((await env.call('cards:list', {})).map((c) => c.state)).toEqual(['learning', 'learning']);
    await new Promise((r) => setTimeout(r, 150)); // past months are read in the background
    await answer(env, 'a', 4);
    expect(env.progress.store.reviews().map((r) => [r.cardId, r.rating])).toEqual([
      ['a', 3],
      ['b', 3],
      ['a', 4],
    ]);
  });

  it('keeps appending to the newest month when the clock is set back', async () => {
    env = await openEnv();
    env.clock.set('2026-04-02T09:00:00.000Z');
    await saveDeck(env, 'art-one', ['a', 'b']);
    await answer(env, 'a');
    env.clock.set('2026-03-20T09:00:00.000Z');
    await answer(env, 'b');
    expect(fs.readdirSync(path.join(env.dataDir, 'journal'))).toEqual(['2026-04.jsonl']);
    env = await env.crashAndReopen();
    expect((await env.call('cards:list', {})).find((c) => c.id === 'b')!.state).toBe('learning');
  });
});
