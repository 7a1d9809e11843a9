/**
 * Import benchmarks: a 500 KB saved web page through Readability over linkedom, and a
 * 50-page PDF through pdf.js, both the way the worker reads them (warm: the modules are
 * loaded once first; the median of several runs). Then the large ones: a 20 MB saved page
 * (an inline image, a script and a long article; median of three), and a 500-page PDF of
 * varied text read, then imported whole (read and cards, as the worker does), once, in a
 * process of its own for its peak memory. Last, the page's main thread while the 500 KB page
 * and the 50-page PDF are dropped on the built app (see import-main.ts; needs `npm run bundle`).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArticle } from '../../renderer/src/cards/parse/article';
import { readPdf } from '../../renderer/src/cards/parse/pdf';
import { heavyPage, longReport } from '../unit/import/long-text';
import { makePdf } from '../unit/import/make-pdf';
import { BULLETIN, ESSAY, REPORT } from '../unit/import/pdf-texts';
import { type MainThreadImport, mainThreadDuringImport } from './import-main';

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

/** The worker's whole job on a file, in a fresh process (its peak memory is the job's, not the bench's). */
function importInChild(path: string): Record<string, number> {
  const root = resolve(import.meta.dirname, '../..');
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'tests/bench/import-child.ts', path], {
    cwd: root,
    encoding: 'utf8',
  });
  return JSON.parse(out);
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

  const heavy = heavyPage(readFileSync(PAGE, 'utf8'));
  const heavyRuns: number[] = [];
  const heavyCpu: number[] = [];
  for (let i = 0; i < 3; i += 1) {
    const cpu = process.cpuUsage();
    const t = performance.now();
    const parsed = parseArticle(heavy, 'html');
    heavyRuns.push(performance.now() - t);
    const used = process.cpuUsage(cpu);
    heavyCpu.push((used.user + used.system) / 1000);
    if (!parsed.ok) throw new Error(parsed.error);
  }

  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-pdf-'));
  let big: Record<string, number>;
  try {
    const file = join(dir, 'works.pdf');
    writeFileSync(
      file,
      await makePdf({ paragraphs: longReport(3850), header: 'Basin Works Review', pageNumbers: true, hyphenate: 7 }),
    );
    big = importInChild(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (big.pages < 500) throw new Error(`the large test PDF has ${big.pages} pages, not 500`);

  const [htmlMain, pdfMain] = await mainThreadDuringImport(
    [
      { name: 'page.html', bytes: new TextEncoder().encode(html) },
      { name: 'report.pdf', bytes: pdf },
    ],
    3,
  );
  const longest = (runs: MainThreadImport[], key: 'longest' | 'longestCpu') => median(runs.map((r) => r[key]));

  return {
    import_html_500kb_ms: median(htmlRuns),
    /** CPU time of the same runs (all threads, garbage collection included): less sensitive to a busy machine. */
    import_html_500kb_cpu_ms: median(htmlCpu),
    import_pdf_50p_ms: median(pdfRuns),
    import_pdf_50p_pages: probe.pages,
    import_html_20mb_ms: median(heavyRuns),
    import_html_20mb_cpu_ms: median(heavyCpu),
    /** pdf.js reading alone, as import_pdf_50p_ms; one run. */
    import_pdf_500p_ms: big.readMs,
    import_pdf_500p_cpu_ms: big.readCpuMs,
    import_pdf_500p_pages: big.pages,
    /** The worker's whole job: read, then cards (generation, checks); one run. */
    import_pdf_500p_job_ms: big.jobMs,
    import_pdf_500p_job_cpu_ms: big.jobCpuMs,
    import_pdf_500p_cards: big.cards,
    import_pdf_500p_peak_rss_mb: big.peakRssMb,
    import_pdf_500p_peak_heap_mb: big.peakHeapMb,
    /** The longest main-thread task from the drop to the listed cards (wall time, median of three imports). */
    import_html_main_longest_task_ms: longest(htmlMain, 'longest'),
    import_pdf_main_longest_task_ms: longest(pdfMain, 'longest'),
    /** The same task's CPU time (thread clock, from a trace): what it cost, however busy the machine was. */
    import_html_main_longest_task_cpu_ms: longest(htmlMain, 'longestCpu'),
    import_pdf_main_longest_task_cpu_ms: longest(pdfMain, 'longestCpu'),
  };
}
