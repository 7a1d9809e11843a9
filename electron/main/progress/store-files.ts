/**
 * Loading one store file (settings or a deck) with validation: a damaged file
 * is moved aside unchanged and the newest valid copy from the backups is put
 * back, with a notice. Never a silent reset.
 */
import path from 'node:path';
import type { Notice } from '../../contract';
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
  const text = readIfExists(file);
  if (text === null) return null;
  const known = trusted(text);
  if (known !== null) return { value: known, restoredFrom: null };
  const parsed = parseStoreText(text, parse);
  if (parsed.ok) return { value: parsed.value, restoredFrom: null };
  for (const { id, manifest } of ctx.backups.entries()) {
    const copy = ctx.backups.read(id, rel);
    if (copy === null) continue;
    const fromBackup = parseStoreText(copy, parse);
    if (!fromBackup.ok) continue;
    const aside = copyAside(file, ctx.clock());
    writeFileAtomic(file, copy);
    ctx.notices.push({
      level: 'warning',
      message: `The file for ${label} was damaged (${parsed.reason}). It was moved aside as ${aside}, and the backup of ${manifest.createdAt} was restored; answers recorded since then were replayed from the journal.`,
    });
    return { value: fromBackup.value, restoredFrom: id };
  }
  const aside = moveAside(file, ctx.clock());
  ctx.notices.push({
    level: 'error',
    message: `The file for ${label} was damaged (${parsed.reason}) and no valid backup of it exists. It was moved aside as ${aside}.`,
  });
  return null;
}
