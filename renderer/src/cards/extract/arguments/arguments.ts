/** Arguments from cue words: thesis, enumerated factors, risks, motives, conditions, claims. */
import { splitLength } from '../../document/chars';
import type { TextModel } from '../../document/text-model';
import type { ArgumentFact, ArgumentKind } from '../../types';

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
    /\b(?:must(?:\s+not)?|has\s+to|have\s+to|needs?\s+to|depends?\s+on)\b|\bif\s+[^,]{3,80},\s+(?:\w+\s+){1,4}(?:will|would|could)\b|^If\s+[^,]{3,80},\s+|\b(?:will|would|could)\s+(?:\w+\s+)?(?:hinge|depend)s?\s+on\b|\bdepends\s+on\b|\bhinges\s+on\b|\bprovided\s+(?:that|the|it|they)\b|\bon\s+condition\s+that\b|\bonly\s+if\b|\bunless\b|\bas\s+long\s+as\b/i,
  ],
  [
    'risk',
    /\b(?:risks?|danger(?:s|ous)?|threat(?:en|ens|s)?|could\s+(?:sour|backfire|undermine|damage|derail|jeopardi[sz]e|transform|make\s+\w+(?:\s+\w+)?\s+harder)|warn(?:s|ed)?\s+that|may\s+(?:backfire|undermine)|a\s+failure\s+in|liability|vulnerab\w+|fragile|precarious|out\s+of\s+contract|may\s+be\s+(?:his|her|its|their)\s+last)\b/i,
  ],
  [
    'motive',
    /\b(?:seeks?\s+to|aims?\s+to|wants?\s+to|in\s+order\s+to|so\s+as\s+to|intends?\s+to|hopes?\s+to|is\s+(?:driven|motivated)\s+by|ambitions?\s+to|(?:would|will)\s+use\s+[^,.;]{1,40}?\s+to)\b/i,
  ],
  [
    'factor',
    /\b(?:(?:was|were|is|are|been)\s+built\s+on|thanks\s+to|give[sn]?\s+(?:the\s+)?credit|(?:main|key|chief|biggest)\s+reasons?\s+(?:for|why)|(?:is|was|were)\s+driven\s+by)\b/i,
  ],
  [
    'claim',
    /\b(?:argue[sd]?|contend(?:s|ed)?|accuse[sd]?|maintains?\s+that|insists?\s+that|it\s+is\s+clear\s+that|this\s+shows|demonstrates|(?:suggest|suggests|suggested|show|shows|showed|indicate|indicates|found|ruled|held|wrote|concluded)\s+that|evidence|tends?\s+to|usually|more\s+than\s+any)\b/i,
  ],
];
const STRONG_THESIS =
  /\b(?:is\s+(?:a|an)\s+(?:tale|story|narrative|case|question|matter)\s+of|this\s+(?:article|paper|essay|analysis)\s+(?:argues|shows|contends|suggests)|in\s+(?:short|sum|conclusion)|ultimately|above\s+all|the\s+(?:key|central|real)\s+(?:point|question|issue|lesson))\b/i;
export const THESIS =
  /\b(?:is\s+a\s+(?:tale|story|narrative|case|question|matter)\s+of|this\s+(?:article|paper|essay|analysis)|in\s+(?:short|sum|conclusion)|ultimately|fundamental|the\s+(?:key|central|real)\s+(?:point|question|issue)|above\s+all|at\s+(?:its|the)\s+(?:heart|core)|marks?\s+(?:a|an)\s+\w+\s+shift|unprecedented)\b/i;

type Sent = { start: number; end: number; text: string; para: number; heading: boolean; single: boolean };

function sentenceTexts(model: TextModel): Sent[] {
  const perPara = new Array<number>(model.paragraphs.length).fill(0);
  for (const s of model.sentences) perPara[s.para] += 1;
  return model.sentences
    .filter((s) => !model.paragraphs[s.para].isPull)
    .map((s) => ({
      start: s.start,
      end: s.end,
      text: model.text.slice(s.start, s.end),
      para: s.para,
      heading: model.paragraphs[s.para].isHeading,
      single: perPara[s.para] === 1,
    }));
}

function stripOrdinal(text: string): string {
  const stripped = text.replace(ORDINAL, '');
  return stripped.charAt(0).toUpperCase() + stripped.slice(1);
}

