/**
 * Rotating backups of the store files (settings and decks): a folder per
 * backup with a manifest, kept by policy (5 recent, 7 daily, 4 weekly). The
 * journal is not copied: it is append-only, and a restored deck replays the
 * journal entries after its checkpoint.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BackupInfo } from '../../../contract';
import { fileStamp, parseJsonFile, readIfExists, removeTempFiles } from './files';

export type BackupManifest = { createdAt: string; lastSeq: number; fingerprint: string; files: string[] };

const KEEP = { recent: 5, daily: 7, weekly: 4 };
const NAME = /^\d{4}-\d{2}-\d{2}T[\d-]+Z(-\d+)?$/;

export class Backups {
  readonly dir: string;

  constructor(dataDir: string) {
    this.dir = path.join(dataDir, 'backups');
    fs.mkdirSync(this.dir, { recursive: true });
    removeTempFiles(this.dir, true);
  }

  /** Backups, newest first, with their manifests (unreadable ones are skipped). */
  entries(): { id: string; manifest: BackupManifest }[] {
    const list: { id: string; manifest: BackupManifest }[] = [];
    for (const id of fs.readdirSync(this.dir)) {
      if (!NAME.test(id)) continue;
      const text = this.read(id, 'manifest.json');
      const parsed = text === null ? null : parseJsonFile(text);
      if (parsed?.ok && isManifest(parsed.value)) list.push({ id, manifest: parsed.value });
    }
    // Same-millisecond backups get `-1`, `-2` suffixes, so the id breaks ties in order.
    const key = (e: { id: string; manifest: BackupManifest }) => `${e.manifest.createdAt} ${e.id}`;
    return list.sort((a, b) => (key(a) < key(b) ? 1 : -1));
  }

  /** Copies `files` (relative to dataDir) into a new backup; built in a temp folder, then renamed. */
  create(dataDir: string, files: string[], lastSeq: number, fingerprint: string, now: Date): string {
    let id = fileStamp(now);
    for (let i = 1; fs.existsSync(path.join(this.dir, id)); i++) id = `${fileStamp(now)}-${i}`;
    const temp = path.join(this.dir, `${id}.tmp-${process.pid}`);
    fs.rmSync(temp, { recursive: true, force: true });
    for (const rel of files) {
      const target = path.join(temp, rel);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.copyFileSync(path.join(dataDir, rel), target);
    }
    fs.mkdirSync(temp, { recursive: true });
    const manifest: BackupManifest = { createdAt: now.toISOString(), lastSeq, fingerprint, files };
    fs.writeFileSync(path.join(temp, 'manifest.json'), JSON.stringify(manifest));
    fs.renameSync(temp, path.join(this.dir, id));
    this.rotate();
    return id;
  }

  /** The text of `rel` in backup `id`, or null. */
  read(id: string, rel: string): string | null {
    try {
      return readIfExists(path.join(this.dir, id, rel));
    } catch {
      return null; // unreadable: the copy is not used
    }
  }

  list(): BackupInfo[] {
    const kinds = classify(this.entries().map((e) => ({ id: e.id, at: new Date(e.manifest.createdAt) })));
    return this.entries()
      .filter((e) => kinds.has(e.id))
      .map((e) => ({
        id: e.id,
        kind: kinds.get(e.id)!,
        createdAt: e.manifest.createdAt,
        bytes: folderBytes(path.join(this.dir, e.id)),
      }));
  }

  private rotate(): void {
    const entries = this.entries();
    const kinds = classify(entries.map((e) => ({ id: e.id, at: new Date(e.manifest.createdAt) })));
    for (const e of entries) {
      if (!kinds.has(e.id)) fs.rmSync(path.join(this.dir, e.id), { recursive: true, force: true });
    }
  }
}

/** Which backups each policy keeps (newest first): the first N, the newest of N days, of N weeks. */
export function classify(backups: { id: string; at: Date }[]): Map<string, BackupInfo['kind']> {
  const sorted = [...backups].sort((a, b) => b.at.getTime() - a.at.getTime());
  const kinds = new Map<string, BackupInfo['kind']>();
  const days = new Set<string>();
  const weeks = new Set<string>();
  sorted.forEach((b, i) => {
    if (i < KEEP.recent) kinds.set(b.id, 'recent');
    const day = b.at.toISOString().slice(0, 10);
    if (!days.has(day) && days.size < KEEP.daily) {
      days.add(day);
      if (!kinds.has(b.id)) kinds.set(b.id, 'daily');
    }
    const week = String(Math.floor((b.at.getTime() / 86_400_000 + 3) / 7));
    if (!weeks.has(week) && weeks.size < KEEP.weekly) {
      weeks.add(week);
      if (!kinds.has(b.id)) kinds.set(b.id, 'weekly');
    }
  });
  return kinds;
}

function isManifest(v: unknown): v is BackupManifest {
  const m = v as BackupManifest;
  return (
    typeof m === 'object' &&
    m !== null &&
    typeof m.createdAt === 'string' &&
    typeof m.lastSeq === 'number' &&
    typeof m.fingerprint === 'string' &&
    Array.isArray(m.files) &&
    m.files.every((f) => typeof f === 'string' && !f.includes('..'))
  );
}

function folderBytes(dir: string): number {
  let total = 0;
  try {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
      if (entry.isFile()) total += fs.statSync(path.join(entry.parentPath, entry.name)).size;
    }
  } catch {
    // An unreadable part of a backup counts for nothing; the rest is still listed.
  }
  return total;
}
