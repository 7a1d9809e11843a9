/**
 * Cards out of Dossier: a tab-separated file Anki imports (front, back, tags) and
 * an RFC 4180 CSV with the scheduling state. Retired and rejected cards stay out.
 */
import type { CardState } from '../../../contract';
import type { StoredCard } from '../types';

export type ExportFormat = 'anki' | 'csv';
export type ExportedFile = { filename: string; text: string };

const STATE_NAMES: readonly CardState[] = ['new', 'learning', 'review', 'relearning'];
const CSV_HEADER = [
  'id',
  'article',
  'facet',
  'kind',
  'prompt',
  'answer',
  'state',
  'due',
  'stability',
  'difficulty',
  'reps',
  'lapses',
];

/** The cards as an Anki-importable text file or a CSV, with a file name to suggest. */
export function exportCards(
  cards: StoredCard[],
  format: ExportFormat,
  articleTitles: Map<string, string>,
): ExportedFile {
  const kept = cards.filter((c) => !c.retired && c.review !== 'rejected');
  const articles = new Set(kept.map((c) => c.articleId));
  const stem = articles.size === 1 ? `dossier-${[...articles][0]}` : 'dossier-cards';
  if (format === 'anki') return { filename: `${stem}-anki.txt`, text: ankiText(kept) };
  return { filename: `${stem}.csv`, text: csvText(kept, articleTitles) };
}

function ankiText(cards: StoredCard[]): string {
  const lines = ['#separator:tab', '#html:false', '#tags column:3'];
  for (const card of cards) {
    const tags = `dossier::${card.articleId} dossier::${card.draft.facet}`;
    lines.push([ankiField(card.draft.prompt), ankiField(backText(card)), tags].join('\t'));
  }
  return `${lines.join('\n')}\n`;
}

/** The back of the card: the answer, the ordered items when there are any, and the context. */
export function backText(card: StoredCard): string {
  const { answer, items, context } = card.draft;
  const parts = [answer];
  if (items?.length)
    parts.push(items.map((it, i) => `${i + 1}. ${it.when ? `${it.when}: ` : ''}${it.text}`).join('\n'));
  if (context) parts.push(context);
  return parts.join('\n\n');
}

/**
 * Anki reads its text files as CSV with the declared separator: a field holding
 * the separator, a quote or a line break is quoted with inner quotes doubled, and
 * a leading '#' is quoted too so the line is not read as a header or comment.
 */
export function ankiField(value: string): string {
  const text = value.replace(/\r\n?/g, '\n');
  return /[\t\n"]/.test(text) || text.startsWith('#') ? `"${text.replaceAll('"', '""')}"` : text;
}

function csvText(cards: StoredCard[], articleTitles: Map<string, string>): string {
  const rows = [CSV_HEADER.join(',')];
  for (const card of cards) {
    const f = card.fsrs;
    const isNew = f.state === 0;
    rows.push(
      [
        csvField(card.draft.id),
        csvField(safeForSpreadsheet(articleTitles.get(card.articleId) ?? card.articleId)),
        card.draft.facet,
        csvField(card.draft.kind),
        csvField(safeForSpreadsheet(card.draft.prompt)),
        csvField(safeForSpreadsheet(backText(card))),
        STATE_NAMES[f.state],
        isNew ? '' : new Date(f.due).toISOString(),
        isNew ? '' : String(round(f.stability)),
        isNew ? '' : String(round(f.difficulty)),
        String(f.reps),
        String(f.lapses),
      ].join(','),
    );
  }
  return `${rows.join('\r\n')}\r\n`;
}

/** RFC 4180: quote a field holding a comma, a quote or a line break; double inner quotes. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/**
 * Article text is untrusted: a cell starting with =, +, - or @ would run as a
 * formula in a spreadsheet, so it gets a leading apostrophe (numbers are left alone).
 */
export function safeForSpreadsheet(value: string): string {
  if (!/^[=+\-@\t\r]/.test(value)) return value;
  return /^[+-]?\d+([.,]\d+)?%?$/.test(value) ? value : `'${value}`;
}

function round(n: number): number {
  return Math.round(n * 10_000) / 10_000;
}
