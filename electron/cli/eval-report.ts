import { type ArticleScore, type Miss, RATIO_KEYS, type Ratio, ratioValue } from './eval-score';

// Printing of eval scores: a fixed-width table for people, one JSON object for tools.

const HEADERS: Record<(typeof RATIO_KEYS)[number], string> = {
  actorRecall: 'actor R',
  actorPrecision: 'actor P',
  roleAccuracy: 'role',
  dateRecall: 'date R',
  datePrecision: 'date P',
  isoAccuracy: 'iso',
  quoteRecall: 'quote R',
  speakerAccuracy: 'speaker',
  namedSpeakerPrecision: 'named P',
  speakerCoverage: 'sp cov',
  quotePrecision: 'quote P',
  argumentRecall: 'arg R',
  trapsAvoided: 'traps',
};

function cell(ratio: Ratio): string {
  const value = ratioValue(ratio);
  return value === null ? '—' : `${Math.round(value * 100)}% ${ratio.hit}/${ratio.total}`;
}

/** The per-article table and the overall (micro-averaged) line. */
export function formatTable(scores: readonly ArticleScore[], overall: ArticleScore): string {
  const rows = [...scores, overall].map((score) => [score.slug, ...RATIO_KEYS.map((key) => cell(score[key]))]);
  const header = ['article', ...RATIO_KEYS.map((key) => HEADERS[key])];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
  const line = (cells: string[]) =>
    cells
      .map((text, column) => (column === 0 ? text.padEnd(widths[column]) : text.padStart(widths[column])))
      .join('  ');
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  const table = [line(header), rule, ...rows.slice(0, -1).map(line), rule, line(rows[rows.length - 1])];
  const sieves = Object.entries(overall.sieves).sort(([a], [b]) => a.localeCompare(b));
  if (sieves.length > 0) {
    table.push('', 'speaker sieves (recalled quotes each sieve named a speaker for: right/named)');
    for (const [sieve, ratio] of sieves) table.push(`  ${sieve.padEnd(24)} ${cell(ratio)}`);
  }
  return table.join('\n');
}

function ratioJson(ratio: Ratio) {
  return { ...ratio, value: ratioValue(ratio) };
}

function scoreJson(score: ArticleScore, withMisses: boolean) {
  const ratios = Object.fromEntries(RATIO_KEYS.map((key) => [key, ratioJson(score[key])]));
  const sieves = Object.fromEntries(Object.entries(score.sieves).map(([sieve, ratio]) => [sieve, ratioJson(ratio)]));
  const base = { slug: score.slug, ...ratios, sieves };
  return withMisses ? { ...base, misses: score.misses } : base;
}

/** One JSON object: every article with its misses, and the micro-averaged overall scores. */
export function formatJson(scores: readonly ArticleScore[], overall: ArticleScore): string {
  return JSON.stringify(
    { articles: scores.map((score) => scoreJson(score, true)), overall: scoreJson(overall, false) },
    null,
    2,
  );
}

const MISS_TITLES: Record<Miss['kind'], string> = {
  'quote-missed': 'Quotes not found',
  'speaker-wrong': 'Wrong speakers',
  'date-missed': 'Dates not found',
  'date-spurious': 'Dates that are not in the gold',
  'iso-wrong': 'Dates with a wrong iso',
  'actor-missed': 'Actors not found',
  'actor-duplicate': 'Actors found twice',
  'actor-spurious': 'Actors that are not in the gold',
  'role-wrong': 'People with a wrong or missing role',
  'quote-spurious': 'Quotations that are not in the gold',
  'argument-missed': 'Arguments not found',
  'trap-taken': 'Traps taken (false dates, markup left in the text)',
};

/** Every miss of every article as Markdown, grouped by article and kind. */
export function formatMisses(scores: readonly ArticleScore[]): string {
  const sections = scores.map((score) => {
    const groups = (Object.keys(MISS_TITLES) as Miss['kind'][])
      .map((kind) => ({ kind, items: score.misses.filter((miss) => miss.kind === kind) }))
      .filter((group) => group.items.length > 0)
      .map((group) => `### ${MISS_TITLES[group.kind]}\n${group.items.map((miss) => `- ${miss.detail}`).join('\n')}`);
    return [`## ${score.slug}`, ...(groups.length > 0 ? groups : ['No misses.'])].join('\n\n');
  });
  return `${sections.join('\n\n')}\n`;
}
