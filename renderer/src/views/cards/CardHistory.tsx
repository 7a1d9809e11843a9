import type { ReviewEntry } from '../../../../electron/contract';
import { formatInterval, formatPercent } from '../../lib/format';

const RATINGS = ['', 'Again', 'Hard', 'Good', 'Easy'] as const;
const MODES: Record<ReviewEntry['mode'], string> = {
  self: 'Self',
  typed: 'Typed',
  choice: 'Choice',
  timeline: 'Timeline',
};

function shortDateTime(iso: string): string {
  const d = new Date(iso);
  const day = d.toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: '2-digit' });
  return `${day} ${d.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' })}`;
}

/** Every answer given to one card, newest first. */
export function CardHistory({ entries }: { entries: ReviewEntry[] }) {
  if (entries.length === 0) return <p className="dv-muted">Not reviewed yet.</p>;
  const newestFirst = [...entries].reverse();
  return (
    <div className="cb-history-wrap">
      <table className="cb-history">
        <caption className="pg-sr-only">Review history, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Rating</th>
            <th scope="col">Mode</th>
            <th scope="col" title="The interval this answer scheduled">
              Interval
            </th>
            <th scope="col" title="Chance of recall at the moment of the answer">
              Recall then
            </th>
          </tr>
        </thead>
        <tbody>
          {newestFirst.map((e) => (
            <tr key={e.at + e.rating}>
              <td title={new Date(e.at).toLocaleString('en-GB')}>{shortDateTime(e.at)}</td>
              <td>
                <span className={`cb-rating cb-rating-${e.rating}`}>{RATINGS[e.rating]}</span>
              </td>
              <td>{MODES[e.mode]}</td>
              <td>{formatInterval(e.intervalDays)}</td>
              <td>{e.retrievability === null ? 'new' : formatPercent(e.retrievability)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
