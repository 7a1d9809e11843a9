import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseGold } from './eval-gold';
import { formatJson, formatMisses, formatTable } from './eval-report';
import { aggregate, type GeneratedFacts, scoreArticle } from './eval-score';

// `npm run eval -- DIR [--json] [--misses FILE]`: scores the card generator against every
// `slug.gold.json` + `slug.(txt|md|html)` pair in DIR (see ../shared/FACTS-JSON.md).

type CardsModule = {
  decodeArticle(bytes: Uint8Array): { ok: true; text: string } | { ok: false; error: string };
  parseArticle(
    raw: string,
    format: 'txt' | 'md' | 'html',
  ): { ok: true; title: string | null; text: string } | { ok: false; error: string };
  generate(text: string, options: { title?: string }): GeneratedFacts;
};

const ARTICLE_EXTENSIONS = ['txt', 'md', 'html'] as const;

function parseArgs(argv: readonly string[]) {
  const misses = argv.indexOf('--misses');
  const positional = argv.filter((arg, index) => !arg.startsWith('--') && (misses === -1 || index !== misses + 1));
  return {
    dir: positional[0],
    isJson: argv.includes('--json'),
    missesFile: misses === -1 ? undefined : argv[misses + 1],
  };
}

function scoreDir(dir: string, cards: CardsModule) {
  const files = readdirSync(dir);
  const slugs = files.filter((file) => file.endsWith('.gold.json')).map((file) => file.slice(0, -'.gold.json'.length));
  return slugs.sort().map((slug) => {
    const ext = ARTICLE_EXTENSIONS.find((candidate) => files.includes(`${slug}.${candidate}`));
    if (!ext) throw new Error(`${slug}.gold.json has no article file (${slug}.txt, .md or .html)`);
    const gold = parseGold(readFileSync(join(dir, `${slug}.gold.json`), 'utf8'));
    const decoded = cards.decodeArticle(readFileSync(join(dir, `${slug}.${ext}`)));
    if (!decoded.ok) throw new Error(`${slug}.${ext}: ${decoded.error}`);
    const parsed = cards.parseArticle(decoded.text, ext);
    if (!parsed.ok) throw new Error(`${slug}.${ext}: ${parsed.error}`);
    return scoreArticle(slug, gold, cards.generate(parsed.text, { title: parsed.title ?? slug }));
  });
}

async function main(): Promise<number> {
  const { dir, isJson, missesFile } = parseArgs(process.argv.slice(2));
  if (!dir) {
    process.stderr.write('usage: npm run eval -- DIR [--json] [--misses FILE]\n');
    return 2;
  }
  // Loaded by path so that this command type-checks while the generator is being written.
  const cardsPath = '../../renderer/src/cards/index.ts';
  const cards = (await import(cardsPath)) as CardsModule;
  const scores = scoreDir(dir, cards);
  if (scores.length === 0) {
    process.stderr.write(`no *.gold.json with an article in ${dir}\n`);
    return 1;
  }
  const overall = aggregate(scores);
  process.stdout.write(`${isJson ? formatJson(scores, overall) : formatTable(scores, overall)}\n`);
  if (missesFile) writeFileSync(missesFile, formatMisses(scores));
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`eval: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
