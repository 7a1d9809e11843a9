import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { draft, type Env, openEnv, saveDeck } from '../support/setup';

let env: Env;
afterEach(async () => env?.close());

const answer = (e: Env, cardId: string) => e.call('study:answer', { cardId, rating: 3, mode: 'self', durationMs: 5 });
const stateOf = async (e: Env, id: string) => (await e.call('cards:list', {})).find((c) => c.id === id)?.state;

/** A deck with a backup of it, then one more answer recorded only in the journal. */
async function prepared(): Promise<Env> {
  let e = await openEnv();
  await e.call('settings:set', { newPerDay: 7 });
  await saveDeck(e, 'art-one', ['a', 'b', 'c']);
  await answer(e, 'a');
  e = await e.reopen(); // start-up backup holds the deck with `a` answered
  expect(e.progress.backups.entries()).toHaveLength(1);
  await answer(e, 'b');
  await e.close();
  return e;
}

const damages: [string, (valid: string) => string | Buffer][] = [
  ['empty', () => ''],
  ['all NUL', (v) => Buffer.alloc(v.length)],
  ['truncated mid-record', (v) => v.slice(0, Math.floor(v.length / 2))],
  ['invalid JSON', () => '{"version":1,"article":'],
  ['of the wrong schema', (v) => JSON.stringify({ ...JSON.parse(v), cards: 'none', settings: 'none' })],
  ['from an older version', (v) => JSON.stringify({ ...JSON.parse(v), version: 0 })],
];

function asideFiles(dir: string, base: string): string[] {
  return fs.readdirSync(dir).filter((n) => n.startsWith(`${base}.corrupt-`));
}

describe('damaged store files', () => {
  it.each(damages)(
    'restores a deck file that is %s from the newest backup and replays the journal',
    async (_, damage) => {
      const old = await prepared();
      const file = path.join(old.dataDir, 'decks', 'art-one.json');
      const bad = damage(fs.readFileSync(file, 'utf8'));
      fs.writeFileSync(file, bad);
      env = await old.reopen();
      expect(await stateOf(env, 'a')).toBe('learning');
      expect(await stateOf(env, 'b')).toBe('learning'); // replayed from the journal
      expect(await stateOf(env, 'c')).toBe('new');
      const notices = await env.call('app:notices');
      expect(notices.some((n) => n.level === 'warning' && /art-one.*damaged.*backup/s.test(n.message))).toBe(true);
      const [aside] = asideFiles(path.join(env.dataDir, 'decks'), 'art-one.json');
      expect(fs.readFileSync(path.join(env.dataDir, 'decks', aside!)).equals(Buffer.from(bad))).toBe(true);
    },
  );

  it.each(damages)('restores settings that are %s from the newest backup', async (_, damage) => {
    const old = await prepared();
    const file = path.join(old.dataDir, 'settings.json');
    fs.writeFileSync(file, damage(fs.readFileSync(file, 'utf8')));
    env = await old.reopen();
    expect((await env.call('settings:get')).newPerDay).toBe(7);
    expect(asideFiles(env.dataDir, 'settings.json')).toHaveLength(1);
    expect((await env.call('app:notices')).some((n) => /settings.*damaged/.test(n.message))).toBe(true);
  });

  it('skips a damaged backup and restores the newest valid one', async () => {
    let e = await openEnv();
    await saveDeck(e, 'art-one', ['a', 'b', 'c']);
    e.clock.advance(60_000);
    e = await e.reopen(); // backup 1: nothing answered
    await answer(e, 'a');
    e.clock.advance(60_000);
    e = await e.reopen(); // backup 2: `a` answered
    await answer(e, 'b');
    await e.close();
    const [newest, older] = e.progress.backups.entries();
    expect(older!.manifest.createdAt < newest!.manifest.createdAt).toBe(true);
    fs.writeFileSync(path.join(e.dataDir, 'backups', newest!.id, 'decks', 'art-one.json'), '{"version":1,');
    fs.writeFileSync(path.join(e.dataDir, 'decks', 'art-one.json'), '');
    env = await e.reopen();
    expect([await stateOf(env, 'a'), await stateOf(env, 'b'), await stateOf(env, 'c')]).toEqual([
      'learning',
      'learning',
      'new',
    ]);
    const notice = (await env.call('app:notices')).find((n) => /damaged/.test(n.message));
    expect(notice?.message).toContain(older!.manifest.createdAt);
  });

  it('starts and says so when a damaged deck has no backup, and rebuilds it from the journal', async () => {
    let e = await openEnv();
    await saveDeck(e, 'art-one', ['a']);
    await answer(e, 'a');
    await e.close();
    fs.rmSync(path.join(e.dataDir, 'backups'), { recursive: true });
    fs.writeFileSync(path.join(e.dataDir, 'decks', 'art-one.json'), '');
    e = await e.reopen();
    env = e;
    // The journal holds the deck's first save and the answer after it.
    expect((await env.call('library:list')).map((a) => a.id)).toEqual(['art-one']);
    expect(await stateOf(env, 'a')).toBe('learning');
    const notices = await env.call('app:notices');
    expect(notices).toContainEqual(
      expect.objectContaining({ level: 'error', message: expect.stringMatching(/no valid backup/) }),
    );
  });
});

