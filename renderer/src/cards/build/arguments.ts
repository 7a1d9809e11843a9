/** Argument cards: the thesis, "what are the N factors" (ordered), and single factors, risks and claims. */
import type { CardDraft } from '../../../../electron/contract';
import { cardId } from '../hash';
import type { ArgumentFact } from '../types';
import { clip, ordinalWord } from './card-kit';

const PLURAL: Record<string, string> = {
  factor: 'factors',
  risk: 'risks',
  motive: 'motives',
  condition: 'conditions',
  claim: 'claims',
  thesis: 'theses',
};

function thesisCard(a: ArgumentFact, title: string): CardDraft {
  return {
    id: cardId('thesis', a.text),
    kind: 'thesis',
    facet: 'arguments',
    prompt: `What is the central argument of ${title ? `“${title}”` : 'the article'}?`,
    answer: a.text,
    source: a.source,
    needsReview: true,
  };
}

function listCard(head: string, items: ArgumentFact[]): CardDraft {
  const noun = PLURAL[items[0].kind];
  return {
    id: cardId('argument-list', head),
    kind: 'argument-list',
    facet: 'arguments',
    prompt: `The article gives ${items.length} ${noun} after “${clip(head, 40)}” What are they, in order?`,
    answer: items.map((i, k) => `${k + 1}. ${i.text}`).join('\n'),
    items: items.map((i) => ({ text: clip(i.text, 80) })),
    source: { start: items[0].source.start, end: items[items.length - 1].source.end },
    needsReview: true,
  };
}

function singleCard(a: ArgumentFact): CardDraft | null {
  if (a.list) {
    return {
      id: cardId('argument-single', `${a.list.head}|${a.text}`),
      kind: 'argument-single',
      facet: 'arguments',
      prompt: `What is the ${ordinalWord(a.list.ordinal)} of the ${a.list.size} ${PLURAL[a.kind]} after “${clip(a.list.head, 40)}”?`,
      answer: a.text,
      source: a.source,
      needsReview: true,
    };
  }
  const words = a.text.split(/\s+/);
  if (words.length < 8) return null;
  const cut = Math.ceil(words.length / 2);
  return {
    id: cardId('argument-single', a.text),
    kind: 'argument-single',
    facet: 'arguments',
    prompt: `Complete the ${a.kind} the article makes: “${words.slice(0, cut).join(' ')} …”`,
    answer: words.slice(cut).join(' '),
    source: a.source,
    needsReview: true,
  };
}

export function argumentCards(args: ArgumentFact[], title: string): CardDraft[] {
  const cards: CardDraft[] = [];
  const lists = new Map<string, ArgumentFact[]>();
  for (const a of args) {
    if (a.kind === 'thesis') cards.push(thesisCard(a, title));
    else {
      const single = singleCard(a);
      if (single) cards.push(single);
    }
    if (a.list) {
      const list = lists.get(a.list.head);
      if (list) list.push(a);
      else lists.set(a.list.head, [a]);
    }
  }
  for (const [head, items] of lists) if (items.length >= 2) cards.push(listCard(head, items));
  return cards;
}
