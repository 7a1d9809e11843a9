/**
 * The persistence port of the progress layer. The app passes a factory that
 * builds electron-store instances; tests and the end-to-end harness pass one
 * that builds `conf` instances (the library electron-store extends). Nothing
 * here imports either, so unit tests never load `electron`.
 */
import type * as nodeFs from 'node:fs';

/** What the progress layer needs of an electron-store / conf instance. */
export type PersistentStore = {
  /** Absolute path of the file the store writes. */
  readonly path: string;
  /** Replaces the whole content (one atomic write of the file). */
  store: Record<string, unknown>;
};

export type StoreOptions = {
  /** Folder the file lives in. */
  cwd: string;
  /** File name without extension (`settings`, `deck-my-article`). */
  name: string;
};

export type StoreFactory = (options: StoreOptions) => PersistentStore;

/** The synchronous file calls the journal makes; injectable to simulate a full disk. */
export type JournalFs = Pick<
  typeof nodeFs,
  'openSync' | 'writeSync' | 'fsyncSync' | 'closeSync' | 'ftruncateSync' | 'fstatSync'
>;
