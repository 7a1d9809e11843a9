import ElectronStore from 'electron-store';
import type { PersistentStore, StoreFactory } from './progress/storage';

/** The app's persistence: electron-store files in the data folder (tests use `conf` through the same port). */
export const electronStoreFactory: StoreFactory = ({ cwd, name }) =>
  new ElectronStore<Record<string, unknown>>({
    cwd,
    name,
    // Compact JSON: deck files are rewritten whole on each checkpoint.
    serialize: (value) => JSON.stringify(value),
    clearInvalidConfig: false,
  }) as unknown as PersistentStore;
