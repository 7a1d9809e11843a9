/**
 * Generator benchmarks: the bundled article end to end, throughput on a 75k-word text,
 * and linearity (words/s at 75k over words/s at 375k; 1.0 means linear).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatFromName, generate, parseArticle } from '../../renderer/src/cards';

const ROOT = join(import.meta.dirname, '..', '..');
const SEED = join(ROOT, 'content', 'stratheia-russia-taliban.md');
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'articles');

function articleText(path: string): string {
  const parsed = parseArticle(readFileSync(path, 'utf8'), formatFromName(path));
  if (!parsed.ok) throw new Error(`${path}: ${parsed.error}`);
  return parsed.text;
}

/** Paragraphs of every fixture article plus synthetic ones, so the text is varied, not one page repeated. */
function paragraphPool(): string[] {
  const paths = [SEED];
  try {
    for (const name of readdirSync(FIXTURES)) if (/\.(txt|md|html)$/.test(name)) paths.push(join(FIXTURES, name));
  } catch {
    // Fixtures are optional: the seed and the synthetic paragraphs suffice.
  }
  const pool = paths.flatMap((p) => articleText(p).split('\n'));
  const names = ['Amara Okoye', 'Lars Eriksen', 'Mei Tanaka', 'Rahul Verma', 'Sofia Greco', 'Tomasz Nowak'];
  const months = ['January', 'March', 'May', 'July', 'September', 'November'];
  for (let i = 0; i < 60; i += 1) {
    const who = names[i % names.length];
    const year = 1990 + (i % 35);
    pool.push(
      `In ${months[i % 6]} ${year}, Deputy Minister ${who} told the Harbour Council (HC) that “the plan number ${i} will work only if the ports share their data,” adding that the ${i % 2 ? 'risks' : 'costs'} were real. Three years later, ${who.split(' ')[1]} said the network had grown.`,
    );
  }
  return pool;
}

function textOfWords(pool: string[], words: number): string {
  const out: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i += 1) {
    const paragraph = pool[(i * 7) % pool.length];
    out.push(paragraph);
    count += paragraph.split(/\s+/).length;
  }
  return out.join('\n');
}

function median(values: number[]): number {
  const sorted = values.slice().sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function timeOnce(text: string): number {
  const start = performance.now();
  generate(text);
  return performance.now() - start;
}

/**
 * Words per second at both sizes, runs interleaved (small, large, small, …) so that a
 * burst of load from other processes slows both alike instead of skewing the ratio.
 */
function rates(small: string, large: string, runs: number): { small: number; large: number } {
  const smallTimes: number[] = [];
  const largeTimes: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    smallTimes.push(timeOnce(small));
    largeTimes.push(timeOnce(large));
    smallTimes.push(timeOnce(small));
  }
  const words = (text: string) => text.split(/\s+/).length;
  return {
    small: words(small) / (median(smallTimes) / 1000),
    large: words(large) / (median(largeTimes) / 1000),
  };
}

export async function benchGenerate(): Promise<Record<string, number>> {
  const seed = articleText(SEED);
  for (let i = 0; i < 5; i += 1) generate(seed);
  const seedTimes: number[] = [];
  for (let i = 0; i < 41; i += 1) seedTimes.push(timeOnce(seed));
  const pool = paragraphPool();
  const small = textOfWords(pool, 75_000);
  const large = textOfWords(pool, 375_000);
  generate(small);
  generate(large);
  const rate = rates(small, large, 4);
  return {
    generate_seed_ms: Math.round(median(seedTimes) * 100) / 100,
    generate_words_per_s: Math.round(rate.small),
    generate_linearity: Math.round((rate.small / rate.large) * 1000) / 1000,
  };
}

if (process.argv[1]?.endsWith('generate.ts')) {
  benchGenerate().then((figures) => process.stdout.write(`${JSON.stringify(figures)}\n`));
}
