/**
 * The main process's import rules (ARCHITECTURE.md, "Allowed imports"): each
 * folder of electron/main/progress/ is used from outside only through its
 * index.ts, and the folders depend on each other one way. And the shape of
 * the persistence store: its state is private, nothing outside storage/
 * reaches into it, and operations take its narrow interfaces, not `Progress`.
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

/**
 * The store's state is private; outside storage/ nothing reaches into it. The
 * names are the store's inner parts (and the old `Progress` fields they were).
 */
const STORE_INTERNALS =
  /\b(?:p|store|progress)\.(?:store\.)?(collection|journal|log|queueIndex|settingsData|settingsStore|checkpoints|deps)\b(?!\s*\()/g;

/** Code without its comments, so a comment may name what the code must not do. */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

/** Why `text` (a file outside storage/) breaks the store's shape, or []. */
function storeShapeViolations(text: string, isOperation: boolean): string[] {
  const body = code(text);
  const found = [...body.matchAll(STORE_INTERNALS)].map((m) => `reaches into the store: ${m[0]}`);
  // Operations take the narrow interfaces (StoreReader, StoreWriter, UndoSession, BackupShelf).
  const names = body.replace(/'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`/g, "''");
  if (isOperation && /\bProgress(?:Store)?\b/.test(names)) found.push('takes Progress instead of a narrow interface');
  return found;
}

/** Fields of `class name` in `text` not declared `private`. */
function publicFields(text: string, name: string): string[] {
  const start = text.indexOf(`export class ${name} `);
  const end = text.indexOf('\n}\n', start);
  const body = code(text.slice(start, end));
  return [...body.matchAll(/^ {2}((?:(?:private|readonly|static)\s+)*)(\w+)[!?]?\s*(?::|=)/gm)]
    .filter((m) => !m[1]!.includes('private'))
    .map((m) => m[2]!);
}

describe('the persistence store', () => {
  const STORAGE = path.join(PROGRESS, 'storage');

  it('keeps its state private', () => {
    expect(publicFields(fs.readFileSync(path.join(STORAGE, 'store.ts'), 'utf8'), 'ProgressStore')).toEqual([]);
  });

  it('is used through its methods outside storage/, and operations take narrow interfaces', () => {
    const broken: string[] = [];
    for (const file of tsFiles(MAIN).filter((f) => path.relative(STORAGE, f).startsWith('..'))) {
      const isOperation = !path.relative(path.join(PROGRESS, 'operations'), file).startsWith('..');
      for (const why of storeShapeViolations(fs.readFileSync(file, 'utf8'), isOperation)) {
        broken.push(`${path.relative(MAIN, file)}: ${why}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('catches what the shape forbids', () => {
    expect(storeShapeViolations('const card = p.collection.cards.get(id);', true)).toHaveLength(1);
    expect(storeShapeViolations('const seq = store.journal.lastSeq + 1;', false)).toHaveLength(1);
    expect(storeShapeViolations('progress.store.queueIndex.invalidate();', false)).toHaveLength(1);
    expect(storeShapeViolations("throw new Error('Progress was not saved');", true)).toEqual([]);
    expect(storeShapeViolations('export function f(p: Progress) {}', true)).toEqual([
      'takes Progress instead of a narrow interface',
    ]);
    expect(storeShapeViolations('const s = store.settingsData(); if (doc.journal) store.lastSeq();', true)).toEqual([]);
    expect(storeShapeViolations('// p.collection was reached into here once', true)).toEqual([]);
    expect(
      publicFields('export class S {\n  private a = 1;\n  readonly b = 2;\n  c!: number;\n  m(): void {}\n}\n', 'S'),
    ).toEqual(['b', 'c']);
  });
});
