import { resolve } from 'node:path';
import { installedElectronPath } from './electron-binary';

/** Says once, up front, why the Electron project's specs will be skipped on this machine. */
export default function globalSetup(): void {
  if (!installedElectronPath(resolve(import.meta.dirname, '../..'))) {
    console.log('[electron] project skipped: the Electron binary is not installed here (no download possible).');
  }
}
