/** Arguments from cue words: thesis, enumerated factors, risks, motives, conditions, claims. */
import type { TextModel } from './text-model';
import type { ArgumentFact, ArgumentKind } from './types';

const COUNT = '(two|three|four|five|six|seven|2|3|4|5|6|7|several|a few|a number of|many|various)';
const NOUNS: Record<string, ArgumentKind> = {
  factor: 'factor',
  factors: 'factor',
  reason: 'factor',
  reasons: 'factor',
  driver: 'factor',
  drivers: 'factor',
  cause: 'factor',
  causes: 'factor',
  consideration: 'factor',
  considerations: 'factor',
  pillars: 'factor',
  elements: 'factor',
  lessons: 'claim',
  risk: 'risk',
  risks: 'risk',
  danger: 'risk',
  dangers: 'risk',
  threats: 'risk',
  challenges: 'risk',
  obstacles: 'risk',
  motives: 'motive',
  motivations: 'motive',
  goals: 'motive',
  aims: 'motive',
  interests: 'motive',
  conditions: 'condition',
  requirements: 'condition',
  prerequisites: 'condition',
};
const HEAD = new RegExp(
  `\\b${COUNT}\\s+(?:main\\s+|key\\s+|major\\s+|principal\\s+|important\\s+|central\\s+|core\\s+|broad\\s+|distinct\\s+|big\\s+)*(${Object.keys(NOUNS).join('|')})\\b`,
  'i',
);
const RISKS_HEAD = /\b(?:incurs?|faces?|carries|runs?|poses?)\s+(?:\w+\s+)?(risks|dangers|challenges|threats)\b/i;
const ORDINAL =
  /^(?:(?:to\s+(?:the\s+)?(?:very\s+)?)?(first(?:ly)?|second(?:ly)?|third(?:ly)?|fourth(?:ly)?|fifth(?:ly)?|finally|lastly|last|in addition|moreover|another|one|the first|the second|the third)\b)[\s,:]*/i;
const NUMBERS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7 };

const CUES: [ArgumentKind, RegExp][] = [
  [
    'condition',
    /\b(?:will|would|could)\s+(?:\w+\s+)?(?:hinge|depend)s?\s+on\b|\bdepends\s+on\b|\bhinges\s+on\b|\bprovided\s+that\b|\bonly\s+if\b|\bunless\b|\bas\s+long\s+as\b/i,
  ],
  [
    'risk',
    /\b(?:risks?|danger(?:s|ous)?|threat(?:en|ens|s)?|could\s+(?:sour|backfire|undermine|damage|derail|jeopardi[sz]e|transform)|may\s+(?:backfire|undermine)|a\s+failure\s+in|liability|vulnerab\w+)\b/i,
  ],
  [
    'motive',
    /\b(?:seeks?\s+to|aims?\s+to|wants?\s+to|in\s+order\s+to|so\s+as\s+to|intends?\s+to|hopes?\s+to|is\s+(?:driven|motivated)\s+by|ambitions?\s+to)\b/i,
  ],
  [
    'claim',
    /\b(?:argues?|contends?|maintains?\s+that|it\s+is\s+clear\s+that|this\s+shows|demonstrates|suggests\s+that|evidence)\b/i,
  ],
];
const STRONG_THESIS =
  /\b(?:is\s+(?:a|an)\s+(?:tale|story|narrative|case|question|matter)\s+of|this\s+(?:article|paper|essay|analysis)\s+(?:argues|shows|contends|suggests)|in\s+(?:short|sum|conclusion)|ultimately|above\s+all|the\s+(?:key|central|real)\s+(?:point|question|issue|lesson))\b/i;
const THESIS =
  /\b(?:is\s+a\s+(?:tale|story|narrative|case|question|matter)\s+of|this\s+(?:article|paper|essay|analysis)|in\s+(?:short|sum|conclusion)|ultimately|fundamental|the\s+(?:key|central|real)\s+(?:point|question|issue)|above\s+all|at\s+(?:its|the)\s+(?:heart|core)|marks?\s+(?:a|an)\s+\w+\s+shift|unprecedented)\b/i;

type Sent = { start: number; end: number; text: string; para: number };

function sentenceTexts(model: TextModel): Sent[] {
  return model.sentences
    .filter((s) => !model.paragraphs[s.para].isPull && !model.paragraphs[s.para].isHeading)
    .map((s) => ({ start: s.start, end: s.end, text: model.text.slice(s.start, s.end), para: s.para }));
}

function stripOrdinal(text: string): string {
  const stripped = text.replace(ORDINAL, '');
  return stripped.charAt(0).toUpperCase() + stripped.slice(1);
}

/** "Three main factors…" then "First… Second… Third…" (or the rest of the paragraph) become an ordered list. */
function enumerations(sents: Sent[], used: Set<number>, out: ArgumentFact[]): void {
  for (let i = 0; i < sents.length; i += 1) {
    const head = HEAD.exec(sents[i].text) ?? RISKS_HEAD.exec(sents[i].text);
    if (!head) continue;
    const noun = (head[2] ?? head[1]).toLowerCase();
    const kind = NOUNS[noun] ?? 'risk';
    const want = NUMBERS[head[1].toLowerCase()] ?? (Number(head[1]) || 0);
    const items: number[] = [];
    for (let j = i + 1; j < sents.length && j < i + 40 && items.length < (want || 5); j += 1) {
      const ordinal = ORDINAL.test(sents[j].text);
      const samePara = sents[j].para === sents[i].para;
      if (ordinal || (!want && samePara && items.length < 4)) items.push(j);
      else if (!want && !samePara) break;
    }
    if (items.length < 2 || (want > 0 && items.length !== want && items.length < 2)) continue;
    const size = items.length;
    items.forEach((index, ordinal) => {
      const item = sents[index];
      used.add(index);
      out.push({
        kind,
        text: stripOrdinal(item.text),
        source: { start: item.start, end: item.end },
        list: { head: sents[i].text, ordinal: ordinal + 1, size },
      });
    });
    used.add(i);
  }
}

function thesis(model: TextModel, sents: Sent[], out: ArgumentFact[]): number {
  const paras = [...new Set(sents.map((s) => s.para))];
  const edge = new Set([paras[0], paras[1], paras[paras.length - 1], paras[paras.length - 2]]);
  let best = -1;
  let bestScore = 0;
  for (let i = 0; i < sents.length; i += 1) {
    if (!edge.has(sents[i].para)) continue;
    const score = STRONG_THESIS.test(sents[i].text) ? 3 : THESIS.test(sents[i].text) ? 1 : 0;
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  if (best === -1 && sents.length > 0) best = 0;
  if (best >= 0 && model.text.length > 0)
    out.push({ kind: 'thesis', text: sents[best].text, source: { start: sents[best].start, end: sents[best].end } });
  return best;
}

export function extractArguments(model: TextModel): ArgumentFact[] {
  const sents = sentenceTexts(model);
  const out: ArgumentFact[] = [];
  const used = new Set<number>();
  used.add(thesis(model, sents, out));
  enumerations(sents, used, out);
  for (let i = 0; i < sents.length; i += 1) {
    if (used.has(i) || sents[i].text.split(/\s+/).length < 6 || /[“”"]/.test(sents[i].text)) continue;
    const cue = CUES.find(([, re]) => re.test(sents[i].text));
    if (cue) out.push({ kind: cue[0], text: sents[i].text, source: { start: sents[i].start, end: sents[i].end } });
  }
  return out.sort((a, b) => a.source.start - b.source.start);
}
