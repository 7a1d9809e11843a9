import type { CardView, Facet, Input } from '../../../../electron/contract';
import type { CardsFilter } from '../../lib/navigation';

/** The contract's facets, listed here so the renderer does not bundle the contract's runtime (zod). */
export const FACETS: readonly Facet[] = ['actors', 'dates', 'quotes', 'arguments'];

export type CardState = 'new' | 'learning' | 'review' | 'suspended' | 'retired' | 'pending';
export type CardSort = 'due' | 'retrievability' | 'lapses' | 'created';

export type CardFilter = {
  search: string;
  articleId: string;
  facet: Facet | '';
  state: CardState | '';
  dueOnly: boolean;
  sort: CardSort;
};

export const EMPTY_FILTER: CardFilter = {
  search: '',
  articleId: '',
  facet: '',
  state: '',
  dueOnly: false,
  sort: 'due',
};

/** A link from another view replaces the whole filter, so what the user sees is exactly what was asked for. */
export function filterFromRequest(request: CardsFilter): CardFilter {
  return {
    ...EMPTY_FILTER,
    search: request.search ?? '',
    articleId: request.articleId ?? '',
    facet: request.facet ?? '',
  };
}

/** The `cards:list` request for a filter: empty fields are left out. */
export function toListInput(filter: CardFilter): Input<'cards:list'> {
  return {
    ...(filter.search.trim() ? { search: filter.search.trim() } : {}),
    ...(filter.articleId ? { articleId: filter.articleId } : {}),
    ...(filter.facet ? { facet: filter.facet } : {}),
    ...(filter.state ? { state: filter.state } : {}),
    ...(filter.dueOnly ? { dueOnly: true } : {}),
    sort: filter.sort,
  };
}

/** What a card is right now, in one word for the list. */
export function stateLabel(card: CardView): string {
  if (card.retired) return 'retired';
  if (card.review === 'pending') return 'pending';
  if (card.review === 'rejected') return 'rejected';
  if (card.suspended) return 'suspended';
  return card.state;
}
