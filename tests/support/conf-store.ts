/**
 * A `StoreFactory` backed by `conf`, the library electron-store extends, for
 * unit tests, benchmarks and the end-to-end harness (no Electron needed).
 * Test support only: the app builds electron-store instances (electron-store-factory.ts).
 */
import Conf from 'conf';
import type { PersistentStore, StoreFactory } from '../../electron/main/progress/storage';

export function createConfStoreFactory(): StoreFactory {
  return ({ cwd, name }) =>
    new Conf<Record<string, unknown>>({
      cwd,
      configName: name,
      // Compact JSON: deck files are rewritten whole on each checkpoint.
      serialize: (value) => JSON.stringify(value),
      clearInvalidConfig: false,
    }) as unknown as PersistentStore;
}
