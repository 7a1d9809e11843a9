/**
 * `npm run bench` prints a table of every benchmark figure with its target;
 * `npm run bench -- --json` prints one JSON object keyed by figure name.
 * `--only generate,progress` runs a subset.
 */
type Suite = { name: string; load: () => Promise<() => Promise<Record<string, number>>> };

const SUITES: Suite[] = [
  { name: 'generate', load: async () => (await import('./generate')).benchGenerate },
  { name: 'worst', load: async () => (await import('./worst')).benchWorst },
  { name: 'progress', load: async () => (await import('./progress')).benchProgress },
  { name: 'stats', load: async () => (await import('./stats')).benchStats },
  { name: 'renderer', load: async () => (await import('./renderer')).benchRenderer },
  { name: 'dashboard', load: async () => (await import('./dashboard')).benchDashboard },
  { name: 'import', load: async () => (await import('./import')).benchImport },
];

/** Targets from the issues: [comparison, bound]. */
const TARGETS: Record<string, [string, number] | [string, number, number]> = {
  generate_seed_ms: ['<=', 15],
  generate_words_per_s: ['>=', 300_000],
  generate_linearity: ['in', 0.8, 1.25],
  generate_worst_100kb_ms: ['<=', 500],
  parse_md_brackets_100kb_ms: ['<=', 500],
  answer_p95_ms: ['<=', 5],
  open_ms: ['<=', 300],
  queue_100k_ms: ['<=', 10],
  summary_ms: ['<=', 50],
  first_card_ms: ['<=', 400],
  answer_next_p95_ms: ['<=', 50],
  dashboard_ms: ['<=', 300],
  import_html_500kb_ms: ['<=', 300],
  import_pdf_50p_ms: ['<=', 3000],
  import_html_main_longest_task_ms: ['<=', 100],
  import_pdf_main_longest_task_ms: ['<=', 100],
};

function verdict(name: string, value: number): string {
  const target = TARGETS[name];
  if (!target) return '';
  const [op, a, b] = target;
  const ok = op === '<=' ? value <= a : op === '>=' ? value >= a : value >= a && value <= (b as number);
  return `${ok ? 'ok  ' : 'MISS'} ${op === 'in' ? `${a}..${b}` : `${op} ${a}`}`;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const asJson = args.includes('--json');
  const onlyArg = args.find((a) => a.startsWith('--only'));
  const only = onlyArg ? (onlyArg.split('=')[1] ?? args[args.indexOf(onlyArg) + 1] ?? '').split(',') : null;
  const figures: Record<string, number> = {};
  for (const suite of SUITES) {
    if (only && !only.includes(suite.name)) continue;
    const started = performance.now();
    const run = await suite.load();
    Object.assign(figures, await run());
    if (!asJson) console.error(`${suite.name}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  const rounded = Object.fromEntries(Object.entries(figures).map(([k, v]) => [k, Math.round(v * 100) / 100])) as Record<
    string,
    number
  >;
  if (asJson) {
    process.stdout.write(`${JSON.stringify(rounded)}\n`);
    return;
  }
  const width = Math.max(...Object.keys(rounded).map((k) => k.length));
  for (const [name, value] of Object.entries(rounded)) {
    console.log(`${name.padEnd(width)}  ${String(value).padStart(12)}  ${verdict(name, value)}`);
  }
}

export {};

await main();
