import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEMP_FILE } from '../../../../electron/main/progress/storage';
import { draft, makeClock, openEnv, tempDir } from '../support/setup';

const KILLS = 100;

let bundleDir: string;
let child: string;

beforeAll(() => {
  // One bundled file starts in a few hundred ms at most, so 200+ lives fit the time budget.
  bundleDir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-crash-child-'));
  child = path.join(bundleDir, 'crash-child.mjs');
  buildSync({
    entryPoints: [path.join(import.meta.dirname, 'crash-child.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    outfile: child,
    logLevel: 'error',
    // The optimiser's native binding is loaded on demand only; the child never runs it.
    external: ['@open-spaced-repetition/binding'],
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });
});
afterAll(() => fs.rmSync(bundleDir, { recursive: true, force: true }));

function tempFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((rel) => TEMP_FILE.test(path.basename(rel)) || /\.tmp-[0-9a-f]+[/\\]/.test(rel));
}

type Ack = { seq: number; cardId: string; rating: number; at: number };

/**
 * Runs one life of the child and SIGKILLs it once it has acknowledged `answers`
 * answers (0: as soon as it is ready). The kill is sent while the child goes on
 * answering, so it lands at an arbitrary point of the next answer, checkpoint or
 * backup; how many answers a life holds does not depend on the machine's speed.
 */
function life(dataDir: string, startIso: string, seed: number, answers: number): Promise<Ack[]> {
  return new Promise((resolve, reject) => {
    const proc: ChildProcess = spawn(process.execPath, [child, dataDir, startIso, String(seed)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let killed = false;
    proc.stdout!.on('data', (d) => {
      out += d;
      const acks = out.split('\n').filter((l) => l.startsWith('ack ')).length;
      if (!killed && out.includes('ready\n') && acks >= answers) {
        killed = true;
        proc.kill('SIGKILL');
      }
    });
    proc.stderr!.on('data', (d) => {
      err += d;
    });
    proc.on('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') return reject(new Error(`child ended by itself: ${err.slice(0, 2000)}`));
      const acks = out
        .split('\n')
        .filter((l) => /^ack .* \d+$/.test(l))
        .map((l) => {
          const [, seq, cardId, rating, at] = l.split(' ');
          return { seq: Number(seq), cardId: cardId!, rating: Number(rating), at: Number(at) };
        });
      resolve(acks);
    });
  });
}

describe('crashes', () => {
  it(`keeps every acknowledged answer through ${KILLS} SIGKILLs, each after a chosen number of answers`, async () => {
    const dataDir = tempDir();
    const setup = await openEnv(dataDir, makeClock());
    await setup.call('library:save', {
      article: { id: 'crash-deck', title: 'Crash deck', format: 'txt', text: 'Text.' },
      cards: Array.from({ length: 30 }, (_, i) => draft(`card-${i}`)),
      acceptAll: true,
    });
    await setup.close();

    let rng = 12_345;
    const random = () => {
      rng = (rng * 1_103_515_245 + 12_345) % 2 ** 31;
      return rng / 2 ** 31;
    };
    const acked = new Map<number, Ack>();
    let clock = Date.parse('2026-03-02T10:00:00Z');
    let sawTemp = 0;
    let asked = 0;
    for (let i = 0; i < KILLS; i++) {
      const answers = Math.floor(random() * 16);
      asked += answers;
      const acks = await life(dataDir, new Date(clock).toISOString(), i + 1, answers);
      expect(acks.length).toBeGreaterThanOrEqual(answers);
      for (const a of acks) {
        expect(acked.has(a.seq)).toBe(false);
        acked.set(a.seq, a);
        clock = Math.max(clock, a.at + 60_000);
      }
      if (tempFiles(dataDir).length > 0) sawTemp++;

      const env = await openEnv(dataDir, makeClock(new Date(clock).toISOString()), {}, false);
      try {
        const bad = (await env.call('app:notices')).filter((n) => n.level !== 'info');
        expect(bad).toEqual([]);
        expect(tempFiles(dataDir)).toEqual([]);
        const bySeq = new Map(env.progress.store.reviews().map((r) => [r.seq, r]));
        for (const a of acked.values()) {
          expect(bySeq.get(a.seq)).toMatchObject({ cardId: a.cardId, rating: a.rating });
        }
        // Every card is where its last journal answer left it (replay over the checkpoint).
        const last = new Map<string, number>();
        for (const r of env.progress.store.reviews()) last.set(r.cardId, r.after.due);
        for (const card of env.progress.store.cards()) {
          if (last.has(card.draft.id)) expect(card.fsrs.due).toBe(last.get(card.draft.id));
        }
      } finally {
        await env.progress.close({ flush: false });
      }
    }
    expect(acked.size).toBeGreaterThanOrEqual(asked);
    console.info(
      `crash test: ${acked.size} acknowledged answers (${asked} asked for), temp files left by ${sawTemp} kill(s)`,
    );
    fs.rmSync(dataDir, { recursive: true, force: true });
  }, 900_000);
});
