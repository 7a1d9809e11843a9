/**
 * One import in a process of its own, so that its peak memory is its own: `node --import tsx
 * tests/bench/import-child.ts FILE` runs the worker's whole job on FILE (read, cards) and
 * prints one JSON line: wall and CPU ms of reading alone and of the whole job, pages, cards,
 * the peak resident set and the largest JS heap seen (MB).
 */
import { readFileSync } from 'node:fs';
import { readPdf } from '../../renderer/src/cards/parse/pdf';
import { runWork } from '../../renderer/src/lib/article-work';

const path = process.argv[2];
if (!path) throw new Error('usage: import-child.ts FILE.pdf');
const bytes = new Uint8Array(readFileSync(path));
let heap = 0;
const sample = () => {
  heap = Math.max(heap, process.memoryUsage().heapUsed);
};
const cpuMs = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
};

let cpu = process.cpuUsage();
let t = performance.now();
const read = await readPdf(bytes, { onProgress: sample });
const readMs = performance.now() - t;
const readCpuMs = cpuMs(cpu);
if (!read.ok) throw new Error(read.error);

cpu = process.cpuUsage();
t = performance.now();
const done = await runWork({ kind: 'bytes', bytes, name: 'bench.pdf', format: 'pdf' }, sample);
const jobMs = performance.now() - t;
const jobCpuMs = cpuMs(cpu);
sample();
if (done.type !== 'done') throw new Error(`the import did not finish: ${JSON.stringify(done)}`);
process.stdout.write(
  `${JSON.stringify({
    readMs,
    readCpuMs,
    jobMs,
    jobCpuMs,
    pages: read.pages,
    cards: done.doc.cards.length,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    peakHeapMb: heap / 1048576,
  })}\n`,
);
