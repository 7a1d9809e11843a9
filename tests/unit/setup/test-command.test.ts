import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { type ChromiumSources, findChromium, NO_CHROMIUM, SYSTEM_CHROMIUM } from '../../e2e/find-chromium';

const ROOT = path.join(import.meta.dirname, '../../..');
// A made-up location of Playwright's own Chromium (the lookup is given it, nothing is read there).
const OWN = 'fake-home/.cache/ms-playwright/chromium-1/chrome-linux/chrome';

function sources(env: Record<string, string>, installed: string[]): ChromiumSources {
  return { env, exists: (f) => installed.includes(f), playwrightPath: () => OWN };
}

describe('the Chromium the end-to-end tests use', () => {
  it('is CHROMIUM_PATH, else Playwright’s own, else Debian’s, else none', () => {
    expect(findChromium(sources({ CHROMIUM_PATH: '/opt/c' }, [OWN, SYSTEM_CHROMIUM]))).toBe('/opt/c');
    expect(findChromium(sources({}, [OWN, SYSTEM_CHROMIUM]))).toBe(OWN);
    expect(findChromium(sources({}, [SYSTEM_CHROMIUM]))).toBe(SYSTEM_CHROMIUM);
    expect(findChromium(sources({}, []))).toBeNull();
  });

  it('says in one sentence what to run when none can be found or installed', () => {
    expect(NO_CHROMIUM.split(/\.\s/)).toHaveLength(1);
    expect(NO_CHROMIUM).toContain('npx playwright install chromium');
    expect(NO_CHROMIUM).toContain('CHROMIUM_PATH');
  });

  it('is set up by the test command itself, and CI has no Chromium logic of its own', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts['test:e2e']).toMatch(/^tsx tests\/e2e\/find-chromium\.ts && playwright test/);
    expect(pkg.scripts.test).toContain('npm run test:e2e');
    const ciCommands = readFileSync(path.join(ROOT, '.ci/run'), 'utf8')
      .split('\n')
      .filter((line) => !line.trimStart().startsWith('#'));
    expect(ciCommands.filter((line) => /chromium/i.test(line))).toEqual([]);
  });
});

describe('an old Node.js', () => {
  const problem = (version: string) =>
    execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { nodeVersionProblem } from ${JSON.stringify(path.join(ROOT, 'electron/cli/check-node.mjs'))};
         console.log(JSON.stringify(nodeVersionProblem(${JSON.stringify(version)}, '>=22.12.0')));`,
      ],
      { encoding: 'utf8' },
    ).trim();

  it('is refused with the version needed, before anything runs', () => {
    expect(JSON.parse(problem('20.19.0'))).toMatch(/needs Node\.js 22\.12\.0 or newer; this is Node\.js 20\.19\.0/);
    expect(JSON.parse(problem('22.11.9'))).toMatch(/22\.12\.0/);
    expect(JSON.parse(problem('22.12.0'))).toBeNull();
    expect(JSON.parse(problem('24.1.0'))).toBeNull();
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts.test).toMatch(/^node electron\/cli\/check-node\.mjs && /);
    expect(readFileSync(path.join(ROOT, '.npmrc'), 'utf8')).toMatch(/^engine-strict=true$/m);
  });
});

describe('the tests', () => {
  it('read no absolute path of the machine they were written on', () => {
    const files = readdirSync(path.join(ROOT, 'tests'), { recursive: true, encoding: 'utf8' }).filter((f) =>
      /\.(ts|mjs|js)$/.test(f),
    );
    const absolute = /['"`]\/(work|home|root|Users|mnt|srv)\//;
    const offenders = files.filter(
      (f) =>
        f !== path.join('unit', 'setup', 'test-command.test.ts') &&
        absolute.test(readFileSync(path.join(ROOT, 'tests', f), 'utf8')),
    );
    expect(offenders).toEqual([]);
  });
});
