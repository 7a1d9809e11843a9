/**
 * Where the time of an answer goes (a diagnostic, not a figure):
 * `npx tsx tests/bench/answer-probe.ts [--answers N] [--out FILE] DIR` opens `#/study` from the
 * built renderer DIR on the renderer bench's seeded backend, answers N cards as the bench does
 * while Chromium traces, and prints per answer (key down to the next card painted) the page's
 * main-thread tasks in that window: wall and thread (CPU) time, and the kinds of work inside
 * them (event dispatch, function calls, style, layout, paint, GC). `--out` keeps the trace.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { bindBackend } from '../e2e/bind-backend';
import { serveRenderer } from '../e2e/static-server';
import { answerNext, launchChromium, seededBackend, watchFirstCard } from './renderer';

const args = process.argv.slice(2);
const answersAt = args.indexOf('--answers');
const count = answersAt >= 0 ? Number(args[answersAt + 1]) : 20;
const outAt = args.indexOf('--out');
const valueAt = new Set([answersAt + 1, outAt + 1].filter((i) => i > 0));
const [dir] = args.filter((a, i) => !a.startsWith('--') && !valueAt.has(i)).map((d) => resolve(d));

type TraceEvent = {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: Record<string, unknown>;
};

const KINDS =
  /^(EventDispatch|FunctionCall|TimerFire|FireAnimationFrame|RunMicrotasks|v8\.callFunction|UpdateLayoutTree|Layout|PrePaint|Paint|Layerize|Commit|MajorGC|MinorGC|V8\.GC_SCAVENGER|ParseHTML|EvaluateScript|v8\.run|HitTest|ScheduleStyleRecalculation|InvalidateLayout)$/;

/** What a task is, from its first inner event of a telling kind ('' if none). */
function taskLabel(e: TraceEvent): string {
  const data = (e.args?.data ?? {}) as { type?: string; functionName?: string; url?: string; name?: string };
  if (e.name === 'EventDispatch') return `:${data.type}`;
  if (e.name === 'FunctionCall')
    return `:fn ${data.functionName || '?'}@${(data.url ?? '').replace(/^.*\//, '').slice(0, 24)}`;
  if (
    /^(TimerFire|FireAnimationFrame|Paint|Layout|UpdateLayoutTree|v8\.run|EvaluateScript|ParseHTML|MinorGC|MajorGC)$/.test(
      e.name,
    )
  )
    return `:${e.name}`;
  return '';
}

