import './progress/views.css';
import './progress/progress.css';
import { useCallback, useEffect, useRef } from 'react';
import { call } from '../api';
import { formatDateTime } from '../lib/format';
import { CHANGED_EVENT } from '../lib/navigation';
import { ActivityHeatmap } from './progress/ActivityHeatmap';
import { ForecastChart } from './progress/ForecastChart';
import { MasterySections } from './progress/MasterySections';
import { TodayFigures } from './progress/TodayFigures';
import { useLoad } from './progress/use-load';

/** Fired on window once the dashboard's charts are on screen (tests and the benchmark wait for it). */
export const PROGRESS_PAINTED_EVENT = 'dossier:progress-painted';

/** The dashboard: today, the next 30 days, the past year, then what is weak. */
export function ProgressView() {
  const [summary, reload] = useLoad(() => call('stats:summary'), []);
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
    window.addEventListener(CHANGED_EVENT, reload);
    return () => {
      document.removeEventListener('visibilitychange', refresh);
      window.removeEventListener(CHANGED_EVENT, reload);
    };
  }, [reload]);

  const s = summary.value;
  return (
    <section className="dv-page pg-page" aria-labelledby="pg-title" data-state={summary.status}>
      <header className="dv-page-head">
        <h1 id="pg-title" className="dv-h1">
          Progress
        </h1>
        {s && <p className="dv-muted">As of {formatDateTime(s.now)}</p>}
      </header>
      {summary.status === 'error' && (
        <div className="dv-alert" role="alert">
          The statistics could not be loaded: {summary.message}{' '}
          <button type="button" className="dv-link" onClick={reload}>
            Try again
          </button>
        </div>
      )}
      {!s && summary.status === 'loading' && <p className="dv-muted">Loading statistics…</p>}
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
