import { readdirSync, readFileSync } from 'node:fs';
import { generate as gBranch } from './renderer/src/cards';
import { generate as gBase } from '/tmp/roles-base/renderer/src/cards';
import { extractActors as eBranch } from './renderer/src/cards/extract/actors/actors';
import { extractActors as eBase } from '/tmp/roles-base/renderer/src/cards/extract/actors/actors';
import { buildTextModel } from './renderer/src/cards/document/text-model';
const dirs = ['../shared/corpus', 'tests/fixtures/articles'];
const paras: string[] = [];
for (const d of dirs) for (const f of readdirSync(d)) if (f.endsWith('.txt')) paras.push(...readFileSync(`${d}/${f}`, 'utf8').split('\n'));
const out: string[] = []; let words = 0;
for (let i = 0; words < 75000; i += 1) { const p = paras[(i * 7) % paras.length]; out.push(p); words += p.split(/\s+/).length; }
const text = out.join('\n');
const model = buildTextModel(text);
const t = (g: () => unknown) => { const s = performance.now(); g(); return performance.now() - s; };
const med = (x: number[]) => x.sort((p, q) => p - q)[Math.floor(x.length / 2)];
for (const [name, fa, fb] of [['actors', () => eBase(model), () => eBranch(model)]] as const) {
  fa(); fb();
  const a: number[] = [], b: number[] = [];
  for (let i = 0; i < 25; i += 1) { b.push(t(fb)); a.push(t(fa)); }
  console.log(name, 'base ms', med(a).toFixed(0), 'branch ms', med(b).toFixed(0));
}
