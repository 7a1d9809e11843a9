import { createContext, useContext } from 'react';
import type { Facet, SourceSpan } from '../../../electron/contract';

export type StudyScope = {
  articleId?: string;
  facet?: Facet;
  kinds?: string[];
  actor?: string;
  /** Practice beyond the schedule; `schedule`: the answers count for FSRS too. */
  practice?: { schedule: boolean };
};

/** The card browser opened on a filter (a link from the progress view). */
export type CardsFilter = { search?: string; articleId?: string; facet?: Facet };

export type Route =
  | { name: 'library'; file?: { name: string; bytes: Uint8Array; error?: string } }
  | { name: 'study'; scope: StudyScope }
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
