import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleChild, runChild } from '../support/child-process';
import { type Env, makeClock, openEnv, saveDeck, tempDir } from '../support/setup';

let child: ReturnType<typeof bundleChild>;
// Bundling takes a second, or much longer on a loaded machine.
beforeAll(() => {
  child = bundleChild(path.join(import.meta.dirname, 'swap-child.ts'));
}, 120_000);
afterAll(() => child.remove());

const answer = (e: Env, cardId: string) => e.call('study:answer', { cardId, rating: 3, mode: 'self', durationMs: 5 });

/** What a user can see of their data: decks, cards, settings, answers. */
async function signature(e: Env) {
  const cards = (await e.call('cards:list', {})).map(
    (c) => `${c.articleId}/${c.id}:${c.state}${c.suspended ? ':s' : ''}`,
  );
  return {
    cards: cards.sort(),
    newPerDay: (await e.call('settings:get')).newPerDay,
    answers: e.progress.store.reviews().length,
  };
}

function leftovers(dir: string): string[] {
  return fs.readdirSync(dir).filter((n) => /\.swap-(new|old)-|^swap\.json/.test(n));
}

type Scenario = { dir: string; what: 'restore' | 'import'; arg: string; before: unknown; after: unknown };

async function restoreScenario(): Promise<Scenario> {
  let e = await openEnv(tempDir());
  await saveDeck(e, 'art-one', ['a', 'b']);
  await answer(e, 'a');
  e = await e.reopen(); // the start-up backup: `a` answered
  const [backup] = await e.call('backup:list');
  await answer(e, 'b');
  await e.call('cards:suspend', { ids: ['a'], suspended: true });
  await e.call('settings:set', { newPerDay: 3 });
  const before = await signature(e);
  await e.close();
  const dir = tempDir();
  fs.cpSync(e.dataDir, dir, { recursive: true });
  e = await e.reopen();
  await e.call('backup:restore', { id: backup!.id });
  const after = await signature(e);
  await e.close();
  return { dir, what: 'restore', arg: backup!.id, before, after };
}

async function importScenario(): Promise<Scenario> {
  const source = await openEnv(tempDir());
  await source.call('settings:set', { newPerDay: 9 });
  await saveDeck(source, 'art-one', ['a', 'b']);
  await saveDeck(source, 'art-two', ['c']);
  await answer(source, 'a');
  await answer(source, 'c');
  const file = path.join(tempDir(), 'progress.json');
  fs.writeFileSync(file, (await source.call('progress:export')).text);
  const after = await signature(source);
  await source.close();
  const e = await openEnv(tempDir());
  await e.call('settings:set', { newPerDay: 4 });
  await saveDeck(e, 'art-three', ['z']);
  await answer(e, 'z');
  const before = await signature(e);
  await e.close();
  return { dir: e.dataDir, what: 'import', arg: file, before, after };
}

async function killAtEveryStep(scenario: Scenario) {
  const copy = (to: string) => fs.cpSync(scenario.dir, to, { recursive: true, verbatimSymlinks: true });
  const probe = `${scenario.dir}-probe`;
  copy(probe);
  const full = await runChild(child.file, [probe, scenario.what, scenario.arg, 'none']);
  expect(full.err).toBe('');
  expect(full.out).toMatch(/done\n$/);
  const steps = full.out
    .split('\n')
    .filter((l) => l.startsWith('step '))
    .map((l) => l.slice(5));
  const swapping = steps.indexOf('swapping');
  expect(swapping).toBeGreaterThan(0);
  for (const [i, step] of steps.entries()) {
    const dir = `${scenario.dir}-kill-${i}`;
    copy(dir);
    const killed = await runChild(child.file, [dir, scenario.what, scenario.arg, step]);
    expect(killed.signal, `killed at ${step}`).toBe('SIGKILL');
    const e = await openEnv(dir, makeClock('2026-03-05T11:00:00.000Z'), {}, false);
    try {
      expect(await signature(e), `state after a kill at "${step}"`).toEqual(
        i < swapping ? scenario.before : scenario.after,
      );
      expect(leftovers(dir), `left after a kill at "${step}"`).toEqual([]);
      const notices = (await e.call('app:notices')).map((n) => n.message).join('\n');
      if (step !== 'done') expect(notices).toMatch(i < swapping ? /undone/ : /completed/);
      expect(notices).not.toMatch(/could not be completed/);
      if (scenario.what === 'import' && i >= swapping) {
        // The journal replaced by the import is kept in the backup taken before it.
        const kept = fs
          .readdirSync(path.join(dir, 'backups'), { recursive: true, encoding: 'utf8' })
          .filter((rel) => /journal[/\\]\d{4}-\d{2}\.jsonl$/.test(rel));
        expect(kept, `old journal after a kill at "${step}"`).toHaveLength(1);
      }
      const card = (await e.call('study:queue', {})).items[0];
      if (card) await answer(e, card.card.id);
    } finally {
      await e.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
  fs.rmSync(probe, { recursive: true, force: true });
  return steps;
}

describe('a restore or import killed part-way', () => {
  it('is undone before the swap and completed after it, killed at every step of a backup restore', async () => {
    const steps = await killAtEveryStep(await restoreScenario());
    expect(steps.length).toBeGreaterThanOrEqual(8);
    console.info(`swap test: restore killed at each of ${steps.length} steps: ${steps.join(', ')}`);
  }, 300_000);

  it('is undone before the swap and completed after it, killed at every step of a progress import', async () => {
    const steps = await killAtEveryStep(await importScenario());
    expect(steps.length).toBeGreaterThanOrEqual(11);
    console.info(`swap test: import killed at each of ${steps.length} steps: ${steps.join(', ')}`);
  }, 300_000);

  it('never deletes a swap folder no marker accounts for', async () => {
    const e = await openEnv(tempDir());
    await saveDeck(e, 'art-one', ['a']);
    await e.close();
    const stray = path.join(e.dataDir, 'decks.swap-old-1-abc');
    fs.mkdirSync(stray);
    fs.writeFileSync(path.join(stray, 'art-one.json'), '{}');
    fs.mkdirSync(path.join(e.dataDir, 'journal.tmp-a1234abcd'));
    const next = await e.reopen();
    expect(fs.existsSync(path.join(stray, 'art-one.json'))).toBe(true);
    expect(fs.existsSync(path.join(e.dataDir, 'journal.tmp-a1234abcd'))).toBe(true);
    await next.close();
  });
});
