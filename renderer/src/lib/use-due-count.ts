import { useEffect, useState } from 'react';
import { call } from '../api';
import { CHANGED_EVENT } from './navigation';

/** Cards a session would show now (new within today's limit, learning, review); refreshed on change. */
export function useDueCount(enabled: boolean): number | null {
  const [due, setDue] = useState<number | null>(null);
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    const load = () => {
      call('study:queue', { limit: 1000 })
        .then((queue) => live && setDue(queue.items.length))
        .catch(() => {});
    };
    load();
    window.addEventListener(CHANGED_EVENT, load);
    return () => {
      live = false;
      window.removeEventListener(CHANGED_EVENT, load);
    };
  }, [enabled]);
  return due;
}
