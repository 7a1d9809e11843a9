import { useId, useState } from 'react';
import type { BackupInfo } from '../../../../electron/contract';
import { messageOf } from '../../../../shared/errors';
import { call } from '../../api';
import { LoadError } from '../../components/LoadError';
import { formatBytes, formatDateTime } from '../../lib/format';
import { useQuery } from '../../lib/query';

const KINDS: Record<BackupInfo['kind'], string> = { recent: 'Recent', daily: 'Daily', weekly: 'Weekly' };

/** Automatic backups, newest first; restoring one asks first, and keeps a backup of the state it replaces. */
export function BackupsPanel() {
  const id = useId();
  const list = useQuery('backup:list');
  const backups = list.data;
  const [confirming, setConfirming] = useState<BackupInfo | null>(null);
  const [message, setMessage] = useState<{ text: string; isError: boolean } | null>(null);

  const restore = async (backup: BackupInfo) => {
    setConfirming(null);
    try {
      const { restored } = await call('backup:restore', { id: backup.id });
      // Every view's data is refetched after it (api.ts), settings and theme included.
      setMessage({ text: `Restored the backup of ${formatDateTime(restored)}.`, isError: false });
    } catch (e) {
      setMessage({ text: messageOf(e), isError: true });
    }
  };

  return (
    <section className="st-section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} className="st-h2">
        Backups
      </h2>
      <p className="st-hint">
        Made automatically while you study: the last few, one a day for a week, one a week for a month.
      </p>
      <LoadError what="The backups" query={list} />
      {backups && backups.length === 0 && <p className="dv-muted">No backups yet.</p>}
      {backups && backups.length > 0 && (
        <ul className="st-backups" aria-label="Backups">
          {backups.map((b) => (
            <li key={b.id} className="st-backup">
              <span>{formatDateTime(b.createdAt)}</span>
              <span className="dv-muted">{KINDS[b.kind]}</span>
              <span className="dv-muted">{formatBytes(b.bytes)}</span>
              <button type="button" className="btn" onClick={() => setConfirming(b)}>
                Restore…
              </button>
            </li>
          ))}
        </ul>
      )}
      {confirming && (
        <div className="dv-confirm" role="alertdialog" aria-label="Restore backup" aria-describedby={`${id}-confirm`}>
          <p id={`${id}-confirm`}>
            Go back to the state of {formatDateTime(confirming.createdAt)}? Answers given since then leave the schedule
            (they stay in the history), and the current state is backed up first.
          </p>
          <div className="dv-actions">
            <button type="button" className="btn btn-primary" onClick={() => void restore(confirming)} autoFocus>
              Restore backup
            </button>
            <button type="button" className="btn" onClick={() => setConfirming(null)}>
              Cancel
            </button>
          </div>
        </div>
      )}
      <p className={message?.isError ? 'dv-error' : 'dv-status'} role="status">
        {message?.text ?? ''}
      </p>
    </section>
  );
}
