/** The library: saving decks (merge by stable id), listing, reading and removing articles. */
import type { Article, ArticleSummary, ParsedInput, SaveDeckResult } from '../../../contract';
import { UserError } from '../errors';
import { articleSummary, type UndoSession } from '../scheduling';
import { mergeDeck, type StoreReader, type StoreWriter } from '../storage';

export function saveDeck(store: StoreWriter, input: ParsedInput<'library:save'>): SaveDeckResult {
  const articleId = input.article.id;
  const existing = store.deck(articleId);
  const now = store.date();
  const outcome = mergeDeck(existing?.data ?? null, input, now, store.lastSeq(), (id) =>
    store.isTakenByOther(id, articleId),
  );
  if (!outcome.changed) return outcome.result;
  store.saveDeck(outcome.deck, input, !existing, now.getTime());
  return outcome.result;
}

export function listLibrary(store: StoreReader): ArticleSummary[] {
  const now = store.now();
  return [...store.decks()]
    .map((d) => articleSummary(d.data, d.words, store.scheduler, now))
    .sort((a, b) => (a.addedAt < b.addedAt ? -1 : a.addedAt > b.addedAt ? 1 : a.title.localeCompare(b.title)));
}

export function getArticle(store: StoreReader, id: string): Article {
  const deck = store.deck(id);
  if (!deck) throw new UserError('This article is not in the library.', 'not-found');
  return deck.data.article;
}

/** Sets or clears an article's publication date; its cards and their progress stay as they are. */
export function setPublished(store: StoreWriter, input: ParsedInput<'library:setPublished'>): Article {
  const before = getArticle(store, input.id);
  if ((input.published ?? undefined) === before.published) return before;
  const { published: _old, ...rest } = before;
  const article: Article = input.published ? { ...rest, published: input.published } : rest;
  store.setArticle({ ...article, updatedAt: store.date().toISOString() });
  return getArticle(store, input.id);
}

export function removeArticle(store: StoreWriter, undo: UndoSession, id: string): { removed: boolean } {
  const removed = store.removeDeck(id);
  if (removed) undo.forget((r) => r.articleId === id);
  return { removed };
}
