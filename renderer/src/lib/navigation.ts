import { createContext, useContext } from 'react';
import type { Facet, SourceSpan } from '../../../electron/contract';

export type StudyScope = { articleId?: string; facet?: Facet };

export type Route =
  | { name: 'library'; file?: { name: string; bytes: Uint8Array; error?: string } }
  | { name: 'study'; scope: StudyScope }
  | { name: 'quiz' }
  | { name: 'timeline' }
  | { name: 'reading'; articleId: string; focus?: SourceSpan }
  | { name: 'progress' }
  | { name: 'cards' }
  | { name: 'settings' };

export const NavigationContext = createContext<(route: Route) => void>(() => {});

export function useNavigate(): (route: Route) => void {
  return useContext(NavigationContext);
}

export const CHANGED_EVENT = 'dossier:changed';

/** Tells the shell (due count) and open views that cards or articles changed. */
export function notifyChanged(): void {
  window.dispatchEvent(new Event(CHANGED_EVENT));
}
