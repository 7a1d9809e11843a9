/**
 * The progress layer's state and its persistence: settings, the collection of
 * decks, the journal, backups; opening (validate, restore, replay), debounced
 * checkpoints and periodic backups. Operations live in the *-ops.ts modules.
 */
import fs from 'node:fs';
import path from 'node:path';
import { messageOf } from '../../../../shared/errors';
import { DEFAULT_SETTINGS, type Notice, type Settings } from '../../../contract';
import { UserError } from '../errors';
import { createScheduler, dayStart, QueueIndex, type Scheduler, UndoSession } from '../scheduling';
import type { CardChange, JournalEntry, ReviewRecord, SettingsData, StoredCard, TodayCounts } from '../types';
import { Backups } from './backups';
import { Collection } from './collection';
import { checkDataFolder } from './data-folder';
import { removeTempFiles } from './files';
import { Journal, monthOf } from './journal';
import { recoverSwap, type SwapHook } from './replace-stores';
import { applyCardChange, replay } from './replay';
import { ReviewLog } from './review-log';
import { parseSettings, SETTINGS_VERSION } from './schemas';
import type { LoadContext } from './store-files';
import { loadStoreFile, restoreMissing } from './store-files';
import type { JournalFs, PersistentStore, StoreFactory } from './store-port';

/** The progress modules' `messageOf` is the shared one (re-exported so their imports stay as they are). */
export { messageOf };

export type ProgressDeps = {
  dataDir: string;
  storeFactory: StoreFactory;
  clock: () => Date;
  random?: () => number;
  fs?: JournalFs;
  /** Delay before dirty decks are checkpointed (default 2 s). */
  checkpointDelayMs?: number;
  /** Interval of the periodic backup (default 30 min). */
  backupIntervalMs?: number;
  /** Called between the steps of a restore or import swap (tests stop the process there). */
  swapHook?: SwapHook;
};

const DAY_MS = 86_400_000;

export class Progress {
  readonly notices: Notice[] = [];
  readonly backups: Backups;
  collection!: Collection;
  journal!: Journal;
  settingsData: SettingsData = { version: SETTINGS_VERSION, settings: { ...DEFAULT_SETTINGS }, parameters: null };
  scheduler!: Scheduler;
  /** The review history: today's counts, statistics, card history. */
  log!: ReviewLog;
  /** This session's answers, for undo. */
  readonly undo = new UndoSession();
  /** Scheduling fields in typed arrays for the queue; stale after bulk changes. */
  readonly queueIndex = new QueueIndex();
  private settingsStore: PersistentStore | null = null;
  private changes = 0;
  private backedUpAt = -1;
  private checkpointTimer: NodeJS.Timeout | null = null;
  private backupTimer: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(readonly deps: ProgressDeps) {
    fs.mkdirSync(deps.dataDir, { recursive: true });
    // Before anything is read: finish an interrupted swap, set aside what cannot be used.
    recoverSwap(deps.dataDir, this.notices, deps.clock());
    checkDataFolder(deps.dataDir, this.notices, deps.clock());
    this.backups = new Backups(deps.dataDir);
  }

  static open(deps: ProgressDeps): Progress {
    const progress = new Progress(deps);
    progress.load();
    progress.backupIfChanged(true);
    progress.backupTimer = setInterval(() => progress.backupIfChanged(false), deps.backupIntervalMs ?? 1_800_000);
    progress.backupTimer.unref();
    return progress;
  }

  /** The journal's file calls (node's, or the tests' failing ones). */
  get journalFs(): JournalFs {
    return this.deps.fs ?? fs;
  }

  get settings(): Settings {
    return this.settingsData.settings;
  }

  now(): number {
    return this.deps.clock().getTime();
  }

