/**
 * Siblings, as Anki calls the cards of one note: cards built from the same fact
 * (the same hash after the kind in the generator's id: "Who said …" and "Finish
 * the quote …") or from the same sentence (overlapping source spans in one
 * article). One answers the other, so a session shows one of them and the rest
 * wait for another day. Ordered cards (timelines, factor lists) span many
 * sentences and are siblings only through their own fact.
 */
import type { StoredCard } from '../types';

const facts = new WeakMap<StoredCard, string>();

/** The fact part of the generator's id ("quote-finish:ab12" -> "ab12"), remembered per card. */
export function factOf(card: StoredCard): string {
  let fact = facts.get(card);
  if (fact === undefined) {
    const id = card.sourceId ?? card.draft.id;
    const colon = id.lastIndexOf(':');
    fact = colon < 0 ? id : id.slice(colon + 1);
    facts.set(card, fact);
  }
  return fact;
}

function overlaps(a: StoredCard, b: StoredCard): boolean {
  if (a.draft.items || b.draft.items) return false;
  const x = a.draft.source;
  const y = b.draft.source;
  return x.start < y.end && y.start < x.end;
}

export function areSiblings(a: StoredCard, b: StoredCard): boolean {
  if (a === b || a.articleId !== b.articleId) return false;
  return factOf(a) === factOf(b) || overlaps(a, b);
}

type Claimed = { byFact: Map<string, StoredCard[]>; sentences: StoredCard[] };

/** Cards claimed so far (answered today, or already in the session), by article: facts in a map, sentences in a list. */
export class SiblingGuard {
  private readonly byArticle = new Map<string, Claimed>();

  claim(card: StoredCard): void {
    let claimed = this.byArticle.get(card.articleId);
    if (!claimed) {
      claimed = { byFact: new Map(), sentences: [] };
      this.byArticle.set(card.articleId, claimed);
    }
    const fact = factOf(card);
    const same = claimed.byFact.get(fact);
    if (same) same.push(card);
    else claimed.byFact.set(fact, [card]);
    if (!card.draft.items) claimed.sentences.push(card);
  }

  /** True when a sibling of `card` (not the card itself) was claimed. */
  blocks(card: StoredCard): boolean {
    const claimed = this.byArticle.get(card.articleId);
    if (!claimed) return false;
    const same = claimed.byFact.get(factOf(card));
    if (same?.some((other) => other !== card)) return true;
    if (card.draft.items) return false;
    return claimed.sentences.some((other) => other !== card && overlaps(card, other));
  }
}
