import { writeFileSync } from 'node:fs';
import * as cards from '../../renderer/src/cards/index';
import { messageOf } from '../../shared/errors';
import { cardFiguresDir, formatCardFigures } from './eval-cards';
import { formatJson, formatMisses, formatTable } from './eval-report';
import { type CardsModule, scoreDir } from './eval-run';
import { aggregate } from './eval-score';

// `npm run eval -- DIR [--json] [--misses FILE]`: scores the card generator against every
// `slug.gold.json` + `slug.(txt|md|html)` pair in DIR (see docs/cards-json.md).

function parseArgs(argv: readonly string[]) {
  const misses = argv.indexOf('--misses');
  const positional = argv.filter((arg, index) => !arg.startsWith('--') && (misses === -1 || index !== misses + 1));
  return {
    dir: positional[0],
    isJson: argv.includes('--json'),
    missesFile: misses === -1 ? undefined : argv[misses + 1],
  };
}

function main(): number {
  const { dir, isJson, missesFile } = parseArgs(process.argv.slice(2));
  if (!dir) {
    process.stderr.write('usage: npm run eval -- DIR [--json] [--misses FILE]\n');
    return 2;
  }
  const scores = scoreDir(dir, cards satisfies CardsModule);
  if (scores.length === 0) {
    process.stderr.write(`no *.gold.json with an article in ${dir}\n`);
    return 1;
  }
  const overall = aggregate(scores);
  process.stdout.write(`${isJson ? formatJson(scores, overall) : formatTable(scores, overall)}\n`);
  if (!isJson) process.stdout.write(`\n${formatCardFigures(cardFiguresDir(dir, cards))}\n`);
  if (missesFile) writeFileSync(missesFile, formatMisses(scores));
  return 0;
}

try {
  process.exitCode = main();
} catch (error: unknown) {
  process.stderr.write(`eval: ${messageOf(error)}\n`);
  process.exitCode = 1;
}
