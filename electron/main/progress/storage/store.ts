/**
 * The persistence store: the opened data folder's state (settings, decks,
 * journal, review history) behind methods. Operations read through
 * `StoreReader` and change through `StoreWriter`; every change is written to
 * the journal first and applied in memory only once it is durable, so a
 * failed write changes nothing. Opening and replay live in load.ts, the
 * checkpoint and backup timers in timers.ts, undo in scheduling/undo-session.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { messageOf } from '../../../../shared/errors';
import type { Article, Notice, Settings } from '../../../contract';
import { UserError } from '../errors';
import { createScheduler, QueueIndex, type Scheduler } from '../scheduling';
import type {
  CardChange,
  DeckData,
  JournalEntry,
  MergeInput,
  ReviewRecord,
  SettingsData,
  StoredCard,
  TodayCounts,
} from '../types';
import type { Backups } from './backups';
import type { Collection } from './collection';
import type { Journal } from './journal';
import { defaultSettingsData, loadDataFolder } from './load';
import { type Replacement, replaceStores, type SwapHook } from './replace-stores';
import { applyCardChange } from './replay';
import type { ReviewLog } from './review-log';
import type { JournalFs, PersistentStore, StoreFactory } from './store-port';
import { type BackupSource, CheckpointTimer } from './timers';

export type StoreDeps = {
  dataDir: string;
  storeFactory: StoreFactory;
  clock: () => Date;
  random?: () => number;
  fs?: JournalFs;
  /** Delay before dirty decks are checkpointed (default 2 s). */
  checkpointDelayMs?: number;
  /** Called between the steps of a restore or import swap (tests stop the process there). */
  swapHook?: SwapHook;
};

/** A deck as operations see it: its data and the article's word count. */
export type DeckView = { readonly data: DeckData; readonly words: number };

/** What operations read: settings, decks and cards, the history, the clock. */
export interface StoreReader {
  readonly settings: Settings;
  /** FSRS weights from the optimiser; null for the defaults. */
  readonly parameters: number[] | null;
  /** The FSRS scheduler for the current settings and parameters. */
  readonly scheduler: Scheduler;
  /** Settings and parameters as stored (the progress export carries them). */
  settingsData(): SettingsData;
  /** The injected clock, in epoch milliseconds. */
  now(): number;
  /** The injected clock. */
  date(): Date;
  card(id: string): StoredCard | undefined;
  /** Every card of every deck, retired ones included. */
  cards(): Iterable<StoredCard>;
  deck(articleId: string): DeckView | undefined;
  decks(): Iterable<DeckView>;
  titleOf(articleId: string): string;
  /** Whether a card id belongs to a deck other than `articleId`. */
  isTakenByOther(cardId: string, articleId: string): boolean;
  /** The seq of the newest journal entry. */
  lastSeq(): number;
  /** Every journal entry, oldest first (the progress export). */
  journalEntries(): JournalEntry[];
  /** Every answer not undone, oldest first (reads the journal's past on first use). */
  reviews(): ReviewRecord[];
  todayCounts(): TodayCounts;
  /** Cards answered today (not undone): their siblings wait for tomorrow. */
  answeredToday(): StoredCard[];
  /** The queue's typed-array index of every card, rebuilt first if a bulk change made it stale. */
  studyIndex(): QueueIndex;
}

/**
 * What operations change. Each method journals first and then changes the
 * state; when the journal (or, for a date, the deck file) cannot be written it
 * throws a `UserError` saying so and nothing is changed.
 */
export interface StoreWriter extends StoreReader {
  /** Records an answer (the store numbers it) and gives the card its new schedule. */
  answer(card: StoredCard, answer: Omit<ReviewRecord, 'seq'>): ReviewRecord;
  /** Records the undo of `last` and gives the card back its schedule from before. */
  undoAnswer(card: StoredCard, last: ReviewRecord, at: number): void;
  /** Suspensions, review status, edits, resets: one journal entry per deck, then applied and checkpointed. */
  changeCards(changes: { card: StoredCard; change: CardChange }[]): void;
  /** Records a save of `input`, then puts the merged deck in place and checkpoints it. */
  saveDeck(deck: DeckData, input: MergeInput, created: boolean, at: number): void;
  /** Replaces a deck's article (its cards stay) and writes the deck file at once. */
  setArticle(article: Article): void;
  /** Records a removal, then forgets the deck and moves its file aside; false when there was none. */
  removeDeck(articleId: string): boolean;
  /** Replaces some of the stored settings data and rebuilds the scheduler. */
  updateSettings(patch: Partial<SettingsData>): void;
  /** Replaces every store at once (restore, import); the store is then reloaded from disk. */
  replace(next: Replacement, what: 'restore' | 'import'): void;
  /** Adds a notice for `app:notices`. */
  notify(notice: Notice): void;
}

