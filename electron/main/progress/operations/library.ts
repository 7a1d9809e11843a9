/** The library: saving decks (merge by stable id), listing, reading and removing articles. */
import type { Article, ArticleSummary, ParsedInput, SaveDeckResult } from '../../../contract';
import { UserError } from '../errors';
import { articleSummary } from '../scheduling';
import { mergeDeck, messageOf, type Progress } from '../storage';

export function saveDeck(p: Progress, input: ParsedInput<'library:save'>): SaveDeckResult {
  const c = p.collection;
  const articleId = input.article.id;
  const existing = c.decks.get(articleId);
  const now = p.deps.clock();
  const outcome = mergeDeck(existing?.data ?? null, input, now, p.journal.lastSeq, (id) =>
    c.isTakenByOther(id, articleId),
  );
  if (!outcome.changed) return outcome.result;
  // Journal first: a deck restored from a backup gets this save back by merging the same input again.
  try {
    p.record({ kind: 'save', seq: p.nextSeq(), articleId, at: now.getTime(), created: !existing, input });
  } catch (error) {
    throw new UserError(`The deck was not saved: ${messageOf(error)}. Nothing was changed.`);
  }
  p.queueIndex.invalidate();
  c.put(outcome.deck, true);
  p.checkpoint(articleId);
  return outcome.result;
}

export function listLibrary(p: Progress): ArticleSummary[] {
  const now = p.now();
  return [...p.collection.decks.values()]
    .map((d) => articleSummary(d.data, d.words, p.scheduler, now))
    .sort((a, b) => (a.addedAt < b.addedAt ? -1 : a.addedAt > b.addedAt ? 1 : a.title.localeCompare(b.title)));
}

export function getArticle(p: Progress, id: string): Article {
  const deck = p.collection.decks.get(id);
  if (!deck) throw new UserError('This article is not in the library.', 'not-found');
  return deck.data.article;
}

/** Sets or clears an article's publication date; its cards and their progress stay as they are. */
export function setPublished(p: Progress, input: ParsedInput<'library:setPublished'>): Article {
  const c = p.collection;
  const deck = c.decks.get(input.id);
  if (!deck) throw new UserError('This article is not in the library.', 'not-found');
  const before = deck.data;
  if ((input.published ?? undefined) === before.article.published) return before.article;
  const { published: _old, ...rest } = before.article;
  const article: Article = input.published ? { ...rest, published: input.published } : rest;
  c.put({ ...before, article: { ...article, updatedAt: p.deps.clock().toISOString() } }, true);
  try {
    c.write(input.id, p.journal.lastSeq);
  } catch (error) {
    c.put(before, deck.dirty);
    throw new UserError(`The date was not saved: ${messageOf(error)}. Nothing was changed.`);
  }
  p.changed();
  return c.decks.get(input.id)!.data.article;
}

export function removeArticle(p: Progress, id: string): { removed: boolean } {
  if (!p.collection.decks.has(id)) return { removed: false };
  p.flush();
  try {
    p.record({ kind: 'remove', seq: p.nextSeq(), articleId: id, at: p.now() });
  } catch (error) {
    throw new UserError(`The article was not removed: ${messageOf(error)}. Nothing was changed.`);
  }
  const removed = p.collection.remove(id, p.deps.clock());
  if (removed) {
    p.queueIndex.invalidate();
    p.undo.forget((r) => r.articleId === id);
    p.changed();
  }
  return { removed };
}
