import { useEffect, useState } from 'react';
import { call } from '../api';
import { CHANGED_EVENT } from './navigation';

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
    // The count waits for an idle moment: the first card matters more than the sidebar.
    const idle = window.requestIdleCallback
      ? window.requestIdleCallback(load, { timeout: 500 })
      : setTimeout(load, 200);
    window.addEventListener(CHANGED_EVENT, load);
    return () => {
      live = false;
      if (window.cancelIdleCallback) window.cancelIdleCallback(idle as number);
      else clearTimeout(idle);
      window.removeEventListener(CHANGED_EVENT, load);
    };
  }, [enabled]);
  return due;
}
