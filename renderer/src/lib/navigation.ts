import { createContext, useContext } from 'react';
import type { SessionScope, SourceSpan } from '../../../electron/contract';

export type Route =
  | { name: 'library'; file?: { name: string; bytes: Uint8Array; error?: string } }
  | { name: 'study'; scope: SessionScope }
  | { name: 'quiz'; practice?: { schedule: boolean } }
  | { name: 'timeline'; practice?: { schedule: boolean } }
  | { name: 'reading'; articleId: string; focus?: SourceSpan }
  | { name: 'progress' }
  | { name: 'cards' }
  | { name: 'settings' };

export const NavigationContext = createContext<(route: Route) => void>(() => {});

export function useNavigate(): (route: Route) => void {
  return useContext(NavigationContext);
}

const START_PAGES: Record<string, Route> = {
  '#/study': { name: 'study', scope: {} },
  '#/quiz': { name: 'quiz' },
  '#/timeline': { name: 'timeline' },
  '#/progress': { name: 'progress' },
  '#/cards': { name: 'cards' },
  '#/settings': { name: 'settings' },
};

/** The page to open on: the library, unless the URL names another (`#/study`: straight into a session). */
export function routeFromHash(hash: string): Route {
  return START_PAGES[hash] ?? { name: 'library' };
}

export const CHANGED_EVENT = 'dossier:changed';

/** Tells the shell (due count) and open views that cards or articles changed. */
export function notifyChanged(): void {
  window.dispatchEvent(new Event(CHANGED_EVENT));
}
