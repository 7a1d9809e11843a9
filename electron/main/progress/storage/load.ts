/**
 * Opening the data folder: finish an interrupted swap, read and validate the
 * settings and every deck (restoring damaged or missing ones from backups),
 * then replay the journal's tail over the checkpoints, with a notice for
 * everything set aside, replayed or lost.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_SETTINGS, type Notice } from '../../../contract';
import { dayStart } from '../scheduling';
import type { JournalEntry, SettingsData } from '../types';
import type { Backups } from './backups';
import { Collection } from './collection';
import { removeTempFiles } from './files';
import { Journal, monthOf } from './journal';
import { recoverSwap } from './replace-stores';
import { replay } from './replay';
import { ReviewLog } from './review-log';
import { parseSettings, SETTINGS_VERSION } from './schemas';
import type { LoadContext } from './store-files';
import { loadStoreFile, restoreMissing } from './store-files';
import type { JournalFs, StoreFactory } from './store-port';

const DAY_MS = 86_400_000;

export type LoadDeps = {
  dataDir: string;
  storeFactory: StoreFactory;
  clock: () => Date;
  journalFs: JournalFs;
  backups: Backups;
  notices: Notice[];
};

/** What opening read: the state the store works on. */
export type Loaded = {
  settingsData: SettingsData;
  collection: Collection;
  journal: Journal;
  log: ReviewLog;
  /** Whether replay changed a deck, so a checkpoint is due. */
  dirty: boolean;
};

export const defaultSettingsData = (): SettingsData => ({
  version: SETTINGS_VERSION,
  settings: { ...DEFAULT_SETTINGS },
  parameters: null,
});

/** (Re)reads everything from disk: settings, decks, the journal's tail, replayed over the checkpoints. */
export function loadDataFolder(deps: LoadDeps): Loaded {
  const { dataDir, clock, backups, notices } = deps;
  const ctx: LoadContext = { dataDir, backups, clock, notices };
  recoverSwap(dataDir, notices, clock());
  const leftovers = removeTempFiles(dataDir);
  const settings = fs.existsSync(path.join(dataDir, 'settings.json'))
    ? loadStoreFile(ctx, 'settings.json', 'your settings', parseSettings)
    : restoreMissing(ctx, 'settings.json', 'your settings', parseSettings);
  const settingsData = settings?.value ?? defaultSettingsData();
  const collection = new Collection(dataDir, deps.storeFactory);
  leftovers.push(...collection.load(ctx));
  const journal = new Journal(dataDir, deps.journalFs, clock, notices);
  const log = replayJournal(collection, journal, settingsData, deps);
  if (leftovers.length > 0) {
    notices.push({
      level: 'info',
      message: `Removed ${leftovers.length} unfinished temporary file(s) left by an interrupted save; they were not loaded.`,
    });
  }
  const dirty = [...collection.decks.values()].some((d) => d.dirty);
  return { settingsData, collection, journal, log, dirty };
}

function replayJournal(
  collection: Collection,
  journal: Journal,
  settingsData: SettingsData,
  { clock, notices }: LoadDeps,
): ReviewLog {
  const decks = [...collection.decks.values()];
  const fromSeq = decks.length > 0 ? Math.min(...decks.map((d) => d.data.checkpointSeq)) : Number.MAX_SAFE_INTEGER;
  const now = clock();
  const since = dayStart(now, settingsData.settings.dayStartHour) - DAY_MS;
  const months = monthOf(since) === monthOf(now.getTime()) ? 1 : 2;
  const tail = journal.readTail(fromSeq, months);
  const checkpointed = Math.max(0, ...decks.map((d) => d.data.checkpointSeq));
  const barrier = Math.max(0, ...tail.filter((e) => e.kind === 'barrier').map((e) => e.seq));
  reportJournalGap(collection, journal, tail, notices);
  const counts = replay(collection, tail, Math.max(checkpointed, barrier), now);
  // A journal lost or moved aside must not reuse seqs a checkpoint already includes.
  if (journal.lastSeq < checkpointed) {
    notices.push({
      level: 'warning',
      message: `The review journal ends before the last saved state (answer ${journal.lastSeq} of ${checkpointed}). Your cards are as last saved, but the history of some answers is missing, so statistics may be incomplete.`,
    });
    journal.lastSeq = checkpointed;
  }
  const log = new ReviewLog(
    journal,
    tail.filter((e) => (e.kind === 'answer' || e.kind === 'undo') && e.at >= since),
  );
  if (counts.answers + counts.changes > 0) {
    notices.push({
      level: 'info',
      message: `${counts.answers} answer(s) and ${counts.changes} other change(s) (edits, suspensions, resets, imports) recorded after the last saved state were replayed from the journal.`,
    });
  }
  if (counts.missed.size > 0) {
    const list = [...counts.missed].map(([what, n]) => `${n} × ${what}`).join('; ');
    notices.push({
      level: 'warning',
      message: `Some recorded changes could not be recovered: ${list}.`,
    });
  }
  return log;
}

/** A deck restored from an old backup needs the journal from its checkpoint on; say what is missing. */
function reportJournalGap(collection: Collection, journal: Journal, tail: JournalEntry[], notices: Notice[]): void {
  const first = tail[0]?.seq ?? journal.lastSeq + 1;
  for (const deck of collection.decks.values()) {
    const from = deck.data.checkpointSeq;
    if (first > from + 1 && journal.lastSeq > from) {
      notices.push({
        level: 'warning',
        message: `The journal no longer holds what was recorded in the deck “${deck.data.article.title}” between its saved state and journal entry ${first}; those answers and changes could not be recovered.`,
      });
    }
  }
}
