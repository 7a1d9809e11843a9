import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The Electron executable when it is installed, without triggering electron's on-demand download. */
export function installedElectronPath(root: string): string | null {
  const pkg = join(root, 'node_modules', 'electron');
  const pathFile = join(pkg, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const full = join(pkg, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(full) ? full : null;
}
