/**
 * Rejected facts leave the cards built from them, where cards are served to
 * study (the stored cards stay as the generator made them, so restoring a
 * card brings its fact back everywhere).
 *
 * A fact is rejected when every card made from it (same fact hash, siblings.ts)
 * was rejected in the review of new cards. Then:
 *  - its event leaves the article's timeline cards (a dates fact);
 *  - its date or actor leaves the multiple-choice options of other cards, unless
 *    it is that card's answer or another fact still stands behind it.
 */
import type { CardView } from '../../../contract';
import type { StoredCard } from '../types';
import { factOf } from './siblings';

export type RejectedFacts = {
  /** Normalised event texts of rejected dates facts. */
  events: string[];
  /** Choices that only rejected facts stand behind (normalised). */
  choices: Set<string>;
};

const norm = (s: string) =>
  s
    .toLocaleLowerCase()
    .replace(/[…"“”‘’'.,;:!?()]/g, '')
    .replace(/\s+/g, ' ')
    .trim();

/** The event sentence of a dates card: the answer of "what happened on …", the blanked prompt of "when did this happen". */
function eventOf(card: StoredCard): string | null {
  const d = card.draft;
  if (d.kind === 'date-event') return d.answer;
  if (d.kind === 'event-date') {
    const colon = d.prompt.indexOf('?');
    const body = colon >= 0 ? d.prompt.slice(colon + 1) : d.prompt;
    return body.replace('___', d.answer);
  }
  return null;
}

/** The dates and actors a fact's cards give as answers (what other cards use as options). */
function optionsOf(card: StoredCard): string[] {
  const d = card.draft;
  if (d.facet === 'actors') return d.actors ?? [];
  if (d.kind === 'event-date') return [d.answer];
  return [];
}

export function rejectedFacts(cards: Iterable<StoredCard>): RejectedFacts | null {
  const facts = new Map<string, { rejected: boolean; cards: StoredCard[] }>();
  let any = false;
  for (const card of cards) {
    if (card.retired || card.draft.items) continue;
    const key = factOf(card);
    const fact = facts.get(key) ?? { rejected: true, cards: [] };
    fact.rejected &&= card.review === 'rejected';
    any ||= card.review === 'rejected';
    fact.cards.push(card);
    facts.set(key, fact);
  }
  if (!any) return null;
  const events: string[] = [];
  const gone = new Set<string>();
  const kept = new Set<string>();
  for (const fact of facts.values()) {
    for (const card of fact.cards) {
      for (const option of optionsOf(card)) (fact.rejected ? gone : kept).add(norm(option));
      if (fact.rejected) {
        const event = eventOf(card);
        if (event) events.push(norm(event));
      }
    }
  }
  for (const option of kept) gone.delete(option);
  if (events.length === 0 && gone.size === 0) return null;
  return { events, choices: gone };
}

/** The card as studied, without what rejected facts put in it. */
export function serveWithout(view: CardView, rejected: RejectedFacts | null): CardView {
  if (!rejected) return view;
  let out = view;
  if (view.items && rejected.events.length > 0) {
    const items = view.items.filter((item) => {
      const text = norm(item.text);
      return !rejected.events.some((event) => event.includes(text) || text.includes(event));
    });
    if (items.length !== view.items.length && items.length >= 2) {
      const answer = items.map((i) => (i.when ? `${i.when}: ${i.text}` : i.text)).join('\n');
      out = { ...out, items, answer };
    }
  }
  if (view.choices && rejected.choices.size > 0) {
    const answer = norm(view.answer);
    const choices = view.choices.filter((c) => norm(c) === answer || !rejected.choices.has(norm(c)));
    if (choices.length !== view.choices.length) {
      if (choices.length >= 2) out = { ...out, choices };
      else {
        const { choices: _dropped, ...rest } = out;
        out = rest;
      }
    }
  }
  return out;
}

/** No rejected facts to take out (the default when the queue is built without a collection). */
export function withoutRejected(_card: StoredCard, view: CardView): CardView {
  return view;
}
