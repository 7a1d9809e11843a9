import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type FactsDoc, formatFromName, generate, parseArticle } from '../../../renderer/src/cards';

export const ROOT = join(import.meta.dirname, '..', '..', '..');
export const SEED_PATH = join(ROOT, 'content', 'stratheia-russia-taliban.md');

export function loadArticle(path: string): { text: string; title: string | null } {
  const parsed = parseArticle(readFileSync(path, 'utf8'), formatFromName(path));
  if (!parsed.ok) throw new Error(parsed.error);
  return { text: parsed.text, title: parsed.title };
}

export function generateFile(path: string): FactsDoc {
  const { text, title } = loadArticle(path);
  return generate(text, { title: title ?? undefined });
}
