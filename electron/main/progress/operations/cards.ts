/** Cards: listing with filters, review of new cards, edits, suspend, reset, history. */
import type { CardView, ParsedInput, ReviewEntry } from '../../../contract';
import { UserError } from '../errors';
import { isStudyable, newState, retrievability, toCardView, toReviewEntry } from '../scheduling';
import type { Progress } from '../storage';
import type { StoredCard } from '../types';

type Filter = ParsedInput<'cards:list'>;

function matchesState(card: StoredCard, state: Filter['state']): boolean {
  if (state === undefined) return !card.retired;
  if (state === 'retired') return card.retired;
  if (state === 'suspended') return card.suspended && !card.retired;
  if (state === 'pending') return card.review === 'pending' && !card.retired;
  if (!isStudyable(card)) return false;
  const s = card.fsrs.state;
  return state === 'new' ? s === 0 : state === 'review' ? s === 2 : s === 1 || s === 3;
}

function matchesSearch(card: StoredCard, needle: string): boolean {
  const d = card.draft;
  const hay = [d.prompt, d.answer, d.context ?? '', ...(d.actors ?? []), ...(d.acceptable ?? [])];
  return hay.some((t) => t.toLocaleLowerCase().includes(needle));
}

export function listCards(p: Progress, filter: Filter): CardView[] {
  const now = p.now();
  const needle = filter.search?.trim().toLocaleLowerCase() ?? '';
  const picked: StoredCard[] = [];
  for (const card of p.collection.allCards()) {
    if (filter.articleId !== undefined && card.articleId !== filter.articleId) continue;
    if (filter.facet !== undefined && card.draft.facet !== filter.facet) continue;
    if (!matchesState(card, filter.state)) continue;
    if (filter.dueOnly && !(isStudyable(card) && card.fsrs.state !== 0 && card.fsrs.due <= now)) continue;
    if (needle && !matchesSearch(card, needle)) continue;
    picked.push(card);
  }
  const r = (c: StoredCard) => retrievability(p.scheduler, c.fsrs, now) ?? 2;
  const sorters: Record<string, (a: StoredCard, b: StoredCard) => number> = {
    due: (a, b) => a.fsrs.due - b.fsrs.due,
    retrievability: (a, b) => r(a) - r(b),
    lapses: (a, b) => b.fsrs.lapses - a.fsrs.lapses,
    created: (a, b) => a.createdAt - b.createdAt,
  };
  if (filter.sort) picked.sort(sorters[filter.sort]);
  return picked.map((c) => toCardView(c, p.collection.titleOf(c.articleId), p.scheduler, now));
}

function cardsOf(p: Progress, ids: string[]): StoredCard[] {
  return [...new Set(ids)].map((id) => p.collection.cards.get(id)).filter((c): c is StoredCard => c !== undefined);
}

export function reviewCards(p: Progress, input: ParsedInput<'cards:review'>): { accepted: number; rejected: number } {
  const accept = cardsOf(p, input.accept);
  const reject = cardsOf(p, input.reject).filter((c) => !accept.includes(c));
  const changing = [...accept.filter((c) => c.review !== 'accepted'), ...reject.filter((c) => c.review !== 'rejected')];
  p.changeCards(
    changing.map((card) => ({
      card,
      change: { cardId: card.draft.id, review: accept.includes(card) ? 'accepted' : 'rejected' },
    })),
  );
  return { accepted: accept.length, rejected: reject.length };
}

export function updateCard(p: Progress, input: ParsedInput<'cards:update'>): CardView {
  const card = p.collection.cards.get(input.id);
  if (!card) throw new UserError('This card no longer exists.', 'not-found');
  const draft = {
    ...card.draft,
    ...(input.prompt ? { prompt: input.prompt } : {}),
    ...(input.answer ? { answer: input.answer } : {}),
  };
  if (draft.prompt !== card.draft.prompt || draft.answer !== card.draft.answer) {
    p.changeCards([{ card, change: { cardId: card.draft.id, prompt: draft.prompt, answer: draft.answer } }]);
  }
  return toCardView(card, p.collection.titleOf(card.articleId), p.scheduler, p.now());
}

export function suspendCards(p: Progress, input: ParsedInput<'cards:suspend'>): { changed: number } {
  const changing = cardsOf(p, input.ids).filter((c) => c.suspended !== input.suspended);
  p.changeCards(changing.map((card) => ({ card, change: { cardId: card.draft.id, suspended: input.suspended } })));
  return { changed: changing.length };
}

export function resetCards(p: Progress, input: ParsedInput<'cards:reset'>): { changed: number } {
  const changing = cardsOf(p, input.ids).filter((c) => c.fsrs.state !== 0 || c.fsrs.reps > 0);
  if (changing.length > 0) {
    const fresh = newState(p.now());
    p.changeCards(changing.map((card) => ({ card, change: { cardId: card.draft.id, fsrs: { ...fresh } } })));
    // An undo must not bring back a schedule the user chose to reset.
    const reset = new Set(changing.map((c) => c.draft.id));
    p.undo.forget((r) => reset.has(r.cardId));
  }
  return { changed: changing.length };
}

export function cardHistory(p: Progress, id: string): ReviewEntry[] {
  if (!p.collection.cards.has(id)) throw new UserError('This card no longer exists.', 'not-found');
  return p
    .allReviews()
    .filter((r) => r.cardId === id)
    .map(toReviewEntry);
}
