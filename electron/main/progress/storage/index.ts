/**
 * Storage: everything that reads or writes the data folder. Deck and settings
 * files through the store port (electron-store in the app, conf in tests), the
 * append-only journal and its codec, checkpoints, backups, start-up checks and
 * replay, and the recoverable swap behind restore and import. `Progress` is
 * the opened data folder; operations work on its store through the narrow
 * `StoreReader` / `StoreWriter` interfaces.
 */
export { Backups } from './backups';
export { writeChecksum } from './collection';
export { TEMP_FILE } from './files';
export { monthOf } from './journal';
export { decodeEntry, encodeEntry, JOURNAL_HEADER } from './journal-codec';
export { mergeDeck } from './merge';
export { Progress, type ProgressDeps } from './progress';
export type { Replacement, SwapHook } from './replace-stores';
export { parseDeck, parseSettings } from './schemas';
export type { DeckView, StoreReader, StoreWriter } from './store';
export { parseStoreText } from './store-files';
export type { JournalFs, PersistentStore, StoreFactory } from './store-port';
