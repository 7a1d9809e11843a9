import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startOrExit } from '../../../../electron/main/start-guard';
import { type Env, openEnv, saveDeck, tempDir } from '../support/setup';
import { snapshot } from '../support/snapshot';

let env: Env | null = null;
afterEach(async () => {
  await env?.close();
  env = null;
});

const answer = (e: Env, cardId: string) => e.call('study:answer', { cardId, rating: 3, mode: 'self', durationMs: 5 });
const stateOf = async (e: Env, id: string) => (await e.call('cards:list', {})).find((c) => c.id === id)?.state;

/** Settings and a deck with a backup of both; then `b` answered in the journal only. */
async function prepared(): Promise<{ dataDir: string; backup: string; month: string }> {
  let e = await openEnv();
  await e.call('settings:set', { newPerDay: 7 });
  await saveDeck(e, 'art-one', ['a', 'b', 'c']);
  await answer(e, 'a');
  e = await e.reopen();
  await answer(e, 'b');
  await e.close();
  const [backup] = e.progress.backups.entries();
  const month = fs.readdirSync(path.join(e.dataDir, 'journal')).find((n) => n.endsWith('.jsonl'))!;
  return { dataDir: e.dataDir, backup: backup!.id, month };
}

type Damage = (file: string, outside: string) => void;
const damages: [string, Damage][] = [
  ['missing', (f) => fs.rmSync(f, { recursive: true, force: true })],
  [
    'a folder',
    (f) => {
      fs.rmSync(f, { recursive: true, force: true });
      fs.mkdirSync(f);
      fs.writeFileSync(path.join(f, 'x'), 'x');
    },
  ],
  [
    'a file',
    (f) => {
      fs.rmSync(f, { recursive: true, force: true });
      fs.writeFileSync(f, 'not a folder');
    },
  ],
  [
    'a dangling link',
    (f, outside) => {
      fs.rmSync(f, { recursive: true, force: true });
      fs.symlinkSync(path.join(outside, 'gone', 'nothing-here'), f);
    },
  ],
  [
    'a link out of the data folder',
    (f, outside) => {
      const target = path.join(outside, path.basename(f));
      fs.cpSync(f, target, { recursive: true });
      fs.rmSync(f, { recursive: true, force: true });
      fs.symlinkSync(target, f);
    },
  ],
];

const targets = (backup: string, month: string) => [
  'settings.json',
  'decks',
  'decks/art-one.json',
  'decks/art-one.json.sum',
  'journal',
  `journal/${month}`,
  'backups',
  `backups/${backup}`,
  `backups/${backup}/manifest.json`,
  `backups/${backup}/decks/art-one.json`,
  `backups/${backup}/settings.json`,
];

function links(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((rel) => fs.lstatSync(path.join(dir, rel)).isSymbolicLink() && !rel.includes('.corrupt-'))
    .filter((rel) => {
      try {
        fs.realpathSync(path.join(dir, rel));
        return !fs.realpathSync(path.join(dir, rel)).startsWith(fs.realpathSync(dir));
      } catch {
        return true; // dangling
      }
    });
}

const cases = targets('B', 'M').flatMap((target) => damages.map(([name]) => [target, name] as const));

