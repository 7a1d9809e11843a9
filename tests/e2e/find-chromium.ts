/**
 * Finds the Chromium the end-to-end tests drive: `CHROMIUM_PATH`, else
 * Playwright's own Chromium when installed, else Debian's `/usr/bin/chromium`.
 * Run as a script (`npm run test:e2e` does, before Playwright), it also
 * installs one when none is found: Playwright's download where the network
 * allows it, else Debian's package where apt works, else it stops with one
 * sentence saying what to run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

export type ChromiumSources = {
  env: NodeJS.ProcessEnv;
  exists: (file: string) => boolean;
  /** Where Playwright keeps its own Chromium (whether or not it is installed). */
  playwrightPath: () => string | null;
};

const realSources: ChromiumSources = {
  env: process.env,
  exists: existsSync,
  playwrightPath: () => {
    try {
      return chromium.executablePath();
    } catch {
      return null;
    }
  },
};

/** The Chromium to use, or null when none is installed. `CHROMIUM_PATH` is taken as it is. */
export function findChromium(sources: ChromiumSources = realSources): string | null {
  if (sources.env.CHROMIUM_PATH) return sources.env.CHROMIUM_PATH;
  const own = sources.playwrightPath();
  if (own && sources.exists(own)) return own;
  return sources.exists(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : null;
}

export const NO_CHROMIUM =
  'No Chromium for the end-to-end tests: run `npx playwright install chromium` (or `sudo apt-get install chromium` on Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium executable.';

/** For playwright.config.ts: the path, or Playwright's own default (its error then names the missing file). */
export function chromiumForConfig(): string | undefined {
  return findChromium() ?? undefined;
}

function run(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { stdio: 'inherit', timeout: 600_000 });
  return result.status === 0;
}

function install(): string | null {
  console.log('[e2e] No Chromium found; trying `npx playwright install chromium`.');
  if (run('npx', ['playwright', 'install', 'chromium'])) {
    const found = findChromium();
    if (found) return found;
  }
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log("[e2e] Playwright's download did not work here; installing Debian's chromium with apt-get.");
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const apt = (args: string[]) => spawnSync('apt-get', args, { stdio: 'inherit', env }).status === 0;
    if (apt(['update', '-qq']) && apt(['install', '-y', '-qq', 'chromium'])) return findChromium();
  }
  return null;
}

if (process.argv[1] && /find-chromium\.[cm]?[jt]s$/.test(process.argv[1])) {
  const configured = process.env.CHROMIUM_PATH;
  if (configured && !existsSync(configured)) {
    console.error(`CHROMIUM_PATH is set to ${configured}, which does not exist; ${NO_CHROMIUM}`);
    process.exit(1);
  }
  const found = findChromium() ?? install();
  if (!found) {
    console.error(NO_CHROMIUM);
    process.exit(1);
  }
  console.log(`[e2e] Chromium: ${found}`);
}
