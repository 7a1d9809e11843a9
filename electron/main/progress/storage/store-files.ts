/**
 * Loading one store file (settings or a deck) with validation: a damaged file
 * is moved aside unchanged and the newest valid copy from the backups is put
 * back, with a notice. Never a silent reset.
 */
import path from 'node:path';
import type { Notice } from '../../../contract';
import type { Backups } from './backups';
import { copyAside, moveAside, parseJsonFile, readIfExists, writeFileAtomic } from './files';
import type { Parsed } from './schemas';

export type LoadContext = { dataDir: string; backups: Backups; clock: () => Date; notices: Notice[] };

/** Why a file's text does not hold a valid `T`, or the value. */
export function parseStoreText<T>(text: string, parse: (raw: unknown) => Parsed<T>): Parsed<T> {
  const json = parseJsonFile(text);
  return json.ok ? parse(json.value) : json;
}

/**
 * @param rel path relative to the data folder (`settings.json`, `decks/x.json`)
 * @param label what the user calls it ("your settings", "the deck “Title”")
 * @param trusted the value when the text is known intact (checksum of our own write), else null
 * @returns the value, or null when the file is missing or could not be recovered
 */
export function loadStoreFile<T>(
  ctx: LoadContext,
  rel: string,
  label: string,
  parse: (raw: unknown) => Parsed<T>,
  trusted: (text: string) => T | null = () => null,
): { value: T; restoredFrom: string | null } | null {
  const file = path.join(ctx.dataDir, rel);
  let text: string | null;
  try {
    text = readIfExists(file);
  } catch (error) {
    // Unreadable (a folder, no permission): set it aside, then restore as if damaged.
    const aside = moveAside(file, ctx.clock());
    const why = `could not be read: ${(error as NodeJS.ErrnoException).code ?? 'error'}`;
    return restoreFromBackup(ctx, rel, label, parse, `${why}; it was moved aside as ${aside}`) ?? null;
  }
  if (text === null) return null;
  const known = trusted(text);
  if (known !== null) return { value: known, restoredFrom: null };
  const parsed = parseStoreText(text, parse);
  if (parsed.ok) return { value: parsed.value, restoredFrom: null };
  const hasCopy = ctx.backups.entries().some(({ id }) => {
    const copy = ctx.backups.read(id, rel);
    return copy !== null && parseStoreText(copy, parse).ok;
  });
  const aside = hasCopy ? copyAside(file, ctx.clock()) : moveAside(file, ctx.clock());
  return restoreFromBackup(ctx, rel, label, parse, `was damaged (${parsed.reason}). It was moved aside as ${aside}`);
}

/**
 * Puts back the newest valid copy of `rel` from the backups, with a notice
 * that begins "The file for <label> <what>". Null (and an error notice) when
 * no backup holds a valid copy.
 */
export function restoreFromBackup<T>(
  ctx: LoadContext,
  rel: string,
  label: string,
  parse: (raw: unknown) => Parsed<T>,
  what: string,
): { value: T; restoredFrom: string } | null {
  const file = path.join(ctx.dataDir, rel);
  for (const { id, manifest } of ctx.backups.entries()) {
    const copy = ctx.backups.read(id, rel);
    if (copy === null) continue;
    const fromBackup = parseStoreText(copy, parse);
    if (!fromBackup.ok) continue;
    writeFileAtomic(file, copy);
    const replay = rel.startsWith('decks/') ? '; answers recorded since then were replayed from the journal' : '';
    ctx.notices.push({
      level: 'warning',
      message: `The file for ${label} ${what}, and the backup of ${manifest.createdAt} was restored${replay}.`,
    });
    return { value: fromBackup.value, restoredFrom: id };
  }
  ctx.notices.push({
    level: 'error',
    message: `The file for ${label} ${what}, and no valid backup of it exists.`,
  });
  return null;
}

/**
 * A store file that is missing although the newest backup lists it: put back
 * from the backups (never a silent new install). Null when the newest backup
 * does not list it (a new install, or a file that was never written).
 */
export function restoreMissing<T>(
  ctx: LoadContext,
  rel: string,
  label: string,
  parse: (raw: unknown) => Parsed<T>,
): { value: T; restoredFrom: string } | null {
  const newest = ctx.backups.entries()[0];
  if (!newest?.manifest.files.includes(rel)) return null;
  return restoreFromBackup(ctx, rel, label, parse, `was missing (${path.join(ctx.dataDir, rel)})`);
}
