import { useEffect, useState } from 'react';
import { call } from '../api';
import { CHANGED_EVENT } from './navigation';
import { afterFirstScreen } from './startup';

/** Cards a session would show now (new within today's limit, learning, review); refreshed on change. */
export function useDueCount(enabled = true): number | null {
  const [due, setDue] = useState<number | null>(null);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    const load = () => {
      call('study:queue', { limit: 1000 })
        .then((queue) => live && setDue(queue.items.length))
        .catch(() => {});
    };
    // The count waits for the first screen (lib/startup.ts), then for an idle moment: the first card matters more.
    afterFirstScreen().then(() => {
      const later = () => live && load();
      if (window.requestIdleCallback) window.requestIdleCallback(later, { timeout: 500 });
      else setTimeout(later, 200);
    });
    window.addEventListener(CHANGED_EVENT, load);
    return () => {
      live = false;
      window.removeEventListener(CHANGED_EVENT, load);
    };
  }, [enabled]);
  return due;
}
