import { useEffect, useState } from 'react';
import type { StudyCounts } from '../../../electron/contract';
import { type Query, useQuery } from './query';
import { afterFirstScreen } from './startup';

/**
 * Cards a session would show now (`study:counts`: due and new within today's limits),
 * kept fresh by the query cache. It waits for the first screen (lib/startup.ts), then
 * for an idle moment: the first card matters more than the sidebar.
 */
export function useDueCount(): Query<{ total: StudyCounts; articles: Record<string, StudyCounts> }> {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    let live = true;
    let cancel = () => {};
    void afterFirstScreen().then(() => {
      if (!live) return;
      const ready = () => setIdle(true);
      if (!window.requestIdleCallback) {
        const timer = setTimeout(ready, 200);
        cancel = () => clearTimeout(timer);
        return;
      }
      const handle = window.requestIdleCallback(ready, { timeout: 500 });
      cancel = () => window.cancelIdleCallback(handle);
    });
    return () => {
      live = false;
      cancel();
    };
  }, []);
  return useQuery('study:counts', undefined, { enabled: idle });
}
