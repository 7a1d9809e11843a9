/** The dashboard summary and the card exports (Anki TSV, CSV), over the whole collection. */
import type { ParsedInput, Summary } from '../../../contract';
import { computeSummary, exportCards } from '../stats';
import type { Progress } from '../storage';

export function summary(p: Progress): Summary {
  return computeSummary({
    cards: [...p.collection.allCards()],
    reviews: p.allReviews(),
    settings: p.settings,
    now: p.deps.clock(),
    articleTitles: articleTitles(p),
    parameters: p.settingsData.parameters,
  });
}

export function exportCardFile(
  p: Progress,
  { format, articleId, pending, suspended }: ParsedInput<'cards:export'>,
): ReturnType<typeof exportCards> {
  const cards = [...p.collection.allCards()].filter(
    (c) =>
      !c.retired &&
      (articleId === undefined || c.articleId === articleId) &&
      (pending !== false || c.review !== 'pending') &&
      (suspended !== false || !c.suspended),
  );
  return exportCards(cards, format, articleTitles(p));
}

function articleTitles(p: Progress): Map<string, string> {
  return new Map([...p.collection.decks].map(([id, d]) => [id, d.data.article.title]));
}
