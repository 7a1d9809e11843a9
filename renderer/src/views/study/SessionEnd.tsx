import type { Rating } from '../../../../electron/contract';
import { plural } from '../../lib/format';
import { RATING_NAMES } from './RatingBar';

type Props = {
  done: number;
  tally: Record<Rating, number>;
  nextDue: string | null;
  emptyText: string;
  onLibrary(): void;
};

function NextDue({ nextDue }: { nextDue: string | null }) {
  if (!nextDue) return <p className="muted">No card is scheduled yet.</p>;
  const at = new Date(nextDue);
  return (
    <p data-testid="next-due">
      The next card is due on{' '}
      <time dateTime={nextDue}>{at.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}</time>.
    </p>
  );
}

/** The end of a session (what was done, how it went) or, with nothing done, when the next card is due. */
export function SessionEnd({ done, tally, nextDue, emptyText, onLibrary }: Props) {
  const ratings: Rating[] = [1, 2, 3, 4];
  return (
    <section className="session-end" aria-labelledby="end-title" data-state={done > 0 ? 'summary' : 'empty'}>
      <h2 id="end-title">{done > 0 ? 'Session complete' : emptyText}</h2>
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
      <NextDue nextDue={nextDue} />
      <button type="button" className="btn btn-primary" onClick={onLibrary}>
        Back to the library
      </button>
    </section>
  );
}