const LIST_HEAD = new RegExp(`\\b(${Object.keys(NOUNS).join('|')})\\b`, 'i');
const CAUTION = /\b(?:caution|concerns?|worr(?:y|ies)|risks?|dangers?|doubts?|warnings?|pitfalls?)\b/i;
const MAX_ITEMS = 6;

/** Items after a head: ordinal sentences ("First… Second…"), list lines, or the rest of the head's paragraph. */
function itemsAfter(sents: Sent[], i: number, want: number, listHead: boolean): number[] {
  const items: number[] = [];
  for (let j = i + 1; j < sents.length && j < i + 40 && items.length < (want || MAX_ITEMS); j += 1) {
    const s = sents[j];
    if (s.heading) break;
    const samePara = s.para === sents[i].para;
    if (ORDINAL.test(s.text)) items.push(j);
    else if (!want && samePara && !sents[i].heading && items.length < 4) items.push(j);
    else if (!want && listHead && s.single && s.text.split(/\s+/).length <= 40) items.push(j);
    else if (!want && (!samePara || listHead)) break;
  }
  return items;
}

function headOf(s: Sent): { kind: ArgumentKind; want: number; listHead: boolean } | null {
  const counted = HEAD.exec(s.text);
  if (counted) {
    const kind = CAUTION.test(s.text) ? 'risk' : (NOUNS[counted[2].toLowerCase()] ?? 'factor');
    return { kind, want: NUMBERS[counted[1].toLowerCase()] ?? (Number(counted[1]) || 0), listHead: s.heading };
  }
  const risks = RISKS_HEAD.exec(s.text);
  if (risks) return { kind: 'risk', want: 0, listHead: false };
  const listed = (s.heading || /:\s*$/.test(s.text)) && LIST_HEAD.exec(s.text);
  if (listed)
    return {
      kind: CAUTION.test(s.text) ? 'risk' : (NOUNS[listed[1].toLowerCase()] ?? 'claim'),
      want: 0,
      listHead: true,
    };
  return null;
}

const MAX_ITEM_WORDS = 80;

/** "We see three main risks:" over list lines: each following short paragraph is one item, all its sentences. */
function paragraphItems(sents: Sent[], i: number, want: number): { first: number; last: number }[] {
  const items: { first: number; last: number }[] = [];
  if (!/:\s*$/.test(sents[i].text) || sents[i + 1]?.para === sents[i].para) return items;
  let j = i + 1;
  while (j < sents.length && !sents[j].heading && items.length < (want || MAX_ITEMS)) {
    let last = j;
    while (last + 1 < sents.length && sents[last + 1].para === sents[j].para) last += 1;
    const words = sents.slice(j, last + 1).reduce((n, s) => n + s.text.split(/\s+/).length, 0);
    if (words > MAX_ITEM_WORDS) break;
    items.push({ first: j, last });
    j = last + 1;
  }
  return items.length >= 2 && (!want || items.length === want) ? items : [];
}

function pushParagraphItems(sents: Sent[], i: number, kind: ArgumentKind, used: Set<number>, out: ArgumentFact[]) {
  const items = paragraphItems(sents, i, headOf(sents[i])?.want ?? 0);
  items.forEach(({ first, last }, ordinal) => {
    for (let k = first; k <= last; k += 1) used.add(k);
    // "Fragmentation. If …": the label of a list line reads as "Fragmentation: if …".
    const text = sents
      .slice(first, last + 1)
      .map((s) => s.text)
      .join(' ')
      .replace(
        /^([\p{Lu}][\p{L}-]*(?:\s[\p{L}-]+){0,3})\.\s+(\p{Lu})/u,
        (_m, label: string, c: string) => `${label}: ${c.toLowerCase()}`,
      );
    out.push({
      kind,
      text,
      source: { start: sents[first].start, end: sents[last].end },
      list: { head: sents[i].text, ordinal: ordinal + 1, size: items.length },
    });
  });
  return items.length;
}

