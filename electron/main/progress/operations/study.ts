/** Study: today's queue, answering (durable before acknowledged) and undo. */
import type { AnswerResult, CardView, ParsedInput, Queue } from '../../../contract';
import { UserError } from '../errors';
import {
  buildQueue,
  isStudyable,
  type RejectedFacts,
  rejectedFacts,
  retrievability,
  schedule,
  serveWithout,
  toCardView,
  type UndoSession,
} from '../scheduling';
import type { StoreReader, StoreWriter } from '../storage';
import type { StoredCard } from '../types';

export function studyQueue(store: StoreReader, scope: ParsedInput<'study:queue'>): Queue {
  const index = store.studyIndex();
  const rejected = new Map<string, RejectedFacts | null>();
  const serve = (card: StoredCard, view: CardView) => {
    if (!view.items && !view.choices) return view;
    let facts = rejected.get(card.articleId);
    if (facts === undefined) {
      facts = rejectedFacts(store.deck(card.articleId)?.data.cards ?? []);
      rejected.set(card.articleId, facts);
    }
    return serveWithout(view, facts);
  };
  const titleOf = (articleId: string) => store.titleOf(articleId);
  return buildQueue(
    index,
    { titleOf, answeredToday: scope.practice ? [] : store.answeredToday(), serve },
    store.scheduler,
    store.settings,
    store.now(),
    scope,
    store.todayCounts(),
  );
}

export function answer(store: StoreWriter, undo: UndoSession, input: ParsedInput<'study:answer'>): AnswerResult {
  const card = store.card(input.cardId);
  if (!card) throw new UserError('This card no longer exists.', 'not-found');
  if (!isStudyable(card)) throw new UserError('This card is not being studied (suspended, retired or not accepted).');
  const now = store.now();
  const record = store.answer(card, {
    cardId: card.draft.id,
    articleId: card.articleId,
    at: now,
    rating: input.rating,
    mode: input.mode,
    durationMs: input.durationMs,
    before: card.fsrs,
    after: schedule(store.scheduler, card.fsrs, now, input.rating),
    retrievability: retrievability(store.scheduler, card.fsrs, now),
  });
  undo.push(record);
  return {
    card: toCardView(card, store.titleOf(card.articleId), store.scheduler, now),
    undoDepth: undo.size,
  };
}

export function undoAnswer(store: StoreWriter, undo: UndoSession, cardId?: string): AnswerResult {
  const last = undo.last();
  if (!last) throw new UserError('There is no answer to undo in this session.');
  if (cardId !== undefined && last.cardId !== cardId)
    throw new UserError('That answer is no longer the last one given, so it was not undone.');
  const card = store.card(last.cardId);
  if (!card || card.articleId !== last.articleId) {
    undo.dropLast();
    throw new UserError('The card of the last answer no longer exists.', 'not-found');
  }
  const now = store.now();
  store.undoAnswer(card, last, now);
  undo.dropLast();
  return {
    card: toCardView(card, store.titleOf(card.articleId), store.scheduler, now),
    undoDepth: undo.size,
  };
}
