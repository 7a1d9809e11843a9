/** The dashboard summary and the card exports (Anki TSV, CSV), over the whole collection. */
import type { ParsedInput, Summary } from '../../../contract';
import { computeSummary, exportCards } from '../stats';
import type { StoreReader } from '../storage';

export function summary(store: StoreReader): Summary {
  return computeSummary({
    cards: [...store.cards()],
    reviews: store.reviews(),
    settings: store.settings,
    now: store.date(),
    articleTitles: articleTitles(store),
    parameters: store.parameters,
  });
}

export function exportCardFile(
  store: StoreReader,
  { format, articleId, pending, suspended }: ParsedInput<'cards:export'>,
): ReturnType<typeof exportCards> {
  const cards = [...store.cards()].filter(
    (c) =>
      !c.retired &&
      (articleId === undefined || c.articleId === articleId) &&
      (pending !== false || c.review !== 'pending') &&
      (suspended !== false || !c.suspended),
  );
  return exportCards(cards, format, articleTitles(store));
}

function articleTitles(store: StoreReader): Map<string, string> {
  return new Map([...store.decks()].map((d) => [d.data.article.id, d.data.article.title]));
}
