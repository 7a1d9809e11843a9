/**
 * How many cards a study session would show now, in total and per article, without
 * building the cards: the queue's own selection (scheduling/queue.ts) with no length limit, so
 * the daily new limit, the review maximum, buried siblings and suspended, retired or
 * unaccepted cards count exactly as they do in `study:queue`.
 */
import type { Output, ParsedInput, QueueRequest, StudyCounts } from '../../../contract';
import { selectQueue } from '../scheduling';
import type { StoreReader } from '../storage';

/** No `limit`: a session goes on until the queue is empty. */
const UNLIMITED: QueueRequest = { limit: Number.POSITIVE_INFINITY };

export function studyCounts(store: StoreReader, input: ParsedInput<'study:counts'>): Output<'study:counts'> {
  const index = store.studyIndex();
  const answered = store.answeredToday();
  const now = store.now();
  const today = store.todayCounts();
  const count = (scope: QueueRequest, slots?: number[]): StudyCounts => {
    const { kept } = selectQueue(index, answered, store.settings, now, { ...UNLIMITED, ...scope }, today, slots);
    return { due: kept.learning + kept.review, learning: kept.learning, new: kept.new };
  };
  const articleId = input?.articleId;
  if (articleId !== undefined) {
    const counts = count({ articleId });
    return { total: counts, articles: store.deck(articleId) ? { [articleId]: counts } : {} };
  }
  // One scan sorts the slots by article; each article's selection then reads only its own.
  const byArticle = new Map<string, number[]>();
  for (const deck of store.decks()) byArticle.set(deck.data.article.id, []);
  for (let i = 0; i < index.cards.length; i++) {
    if (index.studyable[i] === 1) byArticle.get(index.cards[i]!.articleId)?.push(i);
  }
  const articles: Record<string, StudyCounts> = {};
  for (const [id, slots] of byArticle) articles[id] = count({ articleId: id }, slots);
  return { total: count({}), articles };
}
