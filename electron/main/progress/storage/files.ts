/** Small file helpers: moving damaged files aside, atomic writes, temp clean-up. */
import fs from 'node:fs';
import path from 'node:path';

/** `2026-11-25T10-04-05-123Z`: a timestamp safe in file names on every platform. */
export function fileStamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-');
}

/** Moves a damaged file aside unchanged (`name.corrupt-<time>`) and returns its new name. */
export function moveAside(file: string, now: Date): string {
  let target = `${file}.corrupt-${fileStamp(now)}`;
  for (let i = 1; fs.existsSync(target); i++) target = `${file}.corrupt-${fileStamp(now)}-${i}`;
  fs.renameSync(file, target);
  return path.basename(target);
}

/**
 * Copies a damaged file aside (`name.corrupt-<time>`) and leaves it in place, for
 * a caller that then replaces it atomically: a crash in between loses nothing.
 */
export function copyAside(file: string, now: Date): string {
  let target = `${file}.corrupt-${fileStamp(now)}`;
  for (let i = 1; fs.existsSync(target); i++) target = `${file}.corrupt-${fileStamp(now)}-${i}`;
  fs.copyFileSync(file, target);
  return path.basename(target);
}

/** Writes through a temp file, fsync and rename, so a crash leaves the old or the new file. */
export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  const temp = `${file}.tmp-${process.pid}${Date.now()}`;
  const fd = fs.openSync(temp, 'w');
  try {
    fs.writeFileSync(fd, data);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temp, file);
}

/** A new or renamed entry's name is durable only once its folder is synced. */
export function syncDir(dir: string): void {
  try {
    const fd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // Not supported on every platform (Windows); the files themselves are synced.
  }
}

/** Temp files of interrupted atomic writes (ours and conf's `atomically`). */
export const TEMP_FILE = /\.tmp-[0-9a-f]+$/i;

/**
 * Removes leftover temp files in `dir`; returns their names. They are never
 * loaded. Folders are left alone unless `folders` (a backup being built):
 * a folder is removed only where its name says what it is.
 */
export function removeTempFiles(dir: string, folders = false): string[] {
  if (!fs.existsSync(dir)) return [];
  const removed: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (!TEMP_FILE.test(entry.name)) continue;
    if (entry.isDirectory() && !folders) continue;
    fs.rmSync(path.join(dir, entry.name), { force: true, recursive: entry.isDirectory() });
    removed.push(entry.name);
  }
  return removed;
}

/** Reads a file as text, or null when it does not exist. */
export function readIfExists(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Why a store file's text is not loadable JSON, or null when it parses. */
export function parseJsonFile(text: string): { ok: true; value: unknown } | { ok: false; reason: string } {
  if (text.length === 0) return { ok: false, reason: 'empty' };
  if (/^\0+$/.test(text)) return { ok: false, reason: 'all NUL bytes' };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, reason: 'not valid JSON (truncated or damaged)' };
  }
}
