/** Date cards: date -> event, event -> date, and one timeline ordering drill. */
import type { CardDraft, OrderedItem } from '../../../../electron/contract';
import { cardId, factKey } from '../hash';
import type { DateFact } from '../types';
import { type ChoicePool, choicePool, clip, datePhrase, isRelative, pickChoices } from './card-kit';

const MAX_TIMELINE = 12;

/** Resolves "he"/"she" in an event sentence to the person the sentence is about, when there is one. */
export type PronounFixer = (text: string, at: number) => string;

function dateEvent(d: DateFact, sameWhen: DateFact[], fix: PronounFixer): CardDraft | null {
  let hint = '';
  if (sameWhen.length > 6) return null;
  if (sameWhen.length > 1) {
    const own = d.actors.find((a) => sameWhen.every((o) => o === d || !o.actors.includes(a)));
    if (!own) return null;
    hint = ` involving ${own}`;
  }
  return {
    id: cardId('date-event', `${d.when}|${d.event}`),
    kind: 'date-event',
    facet: 'dates',
    prompt: `According to the article, what happened ${datePhrase(d.when)}${hint}?`,
    answer: fix(d.event, d.source.start),
    ...(d.actors.length > 0 ? { actors: d.actors.slice(0, 40) } : {}),
    source: d.source,
  };
}

function eventDate(d: DateFact, pool: ChoicePool, fix: PronounFixer): CardDraft | null {
  const at = d.event.indexOf(d.when);
  if (at === -1) return null;
  const blanked = `${d.event.slice(0, at)}___${d.event.slice(at + d.when.length)}`;
  const id = cardId('event-date', `${d.when}|${d.event}`);
  const choices = pickChoices(d.when, pool, id);
  return {
    id,
    kind: 'event-date',
    facet: 'dates',
    prompt: `When did this happen? ${clip(fix(blanked, d.source.start), 70)}`,
    answer: d.when,
    ...(choices ? { choices } : {}),
    ...(d.iso ? { context: d.iso } : {}),
    ...(d.actors.length > 0 ? { actors: d.actors.slice(0, 40) } : {}),
    source: d.source,
  };
}

/** Up to `max` events spread evenly over the sorted list (first and last kept): a long history stays whole. */
function spread<T>(sorted: T[], max: number): T[] {
  if (sorted.length <= max) return sorted;
  const out: T[] = [];
  for (let k = 0; k < max; k += 1) out.push(sorted[Math.round((k * (sorted.length - 1)) / (max - 1))]);
  return out;
}

function timeline(dates: DateFact[], title: string, fix: PronounFixer): CardDraft | null {
  const seen = new Set<string>();
  const dated: DateFact[] = [];
  for (const d of dates) {
    if (d.iso === null || !/^\d{4}/.test(d.iso)) continue;
    const key = factKey(d.event);
    if (seen.has(key)) continue;
    seen.add(key);
    dated.push(d);
  }
  dated.sort((a, b) => (a.iso! < b.iso! ? -1 : a.iso! > b.iso! ? 1 : a.source.start - b.source.start));
  if (dated.length < 3) return null;
  const items: OrderedItem[] = spread(dated, MAX_TIMELINE).map((d) => ({
    text: clip(fix(d.event, d.source.start), 40),
    when: d.when,
    iso: d.iso,
  }));
  return {
    id: cardId('timeline', title || dated[0].event),
    kind: 'timeline',
    facet: 'dates',
    prompt: `Put these ${items.length} events from ${title ? `“${title}”` : 'the article'} in chronological order.`,
    answer: items.map((i) => `${i.when}: ${i.text}`).join('\n'),
    items,
    source: { start: Math.min(...dated.map((d) => d.source.start)), end: Math.max(...dated.map((d) => d.source.end)) },
  };
}

export function dateCards(dates: DateFact[], title: string, fix: PronounFixer): CardDraft[] {
  const cards: CardDraft[] = [];
  const absolute = dates.filter((d) => !isRelative(d.when));
  const pool = choicePool(absolute.map((d) => d.when));
  const byWhen = new Map<string, DateFact[]>();
  for (const d of absolute) {
    const key = factKey(d.when);
    const list = byWhen.get(key);
    if (list) list.push(d);
    else byWhen.set(key, [d]);
  }
  for (const d of absolute) {
    const a = dateEvent(d, byWhen.get(factKey(d.when)) ?? [d], fix);
    if (a) cards.push(a);
    const b = eventDate(d, pool, fix);
    if (b) cards.push(b);
  }
  const t = timeline(dates, title, fix);
  if (t) cards.push(t);
  return cards;
}