  /** (Re)reads everything from disk: settings, decks, the journal's tail, replayed over the checkpoints. */
  load(): void {
    this.journal?.close();
    this.log?.stop();
    const { dataDir, clock } = this.deps;
    const ctx: LoadContext = { dataDir, backups: this.backups, clock, notices: this.notices };
    recoverSwap(dataDir, this.notices, clock());
    const leftovers = removeTempFiles(dataDir);
    const settings = fs.existsSync(path.join(dataDir, 'settings.json'))
      ? loadStoreFile(ctx, 'settings.json', 'your settings', parseSettings)
      : restoreMissing(ctx, 'settings.json', 'your settings', parseSettings);
    this.settingsData = settings?.value ?? {
      version: SETTINGS_VERSION,
      settings: { ...DEFAULT_SETTINGS },
      parameters: null,
    };
    this.collection = new Collection(dataDir, this.deps.storeFactory);
    leftovers.push(...this.collection.load(ctx));
    this.journal = new Journal(dataDir, this.journalFs, clock, this.notices);
    this.replayJournal();
    this.scheduler = createScheduler(this.settings, this.settingsData.parameters, this.deps.random);
    this.undo.clear();
    this.queueIndex.invalidate();
    if (leftovers.length > 0) {
      this.notices.push({
        level: 'info',
        message: `Removed ${leftovers.length} unfinished temporary file(s) left by an interrupted save; they were not loaded.`,
      });
    }
    if ([...this.collection.decks.values()].some((d) => d.dirty)) this.scheduleCheckpoint();
    this.log.prefetch();
  }

  private replayJournal(): void {
    const decks = [...this.collection.decks.values()];
    const fromSeq = decks.length > 0 ? Math.min(...decks.map((d) => d.data.checkpointSeq)) : Number.MAX_SAFE_INTEGER;
    const now = this.deps.clock();
    const since = dayStart(now, this.settings.dayStartHour) - DAY_MS;
    const months = monthOf(since) === monthOf(now.getTime()) ? 1 : 2;
    const tail = this.journal.readTail(fromSeq, months);
    const checkpointed = Math.max(0, ...decks.map((d) => d.data.checkpointSeq));
    const barrier = Math.max(0, ...tail.filter((e) => e.kind === 'barrier').map((e) => e.seq));
    this.reportJournalGap(tail);
    const counts = replay(this.collection, tail, Math.max(checkpointed, barrier), now);
    // A journal lost or moved aside must not reuse seqs a checkpoint already includes.
    if (this.journal.lastSeq < checkpointed) {
      this.notices.push({
        level: 'warning',
        message: `The review journal ends before the last saved state (answer ${this.journal.lastSeq} of ${checkpointed}). Your cards are as last saved, but the history of some answers is missing, so statistics may be incomplete.`,
      });
      this.journal.lastSeq = checkpointed;
    }
    this.log = new ReviewLog(
      this.journal,
      tail.filter((e) => (e.kind === 'answer' || e.kind === 'undo') && e.at >= since),
    );
    if (counts.answers + counts.changes > 0) {
      this.notices.push({
        level: 'info',
        message: `${counts.answers} answer(s) and ${counts.changes} other change(s) (edits, suspensions, resets, imports) recorded after the last saved state were replayed from the journal.`,
      });
    }
    if (counts.missed.size > 0) {
      const list = [...counts.missed].map(([what, n]) => `${n} × ${what}`).join('; ');
      this.notices.push({
        level: 'warning',
        message: `Some recorded changes could not be recovered: ${list}.`,
      });
    }
  }

  /** A deck restored from an old backup needs the journal from its checkpoint on; say what is missing. */
  private reportJournalGap(tail: JournalEntry[]): void {
    const first = tail[0]?.seq ?? this.journal.lastSeq + 1;
    for (const deck of this.collection.decks.values()) {
      const from = deck.data.checkpointSeq;
      if (first > from + 1 && this.journal.lastSeq > from) {
        this.notices.push({
          level: 'warning',
          message: `The journal no longer holds what was recorded in the deck “${deck.data.article.title}” between its saved state and journal entry ${first}; those answers and changes could not be recovered.`,
        });
      }
    }
  }

  todayCounts(): TodayCounts {
    return this.log.todayCounts(this.deps.clock(), this.settings.dayStartHour);
  }

  /** Every answer not undone, oldest first (reads the journal's past on first use). */
  allReviews(): ReviewRecord[] {
    return this.log.reviews();
  }

  /** Records a state change durably (journal append) and in memory. Throws when not written. */
  record(entry: JournalEntry): void {
    this.journal.append(entry);
    if (entry.kind === 'answer' || entry.kind === 'undo') this.log.add(entry);
    if (entry.kind === 'answer') {
      this.undo.push(entry);
    }
    const deck = this.collection.decks.get(entry.articleId);
    if (deck) deck.dirty = true;
    this.changed();
    this.scheduleCheckpoint();
  }