function analyse(events: TraceEvent[]): void {
  const keys = events.filter((e) => e.name === 'answer-key').sort((a, b) => a.ts - b.ts);
  const painted = events.filter((e) => e.name === 'answer-painted').sort((a, b) => a.ts - b.ts);
  if (keys.length === 0) {
    console.log('no answer marks in the trace');
    return;
  }
  const { pid, tid } = keys[0];
  const mine = events
    .filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts);
  const totals = new Map<string, number>();
  const cpus: number[] = [];
  const keydowns: number[] = [];
  for (const key of keys) {
    const end = painted.find((p) => p.ts > key.ts);
    if (!end) continue;
    let cpu = 0;
    let top = -1;
    const tasks: string[] = [];
    const kinds = new Map<string, number>();
    let label = '';
    const flush = () => {
      if (tasks.length > 0 && label) tasks[tasks.length - 1] += label;
      label = '';
    };
    for (const e of mine) {
      if (e.ts + (e.dur ?? 0) < key.ts || e.ts > end.ts) continue;
      if (e.ts >= top) {
        flush();
        top = e.ts + (e.dur ?? 0);
        cpu += (e.tdur ?? 0) / 1000;
        tasks.push(
          `\n    ${((e.ts - key.ts) / 1000).toFixed(1)}+${((e.dur ?? 0) / 1000).toFixed(1)}(cpu ${((e.tdur ?? 0) / 1000).toFixed(1)})`,
        );
        continue;
      }
      if (!label) label = taskLabel(e);
      if (KINDS.test(e.name) && e.name !== 'v8.callFunction' && e.name !== 'RunMicrotasks') {
        const kind = e.name === 'EventDispatch' ? `EventDispatch:${(e.args?.data as { type?: string })?.type}` : e.name;
        kinds.set(kind, (kinds.get(kind) ?? 0) + (e.tdur ?? e.dur ?? 0) / 1000);
      }
    }
    flush();
    for (const [k, v] of kinds) totals.set(k, (totals.get(k) ?? 0) + v);
    cpus.push(cpu);
    keydowns.push(kinds.get('EventDispatch:keydown') ?? 0);
    const parts = [...kinds]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8)
      .map(([k, v]) => `${k} ${v.toFixed(1)}`);
    console.log(
      `answer: wall ${((end.ts - key.ts) / 1000).toFixed(1)} ms, main-thread cpu ${cpu.toFixed(1)} ms in ${tasks.length} tasks; ${parts.join(', ')}${tasks.filter((t) => !t.includes('(cpu 0.0)')).join('')}`,
    );
  }
  const parts = [...totals].sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${(v / keys.length).toFixed(2)}`);
  console.log(`mean per answer (thread ms): ${parts.join(', ')}`);
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  console.log(
    `median per answer: main-thread cpu ${median(cpus).toFixed(1)} ms, in the keydown handler ${median(keydowns).toFixed(1)} ms (${cpus.length} answers)`,
  );
}

type Profile = {
  nodes: {
    id: number;
    children?: number[];
    callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  }[];
  samples: number[];
  timeDeltas: number[];
};

/** Self time by function over the whole profile (`--profile`; build unminified to read the names). */
function printProfile(profile: Profile): void {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)!.callFrame;
    const key = `${frame.functionName || '(anonymous)'} ${frame.url.replace(/^.*\//, '')}:${frame.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 40);
  console.log('self time:');
  for (const [k, v] of top) console.log(`  ${v.toFixed(1).padStart(7)} ms  ${k}`);
  // Inclusive time: every function on the stack of a sample, once per sample.
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const total = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)!.callFrame;
      const key = `${frame.functionName || '(anonymous)'} ${frame.url.replace(/^.*\//, '')}:${frame.lineNumber + 1}`;
      if (seen.has(key)) continue;
      seen.add(key);
      total.set(key, (total.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
    }
  });
  console.log('inclusive time:');
  for (const [k, v] of [...total].sort((a, b) => b[1] - a[1]).slice(0, 60))
    console.log(`  ${v.toFixed(1).padStart(7)} ms  ${k}`);
}

const dataDir = await mkdtemp(join(tmpdir(), 'dossier-answer-probe-'));
const backend = await seededBackend(dataDir);
const server = await serveRenderer(dir);
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await bindBackend(page, backend.dispatch);
  await watchFirstCard(page);
  await page.goto(`${server.url}/index.html#/study`);
  await page.evaluate(() => (window as unknown as { __firstCard: Promise<number> }).__firstCard);
  // Let start-up work (due count, bundled-article check) settle first.
  await page.waitForTimeout(1500);
  const tracer = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  tracer.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  await tracer.send('Tracing.start', {
    categories:
      process.env.TRACE_CATS ??
      'devtools.timeline,blink.user_timing,toplevel,v8.execute,disabled-by-default-devtools.timeline,v8',
    transferMode: 'ReportEvents',
  });
  const profiling = args.includes('--profile');
  if (profiling) {
    await tracer.send('Profiler.enable');
    await tracer.send('Profiler.setSamplingInterval', { interval: 100 });
    await tracer.send('Profiler.start');
  }
  const walls: number[] = [];
  for (let i = 0; i < count; i += 1) {
    const t = await answerNext(page);
    if (!t) break;
    walls.push(t.painted);
  }
  if (profiling) {
    const { profile } = (await tracer.send('Profiler.stop')) as unknown as { profile: Profile };
    printProfile(profile);
  }
  const ended = new Promise((done) => tracer.once('Tracing.tracingComplete', done));
  await tracer.send('Tracing.end');
  await ended;
  if (outAt >= 0) await writeFile(resolve(args[outAt + 1]), JSON.stringify({ traceEvents: events }));
  analyse(events);
  console.log(`painted (page clock): ${walls.map((w) => w.toFixed(0)).join(' ')}`);
} finally {
  await browser.close();
  await backend.close();
  await server.close();
  await rm(dataDir, { recursive: true, force: true });
}
