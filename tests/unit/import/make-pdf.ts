/**
 * Test PDFs made from our own text with pdf-lib: words wrapped to the column, long
 * words split by a line-end hyphen, running header and footer with the page number,
 * one or two columns, an optional title page and document metadata. A "scan" is a
 * page with only drawn shapes and no text layer.
 */
import { PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from 'pdf-lib';

export type PdfSpec = {
  paragraphs: string[];
  columns?: 1 | 2;
  header?: string;
  footer?: string;
  /** Page numbers at the bottom centre. */
  pageNumbers?: boolean;
  /** A first page with the title, byline and date in large type. */
  titlePage?: { title: string; byline?: string; date?: string };
  /** Hyphenate words of this many letters or more when they would overflow the line. */
  hyphenate?: number;
  meta?: { title?: string; author?: string; created?: Date };
  fontSize?: number;
};

const W = 612;
const H = 792;
const MARGIN = 72;

type Layout = { page: PDFPage; column: number; y: number };

export async function makePdf(spec: PdfSpec): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const font = await doc.embedFont(StandardFonts.TimesRoman);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const size = spec.fontSize ?? 11;
  const leading = size * 1.35;
  const columns = spec.columns ?? 1;
  const gutter = 24;
  const colWidth = (W - 2 * MARGIN - (columns - 1) * gutter) / columns;
  if (spec.meta?.title) doc.setTitle(spec.meta.title);
  if (spec.meta?.author) doc.setAuthor(spec.meta.author);
  if (spec.meta?.created) doc.setCreationDate(spec.meta.created);

  const pages: PDFPage[] = [];
  if (spec.titlePage) {
    const page = doc.addPage([W, H]);
    pages.push(page);
    const t = spec.titlePage;
    let y = H - 250;
    for (const line of wrap(t.title, bold, 26, W - 2 * MARGIN)) {
      page.drawText(line, { x: MARGIN, y, size: 26, font: bold });
      y -= 34;
    }
    if (t.byline) page.drawText(t.byline, { x: MARGIN, y: y - 20, size: 14, font });
    if (t.date) page.drawText(t.date, { x: MARGIN, y: y - 44, size: 14, font });
  }
  let at: Layout | null = null;
  const newPage = (): Layout => {
    const page = doc.addPage([W, H]);
    pages.push(page);
    return { page, column: 0, y: H - MARGIN - 20 };
  };
  const advance = () => {
    if (!at) return newPage();
    at.y -= leading;
    if (at.y < MARGIN + 20) {
      if (at.column + 1 < columns) return { ...at, column: at.column + 1, y: H - MARGIN - 20 };
      return newPage();
    }
    return at;
  };
  for (const para of spec.paragraphs) {
    const lines = wrap(para, font, size, colWidth - size * 1.5, spec.hyphenate, size * 1.5);
    lines.forEach((line, i) => {
      at = at ? advance() : newPage();
      const x = MARGIN + at.column * (colWidth + gutter) + (i === 0 ? size * 1.5 : 0);
      at.page.drawText(line, { x, y: at.y, size, font });
    });
    if (at) at = { ...(at as Layout), y: (at as Layout).y - leading * 0.5 };
  }
  pages.forEach((page, i) => {
    if (spec.titlePage && i === 0) return;
    if (spec.header) page.drawText(spec.header, { x: MARGIN, y: H - 40, size: 9, font });
    if (spec.footer) page.drawText(spec.footer, { x: MARGIN, y: 36, size: 9, font });
    if (spec.pageNumbers) page.drawText(String(i + 1), { x: W / 2 - 4, y: 36, size: 9, font });
  });
  return doc.save();
}

/** Greedy word wrap; the first line is `indent` narrower. Long words that overflow are split with a hyphen. */
export function wrap(
  text: string,
  font: PDFFont,
  size: number,
  width: number,
  hyphenate?: number,
  indent = 0,
): string[] {
  const lines: string[] = [];
  let line = '';
  const fits = (s: string) => font.widthOfTextAtSize(s, size) <= width - (lines.length === 0 ? indent : 0);
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (fits(next)) {
      line = next;
      continue;
    }
    const letters = /^[A-Za-z]+[,.;:]?$/.test(word) && word.replace(/[,.;:]$/, '').length >= (hyphenate ?? 99);
    if (letters && line) {
      // The longest head of the word (3+ letters, 3+ left) that still fits with its hyphen.
      const bare = word.replace(/[,.;:]$/, '');
      const cut = [...Array(Math.max(0, bare.length - 5)).keys()]
        .map((k) => bare.length - 3 - k)
        .find((c) => fits(`${line} ${word.slice(0, c)}-`));
      if (cut) {
        lines.push(`${line} ${word.slice(0, cut)}-`);
        line = word.slice(cut);
        continue;
      }
    }
    if (line) lines.push(line);
    line = word;
  }
  if (line) lines.push(line);
  return lines;
}

/** A PDF whose pages are only drawn shapes: what a scan without OCR looks like to a text reader. */
export async function makeScanPdf(pages = 2): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let p = 0; p < pages; p += 1) {
    const page = doc.addPage([W, H]);
    for (let row = 0; row < 40; row += 1) {
      for (let k = 0; k < 12; k += 1) {
        page.drawRectangle({
          x: MARGIN + k * 38,
          y: H - MARGIN - row * 16,
          width: 30 - ((row * 7 + k * 3) % 11),
          height: 8,
          color: rgb(0.1, 0.1, 0.1),
        });
      }
    }
  }
  return doc.save();
}

/** A PDF that needs a password to open: a standard security handler whose user password is not empty. */
export async function makeEncryptedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const page = doc.addPage([W, H]);
  page.drawText('Secret minutes of the harbour council.', { x: MARGIN, y: H - MARGIN, size: 12 });
  const bytes = await doc.save({ useObjectStreams: false });
  const text = new TextDecoder('latin1').decode(bytes);
  const hex = (seed: number) =>
    Array.from({ length: 32 }, (_, i) => ((seed * 31 + i * 17) & 0xff).toString(16).padStart(2, '0')).join('');
  const encrypted = text.replace(
    /trailer\s*<</,
    `trailer\n<<\n/Encrypt << /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <${hex(7)}> /U <${hex(11)}> >>\n/ID [<${hex(3).slice(0, 32)}> <${hex(3).slice(0, 32)}>]\n`,
  );
  return Uint8Array.from(encrypted, (c) => c.charCodeAt(0));
}
