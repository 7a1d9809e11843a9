import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addFigures, emptyFigures, type QualityFigures, qualityFigures } from '../../renderer/src/cards/build/quality';
import { buildTextModel } from '../../renderer/src/cards/document/text-model';
import type { CardDraft } from '../contract';
import type { CardsModule } from './eval-run';

// The card quality figures of issue 10 over every article of a directory (gold or not):
// answer length, date-choice form and year, repeated answers and cards per sentence.

const ARTICLE = /\.(txt|md|html)$/;

export type CardFigures = { slug: string; figures: QualityFigures };

type Generator = Pick<CardsModule, 'decodeArticle' | 'parseArticle'> & {
  generate(text: string, options: { title?: string }): { cards: readonly CardDraft[] };
};

/** Figures per article (every .txt/.md/.html file that parses) and their sum. */
export function cardFiguresDir(dir: string, cards: Generator): { rows: CardFigures[]; overall: QualityFigures } {
  const rows: CardFigures[] = [];
  const files = readdirSync(dir);
  const withGold = files.filter((name) => ARTICLE.test(name) && files.includes(name.replace(ARTICLE, '.gold.json')));
  for (const file of withGold.sort()) {
    const ext = file.match(ARTICLE)![1] as 'txt' | 'md' | 'html';
    const decoded = cards.decodeArticle(readFileSync(join(dir, file)));
    if (!decoded.ok) continue;
    const parsed = cards.parseArticle(decoded.text, ext);
    if (!parsed.ok) continue;
    const slug = file.replace(ARTICLE, '');
    const doc = cards.generate(parsed.text, { title: parsed.title ?? slug });
    const starts = buildTextModel(parsed.text).sentences.map((s) => s.start);
    rows.push({ slug, figures: qualityFigures(doc.cards, parsed.text, starts) });
  }
  return { rows, overall: rows.reduce((sum, row) => addFigures(sum, row.figures), emptyFigures()) };
}

const pct = (hit: number, total: number): string =>
  total === 0 ? '—' : `${Math.round((hit / total) * 100)}% ${hit}/${total}`;

const COLUMNS: [string, (f: QualityFigures) => string][] = [
  ['cards', (f) => String(f.cards)],
  ['≤8 words', (f) => pct(f.answersShort, f.answers)],
  ['>15 words', (f) => pct(f.answersOver15, f.answers)],
  ['date form', (f) => pct(f.dateChoicesSameForm, f.dateChoiceCards)],
  ['no year', (f) => String(f.dateChoicesNoYear)],
  ['dup ans', (f) => String(f.duplicateAnswers)],
  ['max/sent', (f) => String(f.maxCardsPerSentence)],
  ['max/sent/facet', (f) => String(f.maxCardsPerSentenceFacet)],
  ['sent>2', (f) => String(f.sentencesOverTwo)],
  ['false “”', (f) => String(f.falseQuotations)],
  ['to confirm', (f) => String(f.flagged)],
  ['leaning', (f) => String(f.leaning)],
];

/** The figures as a table: one row per article and the overall line. */
export function formatCardFigures(result: { rows: CardFigures[]; overall: QualityFigures }): string {
  const rows = [...result.rows, { slug: 'overall', figures: result.overall }].map((row) => [
    row.slug,
    ...COLUMNS.map(([, get]) => get(row.figures)),
  ]);
  const header = ['cards of', ...COLUMNS.map(([title]) => title)];
  const widths = header.map((title, c) => Math.max(title.length, ...rows.map((row) => row[c].length)));
  const line = (cells: string[]) =>
    cells.map((text, c) => (c === 0 ? text.padEnd(widths[c]) : text.padStart(widths[c]))).join('  ');
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [
    'card quality (answers ≤ 8 / > 15 words without timeline and list cards; date choices sharing the answer’s form;',
    'date choices without a year the article gives; answers repeated from one sentence; cards per sentence (all, of one facet, sentences with more than 2);',
    'quoted prompt text not in the article; cards to confirm before study; prompts leaning on the sentence before)',
    line(header),
    rule,
    ...rows.slice(0, -1).map(line),
    rule,
    line(rows[rows.length - 1]),
  ].join('\n');
}
