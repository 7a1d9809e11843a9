/// <reference path="./pdfjs-worker.d.ts" />
/**
 * A PDF's text as an article, with Mozilla's pdf.js. Loaded only when a PDF is opened
 * (the caller imports this module dynamically). Runs where it is called: in the
 * generation worker in the app, in Node for the CLI and tests.
 *
 * Page by page: text pieces -> lines (split at column gaps) -> reading order (a
 * two-column page is read left column, then right, between full-width lines) ->
 * running headers, footers and page numbers dropped (lines that repeat at the top or
 * bottom of pages, or are only a number) -> paragraphs from line spacing, indents and
 * short last lines -> line-end hyphens joined.
 */
import { isoDay } from './published';

export type PdfArticle = {
  ok: true;
  text: string;
  title: string | null;
  byline: string | null;
  published: string | null;
  lang: string | null;
  pages: number;
};
export type PdfResult = PdfArticle | { ok: false; error: string };
/** `onProgress` is called after each page is read, with that page's number and the page count. */
export type PdfOptions = { onProgress?: (fraction: number, page: number, pages: number) => void; maxPages?: number };

/** A run of text on one baseline, between column gaps. */
type Piece = { x0: number; x1: number; y: number; size: number; text: string };
type Line = Piece & { page: number; top: boolean; bottom: boolean; column: number };

type PdfTextItem = { str: string; transform: number[]; width: number; height: number; hasEOL?: boolean };
type PdfjsModule = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loaded: Promise<PdfjsModule> | null = null;
const LEGACY: string = 'pdfjs-dist/legacy/build/pdf.mjs';
const LEGACY_WORKER: string = 'pdfjs-dist/legacy/build/pdf.worker.mjs';

/** pdf.js with its "worker" running on this thread (we are already off the UI thread). */
function loadPdfjs(): Promise<PdfjsModule> {
  loaded ??= (async () => {
    const scope = globalThis as { pdfjsWorker?: unknown };
    // The current build needs Uint8Array.prototype.toHex (Chromium has it; Node 24 does not): else the legacy
    // build, named through a variable so that the app's bundle leaves it out (only Node ever takes that branch).
    const current = typeof (Uint8Array.prototype as { toHex?: unknown }).toHex === 'function';
    if (!scope.pdfjsWorker) {
      scope.pdfjsWorker = current
        ? await import('pdfjs-dist/build/pdf.worker.mjs')
        : await import(/* @vite-ignore */ LEGACY_WORKER);
    }
    return (current ? import('pdfjs-dist') : import(/* @vite-ignore */ LEGACY)) as Promise<PdfjsModule>;
  })();
  return loaded;
}

export const MAX_PDF_PAGES = 2000;

function piecesOf(items: PdfTextItem[]): Piece[] {
  const frags = items
    .filter((it) => typeof it.str === 'string' && it.str.trim() !== '' && Array.isArray(it.transform))
    .map((it) => {
      const [a, b, , , e, f] = it.transform;
      const size = Math.max(1, Math.hypot(a, b) || it.height || 10);
      return { x0: e, x1: e + (it.width || size * 0.5 * it.str.length), y: f, size, text: it.str };
    });
  // Lines: same baseline (within a third of the font size), left to right.
  frags.sort((p, q) => q.y - p.y || p.x0 - q.x0);
  const rows: (typeof frags)[] = [];
  for (const frag of frags) {
    const row = rows.find((r) => Math.abs(r[0].y - frag.y) < Math.min(r[0].size, frag.size) * 0.35);
    if (row) row.push(frag);
    else rows.push([frag]);
  }
  const pieces: Piece[] = [];
  for (const row of rows) {
    row.sort((p, q) => p.x0 - q.x0);
    let cur: Piece | null = null;
    for (const frag of row) {
      const gap = cur ? frag.x0 - cur.x1 : 0;
      if (cur && gap < cur.size * 1.6) {
        const space = gap > cur.size * 0.15 && !cur.text.endsWith(' ') && !frag.text.startsWith(' ') ? ' ' : '';
        cur.text += space + frag.text;
        cur.x1 = Math.max(cur.x1, frag.x1);
        cur.size = Math.max(cur.size, frag.size);
      } else {
        if (cur) pieces.push(cur);
        cur = { ...frag };
      }
    }
    if (cur) pieces.push(cur);
  }
  for (const p of pieces) p.text = p.text.replace(/\s+/g, ' ').trim();
  return pieces.filter((p) => p.text !== '');
}

/**
 * Reading order on one page. Finds a vertical gutter that body lines do not cross;
 * lines crossing it are full-width and cut the page into bands read left then right.
 */
