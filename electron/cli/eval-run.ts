import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseGold } from './eval-gold';
import { type ArticleScore, type GeneratedFacts, scoreArticle } from './eval-score';

// Reads every gold pair of a directory and scores the generator on it. The generator
// comes in as a parameter so that tests can run the same path with a fake one.

export type CardsModule = {
  decodeArticle(bytes: Uint8Array): { ok: true; text: string } | { ok: false; error: string };
  parseArticle(
    raw: string,
    format: 'txt' | 'md' | 'html',
  ): { ok: true; title: string | null; text: string } | { ok: false; error: string };
  generate(text: string, options: { title?: string }): GeneratedFacts;
};

const ARTICLE_EXTENSIONS = ['txt', 'md', 'html'] as const;

/** Scores every `slug.gold.json` + `slug.(txt|md|html)` pair in `dir`, in slug order. */
export function scoreDir(dir: string, cards: CardsModule): ArticleScore[] {
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
    return scoreArticle(slug, gold, cards.generate(parsed.text, { title: parsed.title ?? slug }), parsed.text);
  });
}
