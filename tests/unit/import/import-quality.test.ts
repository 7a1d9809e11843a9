/**
 * Issue 12's targets on our own test documents: the article's words in order (recall and
 * precision against the gold, each at least 98%), and the title, byline and date exact.
 * Web pages go through parseArticle (Readability over linkedom); PDFs are built here from
 * our text with pdf-lib and read through readPdf (pdf.js).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseArticle } from '../../../renderer/src/cards/parse/article';
import { readPdf } from '../../../renderer/src/cards/parse/pdf';
import { preparePdf } from '../../../renderer/src/lib/prepare-article';
import { makeEncryptedPdf, makePdf, makeScanPdf } from './make-pdf';
import { BULLETIN, ESSAY, REPORT } from './pdf-texts';
import { recallPrecision } from './word-match';

const DIR = join(import.meta.dirname, '../../fixtures/import');
const PAGES = ['courier-harbour-vote', 'fieldnotes-kestrel-line', 'wire-glacier-study'];
const TARGET = 0.98;
const figures: string[] = [];
afterAll(() => {
  // The closing note quotes these figures.
  console.log(`import quality (recall / precision by words in order):\n${figures.join('\n')}`);
});

type Gold = {
  title: string | null;
  byline: string | null;
  site?: string | null;
  published: string | null;
  lang?: string | null;
  paragraphs: string[];
};

function record(name: string, gold: Gold, text: string) {
  const score = recallPrecision(gold.paragraphs.join('\n'), text);
  figures.push(`  ${name}: ${(score.recall * 100).toFixed(1)}% / ${(score.precision * 100).toFixed(1)}%`);
  expect(score.recall, `${name} recall`).toBeGreaterThanOrEqual(TARGET);
  expect(score.precision, `${name} precision`).toBeGreaterThanOrEqual(TARGET);
  // Paragraphs are kept: one per line, as many as the gold has.
  expect(text.split('\n')).toHaveLength(gold.paragraphs.length);
}

describe('saved web pages, as Reader View sees them', () => {
  for (const slug of PAGES) {
    it(`${slug}: the article's words, title, byline, site, date and language`, () => {
      const gold = JSON.parse(readFileSync(join(DIR, `${slug}.gold.json`), 'utf8')) as Gold;
      const parsed = parseArticle(readFileSync(join(DIR, `${slug}.html`), 'utf8'), 'html');
      if (!parsed.ok) throw new Error(parsed.error);
      record(slug, gold, parsed.text);
      expect({
        title: parsed.title,
        byline: parsed.byline,
        site: parsed.site,
        published: parsed.published,
        lang: parsed.lang,
      }).toEqual({
        title: gold.title,
        byline: gold.byline,
        site: gold.site,
        published: gold.published,
        lang: gold.lang,
      });
      expect(parsed.text).not.toMatch(
        /cookies|Advertisement|Related articles|Comments \(|responses|All rights reserved|Subscribe|Sponsored|Skip to top|Newsletter|writes about/i,
      );
    });
  }

  it('says when a page holds no article, and takes the whole text when asked', () => {
    const links = Array.from(
      { length: 60 },
      (_, i) => `<li><a href="/p${i}">Product number ${i} in our catalogue of garden tools</a></li>`,
    );
    const page = `<html><head><title>Shop</title></head><body><nav><a href="/">Home</a></nav><ul>${links.join('')}</ul><form><input name="q"><button>Find</button></form></body></html>`;
    expect(parseArticle(page, 'html')).toMatchObject({
      ok: false,
      noArticle: true,
      error: expect.stringMatching(/No article/),
    });
    const whole = parseArticle(page, 'html', { whole: true });
    expect(whole.ok && whole.text).toContain('Product number 59');
  });

  it('reads a page in another language, with its language', () => {
    const paras = [
      'LYON — Le conseil municipal a voté jeudi la rénovation du vieux marché couvert, fermé depuis trois ans.',
      'Les travaux coûteront environ douze millions d’euros et dureront deux ans, selon la maire adjointe, Claire Dubois.',
      'Les commerçants, installés provisoirement sur la place voisine, espèrent revenir avant l’hiver 2026. Ils demandent aussi des loyers plus bas pendant la première année.',
    ];
    const page = `<!doctype html><html lang="fr"><head><title>Le marché couvert sera rénové | Le Courrier de Lyon</title><meta property="og:site_name" content="Le Courrier de Lyon"><meta property="article:published_time" content="2025-02-13T08:00:00+01:00"></head><body><nav><a href="/">Accueil</a></nav><article><h1>Le marché couvert sera rénové</h1>${paras.map((p) => `<p>${p}</p>`).join('')}</article><footer>Mentions légales</footer></body></html>`;
    const parsed = parseArticle(page, 'html');
    expect(parsed).toMatchObject({
      ok: true,
      lang: 'fr',
      published: '2025-02-13',
      title: 'Le marché couvert sera rénové',
    });
    if (parsed.ok) expect(recallPrecision(paras.join('\n'), parsed.text).recall).toBe(1);
  });
});

const day = (iso: string) => new Date(`${iso}T09:00:00Z`);

describe('PDFs made from our own text', () => {
  it('one column: running header, footer and page numbers dropped, line-end hyphens joined, metadata read', async () => {
    const bytes = await makePdf({
      paragraphs: REPORT.paragraphs,
      header: 'Esk Basin Authority · Water use report 2014–2023',
      footer: 'Draft for consultation',
      pageNumbers: true,
      hyphenate: 7,
      fontSize: 13,
      meta: { title: REPORT.title, author: REPORT.byline, created: day(REPORT.published) },
    });
    const read = await readPdf(bytes);
    if (!read.ok) throw new Error(read.error);
    expect(read.pages).toBeGreaterThanOrEqual(2);
    record('pdf one column', REPORT, read.text);
    expect(read).toMatchObject({ title: REPORT.title, byline: REPORT.byline, published: REPORT.published });
    expect(read.text).not.toMatch(/Esk Basin Authority ·|Draft for consultation|\w- \w/);
  });

  it('two columns: each column read top to bottom, left before right', async () => {
    const bytes = await makePdf({ paragraphs: BULLETIN.paragraphs, columns: 2, pageNumbers: true, hyphenate: 8 });
    const read = await readPdf(bytes);
    if (!read.ok) throw new Error(read.error);
    record('pdf two columns', { title: null, byline: null, published: null, ...BULLETIN }, read.text);
    expect(read).toMatchObject({ title: null, byline: null, published: null });
  });

  it('a title page: title, byline and date from the metadata, not repeated in the text', async () => {
    const bytes = await makePdf({
      paragraphs: ESSAY.paragraphs,
      titlePage: { title: ESSAY.title, byline: `By ${ESSAY.byline}`, date: '5 October 2022' },
      header: ESSAY.title,
      pageNumbers: true,
      hyphenate: 9,
      meta: { title: ESSAY.title, author: ESSAY.byline, created: day(ESSAY.published) },
    });
    const read = await readPdf(bytes);
    if (!read.ok) throw new Error(read.error);
    record('pdf title page', ESSAY, read.text);
    expect(read).toMatchObject({ title: ESSAY.title, byline: ESSAY.byline, published: ESSAY.published });
  });

  it('reports progress page by page', async () => {
    const bytes = await makePdf({ paragraphs: [...REPORT.paragraphs, ...REPORT.paragraphs, ...REPORT.paragraphs] });
    const seen: number[] = [];
    const read = await readPdf(bytes, { onProgress: (f) => seen.push(f) });
    expect(read.ok).toBe(true);
    expect(seen.length).toBe(read.ok ? read.pages : 0);
    expect(seen.at(-1)).toBe(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });

  it('refuses a scan, an encrypted PDF, a damaged PDF and a file that is not a PDF, each in one sentence', async () => {
    const scan = await readPdf(await makeScanPdf());
    expect(scan).toMatchObject({ ok: false, error: expect.stringMatching(/no text layer/) });
    const locked = await readPdf(await makeEncryptedPdf());
    expect(locked).toMatchObject({ ok: false, error: expect.stringMatching(/encrypted/) });
    const good = await makePdf({ paragraphs: REPORT.paragraphs });
    const damaged = await readPdf(good.slice(0, 400));
    expect(damaged).toMatchObject({ ok: false, error: expect.stringMatching(/damaged|could not be read/) });
    const notPdf = await readPdf(new TextEncoder().encode('Just some text that someone named report.pdf'));
    expect(notPdf).toMatchObject({ ok: false, error: expect.stringMatching(/not a PDF/) });
    for (const r of [scan, locked, damaged, notPdf])
      if (!r.ok) expect(r.error.split(/[.;] /).length).toBeLessThanOrEqual(2);
  });

  it('becomes an article to save, with its date, through the same path as the app', async () => {
    const bytes = await makePdf({
      paragraphs: REPORT.paragraphs,
      meta: { title: REPORT.title, author: REPORT.byline, created: day(REPORT.published) },
    });
    const prepared = await preparePdf('water.pdf', bytes, () => {});
    expect(prepared).toMatchObject({
      ok: true,
      article: {
        format: 'pdf',
        title: REPORT.title,
        byline: REPORT.byline,
        published: REPORT.published,
        sourceName: 'water.pdf',
      },
    });
  });
});

describe('bad input', () => {
  it('a 20 MB saved page: scripts and inline images set aside, the article read; 20 MB of markup refused in one sentence', () => {
    const page = readFileSync(join(DIR, 'courier-harbour-vote.html'), 'utf8');
    const image = `<img src="data:image/png;base64,${'iVBORw0KGgo'.repeat(1_000_000)}">`;
    const script = `<script>${'var tracking = [1, 2, 3];\n'.repeat(350_000)}</script>`;
    const heavy = page.replace('<div class="story-body">', `<div class="story-body">${image}${script}`);
    expect(heavy.length).toBeGreaterThan(20_000_000);
    const parsed = parseArticle(heavy, 'html');
    expect(parsed).toMatchObject({ ok: true, title: 'Portvale council delays its vote on the harbour wall' });

    const markup = `<html><body>${'<div><span>cell</span></div>'.repeat(750_000)}</body></html>`;
    expect(markup.length).toBeGreaterThan(20_000_000);
    expect(parseArticle(markup, 'html')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^This page is too large to read: \d+ MB/),
    });
  });
});