export class ProgressStore implements StoreWriter, BackupSource {
  private collection!: Collection;
  private journal!: Journal;
  private log!: ReviewLog;
  private data: SettingsData = defaultSettingsData();
  private fsrs!: Scheduler;
  /** Scheduling fields in typed arrays for the queue; stale after bulk changes. */
  private readonly queueIndex = new QueueIndex();
  private readonly checkpoints: CheckpointTimer;
  private settingsStore: PersistentStore | null = null;
  private changes = 0;
  private closed = false;

  constructor(
    private readonly deps: StoreDeps,
    private readonly backups: Backups,
    private readonly notices: Notice[],
    /** Called after every (re)load from disk: what the session held no longer applies. */
    private readonly onReload: () => void = () => {},
  ) {
    this.checkpoints = new CheckpointTimer(() => this.flush(), deps.checkpointDelayMs ?? 2000);
  }

  /** The journal's file calls (node's, or the tests' failing ones). */
  private get journalFs(): JournalFs {
    return this.deps.fs ?? fs;
  }

  /** (Re)reads everything from disk: settings, decks, the journal's tail, replayed over the checkpoints. */
  reload(): void {
    this.journal?.close();
    this.log?.stop();
    const { dataDir, storeFactory, clock } = this.deps;
    const loaded = loadDataFolder({
      dataDir,
      storeFactory,
      clock,
      journalFs: this.journalFs,
      backups: this.backups,
      notices: this.notices,
    });
    this.data = loaded.settingsData;
    this.collection = loaded.collection;
    this.journal = loaded.journal;
    this.log = loaded.log;
    this.fsrs = createScheduler(this.data.settings, this.data.parameters, this.deps.random);
    this.onReload();
    this.queueIndex.invalidate();
    if (loaded.dirty) this.checkpoints.schedule();
    this.log.prefetch();
  }

  // Reading.

  get settings(): Settings {
    return this.data.settings;
  }

  get parameters(): number[] | null {
    return this.data.parameters;
  }

  get scheduler(): Scheduler {
    return this.fsrs;
  }

  settingsData(): SettingsData {
    return this.data;
  }

  now(): number {
    return this.deps.clock().getTime();
  }

  date(): Date {
    return this.deps.clock();
  }

  card(id: string): StoredCard | undefined {
    return this.collection.cards.get(id);
  }

  cards(): Iterable<StoredCard> {
    return this.collection.allCards();
  }

  deck(articleId: string): DeckView | undefined {
    return this.collection.decks.get(articleId);
  }

  decks(): Iterable<DeckView> {
    return this.collection.decks.values();
  }

  titleOf(articleId: string): string {
    return this.collection.titleOf(articleId);
  }

  isTakenByOther(cardId: string, articleId: string): boolean {
    return this.collection.isTakenByOther(cardId, articleId);
  }

  lastSeq(): number {
    return this.journal.lastSeq;
  }

  journalEntries(): JournalEntry[] {
    return this.journal.readAll();
  }

  reviews(): ReviewRecord[] {
    return this.log.reviews();
  }

  todayCounts(): TodayCounts {
    return this.log.todayCounts(this.deps.clock(), this.settings.dayStartHour);
  }

  answeredToday(): StoredCard[] {
    return [...this.log.todayCardIds(this.deps.clock(), this.settings.dayStartHour)]
      .map((id) => this.collection.cards.get(id))
      .filter((card): card is StoredCard => card !== undefined);
  }

  studyIndex(): QueueIndex {
    this.queueIndex.ensure(() => this.collection.allCards());
    return this.queueIndex;
  }

  // Changing: the journal first, then the state.

  answer(card: StoredCard, answer: Omit<ReviewRecord, 'seq'>): ReviewRecord {
    const record: ReviewRecord = { seq: this.nextSeq(), ...answer };
    try {
      this.record({ kind: 'answer', ...record });
    } catch (error) {
      throw new UserError(`Your answer was not saved (${messageOf(error)}). Your progress is unchanged; try again.`);
    }
    card.fsrs = record.after;
    this.queueIndex.update(card);
    return record;
  }

  undoAnswer(card: StoredCard, last: ReviewRecord, at: number): void {
    try {
      this.record({
        kind: 'undo',
        seq: this.nextSeq(),
        cardId: last.cardId,
        articleId: last.articleId,
        at,
        undoes: last.seq,
        restore: last.before,
      });
    } catch (error) {
      throw new UserError(`The undo was not saved (${messageOf(error)}). Nothing was changed.`);
    }
    card.fsrs = last.before;
    this.queueIndex.update(card);
  }

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