/** "Three main factors…" then "First… Second… Third…", a heading over list lines, or a paragraph of risks. */
function enumerations(sents: Sent[], used: Set<number>, out: ArgumentFact[]): void {
  for (let i = 0; i < sents.length; i += 1) {
    const head = headOf(sents[i]);
    if (!head) continue;
    if (pushParagraphItems(sents, i, head.kind, used, out) > 0) {
      used.add(i);
      continue;
    }
    // A heading and the sentence under it often announce the same list: each item is taken once.
    const items = itemsAfter(sents, i, head.want, head.listHead).filter((index) => !used.has(index));
    if (items.length < 2) continue;
    items.forEach((index, ordinal) => {
      const item = sents[index];
      used.add(index);
      out.push({
        kind: head.kind,
        text: stripOrdinal(item.text),
        source: { start: item.start, end: item.end },
        list: { head: sents[i].text, ordinal: ordinal + 1, size: items.length },
      });
    });
    used.add(i);
  }
}

/** The lead paragraph's closing sentence, or a sentence with a strong cue near either end. */
function thesis(sents: Sent[], out: ArgumentFact[]): number[] {
  const body = sents.filter((s) => !s.heading);
  const paras = [...new Set(body.map((s) => s.para))];
  const edge = new Set([paras[0], paras[1], paras[paras.length - 1], paras[paras.length - 2]]);
  const perPara = new Map<number, number>();
  for (const s of body) perPara.set(s.para, (perPara.get(s.para) ?? 0) + 1);
  const lead = paras.slice(0, 2).find((p) => (perPara.get(p) ?? 0) >= 3);
  let best = -1;
  let bestScore = 0;
  for (let i = 0; i < sents.length; i += 1) {
    const s = sents[i];
    if (s.heading || !edge.has(s.para) || /[“”"]/.test(s.text)) continue;
    const isLeadClose = s.para === lead && (sents[i + 1]?.para !== lead || i + 1 === sents.length);
    const score = STRONG_THESIS.test(s.text) || isLeadClose ? 3 : THESIS.test(s.text) ? 1 : 0;
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  if (best === -1) best = sents.findIndex((s) => !s.heading);
  if (best >= 0)
    out.push({ kind: 'thesis', text: sents[best].text, source: { start: sents[best].start, end: sents[best].end } });
  // Another strongly cued summary ("X is a tale of …") stays as a claim.
  const second = sents.findIndex((s, i) => i !== best && !s.heading && edge.has(s.para) && STRONG_THESIS.test(s.text));
  if (second >= 0) {
    out.push({
      kind: 'claim',
      text: sents[second].text,
      source: { start: sents[second].start, end: sents[second].end },
    });
    return [best, second];
  }
  return [best];
}

const ELLIPTIC_IF =
  /^If\s+(?:not|(?:it|they|he|she|this)\s+(?:does|do|did|is|are|was|were|has|have|can|will)\s*(?:not|n['’]t))\b/;
const QUOTED = /[“"][^“”"]*[”"]/g;
/** Speech is the quotation cards' business; a sentence carrying a short quoted phrase still argues. */
function mostlyQuoted(text: string): boolean {
  if (!/[“”"]/.test(text)) return false;
  const quoted = (text.match(QUOTED) ?? []).reduce((n, q) => n + q.length, 0);
  return quoted === 0 || quoted > text.length * 0.4;
}

export function extractArguments(model: TextModel): ArgumentFact[] {
  const sents = sentenceTexts(model);
  const out: ArgumentFact[] = [];
  const used = new Set<number>();
  for (const i of thesis(sents, out)) used.add(i);
  enumerations(sents, used, out);
  for (let i = 0; i < sents.length; i += 1) {
    const s = sents[i];
    if (used.has(i) || s.heading || splitLength(s.text) < 6 || mostlyQuoted(s.text)) continue;
    const cue = CUES.find(([, re]) => re.test(s.text));
    if (!cue) continue;
    // "If it does not, the court …": an elliptic condition needs the sentence it refers back to.
    const prev = sents[i - 1];
    const elliptic = cue[0] === 'condition' && ELLIPTIC_IF.test(s.text) && prev && prev.para === s.para;
    const start = elliptic ? prev.start : s.start;
    out.push({ kind: cue[0], text: elliptic ? `${prev.text} ${s.text}` : s.text, source: { start, end: s.end } });
  }
  return out.sort((a, b) => a.source.start - b.source.start);
}
