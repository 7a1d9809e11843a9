import { createContext, useContext } from 'react';
import type { Facet, SessionScope, SourceSpan } from '../../../electron/contract';

/** The card browser opened on a filter (a link from the progress view). */
export type CardsFilter = { search?: string; articleId?: string; facet?: Facet };

export type Route =
  | { name: 'library'; file?: { name: string; bytes: Uint8Array; error?: string } }
  | { name: 'study'; scope: SessionScope }
  | { name: 'quiz'; practice?: { schedule: boolean } }
  | { name: 'timeline'; practice?: { schedule: boolean } }
  | { name: 'reading'; articleId: string; focus?: SourceSpan }
  | { name: 'progress' }
  | { name: 'cards'; filter?: CardsFilter }
  | { name: 'settings' };

export const NavigationContext = createContext<(route: Route) => void>(() => {});

export function useNavigate(): (route: Route) => void {
  return useContext(NavigationContext);
}