describe('start-up with a damaged data folder', () => {
  it.each(cases)('starts when %s is %s, sets it aside, says so, and loses nothing it can restore', async (t, name) => {
    const { dataDir, backup, month } = await prepared();
    const target = t.replace('B', backup).replace('M', month);
    const outside = tempDir();
    damages.find(([n]) => n === name)![1](path.join(dataDir, target), outside);
    const outsideBefore = snapshot(outside);

    env = await openEnv(dataDir, undefined, {}, false);
    const notices = await env.call('app:notices');
    const live = !target.startsWith('backups') && !target.endsWith('.sum');
    if (live && !(name === 'missing' && target.startsWith('journal'))) {
      // Said in words, naming the entry.
      expect(notices.map((n) => n.message).join('\n')).toMatch(new RegExp(path.basename(target).replace('.', '\\.')));
    }
    expect((await env.call('settings:get')).newPerDay).toBe(7);
    expect(await stateOf(env, 'a')).toBe('learning');
    if (!target.startsWith('journal')) expect(await stateOf(env, 'b')).toBe('learning');
    // It keeps working: an answer is recorded and survives a restart.
    await answer(env, 'c');
    env = await env.crashAndReopen();
    expect(await stateOf(env, 'c')).toBe('learning');
    await env.close();
    env = null;
    expect(links(dataDir)).toEqual([]);
    expect(snapshot(outside)).toEqual(outsideBefore); // nothing written through a link
  });

  const isRoot = process.getuid?.() === 0;
  it.skipIf(isRoot).each(['settings.json', 'decks/art-one.json', 'decks', 'journal'])(
    isRoot
      ? 'starts when %s cannot be read (skipped: running as root, which reads files of any mode)'
      : 'starts when %s cannot be read (EACCES), sets it aside and says so',
    async (target) => {
      const { dataDir } = await prepared();
      fs.chmodSync(path.join(dataDir, target), 0);
      env = await openEnv(dataDir, undefined, {}, false);
      expect((await env.call('app:notices')).map((n) => n.message).join('\n')).toMatch(/could not be read \(EACCES\)/);
      expect(await stateOf(env, 'a')).toBe('learning');
      await answer(env, 'c');
    },
  );

  it('restores missing settings and decks from the newest backup and says so, rather than starting empty', async () => {
    const { dataDir } = await prepared();
    fs.rmSync(path.join(dataDir, 'settings.json'));
    fs.rmSync(path.join(dataDir, 'decks'), { recursive: true });
    env = await openEnv(dataDir, undefined, {}, false);
    expect((await env.call('settings:get')).newPerDay).toBe(7);
    expect([await stateOf(env, 'a'), await stateOf(env, 'b'), await stateOf(env, 'c')]).toEqual([
      'learning',
      'learning', // replayed from the journal over the backup
      'new',
    ]);
    const messages = (await env.call('app:notices')).map((n) => n.message);
    expect(messages.some((m) => /settings was missing .*settings\.json.*backup of/.test(m))).toBe(true);
    expect(messages.some((m) => /deck “art-one” was missing .*backup of/.test(m))).toBe(true);
  });

  it('does not bring back a deck the user removed', async () => {
    const { dataDir } = await prepared();
    env = await openEnv(dataDir, undefined, {}, false);
    await env.call('library:remove', { id: 'art-one' });
    env = await env.reopen();
    expect(await env.call('library:list')).toEqual([]);
    expect((await env.call('app:notices')).filter((n) => n.level !== 'info')).toEqual([]);
  });
});

describe('a start that cannot open anything', () => {
  it('shows why in a dialog and exits, so the single-instance lock is released', async () => {
    const shown: string[] = [];
    const exits: number[] = [];
    const dataDir = path.join(tempDir(), 'data');
    fs.writeFileSync(dataDir, 'a file where the data folder belongs');
    await startOrExit(
      async () => {
        await openEnv(dataDir, undefined, {}, false);
      },
      () => dataDir,
      (title, message) => shown.push(`${title}: ${message}`),
      (code) => exits.push(code),
    );
    expect(exits).toEqual([1]);
    expect(shown).toHaveLength(1);
    expect(shown[0]).toContain(dataDir);
    expect(shown[0]).toMatch(/could not start/);
  });
});

describe('links made while the app runs', () => {
  it('refuses to append answers through a journal file that is a link', async () => {
    const outside = tempDir();
    env = await openEnv();
    await saveDeck(env, 'art-one', ['a', 'b']);
    fs.symlinkSync(path.join(outside, 'elsewhere.jsonl'), path.join(env.dataDir, 'journal', '2026-04.jsonl'));
    env.clock.set('2026-04-02T10:00:00.000Z');
    const r = await env.dispatchRaw('study:answer', { cardId: 'a', rating: 3, mode: 'self', durationMs: 5 });
    expect(r.ok).toBe(false);
    expect(fs.readdirSync(outside)).toEqual([]);
  });
});
