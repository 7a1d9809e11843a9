import { useId, useState } from 'react';
import { messageOf } from '../../../../shared/errors';
import { call } from '../../api';
import { LoadError } from '../../components/LoadError';
import { useQuery } from '../../lib/query';
import { saveText } from './save-file';

type Message = { text: string; isError: boolean } | null;

/** Cards to Anki (tab-separated) or CSV, for one article or all. */
export function ExportPanel() {
  const id = useId();
  const articles = useQuery('library:list');
  const [articleId, setArticleId] = useState('');
  const [message, setMessage] = useState<Message>(null);
  const [isBusy, setBusy] = useState(false);
  const [withPending, setWithPending] = useState(false);
  const [withSuspended, setWithSuspended] = useState(false);

  const exportCards = async (format: 'anki' | 'csv') => {
    setBusy(true);
    setMessage(null);
    try {
      const file = await call('cards:export', {
        format,
        ...(articleId ? { articleId } : {}),
        pending: withPending,
        suspended: withSuspended,
      });
      setMessage({ text: await saveText(file), isError: false });
    } catch (e) {
      setMessage({ text: `The export failed: ${messageOf(e)}`, isError: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="st-section" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} className="st-h2">
        Export cards
      </h2>
      <p className="st-hint">
        The Anki file is tab-separated (front, back, tags by article and facet): in Anki, File › Import. CSV opens in
        any spreadsheet. Only the cards you study go out unless you tick the boxes below.
      </p>
      <div className="st-row">
        <label className="st-check">
          <input type="checkbox" checked={withPending} onChange={(e) => setWithPending(e.target.checked)} />
          <span>Include new cards still waiting for your review</span>
        </label>
        <label className="st-check">
          <input type="checkbox" checked={withSuspended} onChange={(e) => setWithSuspended(e.target.checked)} />
          <span>Include suspended cards</span>
        </label>
      </div>
      <LoadError what="The list of articles" query={articles} />
      <div className="st-row">
        <label className="dv-field">
          <span className="dv-field-label">Cards from</span>
          <select className="dv-select" value={articleId} onChange={(e) => setArticleId(e.target.value)}>
            <option value="">All articles</option>
            {(articles.data ?? []).map((a) => (
              <option key={a.id} value={a.id}>
                {a.title}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="btn" disabled={isBusy} onClick={() => void exportCards('anki')}>
          Export for Anki
        </button>
        <button type="button" className="btn" disabled={isBusy} onClick={() => void exportCards('csv')}>
          Export as CSV
        </button>
      </div>
      <p className={message?.isError ? 'dv-error' : 'dv-status'} role="status">
        {message?.text ?? ''}
      </p>
    </section>
  );
}
