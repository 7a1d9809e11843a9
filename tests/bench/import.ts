/**
 * Import benchmarks: a 500 KB saved web page through Readability over linkedom, and a
 * 50-page PDF through pdf.js, both the way the worker reads them (warm: the modules are
 * loaded once first; the median of several runs).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '../../renderer/src/cards/parse/article';
import { readPdf } from '../../renderer/src/cards/parse/pdf';
import { makePdf } from '../unit/import/make-pdf';
import { BULLETIN, ESSAY, REPORT } from '../unit/import/pdf-texts';

const PAGE = join(import.meta.dirname, '..', 'fixtures', 'import', 'courier-harbour-vote.html');

/** The test page grown to `bytes` with what big pages carry: a long article, menus, comments, related links. */
export function bigPage(bytes: number): string {
  const page = readFileSync(PAGE, 'utf8');
  const paras = [...REPORT.paragraphs, ...BULLETIN.paragraphs, ...ESSAY.paragraphs];
  const article: string[] = [];
  const junk: string[] = [];
  let size = page.length;
  for (let i = 0; size < bytes; i += 1) {
    article.push(`<p>${paras[i % paras.length]}</p>`);
    junk.push(
      `<li class="menu-item"><a href="/section/${i}">Section ${i}</a></li>`,
      `<div class="comment"><p class="comment-author">reader${i}</p><p>Comment number ${i}: I read this twice and I still do not agree with the council.</p></div>`,
    );
    size += article[i].length + junk[2 * i].length + junk[2 * i + 1].length;
  }
  const articleHtml = article.join('\n');
  return page
    .replace('<div class="story-body">', `<div class="story-body">\n${articleHtml}`)
    .replace('<section class="comments" id="comments">', `<section class="comments" id="comments">${junk.join('\n')}`);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export async function benchImport(): Promise<Record<string, number>> {
  const html = bigPage(500 * 1024);
  if (new TextEncoder().encode(html).length < 500 * 1024) throw new Error('the test page is under 500 KB');
  parseArticle(html, 'html');
  const htmlRuns: number[] = [];
  const htmlCpu: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    const cpu = process.cpuUsage();
    const t = performance.now();
    const parsed = parseArticle(html, 'html');
    htmlRuns.push(performance.now() - t);
    const used = process.cpuUsage(cpu);
    htmlCpu.push((used.user + used.system) / 1000);
    if (!parsed.ok) throw new Error(parsed.error);
  }
  const paragraphs: string[] = [];
  while (paragraphs.length < 50 * 12) paragraphs.push(...REPORT.paragraphs, ...ESSAY.paragraphs);
  const pdf = await makePdf({ paragraphs, header: 'Esk Basin Authority', pageNumbers: true, hyphenate: 7 });
  const probe = await readPdf(pdf);
  if (!probe.ok) throw new Error(probe.error);
  if (probe.pages < 50) throw new Error(`the test PDF has ${probe.pages} pages, not 50`);
  const pdfRuns: number[] = [];
  for (let i = 0; i < 3; i += 1) {
    const t = performance.now();
    await readPdf(pdf);
    pdfRuns.push(performance.now() - t);
  }
  return {
    import_html_500kb_ms: median(htmlRuns),
    /** CPU time of the same runs (all threads, garbage collection included): less sensitive to a busy machine. */
    import_html_500kb_cpu_ms: median(htmlCpu),
    import_pdf_50p_ms: median(pdfRuns),
    import_pdf_50p_pages: probe.pages,
  };
}
