/** Cards: listing with filters, review of new cards, edits, suspend, reset, history. */
import type { CardView, ParsedInput, ReviewEntry } from '../../../contract';
import { UserError } from '../errors';
import { isStudyable, newState, retrievability, toCardView, toReviewEntry, type UndoSession } from '../scheduling';
import type { StoreReader, StoreWriter } from '../storage';
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

export function listCards(store: StoreReader, filter: Filter): CardView[] {
  const now = store.now();
  const needle = filter.search?.trim().toLocaleLowerCase() ?? '';
  const picked: StoredCard[] = [];
  for (const card of store.cards()) {
    if (filter.articleId !== undefined && card.articleId !== filter.articleId) continue;
    if (filter.facet !== undefined && card.draft.facet !== filter.facet) continue;
    if (!matchesState(card, filter.state)) continue;
    if (filter.dueOnly && !(isStudyable(card) && card.fsrs.state !== 0 && card.fsrs.due <= now)) continue;
    if (needle && !matchesSearch(card, needle)) continue;
    picked.push(card);
  }
  const r = (c: StoredCard) => retrievability(store.scheduler, c.fsrs, now) ?? 2;
  const sorters: Record<string, (a: StoredCard, b: StoredCard) => number> = {
    due: (a, b) => a.fsrs.due - b.fsrs.due,
    retrievability: (a, b) => r(a) - r(b),
    lapses: (a, b) => b.fsrs.lapses - a.fsrs.lapses,
    created: (a, b) => a.createdAt - b.createdAt,
  };
  if (filter.sort) picked.sort(sorters[filter.sort]);
  return picked.map((c) => toCardView(c, store.titleOf(c.articleId), store.scheduler, now));
}

function cardsOf(store: StoreReader, ids: string[]): StoredCard[] {
  return [...new Set(ids)].map((id) => store.card(id)).filter((c): c is StoredCard => c !== undefined);
}

export function reviewCards(
  store: StoreWriter,
  input: ParsedInput<'cards:review'>,
): { accepted: number; rejected: number } {
  const accept = cardsOf(store, input.accept);
  const reject = cardsOf(store, input.reject).filter((c) => !accept.includes(c));
  const changing = [...accept.filter((c) => c.review !== 'accepted'), ...reject.filter((c) => c.review !== 'rejected')];
  store.changeCards(
    changing.map((card) => ({
      card,
      change: { cardId: card.draft.id, review: accept.includes(card) ? 'accepted' : 'rejected' },
    })),
  );
  return { accepted: accept.length, rejected: reject.length };
}

export function updateCard(store: StoreWriter, input: ParsedInput<'cards:update'>): CardView {
  const card = store.card(input.id);
  if (!card) throw new UserError('This card no longer exists.', 'not-found');
  const draft = {
    ...card.draft,
    ...(input.prompt ? { prompt: input.prompt } : {}),
    ...(input.answer ? { answer: input.answer } : {}),
  };
  if (draft.prompt !== card.draft.prompt || draft.answer !== card.draft.answer) {
    store.changeCards([{ card, change: { cardId: card.draft.id, prompt: draft.prompt, answer: draft.answer } }]);
  }
  return toCardView(card, store.titleOf(card.articleId), store.scheduler, store.now());
}

export function suspendCards(store: StoreWriter, input: ParsedInput<'cards:suspend'>): { changed: number } {
  const changing = cardsOf(store, input.ids).filter((c) => c.suspended !== input.suspended);
  store.changeCards(changing.map((card) => ({ card, change: { cardId: card.draft.id, suspended: input.suspended } })));
  return { changed: changing.length };
}

export function resetCards(
  store: StoreWriter,
  undo: UndoSession,
  input: ParsedInput<'cards:reset'>,
): { changed: number } {
  const changing = cardsOf(store, input.ids).filter((c) => c.fsrs.state !== 0 || c.fsrs.reps > 0);
  if (changing.length > 0) {
    const fresh = newState(store.now());
    store.changeCards(changing.map((card) => ({ card, change: { cardId: card.draft.id, fsrs: { ...fresh } } })));
    // An undo must not bring back a schedule the user chose to reset.
    const reset = new Set(changing.map((c) => c.draft.id));
    undo.forget((r) => reset.has(r.cardId));
  }
  return { changed: changing.length };
}

export function cardHistory(store: StoreReader, id: string): ReviewEntry[] {
  if (!store.card(id)) throw new UserError('This card no longer exists.', 'not-found');
  return store
    .reviews()
    .filter((r) => r.cardId === id)
    .map(toReviewEntry);
}