function readingOrder(pieces: Piece[], width: number): (Piece & { column: number })[] {
  const byY = [...pieces].sort((p, q) => q.y - p.y || p.x0 - q.x0);
  let gutter: number | null = null;
  if (pieces.length >= 6) {
    let best = { x: 0, crossing: Number.POSITIVE_INFINITY };
    for (let x = width * 0.3; x <= width * 0.7; x += 2) {
      const crossing = pieces.filter((p) => p.x0 < x && p.x1 > x).length;
      if (crossing < best.crossing) best = { x, crossing };
    }
    const left = pieces.filter((p) => p.x1 <= best.x).length;
    const right = pieces.filter((p) => p.x0 >= best.x).length;
    if (best.crossing <= pieces.length * 0.2 && left >= 3 && right >= 3) gutter = best.x;
  }
  if (gutter === null) return byY.map((p) => ({ ...p, column: 0 }));
  const out: (Piece & { column: number })[] = [];
  let band: Piece[] = [];
  const flush = () => {
    out.push(...band.filter((p) => p.x1 <= gutter!).map((p) => ({ ...p, column: 1 })));
    out.push(...band.filter((p) => p.x1 > gutter!).map((p) => ({ ...p, column: 2 })));
    band = [];
  };
  for (const p of byY) {
    if (p.x0 < gutter && p.x1 > gutter) {
      flush();
      out.push({ ...p, column: 0 });
    } else band.push(p);
  }
  flush();
  return out;
}

const shape = (text: string) => text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim();
const PAGE_NUMBER = /^(?:[-–—]\s*)?(?:page\s+)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?(?:\s*[-–—])?$|^[ivxlcdm]{1,6}$/i;