describe('damaged journal', () => {
  const journalFile = (e: Env) => {
    const dir = path.join(e.dataDir, 'journal');
    return path.join(dir, fs.readdirSync(dir).find((n) => n.endsWith('.jsonl'))!);
  };

  it('ignores and cuts an unfinished last line, keeping every confirmed answer', async () => {
    const old = await prepared();
    fs.appendFileSync(journalFile(old), '{"k":"a","s":9,"c":"c","a":"art-');
    env = await old.reopen();
    expect(await stateOf(env, 'b')).toBe('learning');
    expect(await stateOf(env, 'c')).toBe('new');
    expect((await env.call('app:notices')).some((n) => /incomplete/.test(n.message))).toBe(true);
    expect(fs.readFileSync(journalFile(env), 'utf8').endsWith('\n')).toBe(true);
    expect(asideFiles(path.dirname(journalFile(env)), path.basename(journalFile(env)))).toHaveLength(1);
    await answer(env, 'c');
    env = await env.reopen();
    expect(env.progress.store.reviews().map((r) => r.cardId)).toEqual(['a', 'b', 'c']);
  });

  it('keeps a last entry whose newline is missing, and the answers after it', async () => {
    const old = await prepared();
    const file = journalFile(old);
    fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace(/\n$/, ''));
    env = await old.reopen();
    expect(env.progress.store.reviews().map((r) => r.cardId)).toEqual(['a', 'b']);
    expect(await stateOf(env, 'b')).toBe('learning');
    await answer(env, 'c');
    env = await env.crashAndReopen();
    expect(env.progress.store.reviews().map((r) => r.cardId)).toEqual(['a', 'b', 'c']);
    expect((await env.call('app:notices')).filter((n) => n.level !== 'info')).toEqual([]);
  });

  it.each([
    ['letters with no newline', () => Buffer.alloc(2_000_000, 'x')],
    ['random bytes', () => Buffer.from(Array.from({ length: 2_000_000 }, (_, i) => (i * 7919 + (i >> 7)) % 256))],
  ])('keeps a copy of a journal replaced by %s and warns', async (_, garbage) => {
    const old = await prepared();
    const file = journalFile(old);
    const bad = garbage();
    fs.writeFileSync(file, bad);
    env = await old.reopen();
    const notices = (await env.call('app:notices')).filter((n) => n.level === 'warning' && /kept as/.test(n.message));
    expect(notices).toHaveLength(1);
    const [aside] = asideFiles(path.dirname(file), path.basename(file));
    expect(notices[0]!.message).toContain(aside);
    expect(fs.readFileSync(path.join(path.dirname(file), aside!)).equals(bad)).toBe(true);
    expect(await stateOf(env, 'a')).toBe('learning'); // in the deck checkpoint
    await answer(env, 'c');
    env = await env.crashAndReopen();
    expect(await stateOf(env, 'c')).toBe('learning');
  });

  it.each([
    ['invalid JSON', '{"k":"a","s":'],
    ['the wrong schema', '{"k":"a","s":2,"c":"b"}'],
    ['NUL bytes', '\0\0\0\0'],
  ])('skips a line of %s, keeps the rest and moves the original aside', async (_, line) => {
    const old = await prepared();
    const file = journalFile(old);
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    lines.splice(2, 0, line);
    fs.writeFileSync(file, lines.join('\n'));
    env = await old.reopen();
    expect(env.progress.store.reviews().map((r) => r.cardId)).toEqual(['a', 'b']);
    expect(await stateOf(env, 'b')).toBe('learning');
    expect((await env.call('app:notices')).some((n) => n.level === 'warning' && /1 damaged line/.test(n.message))).toBe(
      true,
    );
    expect(asideFiles(path.dirname(file), path.basename(file))).toHaveLength(1);
  });

  it.each([
    ['all NUL', (v: string) => Buffer.alloc(v.length)],
    ['from an older version', (v: string) => v.replace('{"dossierJournal":1}', '{"dossierJournal":0}')],
  ])('moves a journal that is %s aside and starts from the checkpoints, with a notice', async (_, damage) => {
    const old = await prepared();
    const file = journalFile(old);
    const bad = damage(fs.readFileSync(file, 'utf8'));
    fs.writeFileSync(file, bad);
    env = await old.reopen();
    expect(await stateOf(env, 'a')).toBe('learning'); // in the deck checkpoint
    expect((await env.call('app:notices')).some((n) => n.level !== 'info' && /journal/.test(n.message))).toBe(true);
    const [aside] = asideFiles(path.dirname(file), path.basename(file));
    expect(fs.readFileSync(path.join(path.dirname(file), aside!)).equals(Buffer.from(bad))).toBe(true);
    await answer(env, 'c');
    env = await env.reopen();
    expect(await stateOf(env, 'c')).toBe('learning');
  });

  it('says so when an emptied journal no longer covers the saved state', async () => {
    const old = await prepared();
    await old.reopen().then((e) => e.close()); // checkpoint includes `b`
    fs.writeFileSync(journalFile(old), '');
    env = await old.reopen();
    expect(await stateOf(env, 'b')).toBe('learning');
    const notices = await env.call('app:notices');
    expect(notices.some((n) => n.level === 'warning' && /history of some answers is missing/.test(n.message))).toBe(
      true,
    );
    await answer(env, 'c');
    env = await env.crashAndReopen();
    expect(await stateOf(env, 'c')).toBe('learning');
  });

  it('removes temp files left by an interrupted write and never loads them', async () => {
    const old = await prepared();
    const temp = path.join(old.dataDir, 'decks', 'art-one.json.tmp-1234567890abcdef');
    fs.writeFileSync(temp, '{"garbage":');
    env = await old.reopen();
    expect(fs.existsSync(temp)).toBe(false);
    expect(await stateOf(env, 'b')).toBe('learning');
  });
});

