/** Backups (list, restore) and the portable progress file (export, import). */
import type { BackupInfo } from '../../../contract';
import { UserError } from '../errors';
import {
  type Backups,
  decodeEntry,
  encodeEntry,
  parseDeck,
  parseSettings,
  parseStoreText,
  type StoreReader,
  type StoreWriter,
} from '../storage';
import type { DeckData, JournalEntry, SettingsData } from '../types';

export const PROGRESS_FORMAT = 'dossier-progress';
/**
 * The highest sequence number an import may carry: far beyond any real
 * journal, and far below 2^53 - 1, where numbers stop increasing by one.
 */
export const MAX_IMPORT_SEQ = 2 ** 48;
const PROGRESS_VERSION = 1;

/** What listing and restoring read of the backups folder. */
export type BackupShelf = Pick<Backups, 'list' | 'entries' | 'read'>;

export function listBackups(backups: BackupShelf): BackupInfo[] {
  return backups.list();
}

export function restoreBackup(store: StoreWriter, backups: BackupShelf, id: string): { restored: string } {
  const entry = backups.entries().find((e) => e.id === id);
  if (!entry) throw new UserError('This backup no longer exists.', 'not-found');
  let settings: SettingsData | null = null;
  const decks: DeckData[] = [];
  for (const rel of entry.manifest.files) {
    const text = backups.read(id, rel) ?? '';
    const damaged = () =>
      new UserError(`The backup of ${entry.manifest.createdAt} is damaged (${rel}); nothing was changed.`);
    if (rel === 'settings.json') {
      const parsed = parseStoreText(text, parseSettings);
      if (!parsed.ok) throw damaged();
      settings = parsed.value;
    } else {
      const parsed = parseStoreText(text, parseDeck);
      if (!parsed.ok) throw damaged();
      decks.push(parsed.value);
    }
  }
  // Answers after the backup stay in the journal (history) but are not replayed over it.
  for (const deck of decks) deck.checkpointSeq = store.lastSeq();
  store.replace({ settings, decks }, 'restore');
  store.notify({ level: 'info', message: `The backup of ${entry.manifest.createdAt} was restored.` });
  return { restored: entry.manifest.createdAt };
}

export function exportProgress(store: StoreReader): { filename: string; text: string } {
  const entries = store.journalEntries();
  // The decks are exported as they are in memory, which includes every journal entry.
  const lastSeq = entries.at(-1)?.seq ?? 0;
  const decks = [...store.decks()].map((d) => ({ ...d.data, checkpointSeq: lastSeq }));
  const journal = entries.map(encodeEntry);
  const doc = {
    format: PROGRESS_FORMAT,
    version: PROGRESS_VERSION,
    exportedAt: store.date().toISOString(),
    settings: store.settingsData(),
    decks,
    journal,
  };
  return { filename: `dossier-progress-${doc.exportedAt.slice(0, 10)}.json`, text: JSON.stringify(doc) };
}

/** Validates the whole file first: an import that fails validation changes nothing. */
export function importProgress(store: StoreWriter, text: string): { cards: number; reviews: number } {
  const refuse = (why: string): never => {
    throw new UserError(`This is not a valid Dossier progress file (${why}); nothing was changed.`, 'invalid-input');
  };
  let doc: Record<string, unknown> = {};
  try {
    doc = JSON.parse(text) as Record<string, unknown>;
  } catch {
    refuse('not JSON');
  }
  if (typeof doc !== 'object' || doc === null || doc.format !== PROGRESS_FORMAT) refuse('unknown format');
  if (doc.version !== PROGRESS_VERSION) refuse(`unsupported version ${String(doc.version)}`);
  const settings = parseSettings(doc.settings);
  if (!settings.ok) return refuse(`settings: ${settings.reason}`);
  if (!Array.isArray(doc.decks) || !Array.isArray(doc.journal)) return refuse('decks or journal missing');
  const decks: DeckData[] = [];
  const ids = new Set<string>();
  for (const raw of doc.decks) {
    const deck = parseDeck(raw);
    if (!deck.ok) return refuse(`deck: ${deck.reason}`);
    if (ids.has(deck.value.article.id)) return refuse(`deck ${deck.value.article.id} twice`);
    ids.add(deck.value.article.id);
    decks.push(deck.value);
  }
  const journal: JournalEntry[] = [];
  for (const line of doc.journal) {
    const entry = typeof line === 'string' ? decodeEntry(line) : null;
    if (!entry) return refuse(`journal line ${journal.length + 1}`);
    if (journal.length > 0 && entry.seq <= journal[journal.length - 1]!.seq) return refuse('journal out of order');
    journal.push(entry);
  }
  const problem = collectionProblem(decks, journal);
  if (problem) return refuse(problem);
  store.replace({ settings: settings.value, decks, journal }, 'import');
  store.notify({ level: 'info', message: 'Progress was imported from a file.' });
  return {
    cards: decks.reduce((n, d) => n + d.cards.filter((c) => !c.retired).length, 0),
    reviews: journal.filter((e) => e.kind === 'answer').length,
  };
}

/** What makes decks and a journal unusable together (each may be valid alone), or null. */
export function collectionProblem(decks: DeckData[], journal: JournalEntry[]): string | null {
  const lastSeq = journal.at(-1)?.seq ?? 0;
  if (lastSeq > MAX_IMPORT_SEQ) return `journal sequence number ${lastSeq} is beyond ${MAX_IMPORT_SEQ}`;
  for (const e of journal) {
    if (e.kind === 'undo' && e.undoes >= e.seq) return `journal entry ${e.seq} undoes a later entry (${e.undoes})`;
  }
  const owner = new Map<string, string>();
  for (const deck of decks) {
    const id = deck.article.id;
    if (deck.checkpointSeq > lastSeq) {
      return `deck “${id}” says it includes journal entry ${deck.checkpointSeq}, but the journal ends at ${lastSeq}`;
    }
    for (const card of deck.cards) {
      const cardId = card.draft.id;
      if (card.articleId !== id) return `card “${cardId}” in deck “${id}” says it belongs to “${card.articleId}”`;
      const other = owner.get(cardId);
      if (other === id) return `deck “${id}” holds card “${cardId}” twice`;
      if (other !== undefined) return `card “${cardId}” is in both deck “${other}” and deck “${id}”`;
      owner.set(cardId, id);
    }
  }
  return null;
}
