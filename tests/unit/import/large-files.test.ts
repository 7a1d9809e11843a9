/**
 * Large imports through the worker's own code (`runWork`, which the CLI's `preparePdf` and
 * `prepareFile` share): a 500-page PDF of our own varied text is read page by page, telling
 * each page, and becomes an article with its cards; a 20 MB saved page is read (scripts and
 * inline images set aside) or refused in one sentence. A refused file gives no article at all,
 * so nothing half-imported can reach `library:save`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readArticleFile } from '../../../electron/main/files';
import { readPdf } from '../../../renderer/src/cards/parse/pdf';
import { runWork, type WorkMessage, type WorkRequest } from '../../../renderer/src/lib/article-work';
import { heavyPage, longReport } from './long-text';
import { makePdf } from './make-pdf';

const PAGE = join(import.meta.dirname, '..', '..', 'fixtures', 'import', 'courier-harbour-vote.html');

async function work(request: WorkRequest) {
  const progress: Extract<WorkMessage, { type: 'progress' }>[] = [];
  const result = await runWork(request, (m) => m.type === 'progress' && progress.push(m));
  return { progress, result };
}

describe('a 500-page PDF', () => {
  let pdf: Uint8Array;
  beforeAll(async () => {
    // About 7.6 paragraphs a page: 3,850 of them fill a little over 500 pages.
    pdf = await makePdf({
      paragraphs: longReport(3850),
      header: 'Basin Works Review',
      pageNumbers: true,
      hyphenate: 7,
    });
  }, 240_000);

  it('is read page by page, telling each page, and becomes one article with its cards', async () => {
    const { progress, result } = await work({ kind: 'bytes', bytes: pdf, name: 'works.pdf', format: 'pdf' });
    expect(result.type).toBe('done');
    if (result.type !== 'done') return;
    const pages = progress.filter((m) => m.stage?.startsWith('reading page'));
    const count = pages.length;
    expect(count).toBeGreaterThanOrEqual(500);
    expect(pages.map((m) => m.stage)).toEqual(
      Array.from({ length: count }, (_, i) => `reading page ${i + 1} of ${count}`),
    );
    // The bar only moves forward, reading takes its first half, and generation ends it.
    const fractions = progress.map((m) => m.fraction);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(pages.at(-1)?.fraction).toBeCloseTo(0.5);
    expect(fractions.at(-1)).toBe(1);
    expect(result.article).toMatchObject({ format: 'pdf', sourceName: 'works.pdf' });
    const text = result.article?.text ?? '';
    expect(text.length).toBeGreaterThan(1_400_000);
    // The running header and the page numbers are gone; the last paragraph made it through.
    expect(text).not.toContain('Basin Works Review');
    expect(text).toContain('opened the ');
    expect(text).toContain(longReport(3850).at(-1)!.slice(0, 60));
    expect(result.doc.cards.length).toBeGreaterThan(1000);
    expect(result.dropped).toBe(0);
  }, 300_000);

  it('over a page limit is refused in one sentence before any page is read', async () => {
    const pages: number[] = [];
    const read = await readPdf(pdf, { maxPages: 400, onProgress: (_f, page) => pages.push(page) });
    expect(read).toEqual({
      ok: false,
      error: expect.stringMatching(/^This PDF has 5\d\d pages; Dossier reads at most 400\. Nothing was added\.$/),
    });
    expect(pages).toEqual([]);
  }, 120_000);
});

describe('a 20 MB saved web page', () => {
  const page = readFileSync(PAGE, 'utf8');
  // A long article (about 400 KB of our own text) in a page made 20 MB by an inline image and a tracking script.
  const heavy = heavyPage(page);

  it('is read opened (decoded in main first) or dropped (bytes), with its stages, into the same article', async () => {
    expect(heavy.length).toBeGreaterThan(20 * 1024 * 1024);
    const bytes = new TextEncoder().encode(heavy);
    const opened = readArticleFile('heavy.html', bytes);
    if (opened.format === 'pdf') throw new Error('read as a PDF');
    const viaDialog = await work({ kind: 'text', raw: opened.text, format: 'html', sourceName: 'heavy.html' });
    const viaDrop = await work({ kind: 'bytes', bytes, name: 'heavy.html', format: 'html' });
    for (const { progress, result } of [viaDialog, viaDrop]) {
      expect(progress[0]).toEqual({ type: 'progress', fraction: 0, stage: 'finding the article in the page' });
      expect(progress.map((m) => m.fraction)).toContain(0.2);
      expect(progress.at(-1)?.fraction).toBe(1);
      expect(result).toMatchObject({
        type: 'done',
        article: { title: 'Portvale council delays its vote on the harbour wall', format: 'html' },
      });
      if (result.type !== 'done') return;
      expect(result.article?.text.length).toBeGreaterThan(350_000);
      expect(result.article?.text).not.toMatch(/base64|tracking/);
      expect(result.doc.cards.length).toBeGreaterThan(100);
    }
    expect(viaDrop.result.type === 'done' && viaDrop.result.article?.text).toBe(
      viaDialog.result.type === 'done' && viaDialog.result.article?.text,
    );
  }, 240_000);

  it('of markup, or whose article is too long to keep, is refused in one sentence with no article', async () => {
    const markup = `<html><body>${'<div><span>cell</span></div>'.repeat(760_000)}</body></html>`;
    const cells = await work({
      kind: 'bytes',
      bytes: new TextEncoder().encode(markup),
      name: 'grid.html',
      format: 'html',
    });
    expect(cells.result).toEqual({
      type: 'refused',
      message:
        'This page is too large to read: 20 MB of markup once scripts and images are set aside (the limit is 12 MB).',
      noArticle: undefined,
    });
    // 2.6 million characters of article in a 3 MB page: read, then refused as too long to keep.
    const long = page.replace(
      '<div class="story-body">',
      `<div class="story-body">${longReport(6000)
        .map((p) => `<p>${p}</p>`)
        .join('\n')}`,
    );
    const tooLong = await work({ kind: 'text', raw: long, format: 'html', sourceName: 'long.html' });
    expect(tooLong.result).toMatchObject({
      type: 'refused',
      message: expect.stringMatching(/^The article is too long \(\d+ characters; the limit is 2000000\)\.$/),
    });
    // Refused before any card was made: the bar never went past reading.
    expect(Math.max(...tooLong.progress.map((m) => m.fraction))).toBeLessThan(0.2);
  }, 240_000);
});