  /** The seq the next journal entry gets. */
  nextSeq(): number {
    return this.journal.lastSeq + 1;
  }

  changed(): void {
    this.changes++;
  }

  /**
   * Changes cards (suspend, review status, edit, reset): recorded in the journal
   * first, one entry per deck, then applied and checkpointed. When the journal
   * cannot be written, nothing is changed and the user is told.
   */
  changeCards(changes: { card: StoredCard; change: CardChange }[]): void {
    const byDeck = new Map<string, { card: StoredCard; change: CardChange }[]>();
    for (const c of changes) byDeck.set(c.card.articleId, [...(byDeck.get(c.card.articleId) ?? []), c]);
    this.queueIndex.invalidate();
    for (const [articleId, group] of byDeck) {
      const at = this.now();
      try {
        this.record({ kind: 'change', seq: this.nextSeq(), articleId, at, changes: group.map((c) => c.change) });
      } catch (error) {
        throw new UserError(`The change was not saved (${messageOf(error)}). Nothing was changed.`);
      }
      for (const { card, change } of group) applyCardChange(card, change, at);
      this.checkpoint(articleId);
    }
  }

  /** Writes one deck now; a failure leaves it dirty (the journal has its changes) to retry later. */
  checkpoint(articleId: string): void {
    try {
      this.collection.write(articleId, this.journal.lastSeq);
    } catch {
      this.scheduleCheckpoint();
    }
  }

  writeSettings(data: SettingsData): void {
    this.settingsStore ??= this.deps.storeFactory({ cwd: this.deps.dataDir, name: 'settings' });
    try {
      this.settingsStore.store = data as unknown as Record<string, unknown>;
    } catch (error) {
      throw new UserError(`The settings were not saved: ${messageOf(error)}.`);
    }
    this.settingsData = data;
    this.scheduler = createScheduler(data.settings, data.parameters, this.deps.random);
    this.changed();
  }

  scheduleCheckpoint(): void {
    if (this.checkpointTimer) return;
    this.checkpointTimer = setTimeout(() => {
      this.checkpointTimer = null;
      this.flush();
    }, this.deps.checkpointDelayMs ?? 2000);
    this.checkpointTimer.unref();
  }

  /** Writes every dirty deck. A failed write leaves it dirty (the journal has its answers) and retries later. */
  flush(): boolean {
    let ok = true;
    for (const [id, deck] of this.collection.decks) {
      if (!deck.dirty) continue;
      try {
        this.collection.write(id, this.journal.lastSeq);
      } catch {
        ok = false;
      }
    }
    if (!ok && !this.closed) this.scheduleCheckpoint();
    return ok;
  }

  /** The store files a backup copies. */
  storeFiles(): string[] {
    const files = this.collection.relFiles();
    if (fs.existsSync(path.join(this.deps.dataDir, 'settings.json'))) files.unshift('settings.json');
    return files.filter((rel) => fs.existsSync(path.join(this.deps.dataDir, rel)));
  }

  backupIfChanged(atStart: boolean): string | null {
    if (!atStart && this.changes === this.backedUpAt) return null;
    if (!atStart) this.flush();
    const files = this.storeFiles();
    if (files.length === 0) return null;
    const fingerprint = files
      .map((rel) => {
        const st = fs.statSync(path.join(this.deps.dataDir, rel));
        return `${rel}:${st.size}:${st.mtimeMs}`;
      })
      .join('|');
    this.backedUpAt = this.changes;
    if (this.backups.entries()[0]?.manifest.fingerprint === fingerprint) return null;
    try {
      return this.backups.create(this.deps.dataDir, files, this.journal.lastSeq, fingerprint, this.deps.clock());
    } catch (error) {
      this.notices.push({ level: 'warning', message: `A backup could not be written: ${messageOf(error)}.` });
      return null;
    }
  }

  /** Writes pending checkpoints and closes the journal. `flush: false` stops as a crash would (tests). */
  async close({ flush = true }: { flush?: boolean } = {}): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.checkpointTimer) clearTimeout(this.checkpointTimer);
    if (this.backupTimer) clearInterval(this.backupTimer);
    this.log.stop();
    this.checkpointTimer = null;
    this.backupTimer = null;
    if (flush) this.flush();
    this.journal.close();
  }
}
