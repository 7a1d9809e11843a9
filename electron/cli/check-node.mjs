// Stops at once, before anything is installed, built or tested, when Node is older than package.json's engines.
// Plain JavaScript that old versions of Node can still run.
import { readFileSync } from 'node:fs';

/** The sentence to show when `version` (like "20.19.0") is older than `range` (">=22.12.0"), or null. */
export function nodeVersionProblem(version, range) {
  const need = /(\d+)\.(\d+)\.(\d+)/.exec(range);
  const have = /(\d+)\.(\d+)\.(\d+)/.exec(version);
  if (!need || !have) return null;
  for (let i = 1; i <= 3; i++) {
    const a = Number(have[i]);
    const b = Number(need[i]);
    if (a > b) return null;
    if (a < b) {
      return `Dossier needs Node.js ${need[0]} or newer; this is Node.js ${have[0]}. Install a newer Node.js (https://nodejs.org) and run the command again.`;
    }
  }
  return null;
}

if (process.argv[1] && /check-node\.mjs$/.test(process.argv[1])) {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
  const problem = nodeVersionProblem(process.versions.node, pkg.engines.node);
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
}
