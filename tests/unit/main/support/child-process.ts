/** Bundles a test's child script into one file that starts fast, and runs it. */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSync } from 'esbuild';

export function bundleChild(entry: string): { file: string; remove(): void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dossier-child-'));
  const file = path.join(dir, `${path.basename(entry, '.ts')}.mjs`);
  buildSync({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node22',
    outfile: file,
    logLevel: 'error',
    // The optimiser's native binding is loaded on demand only; the child never runs it.
    external: ['@open-spaced-repetition/binding'],
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });
  return { file, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

export type ChildRun = { code: number | null; signal: NodeJS.Signals | null; out: string; err: string };

export function runChild(file: string, args: string[]): Promise<ChildRun> {
  return new Promise((resolve) => {
    const proc = spawn(process.execPath, [file, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    proc.stdout.on('data', (d) => {
      out += d;
    });
    proc.stderr.on('data', (d) => {
      err += d;
    });
    proc.on('exit', (code, signal) => resolve({ code, signal, out, err }));
  });
}
