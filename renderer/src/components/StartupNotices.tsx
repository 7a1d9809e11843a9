import { useEffect, useState } from 'react';
import type { Notice as AppNotice } from '../../../electron/contract';
import { call } from '../api';
import { Notice } from './Notice';

/** What main found at start (a damaged file set aside, a backup restored): shown once, dismissable. */
export function StartupNotices() {
  const [notices, setNotices] = useState<AppNotice[]>([]);
  useEffect(() => {
    call('app:notices').then(setNotices, () => {});
  }, []);
  if (notices.length === 0) return null;
  return (
    <div className="startup-notices">
      {notices.map((notice, index) => (
        <Notice
          key={index}
          kind={notice.level === 'error' ? 'error' : 'info'}
          onDismiss={() => setNotices((all) => all.filter((_, i) => i !== index))}
        >
          {notice.message}
        </Notice>
      ))}
    </div>
  );
}
