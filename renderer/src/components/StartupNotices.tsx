import { useState } from 'react';
import { useQuery } from '../lib/query';
import { LoadError } from './LoadError';
import { Notice } from './Notice';

/** What main found at start (a damaged file set aside, a backup restored): shown once, dismissable. */
export function StartupNotices() {
  const query = useQuery('app:notices');
  // By message: a restore or an import refetches the list, and a dismissed notice stays dismissed.
  const [dismissed, setDismissed] = useState<ReadonlySet<string>>(new Set());
  const notices = (query.data ?? []).filter((n) => !dismissed.has(n.message));
  if (notices.length === 0 && !query.error) return null;
  return (
    <div className="startup-notices">
      <LoadError what="What the app found at start" query={query} />
      {notices.map((notice) => (
        <Notice
          key={notice.message}
          kind={notice.level === 'error' ? 'error' : 'info'}
          onDismiss={() => setDismissed((all) => new Set(all).add(notice.message))}
        >
          {notice.message}
        </Notice>
      ))}
    </div>
  );
}