/** Lines at the top or bottom of pages that repeat (digits aside) on many pages, and bare page numbers. */
function dropRunning(lines: Line[], pages: number): Line[] {
  const seen = new Map<string, Set<number>>();
  for (const line of lines) {
    if (!line.top && !line.bottom) continue;
    const key = `${line.top ? 't' : 'b'}:${shape(line.text)}`;
    const set = seen.get(key) ?? new Set<number>();
    set.add(line.page);
    seen.set(key, set);
  }
  const need = Math.max(2, Math.ceil(pages * 0.4));
  return lines.filter((line) => {
    if (!line.top && !line.bottom) return true;
    if (PAGE_NUMBER.test(line.text)) return false;
    const count = seen.get(`${line.top ? 't' : 'b'}:${shape(line.text)}`)?.size ?? 0;
    return pages < 2 || count < need;
  });
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Joins lines into paragraphs: a new one after a wide gap, at an indent, after a short line ending a sentence, or at a font change. */
function paragraphs(lines: Line[]): string[] {
  const gaps: number[] = [];
  const widths: number[] = [];
  for (let i = 1; i < lines.length; i += 1) {
    const a = lines[i - 1];
    const b = lines[i];
    if (a.page === b.page && a.column === b.column && a.y > b.y) gaps.push(a.y - b.y);
  }
  for (const l of lines) widths.push(l.x1 - l.x0);
  const lineGap = median(gaps) || 14;
  const bodySize = median(lines.map((l) => l.size)) || 10;
  const fullWidth = Math.max(...widths, 1);
  const colWidth = new Map<string, { left: number; right: number }>();
  for (const l of lines) {
    const key = `${l.page}:${l.column}`;
    const c = colWidth.get(key) ?? { left: l.x0, right: l.x1 };
    c.left = Math.min(c.left, l.x0);
    c.right = Math.max(c.right, l.x1);
    colWidth.set(key, c);
  }
  const out: string[] = [];
  let cur = '';
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i];
    const prev = i > 0 ? lines[i - 1] : null;
    let breaks = prev === null;
    if (prev) {
      const samePlace = prev.page === line.page && prev.column === line.column;
      const col = colWidth.get(`${line.page}:${line.column}`) ?? { left: line.x0, right: line.x1 };
      const prevCol = colWidth.get(`${prev.page}:${prev.column}`) ?? col;
      const ended = /[.!?:”"’)]$/.test(prev.text);
      const shortPrev = prev.x1 < prevCol.right - Math.max(prev.size * 2, (prevCol.right - prevCol.left) * 0.12);
      const indented = line.x0 > col.left + line.size * 0.8 && line.x1 >= col.right - line.size * 3;
      const sizeChange = Math.abs(line.size - prev.size) > Math.max(0.8, bodySize * 0.12);
      if (sizeChange) breaks = true;
      else if (samePlace) {
        const gap = prev.y - line.y;
        breaks = gap > lineGap * 1.35 || gap < 0 || indented || (ended && shortPrev);
      } else {
        // A new column or page: the paragraph goes on unless the last line ended one.
        breaks = (ended && shortPrev) || indented || (ended && !/^[a-z]/.test(line.text));
      }
    }
    if (breaks) {
      if (cur) out.push(cur);
      cur = line.text;
    } else if (/\p{L}[-\u00ad]$/u.test(cur) && /^\p{Ll}/u.test(line.text)) {
      cur = cur.slice(0, -1) + line.text;
    } else cur = `${cur} ${line.text}`;
  }
  if (cur) out.push(cur);
  void fullWidth;
  return out
    .map((p) =>
      p
        .replace(/\u00ad/g, '')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter((p) => p !== '');
}

const squash = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/** The title, byline and date the metadata already holds, when they open the text (a title page): not article text. */
function withoutTitleBlock(paras: string[], known: (string | null)[]): string[] {
  const keys = known.filter((k): k is string => !!k).map(squash);
  let skip = 0;
  let partial = '';
  while (skip < Math.min(paras.length - 1, 8)) {
    const p = squash(paras[skip].replace(/^(?:by|written by)\s+/i, ''));
    const date = isoDay(paras[skip]) !== null && paras[skip].length < 40;
    // A title set over several lines comes out as several short paragraphs.
    const growing = partial + p;
    if (keys.includes(p) || date) partial = '';
    else if (p !== '' && keys.some((k) => k.startsWith(growing))) partial = keys.includes(growing) ? '' : growing;
    else break;
    skip += 1;
  }
  return paras.slice(skip);
}

function errorOf(error: unknown): string {
  const name = (error as { name?: string })?.name ?? '';
  if (name === 'PasswordException') {
    return 'This PDF is encrypted with a password, so its text cannot be read; nothing was added.';
  }
  if (name === 'InvalidPDFException' || name === 'FormatError') {
    return 'This file is not a readable PDF (it is damaged or is not a PDF at all); nothing was added.';
  }
  return `This PDF could not be read (${(error as Error)?.message ?? String(error)}); nothing was added.`;
}

type Info = { Title?: unknown; Author?: unknown; CreationDate?: unknown; ModDate?: unknown; Lang?: unknown };

/** Bytes of a PDF to its article text and metadata, or one sentence saying why not. */
export async function readPdf(bytes: Uint8Array, options: PdfOptions = {}): Promise<PdfResult> {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (!head.includes('%PDF-')) {
    return { ok: false, error: 'This file is not a PDF (it does not start like one); nothing was added.' };
  }
  const pdfjs = await loadPdfjs();
  // pdf.js takes ownership of the buffer it is given: pass a copy (a plain Uint8Array, not a Node Buffer).
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    useSystemFonts: false,
    disableFontFace: true,
    stopAtErrors: false,
    verbosity: 0,
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (error) {
    await task.destroy().catch(() => {});
    return { ok: false, error: errorOf(error) };
  }
  try {
    const pages = doc.numPages;
    const maxPages = options.maxPages ?? MAX_PDF_PAGES;
    if (pages > maxPages) {
      return { ok: false, error: `This PDF has ${pages} pages; Dossier reads at most ${maxPages}. Nothing was added.` };
    }
    const lines: Line[] = [];
    let chars = 0;
    let firstPage: Piece[] = [];
    for (let n = 1; n <= pages; n += 1) {
      const page = await doc.getPage(n);
      const [, y0, x1, y1] = page.view;
      const content = await page.getTextContent();
      const pieces = piecesOf(content.items as PdfTextItem[]);
      if (n === 1) firstPage = pieces;
      const ordered = readingOrder(pieces, x1);
      const height = y1 - y0;
      const topY = Math.max(...pieces.map((p) => p.y), y0);
      const bottomY = Math.min(...pieces.map((p) => p.y), y1);
      for (const p of ordered) {
        chars += p.text.length;
        lines.push({
          ...p,
          page: n,
          top: p.y >= topY - p.size * 0.5 && p.y > y0 + height * 0.85,
          bottom: p.y <= bottomY + p.size * 0.5 && p.y < y0 + height * 0.15,
        });
      }
      page.cleanup();
      options.onProgress?.(n / pages, n, pages);
    }
    if (chars < Math.max(40, pages * 10)) {
      return {
        ok: false,
        error:
          'This PDF has no text layer (it looks like a scan of printed pages), so there is no text to read; nothing was added.',
      };
    }
    const meta = await doc.getMetadata().catch(() => null);
    const info = (meta?.info ?? {}) as Info;
    const xmp = meta?.metadata ?? null;
    const str = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.replace(/\s+/g, ' ').trim() : null);
    const largest = firstPage.length
      ? firstPage.filter((p) => p.size === Math.max(...firstPage.map((q) => q.size))).map((p) => p.text)
      : [];
    const title =
      str(xmp?.get('dc:title')) ??
      str(info.Title) ??
      (largest.length > 0 && largest.length <= 3 ? largest.join(' ') : null);
    const cleanTitle =
      title && !/^(untitled|microsoft word|document\d*)\b/i.test(title) && !/\.(docx?|pdf|indd)$/i.test(title)
        ? title
        : null;
    const byline = str(xmp?.get('dc:creator')) ?? str(info.Author);
    const published = isoDay(str(xmp?.get('xmp:createdate')) ?? str(info.CreationDate));
    const paras = withoutTitleBlock(paragraphs(dropRunning(lines, pages)), [cleanTitle, byline, published]);
    return {
      ok: true,
      text: paras.join('\n'),
      title: cleanTitle,
      byline,
      published,
      lang: str(info.Lang) ?? str(xmp?.get('dc:language')),
      pages,
    };
  } catch (error) {
    return { ok: false, error: errorOf(error) };
  } finally {
    await task.destroy().catch(() => {});
  }
}
