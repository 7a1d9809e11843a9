import { fork } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isolatedOptimizer, type OptimizerJob, type ProcessPort } from '../../../../electron/main/progress/optimizer';

const ENTRY = resolve(import.meta.dirname, '../../../../electron/main/optimizer-process.ts');

function forkPort(modulePath: string): ProcessPort {
  const child = fork(modulePath, [], { execArgv: ['--import', 'tsx'], stdio: 'ignore' });
  return {
    send: (message) => child.send(message as object),
    onMessage: (listener) => child.on('message', listener),
    onExit: (listener) => child.on('exit', (code, signal) => listener(code ?? (signal ? 128 : null))),
    kill: () => child.kill(),
  };
}

const job: OptimizerJob = { reviews: [], current: null, desiredRetention: 0.9, numRelearningSteps: 1 };

describe('the optimiser in its own process', () => {
  it('answers with the optimiser result from the child process', async () => {
    const result = await isolatedOptimizer(() => forkPort(ENTRY))(job);
    expect(result.kept).toBe('old');
    expect(result.reason).toMatch(/review/i);
    expect(result.reviews).toBe(0);
  });

  it('keeps the current parameters and says so when the process dies', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dossier-opt-'));
    const crashing = join(dir, 'crash.mjs');
    await writeFile(crashing, "process.on('message', () => process.abort());\n");
    try {
      const current = [0.4, 1.2, 3.1];
      const result = await isolatedOptimizer(() => forkPort(crashing))({ ...job, current });
      expect(result).toMatchObject({ kept: 'old', parameters: current });
      expect(result.reason).toContain('stopped unexpectedly');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
