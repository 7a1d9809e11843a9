import { useEffect, useState } from 'react';
import type { StudyCounts } from '../../../electron/contract';
import { type Query, useQuery } from './query';

/**
 * Cards a session would show now (`study:counts`: due and new within today's limits),
 * kept fresh by the query cache. It waits for an idle moment: the first card matters
 * more than the sidebar.
 */
export function useDueCount(): Query<{ total: StudyCounts; articles: Record<string, StudyCounts> }> {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    const ready = () => setIdle(true);
    if (!window.requestIdleCallback) {
      const timer = setTimeout(ready, 200);
      return () => clearTimeout(timer);
    }
    const handle = window.requestIdleCallback(ready, { timeout: 500 });
    return () => window.cancelIdleCallback(handle);
  }, []);
  return useQuery('study:counts', undefined, { enabled: idle });
}
