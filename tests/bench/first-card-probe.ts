/**
 * Where the time to the first study card goes (a diagnostic, not a figure):
 * `npx tsx tests/bench/first-card-probe.ts [--runs N] [--trace] [--profile] [--large] DIR [DIR…]`
 * loads `#/study` from each built renderer DIR in turn (interleaved, N rounds) on the
 * renderer bench's seeded backend (the bundled article; `--large`: the large deck), timed
 * as the bench does, and prints per load every backend call (start and end in page time, time in the handler), the fetches, paints
 * and `performance.mark`s, in ms from navigation start. On a loaded machine compare
 * builds by the CPU time in a trace rather than by these wall times: `--trace` writes a
 * Chromium trace (open it in Perfetto; its events carry thread CPU time), `--profile`
 * a V8 CPU profile (DevTools), per load, to `--out DIR` (default: a temp folder).
 * Set TRACE_CATS to change the trace categories. `--chromium-arg ARG` (repeatable) adds a
 * Chromium switch, e.g. `--js-flags=--no-enable-lazy-source-positions` to see the loads without
 * the cost that the inspector alone causes (renderer.ts).
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import type { Dispatch } from '../../electron/main/ipc/dispatch';
import { CHROMIUM_ARGS } from '../../playwright.config';
import { bindBackend } from '../e2e/bind-backend';
import { serveRenderer } from '../e2e/static-server';
import { seededBackend, watchFirstCard } from './renderer';

const args = process.argv.slice(2);
const profile = args.includes('--profile');
const trace = args.includes('--trace');
const runsAt = args.indexOf('--runs');
const rounds = runsAt >= 0 ? Number(args[runsAt + 1]) : 3;
const outAt = args.indexOf('--out');
const argAts = args.flatMap((a, i) => (a === '--chromium-arg' ? [i + 1] : []));
const extraArgs = argAts.map((i) => args[i]);
const valueAt = new Set([runsAt + 1, outAt + 1, ...argAts].filter((i) => i > 0));
const dirs = args.filter((a, i) => !a.startsWith('--') && !valueAt.has(i)).map((d) => resolve(d));
const outDir = outAt >= 0 ? resolve(args[outAt + 1]) : await mkdtemp(join(tmpdir(), 'dossier-first-card-'));

type Call = { channel: string; start: number; end: number; handlerMs: number };
type TraceEvent = { name: string; ph: string; pid: number; tid: number; ts: number; dur?: number; tdur?: number };

/**
 * The page's main-thread CPU time (thread time, not wall time) from navigation start to the
 * frame that paints the first card, with the main kinds of work in it: a figure that holds
 * better than wall time on a loaded machine.
 */
