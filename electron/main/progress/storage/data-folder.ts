/**
 * The start-up check of the data folder's own entries, before anything reads
 * them. An entry of the wrong kind (a file where a folder belongs or the other
 * way round), one that cannot be read, or a link that leads out of the data
 * folder or nowhere is moved aside (a link itself, never its target), and the
 * user is told what and where. Dossier never follows a link out of its folder.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Notice } from '../../../contract';
import { moveAside } from './files';

type Kind = 'file' | 'folder';

const BACKUP = /^\d{4}-\d{2}-\d{2}T[\d-]+Z(-\d+)?$/;

export function checkDataFolder(dataDir: string, notices: Notice[], now: Date): void {
  const root = fs.realpathSync(dataDir);
  const check = (rel: string, kind: Kind, linkable = true): boolean => {
    const problem = problemOf(root, rel, kind, linkable);
    if (!problem) return true;
    const where = path.join(dataDir, rel);
    try {
      const aside = moveAside(where, now);
      notices.push({
        level: 'warning',
        message: `${where} ${problem}. It was moved aside as ${aside} in the same folder and is not used.`,
      });
    } catch (error) {
      notices.push({
        level: 'error',
        message: `${where} ${problem}, and it could not be moved aside (${codeOf(error)}); it is not used.`,
      });
    }
    return false;
  };
  const names = (rel: string): string[] => {
    try {
      return fs.readdirSync(path.join(dataDir, rel));
    } catch {
      return [];
    }
  };
  for (const dir of ['decks', 'journal', 'backups']) check(dir, 'folder');
  check('settings.json', 'file');
  for (const name of names('decks')) if (/\.json(\.sum)?$/.test(name)) check(`decks/${name}`, 'file');
  // The journal is appended without following links (O_NOFOLLOW), so a month file must be the file itself.
  for (const name of names('journal')) if (/\.jsonl$/.test(name)) check(`journal/${name}`, 'file', false);
  for (const id of names('backups')) {
    if (!BACKUP.test(id) || !check(`backups/${id}`, 'folder')) continue;
    check(`backups/${id}/manifest.json`, 'file');
    for (const rel of filesIn(path.join(dataDir, 'backups', id))) check(`backups/${id}/${rel}`, 'file');
  }
}

/** Files and links under a backup folder (relative paths); folders are walked, links never followed. */
function filesIn(dir: string): string[] {
  try {
    return fs
      .readdirSync(dir, { withFileTypes: true, recursive: true })
      .filter((e) => !e.isDirectory())
      .map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
  } catch {
    return [];
  }
}

/** What is wrong with an entry, as the end of a sentence, or null (also when it does not exist). */
function problemOf(root: string, rel: string, kind: Kind, linkable: boolean): string | null {
  const file = path.join(root, rel);
  let st: fs.Stats;
  try {
    st = fs.lstatSync(file);
  } catch (error) {
    return codeOf(error) === 'ENOENT' ? null : `could not be examined (${codeOf(error)})`;
  }
  if (st.isSymbolicLink()) {
    if (!linkable) return `is a link to ${safeReadlink(file)}, where Dossier keeps a file of its own`;
    let target: string;
    try {
      target = fs.realpathSync(file);
    } catch {
      return `is a link to ${safeReadlink(file)}, which does not exist`;
    }
    if (target !== root && !target.startsWith(`${root}${path.sep}`)) {
      return `is a link to ${target}, outside the data folder; Dossier does not follow links out of its data folder`;
    }
    st = fs.statSync(file);
  }
  if (kind === 'folder' && !st.isDirectory()) return 'is a file where Dossier keeps a folder';
  if (kind === 'file' && !st.isFile()) {
    return st.isDirectory() ? 'is a folder where Dossier keeps a file' : 'is not a regular file';
  }
  try {
    if (kind === 'folder') fs.readdirSync(file);
    else fs.closeSync(fs.openSync(file, 'r'));
  } catch (error) {
    return `could not be read (${codeOf(error)})`;
  }
  return null;
}

function safeReadlink(file: string): string {
  try {
    return fs.readlinkSync(file);
  } catch {
    return 'a missing target';
  }
}

function codeOf(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  return e.code ?? (error instanceof Error ? error.message : String(error));
}
