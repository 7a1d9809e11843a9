/**
 * How other views open the card browser on a filter: the progress view calls
 * `openCards`, which leaves the filter here and fires `dossier:navigate`
 * (the shell listens and shows the Cards view, which takes the filter on mount).
 */
import type { Facet } from '../../../../electron/contract';

export const NAVIGATE_EVENT = 'dossier:navigate';

export type CardsFilterRequest = { search?: string; articleId?: string; facet?: Facet };
export type NavigateDetail = { view: 'cards' } & CardsFilterRequest;

let pending: CardsFilterRequest | null = null;
const listeners = new Set<(filter: CardsFilterRequest) => void>();

export function openCards(filter: CardsFilterRequest): void {
  pending = filter;
  for (const listener of listeners) listener(filter);
  window.dispatchEvent(new CustomEvent<NavigateDetail>(NAVIGATE_EVENT, { detail: { view: 'cards', ...filter } }));
}

/** The filter asked for before the Cards view mounted, once. */
export function takePendingCardsFilter(): CardsFilterRequest | null {
  const taken = pending;
  pending = null;
  return taken;
}

/** For a Cards view already on screen when another link is followed. */
export function onCardsFilter(listener: (filter: CardsFilterRequest) => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
