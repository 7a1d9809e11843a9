import './progress/views.css';
import './progress/progress.css';
import { useCallback, useEffect, useRef } from 'react';
import { LoadError } from '../components/LoadError';
import { formatDateTime } from '../lib/format';
import { useQuery } from '../lib/query';
import { ActivityHeatmap } from './progress/ActivityHeatmap';
import { ForecastChart } from './progress/ForecastChart';
import { MasterySections } from './progress/MasterySections';
import { TodayFigures } from './progress/TodayFigures';

/** Fired on window once the dashboard's charts are on screen (tests and the benchmark wait for it). */
export const PROGRESS_PAINTED_EVENT = 'dossier:progress-painted';

/** The dashboard: today, the next 30 days, the past year, then what is weak. */
export function ProgressView() {
  // Answers, edits and imports refetch it (the query cache); so does coming back to the window.
  const summary = useQuery('stats:summary');
  const { reload } = summary;
  const hasMarked = useRef(false);
  if (!hasMarked.current) {
    hasMarked.current = true;
    performance.mark('progress:mount');
  }
  // After the chart has drawn, wait for the frame to be painted before saying so.
  const onPainted = useCallback(() => {
    requestAnimationFrame(() =>
      setTimeout(() => {
        performance.mark('progress:painted');
        window.dispatchEvent(new Event(PROGRESS_PAINTED_EVENT));
      }, 0),
    );
  }, []);
  useEffect(() => {
    const refresh = () => document.visibilityState === 'visible' && reload();
    document.addEventListener('visibilitychange', refresh);
    return () => document.removeEventListener('visibilitychange', refresh);
  }, [reload]);

  const s = summary.data;
  const status = summary.error ? 'error' : summary.loading ? 'loading' : 'ready';
  return (
    <section className="dv-page pg-page" aria-labelledby="pg-title" data-state={status}>
      <header className="dv-page-head">
        <h1 id="pg-title" className="dv-h1">
          Progress
        </h1>
        {s && <p className="dv-muted">As of {formatDateTime(s.now)}</p>}
      </header>
      <LoadError what="The statistics" query={summary} />
      {!s && summary.loading && <p className="dv-muted">Loading statistics…</p>}
      {s && (
        <>
          <TodayFigures summary={s} />
          <section className="pg-section" aria-labelledby="pg-forecast">
            <h2 id="pg-forecast" className="pg-h2">
              Next 30 days
            </h2>
            <ForecastChart forecast={s.forecast30} now={s.now} onPainted={onPainted} />
          </section>
          <section className="pg-section" aria-labelledby="pg-year">
            <h2 id="pg-year" className="pg-h2">
              Past year
            </h2>
            <ActivityHeatmap days={s.activity365} />
          </section>
          <MasterySections summary={s} />
        </>
      )}
    </section>
  );
}
