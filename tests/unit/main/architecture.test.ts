/**
 * The main process's import rules (ARCHITECTURE.md, "Allowed imports"): each
 * folder of electron/main/progress/ is used from outside only through its
 * index.ts, and the folders depend on each other one way.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const MAIN = path.resolve(import.meta.dirname, '../../../electron/main');
const PROGRESS = path.join(MAIN, 'progress');

/** Which progress folders (and `types`, the shared model) each folder may import. */
const ALLOWED: Record<string, string[]> = {
  types: [],
  errors: [],
  scheduling: ['types'],
  stats: ['types'],
  optimizer: ['stats', 'types'],
  storage: ['scheduling', 'types', 'errors'],
  operations: ['storage', 'scheduling', 'stats', 'optimizer', 'types', 'errors'],
};
/** Single files at the root of progress/, imported directly. */
const LEAVES = ['types', 'errors'];

function tsFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? tsFiles(full) : e.name.endsWith('.ts') ? [full] : [];
  });
}

function relativeImports(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from|import\()\s*'(\.{1,2}\/[^']*)'/g)].map((m) => m[1]!);
}

/** The progress unit a path belongs to: a folder name, `types`, or null outside progress/. */
function unitOf(file: string): string | null {
  const rel = path.relative(PROGRESS, file);
  if (rel.startsWith('..')) return null;
  const [first] = rel.split(path.sep);
  return first!.replace(/\.ts$/, '');
}

/** Why `importer` may not import `spec`, or null when it may. */
function violation(importer: string, spec: string): string | null {
  const target = path.resolve(path.dirname(importer), spec);
  const from = unitOf(importer);
  if (from !== null && !path.relative(path.join(MAIN, 'ipc'), target).startsWith('..')) {
    return 'the progress layer imports nothing from ipc/ (it throws UserError from progress/errors.ts)';
  }
  const to = unitOf(target);
  if (to === null || to === from) return null;
  if (!LEAVES.includes(to) && path.relative(path.join(PROGRESS, to), target) !== '') {
    return `${to}/ is imported through its index.ts only`;
  }
  if (from !== null && !ALLOWED[from]?.includes(to)) return `${from} may not import ${to}`;
  return null;
}

describe('main-process imports', () => {
  it('every progress folder has an index.ts', () => {
    for (const folder of Object.keys(ALLOWED).filter((f) => !LEAVES.includes(f))) {
      expect(fs.existsSync(path.join(PROGRESS, folder, 'index.ts')), folder).toBe(true);
    }
  });

  it('follow the rules', () => {
    const broken: string[] = [];
    for (const file of tsFiles(MAIN)) {
      for (const spec of relativeImports(file)) {
        const why = violation(file, spec);
        if (why) broken.push(`${path.relative(MAIN, file)} -> ${spec}: ${why}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('catches what the rules forbid', () => {
    const handlers = path.join(MAIN, 'handlers.ts');
    expect(violation(handlers, './progress/storage/journal')).toMatch(/index\.ts only/);
    expect(violation(handlers, './progress/storage')).toBeNull();
    expect(violation(path.join(PROGRESS, 'scheduling/queue.ts'), '../storage')).toMatch(/may not import/);
    expect(violation(path.join(PROGRESS, 'storage/journal.ts'), './files')).toBeNull();
    expect(violation(path.join(PROGRESS, 'operations/study.ts'), '../../ipc/dispatch')).toMatch(/ipc/);
    expect(violation(path.join(PROGRESS, 'operations/study.ts'), '../errors')).toBeNull();
  });
});
