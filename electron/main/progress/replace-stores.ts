/**
 * Replacing every store at once (backup restore, progress import): the new
 * files are written into temp folders and swapped in by rename, then the
 * progress layer reloads from disk. A crash mid-way leaves temp folders that
 * the next start removes; the safety backup taken before holds the old state.
 */
import fs from 'node:fs';
import path from 'node:path';
import { UserError } from '../ipc/dispatch';
import { writeFileAtomic } from './files';
import { monthOf } from './journal';
import { encodeEntry, JOURNAL_HEADER } from './journal-codec';
import { messageOf, type Progress } from './progress';
import type { DeckData, JournalEntry, SettingsData } from './types';

export type Replacement = { settings: SettingsData | null; decks: DeckData[]; journal?: JournalEntry[] };

export function replaceStores(p: Progress, next: Replacement): void {
  p.flush();
  const safety = p.backups.create(
    p.deps.dataDir,
    p.storeFiles(),
    p.journal.lastSeq,
    `before-replace-${Date.now()}`,
    p.deps.clock(),
  );
  const dataDir = p.deps.dataDir;
  const tag = `${process.pid}${Date.now().toString(16)}`;
  try {
    swapDir(path.join(dataDir, 'decks'), tag, (dir) => {
      for (const deck of next.decks) fs.writeFileSync(path.join(dir, `${deck.article.id}.json`), JSON.stringify(deck));
    });
    if (next.journal) {
      p.journal.close();
      swapDir(path.join(dataDir, 'journal'), tag, (dir) => writeJournal(dir, next.journal!));
    }
    if (next.settings) writeFileAtomic(path.join(dataDir, 'settings.json'), JSON.stringify(next.settings));
  } catch (error) {
    p.load();
    throw new UserError(
      `The replacement failed part-way (${messageOf(error)}); backup ${safety} holds the previous state.`,
    );
  }
  p.load();
}

/** Fills a temp folder, then swaps it in for `dir`; the old folder is removed once the new one is in place. */
function swapDir(dir: string, tag: string, fill: (dir: string) => void): void {
  const staged = `${dir}.tmp-a${tag}`;
  const old = `${dir}.tmp-b${tag}`;
  fs.mkdirSync(staged, { recursive: true });
  fill(staged);
  if (fs.existsSync(dir)) fs.renameSync(dir, old);
  fs.renameSync(staged, dir);
  fs.rmSync(old, { recursive: true, force: true });
}

function writeJournal(dir: string, entries: JournalEntry[]): void {
  const byMonth = new Map<string, string[]>();
  for (const e of entries) {
    const month = monthOf(e.at);
    const lines = byMonth.get(month) ?? [JOURNAL_HEADER];
    lines.push(encodeEntry(e));
    byMonth.set(month, lines);
  }
  for (const [month, lines] of byMonth) fs.writeFileSync(path.join(dir, `${month}.jsonl`), `${lines.join('\n')}\n`);
}
