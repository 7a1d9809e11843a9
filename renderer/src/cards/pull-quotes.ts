/** Pull quotes: a one-sentence line that repeats the body. They yield no facts of their own. */
import type { TextModel } from './text-model';

const SHINGLE = 6;

function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== '');
}

function shingles(ws: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i + SHINGLE <= ws.length; i += 1) out.push(ws.slice(i, i + SHINGLE).join(' '));
  return out;
}

const BOILERPLATE =
  /^(?:disclaimer|copyright|©|all rights reserved|about the author|the (?:views|opinions) expressed|share this|subscribe|follow us|read more|related:)/i;

/** Marks `isPull` on single-sentence lines whose opening (8+ words) or most of whose words repeat another line. */
export function markPullQuotes(model: TextModel): void {
  const sentenceCount = new Array<number>(model.paragraphs.length).fill(0);
  for (const s of model.sentences) sentenceCount[s.para] += 1;
  const owner = new Set<string>();
  model.paragraphs.forEach((p, i) => {
    if (sentenceCount[i] < 2 && p.end - p.start < 400) return;
    for (const sh of shingles(words(model.text.slice(p.start, p.end)))) owner.add(sh);
  });
  model.paragraphs.forEach((p, i) => {
    if (BOILERPLATE.test(model.text.slice(p.start, p.start + 40))) p.isPull = true;
    if (sentenceCount[i] !== 1 || p.isHeading) return;
    const list = shingles(words(model.text.slice(p.start, p.end)));
    if (list.length === 0) return;
    let run = 0;
    while (run < list.length && owner.has(list[run])) run += 1;
    const hits = list.filter((sh) => owner.has(sh)).length;
    if (run + SHINGLE - 1 >= 8 || hits >= list.length * 0.8) p.isPull = true;
  });
}