  saveDeck(deck: DeckData, input: MergeInput, created: boolean, at: number): void {
    const articleId = deck.article.id;
    // Journal first: a deck restored from a backup gets this save back by merging the same input again.
    try {
      this.record({ kind: 'save', seq: this.nextSeq(), articleId, at, created, input });
    } catch (error) {
      throw new UserError(`The deck was not saved: ${messageOf(error)}. Nothing was changed.`);
    }
    this.queueIndex.invalidate();
    this.collection.put(deck, true);
    this.checkpoint(articleId);
  }

  setArticle(article: Article): void {
    const c = this.collection;
    const deck = c.decks.get(article.id);
    if (!deck) throw new UserError('This article is not in the library.', 'not-found');
    const before = deck.data;
    c.put({ ...before, article }, true);
    try {
      c.write(article.id, this.journal.lastSeq);
    } catch (error) {
      c.put(before, deck.dirty);
      throw new UserError(`The date was not saved: ${messageOf(error)}. Nothing was changed.`);
    }
    this.changed();
  }

  removeDeck(articleId: string): boolean {
    if (!this.collection.decks.has(articleId)) return false;
    this.flush();
    try {
      this.record({ kind: 'remove', seq: this.nextSeq(), articleId, at: this.now() });
    } catch (error) {
      throw new UserError(`The article was not removed: ${messageOf(error)}. Nothing was changed.`);
    }
    const removed = this.collection.remove(articleId, this.deps.clock());
    if (removed) {
      this.queueIndex.invalidate();
      this.changed();
    }
    return removed;
  }

  updateSettings(patch: Partial<SettingsData>): void {
    const data = { ...this.data, ...patch };
    this.settingsStore ??= this.deps.storeFactory({ cwd: this.deps.dataDir, name: 'settings' });
    try {
      this.settingsStore.store = data as unknown as Record<string, unknown>;
    } catch (error) {
      throw new UserError(`The settings were not saved: ${messageOf(error)}.`);
    }
    this.data = data;
    this.fsrs = createScheduler(data.settings, data.parameters, this.deps.random);
    this.changed();
  }

  replace(next: Replacement, what: 'restore' | 'import'): void {
    const { dataDir, storeFactory, clock, swapHook } = this.deps;
    replaceStores(
      {
        dataDir,
        storeFactory,
        clock,
        journalFs: this.journalFs,
        swapHook,
        backups: this.backups,
        flush: () => this.flush(),
        recordBarrier: () => this.record({ kind: 'barrier', seq: this.nextSeq(), articleId: '', at: this.now() }),
        lastSeq: () => this.journal.lastSeq,
        storeFiles: () => this.storeFiles(),
        closeJournal: () => this.journal.close(),
        reload: () => this.reload(),
      },
      next,
      what,
    );
  }

  notify(notice: Notice): void {
    this.notices.push(notice);
  }

  // Persisting.

  /** Grows with every change; the periodic backup compares it. */
  changeCount(): number {
    return this.changes;
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
    if (!ok && !this.closed) this.checkpoints.schedule();
    return ok;
  }

  /** The store files a backup copies. */
  storeFiles(): string[] {
    const files = this.collection.relFiles();
    if (fs.existsSync(path.join(this.deps.dataDir, 'settings.json'))) files.unshift('settings.json');
    return files.filter((rel) => fs.existsSync(path.join(this.deps.dataDir, rel)));
  }

  /** Writes pending checkpoints and closes the journal. `flush: false` stops as a crash would (tests). */
  close({ flush = true }: { flush?: boolean } = {}): void {
    if (this.closed) return;
    this.closed = true;
    this.checkpoints.stop();
    this.log.stop();
    if (flush) this.flush();
    this.journal.close();
  }

  /** Records a state change durably (journal append) and in memory. Throws when not written. */
  private record(entry: JournalEntry): void {
    this.journal.append(entry);
    if (entry.kind === 'answer' || entry.kind === 'undo') this.log.add(entry);
    const deck = this.collection.decks.get(entry.articleId);
    if (deck) deck.dirty = true;
    this.changed();
    this.checkpoints.schedule();
  }

  /** The seq the next journal entry gets. */
  private nextSeq(): number {
    return this.journal.lastSeq + 1;
  }

  private changed(): void {
    this.changes++;
  }

  /** Writes one deck now; a failure leaves it dirty (the journal has its changes) to retry later. */
  private checkpoint(articleId: string): void {
    try {
      this.collection.write(articleId, this.journal.lastSeq);
    } catch {
      this.checkpoints.schedule();
    }
  }
}
