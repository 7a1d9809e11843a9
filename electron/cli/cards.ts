/**
 * `npm run --silent cards -- PATH [--json]`: the card generator on one article file.
 * With --json, stdout holds only the FactsDoc JSON; diagnostics go to stderr.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { decodeArticle, type FactsDoc, formatFromName, generate, parseArticle } from '../../renderer/src/cards';

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
    lines.push(`  “${q.text}” — ${q.speaker ?? 'unattributed'}${q.when ? `, ${q.when}` : ''}`);
  lines.push('', `Arguments (${doc.arguments.length})`);
  for (const a of doc.arguments) lines.push(`  [${a.kind}] ${a.text}`);
  lines.push('', `Cards (${doc.cards.length})`);
  for (const c of doc.cards) {
    lines.push(`  [${c.kind}] ${c.prompt}`, `      -> ${c.answer.replace(/\n/g, ' | ')}`);
    if (c.choices) lines.push(`      choices: ${c.choices.join(' / ')}`);
  }
  return `${lines.join('\n')}\n`;
}

function main(argv: string[]): void {
  const json = argv.includes('--json');
  const path = argv.find((a) => !a.startsWith('--'));
  if (!path) fail('usage: cards PATH [--json]');
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    fail(`cannot read ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const decoded = decodeArticle(bytes);
  if (!decoded.ok) fail(`${basename(path)}: ${decoded.error}`);
  const parsed = parseArticle(decoded.text, formatFromName(path));
  if (!parsed.ok) fail(`${basename(path)}: ${parsed.error}`);
  const doc = generate(parsed.text, { title: parsed.title ?? undefined });
  process.stdout.write(json ? `${JSON.stringify(doc, null, 2)}\n` : listing(doc));
}

main(process.argv.slice(2));
