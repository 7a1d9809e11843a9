import type { CardView, Facet, SourceSpan } from '../../../../electron/contract';
import type { FactsDoc } from '../../cards/types';

export type Mark = { start: number; end: number; facet: Facet; key: string; label: string };

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Actor mentions (names and aliases, longest first), then dates and quotes, without overlaps (quotes win). */
export function computeMarks(text: string, facts: Pick<FactsDoc, 'actors' | 'dates' | 'quotes'>): Mark[] {
  const marks: Mark[] = [];
  for (const quote of facts.quotes) {
    const at = text.indexOf(quote.text, Math.max(0, quote.source.start - 1));
    if (at >= 0)
      marks.push({ start: at, end: at + quote.text.length, facet: 'quotes', key: `q:${at}`, label: quote.text });
  }
  for (const date of facts.dates) {
    let at = text.indexOf(date.when, date.source.start);
    if (at < 0 || at > date.source.end) at = text.indexOf(date.when);
    if (at >= 0)
      marks.push({ start: at, end: at + date.when.length, facet: 'dates', key: `d:${date.when}`, label: date.when });
  }
  const names = new Map<string, string>();
  for (const actor of facts.actors)
    for (const name of [actor.name, ...actor.aliases]) if (name.length > 1) names.set(name, actor.name);
  if (names.size > 0) {
    const pattern = [...names.keys()]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|');
    const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${pattern})(?![\\p{L}\\p{N}])`, 'gu');
    for (const m of text.matchAll(re)) {
      const name = names.get(m[0])!;
      marks.push({ start: m.index, end: m.index + m[0].length, facet: 'actors', key: `a:${name}`, label: name });
    }
  }
  const rank: Record<Facet, number> = { quotes: 0, dates: 1, actors: 2, arguments: 3 };
  marks.sort((a, b) => rank[a.facet] - rank[b.facet] || a.start - b.start);
  const kept: Mark[] = [];
  for (const mark of marks) if (!kept.some((k) => k.start < mark.end && mark.start < k.end)) kept.push(mark);
  return kept.sort((a, b) => a.start - b.start);
}

const overlaps = (a: SourceSpan, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** The cards a selected mark is about: an actor's cards by name, a date's or a quote's by where they come from. */
export function cardsForMark(mark: Mark, marks: Mark[], cards: CardView[]): CardView[] {
  if (mark.facet === 'actors') {
    return cards.filter(
      (c) => c.actors?.includes(mark.label) || c.answer === mark.label || c.prompt.includes(mark.label),
    );
  }
  const spans = marks.filter((m) => m.key === mark.key);
  return cards.filter(
    (c) =>
      spans.some((s) => overlaps(c.source, s)) ||
      (mark.facet === 'dates' && (c.prompt.includes(mark.label) || c.answer.includes(mark.label))),
  );
}

export type Segment = { start: number; end: number; mark: Mark | null; focus: boolean };

/** One paragraph's text cut where marks and the focused span begin and end. */
export function segments(from: number, to: number, marks: Mark[], focus: SourceSpan | null): Segment[] {
  const cuts = new Set([from, to]);
  for (const m of marks) {
    if (m.end <= from || m.start >= to) continue;
    cuts.add(Math.max(from, m.start));
    cuts.add(Math.min(to, m.end));
  }
  if (focus && focus.end > from && focus.start < to) {
    cuts.add(Math.max(from, focus.start));
    cuts.add(Math.min(to, focus.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i < points.length - 1; i += 1) {
    const start = points[i];
    const end = points[i + 1];
    const mark = marks.find((m) => m.start <= start && end <= m.end) ?? null;
    out.push({ start, end, mark, focus: !!focus && focus.start <= start && end <= focus.end });
  }
  return out;
}
