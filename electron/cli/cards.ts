/**
 * `npm run --silent cards -- PATH [--json]`: the card generator on one article file
 * (.txt, .md, a saved web page, a PDF), read by the same code as the app's import.
 * With --json, stdout holds only the FactsDoc JSON, whose `article` adds what the file
 * says about itself (`byline`, `site`, `published`, `lang`); diagnostics go to stderr.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { FactsDoc } from '../../renderer/src/cards';
import { generate } from '../../renderer/src/cards/generate';
import { fileFormat, type Prepared, prepareFile, preparePdf } from '../../renderer/src/lib/prepare-article';

function fail(message: string): never {
  process.stderr.write(`cards: ${message}\n`);
  process.exit(1);
}

function listing(doc: FactsDoc): string {
  const lines = [`# ${doc.article.title || '(untitled)'} — ${doc.article.words} words`, ''];
  lines.push(`Actors (${doc.actors.length})`);
  for (const a of doc.actors)
    lines.push(
      `  ${a.name} [${a.kind}]${a.role ? ` — ${a.role}` : ''}${a.aliases.length ? ` (aka ${a.aliases.join(', ')})` : ''} ×${a.mentions}`,
    );
  lines.push('', `Dates (${doc.dates.length})`);
  for (const d of doc.dates) lines.push(`  ${d.when} (${d.iso ?? '?'}): ${d.event}`);
  lines.push('', `Quotes (${doc.quotes.length})`);
  for (const q of doc.quotes)
    lines.push(
      `  “${q.text}” — ${q.speaker ?? 'unattributed'}${q.speaker && q.confidence === 'low' ? ' (unsure)' : ''}${q.when ? `, ${q.when}` : ''}`,
    );
  lines.push('', `Arguments (${doc.arguments.length})`);
  for (const a of doc.arguments) lines.push(`  [${a.kind}] ${a.text}`);
  lines.push('', `Cards (${doc.cards.length})`);
  for (const c of doc.cards) {
    lines.push(`  [${c.kind}] ${c.prompt}`, `      -> ${c.answer.replace(/\n/g, ' | ')}`);
    if (c.choices) lines.push(`      choices: ${c.choices.join(' / ')}`);
    // As the review of new cards shows it: an unsure card waits for the reader to confirm it.
    if (c.unsure) lines.push(`      to confirm: ${c.unsure.reason}`);
  }
  return `${lines.join('\n')}\n`;
}

async function main(argv: string[]): Promise<void> {
  const json = argv.includes('--json');
  const path = argv.find((a) => !a.startsWith('--'));
  if (!path) fail('usage: cards PATH [--json]');
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    fail(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const name = basename(path);
  const format = fileFormat(name);
  const whole = argv.includes('--whole');
  const prepared: Prepared =
    format === 'pdf' ? await preparePdf(name, bytes, () => {}) : prepareFile(name, bytes, format, { whole });
  if (!prepared.ok) fail(`${name}: ${prepared.error}${prepared.noArticle ? ' (--whole takes all its text)' : ''}`);
  const a = prepared.article;
  const doc = generate(a.text, { title: a.title, published: a.published });
  doc.article = {
    ...doc.article,
    byline: a.byline ?? null,
    site: a.publisher ?? null,
    published: a.published ?? null,
    lang: a.language ?? null,
  } as FactsDoc['article'];
  process.stdout.write(json ? `${JSON.stringify(doc, null, 2)}\n` : listing(doc));
}

void main(process.argv.slice(2));
