import { useEffect, useState } from 'react';
import type { Rating } from '../../../../electron/contract';
import { plural } from '../../lib/format';
import { RATING_NAMES } from './RatingBar';

type Props = {
  done: number;
  tally: Record<Rating, number>;
  nextDue: string | null;
  /** Main's clock minus this page's. */
  clockOffset: number;
  /** Cards of this session in learning, coming back when due. */
  learning: number;
  emptyText: string;
  practising: boolean;
  onPractise(schedule: boolean): void;
  onLibrary(): void;
};

const HOUR_MS = 3_600_000;

/** "4:05" (minutes and seconds) until `ms` has passed. */
function countdown(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${sec}` : `${m}:${sec}`;
}

function NextDue({
  nextDue,
  clockOffset,
  learning,
}: {
  nextDue: string | null;
  clockOffset: number;
  learning: number;
}) {
  const [now, setNow] = useState(() => Date.now() + clockOffset);
  const dueAt = nextDue ? new Date(nextDue).getTime() : null;
  const soon = dueAt !== null && dueAt - now < HOUR_MS;
  useEffect(() => {
    if (!soon) return;
    const timer = setInterval(() => setNow(Date.now() + clockOffset), 1000);
    return () => clearInterval(timer);
  }, [soon, clockOffset]);
  if (!nextDue || dueAt === null) return <p className="muted">No card is scheduled yet.</p>;
  if (soon)
    return (
      <p data-testid="next-due" aria-live="off">
        {learning > 0
          ? `${plural(learning, 'card')} in learning come${learning === 1 ? 's' : ''} back`
          : 'The next card is due'}{' '}
        in <time dateTime={nextDue}>{countdown(dueAt - now)}</time>; this screen brings {learning === 1 ? 'it' : 'them'}{' '}
        up then.
      </p>
    );
  return (
    <p data-testid="next-due">
      The next card is due on{' '}
      <time dateTime={nextDue}>
        {new Date(nextDue).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}
      </time>
      .
    </p>
  );
}

/** The end of a session (what was done, how it went) or, with nothing done, when the next card is due. */
export function SessionEnd({
  done,
  tally,
  nextDue,
  clockOffset,
  learning,
  emptyText,
  practising,
  onPractise,
  onLibrary,
}: Props) {
  const ratings: Rating[] = [1, 2, 3, 4];
  const [schedule, setSchedule] = useState(false);
  return (
    <section className="session-end" aria-labelledby="end-title" data-state={done > 0 ? 'summary' : 'empty'}>
      <h2 id="end-title">{done > 0 ? (practising ? 'Practice complete' : 'Session complete') : emptyText}</h2>
      {done > 0 && (
        <>
          <p>You answered {plural(done, 'card')}.</p>
          <ul className="tally" aria-label="Answers by rating">
            {ratings.map((r) => (
              <li key={r} className={`tally-${RATING_NAMES[r].toLowerCase()}`}>
                <span className="tally-name">{RATING_NAMES[r]}</span>{' '}
                <strong className="tally-count">{tally[r]}</strong>
              </li>
            ))}
          </ul>
        </>
      )}
      {!practising && <NextDue nextDue={nextDue} clockOffset={clockOffset} learning={learning} />}
      {!practising && (
        <div className="practice-offer">
          <p className="muted">Want more? Practise these cards beyond the schedule, due or not.</p>
          <label className="check">
            <input type="checkbox" checked={schedule} onChange={(e) => setSchedule(e.target.checked)} />
            <span>Let these answers update the schedule</span>
          </label>
          <button type="button" className="btn" onClick={() => onPractise(schedule)}>
            Practise anyway
          </button>
        </div>
      )}
      <button type="button" className="btn btn-primary" onClick={onLibrary}>
        Back to the library
      </button>
    </section>
  );
}
