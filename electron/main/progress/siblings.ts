/**
 * Siblings, as Anki calls the cards of one note: cards built from the same fact
 * (the same hash after the kind in the generator's id: "Who said …" and "Finish
 * the quote …") or from the same sentence (overlapping source spans in one
 * article). One answers the other, so a session shows one of them and the rest
 * wait for another day. Ordered cards (timelines, factor lists) span many
 * sentences and are siblings only through their own fact.
 */
import type { StoredCard } from './types';

/** The fact part of the generator's id ("quote-finish:ab12" -> "ab12"). */
export function factOf(card: StoredCard): string {
  const id = card.sourceId ?? card.draft.id;
  const colon = id.lastIndexOf(':');
  return colon < 0 ? id : id.slice(colon + 1);
}

export function areSiblings(a: StoredCard, b: StoredCard): boolean {
  if (a === b || a.articleId !== b.articleId) return false;
  if (factOf(a) === factOf(b)) return true;
  if (a.draft.items || b.draft.items) return false;
  const x = a.draft.source;
  const y = b.draft.source;
  return x.start < y.end && y.start < x.end;
}

/** Cards claimed so far (answered today, or already in the session), by article. */
export class SiblingGuard {
  private readonly byArticle = new Map<string, StoredCard[]>();

  claim(card: StoredCard): void {
    const list = this.byArticle.get(card.articleId);
    if (list) list.push(card);
    else this.byArticle.set(card.articleId, [card]);
  }

  /** True when a sibling of `card` (not the card itself) was claimed. */
  blocks(card: StoredCard): boolean {
    const list = this.byArticle.get(card.articleId);
    return list !== undefined && list.some((other) => areSiblings(card, other));
  }
}