function mainThreadCpu(events: TraceEvent[]): string {
  const card = events.find((e) => e.name === 'card-in-dom');
  if (!card) return 'main thread: no card-in-dom mark in the trace';
  const mine = events
    .filter((e) => e.pid === card.pid && e.tid === card.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts);
  const starts = events.filter((e) => e.name === 'navigationStart' && e.tid === card.tid && e.ts < card.ts);
  const from = Math.max(...starts.map((e) => e.ts));
  const to = mine.find((e) => e.name === 'Paint' && e.ts > card.ts)?.ts ?? card.ts;
  const kinds = new Map<string, number>();
  let cpu = 0;
  let end = -1;
  for (const e of mine) {
    if (e.ts < from || e.ts > to) continue;
    const top = e.ts >= end;
    if (top) {
      cpu += (e.tdur ?? 0) / 1000;
      end = e.ts + (e.dur ?? 0);
    } else if (
      /^(v8\.evaluateModule|FunctionCall|Layout|UpdateLayoutTree|Paint|ParseHTML|ParseAuthorStyleSheet)$/.test(e.name)
    ) {
      kinds.set(e.name, (kinds.get(e.name) ?? 0) + (e.tdur ?? 0) / 1000);
    }
  }
  const parts = [...kinds].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v.toFixed(0)}`);
  return `main thread CPU to the painted card: ${cpu.toFixed(0)} ms (${parts.join(', ')})`;
}

await mkdir(outDir, { recursive: true });
const dataDir = await mkdtemp(join(tmpdir(), 'dossier-probe-'));
const backend = await seededBackend(dataDir, { articles: args.includes('--large') ? undefined : 1 });
const servers = await Promise.all(dirs.map((d) => serveRenderer(d)));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [...CHROMIUM_ARGS, ...extraArgs],
});
const totals: Record<string, number[]> = {};
try {
  for (let round = 0; round < rounds; round += 1) {
    for (const [i, server] of servers.entries()) {
      backend.nextDay();
      const calls: Call[] = [];
      const logged: Dispatch = async (channel, payload) => {
        const start = Date.now();
        const t0 = performance.now();
        const result = await backend.dispatch(channel, payload);
        calls.push({ channel: String(channel), start, end: Date.now(), handlerMs: performance.now() - t0 });
        return result;
      };
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await bindBackend(page, logged);
      await watchFirstCard(page);
      const cdp = profile ? await page.context().newCDPSession(page) : null;
      if (cdp) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
        await cdp.send('Profiler.start');
      }
      const tracer = trace ? await page.context().newCDPSession(page) : null;
      const events: unknown[] = [];
      if (tracer) {
        tracer.on('Tracing.dataCollected', (e) => events.push(...e.value));
        await tracer.send('Tracing.start', {
          categories: process.env.TRACE_CATS ?? 'devtools.timeline,blink.user_timing,toplevel',
          transferMode: 'ReportEvents',
        });
      }
      await page.goto(`${server.url}/index.html#/study`);
      const first = await page.evaluate(() => (window as unknown as { __firstCard: Promise<number> }).__firstCard);
      const info = await page.evaluate(() => ({
        origin: performance.timeOrigin,
        entries: performance
          .getEntries()
          .filter((e) => ['resource', 'paint', 'mark', 'navigation'].includes(e.entryType))
          .map((e) => ({
            type: e.entryType,
            name: e.name.replace(/^.*\//, ''),
            start: e.startTime,
            end: e.startTime + e.duration,
            extra:
              e.entryType === 'navigation'
                ? {
                    responseEnd: (e as PerformanceNavigationTiming).responseEnd,
                    domInteractive: (e as PerformanceNavigationTiming).domInteractive,
                    dcl: (e as PerformanceNavigationTiming).domContentLoadedEventEnd,
                  }
                : undefined,
          })),
      }));
      if (tracer) {
        const ended = new Promise((done) => tracer.once('Tracing.tracingComplete', done));
        await tracer.send('Tracing.end');
        await ended;
        const file = join(outDir, `trace-${i}-${round}.json`);
        await writeFile(file, JSON.stringify({ traceEvents: events, origin: info.origin, first }));
        console.log(`  trace: ${file}`);
        console.log(`  ${mainThreadCpu(events as TraceEvent[])}`);
      }
      const lines: string[] = [];
      for (const e of info.entries) {
        if (e.type === 'navigation')
          lines.push(`  nav ${JSON.stringify(e.extra, (_k, v) => (typeof v === 'number' ? Math.round(v) : v))}`);
        else if (e.type === 'resource')
          lines.push(`  ${e.start.toFixed(0).padStart(5)}–${e.end.toFixed(0).padStart(5)} fetch ${e.name}`);
        else lines.push(`  ${e.start.toFixed(0).padStart(5)}       ${e.type} ${e.name}`);
      }
      for (const c of calls.filter((c) => c.start - info.origin < first + 2000)) {
        lines.push(
          `  ${(c.start - info.origin).toFixed(0).padStart(5)}–${(c.end - info.origin).toFixed(0).padStart(5)} call ${c.channel} (handler ${c.handlerMs.toFixed(1)} ms)`,
        );
      }
      lines.sort((a, b) => Number.parseFloat(a.trim()) - Number.parseFloat(b.trim()));
      console.log(`${dirs[i]} round ${round}: first card ${first.toFixed(0)} ms`);
      console.log(lines.join('\n'));
      totals[dirs[i]] = [...(totals[dirs[i]] ?? []), first];
      if (cdp) {
        const { profile: p } = await cdp.send('Profiler.stop');
        const file = join(outDir, `profile-${i}-${round}.cpuprofile.json`);
        await writeFile(
          file,
          JSON.stringify({
            profile: p,
            origin: info.origin,
            first,
            marks: info.entries.filter((e) => e.type === 'mark'),
          }),
        );
        console.log(`  profile: ${file}`);
      }
      await page.close();
    }
  }
  for (const [dir, values] of Object.entries(totals)) {
    const sorted = [...values].sort((a, b) => a - b);
    console.log(
      `${dir}: ${values.map((v) => v.toFixed(0)).join(' / ')} (median ${sorted[Math.floor(sorted.length / 2)].toFixed(0)})`,
    );
  }
} finally {
  await browser.close();
  await backend.close();
  await Promise.all(servers.map((s) => s.close()));
  await rm(dataDir, { recursive: true, force: true });
}
