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
} from '../scheduling';
import { messageOf, type Progress } from '../storage';
import type { ReviewRecord, StoredCard } from '../types';

/** Cards answered today (not undone): their siblings wait for tomorrow. */
export function answeredToday(p: Progress): StoredCard[] {
  return [...p.log.todayCardIds(p.deps.clock(), p.settings.dayStartHour)]
    .map((id) => p.collection.cards.get(id))
    .filter((card): card is StoredCard => card !== undefined);
}

export function studyQueue(p: Progress, scope: ParsedInput<'study:queue'>): Queue {
  const c = p.collection;
  p.queueIndex.ensure(() => c.allCards());
  const rejected = new Map<string, RejectedFacts | null>();
  const serve = (card: StoredCard, view: CardView) => {
    if (!view.items && !view.choices) return view;
    let facts = rejected.get(card.articleId);
    if (facts === undefined) {
      facts = rejectedFacts(c.decks.get(card.articleId)?.data.cards ?? []);
      rejected.set(card.articleId, facts);
    }
    return serveWithout(view, facts);
  };
  return buildQueue(
    p.queueIndex,
    { titleOf: c.titleOf, answeredToday: scope.practice ? [] : answeredToday(p), serve },
    p.scheduler,
    p.settings,
    p.now(),
    scope,
    p.todayCounts(),
  );
}

export function answer(p: Progress, input: ParsedInput<'study:answer'>): AnswerResult {
  const card = p.collection.cards.get(input.cardId);
  if (!card) throw new UserError('This card no longer exists.', 'not-found');
  if (!isStudyable(card)) throw new UserError('This card is not being studied (suspended, retired or not accepted).');
  const now = p.now();
  const record: ReviewRecord = {
    seq: p.journal.lastSeq + 1,
    cardId: card.draft.id,
    articleId: card.articleId,
    at: now,
    rating: input.rating,
    mode: input.mode,
    durationMs: input.durationMs,
    before: card.fsrs,
    after: schedule(p.scheduler, card.fsrs, now, input.rating),
    retrievability: retrievability(p.scheduler, card.fsrs, now),
  };
  try {
    p.record({ kind: 'answer', ...record });
  } catch (error) {
    throw new UserError(`Your answer was not saved (${messageOf(error)}). Your progress is unchanged; try again.`);
  }
  card.fsrs = record.after;
  p.queueIndex.update(card);
  return {
    card: toCardView(card, p.collection.titleOf(card.articleId), p.scheduler, now),
    undoDepth: p.undo.size,
  };
}

export function undo(p: Progress, cardId?: string): AnswerResult {
  const last = p.undo.last();
  if (!last) throw new UserError('There is no answer to undo in this session.');
  if (cardId !== undefined && last.cardId !== cardId)
    throw new UserError('That answer is no longer the last one given, so it was not undone.');
  const card = p.collection.cards.get(last.cardId);
  if (!card || card.articleId !== last.articleId) {
    p.undo.dropLast();
    throw new UserError('The card of the last answer no longer exists.', 'not-found');
  }
  const now = p.now();
  try {
    p.record({
      kind: 'undo',
      seq: p.journal.lastSeq + 1,
      cardId: last.cardId,
      articleId: last.articleId,
      at: now,
      undoes: last.seq,
      restore: last.before,
    });
  } catch (error) {
    throw new UserError(`The undo was not saved (${messageOf(error)}). Nothing was changed.`);
  }
  p.undo.dropLast();
  card.fsrs = last.before;
  p.queueIndex.update(card);
  return {
    card: toCardView(card, p.collection.titleOf(card.articleId), p.scheduler, now),
    undoDepth: p.undo.size,
  };
}