describe('a deck restored from a backup', () => {
  const cardsOf = async (e: Env) =>
    (await e.call('cards:list', { state: undefined })).map((c) => ({
      id: c.id,
      state: c.state,
      suspended: c.suspended,
      prompt: c.prompt,
      reps: c.reps,
    }));

  it('gets back every change made since the backup: suspend, edit, reset, re-import, review', async () => {
    let e = await openEnv();
    await saveDeck(e, 'art-one', ['a', 'b', 'c', 'd']);
    await answer(e, 'a');
    await answer(e, 'c');
    e = await e.reopen(); // the start-up backup: `a` and `c` answered
    await e.call('cards:suspend', { ids: ['b'], suspended: true });
    await e.call('cards:update', { id: 'd', prompt: 'Who said d, edited?' });
    await answer(e, 'a');
    await e.call('cards:reset', { ids: ['a'] }); // the answers before it must not come back
    await e.call('library:save', {
      article: { id: 'art-one', title: 'Title art-one', format: 'txt', text: 'Some article text with words.' },
      cards: ['a', 'b', 'c', 'd', 'e'].map((id) => draft(id)),
      acceptAll: false,
    });
    await e.call('cards:review', { accept: ['e'], reject: [] });
    await answer(e, 'e');
    const expected = await cardsOf(e);
    expect(expected.map((c) => c.id)).toContain('e');
    await e.close();
    fs.writeFileSync(path.join(e.dataDir, 'decks', 'art-one.json'), '{"version":1,');
    env = await e.reopen();
    expect(await cardsOf(env)).toEqual(expected);
    const messages = (await env.call('app:notices')).map((n) => n.message);
    expect(messages.some((m) => /art-one.*damaged.*backup/s.test(m))).toBe(true);
    expect(messages.some((m) => /2 answer\(s\) and 5 other change\(s\)/.test(m))).toBe(true);
    expect(messages.some((m) => /could not be recovered/.test(m))).toBe(false);
  });

  it('says exactly what could not be recovered when the journal no longer reaches back to the backup', async () => {
    let e = await openEnv();
    await saveDeck(e, 'art-one', ['a', 'b']);
    e = await e.reopen(); // backup: nothing answered
    await e.call('cards:suspend', { ids: ['b'], suspended: true }); // March, after the backup
    e.clock.set('2026-04-02T10:00:00.000Z');
    await answer(e, 'a');
    await e.close();
    // The month with the suspension is lost, and the deck file is damaged.
    fs.rmSync(path.join(e.dataDir, 'journal', '2026-03.jsonl'));
    fs.writeFileSync(path.join(e.dataDir, 'decks', 'art-one.json'), '');
    env = await e.reopen();
    expect(await stateOf(env, 'a')).toBe('learning'); // in the April journal
    expect((await env.call('cards:list', {})).find((c) => c.id === 'b')?.suspended).toBe(false);
    const messages = (await env.call('app:notices')).map((n) => n.message).join('\n');
    expect(messages).toMatch(
      /deck “Title art-one” between its saved state and journal entry 3.*could not be recovered/,
    );
    await env.close();
  });
});
