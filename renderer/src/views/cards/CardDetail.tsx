import { useState } from 'react';
import type { CardView } from '../../../../electron/contract';
import { messageOf } from '../../../../shared/errors';
import { call } from '../../api';
import { CardEditor } from '../../components/CardEditor';
import { LoadError } from '../../components/LoadError';
import { formatDateTime, formatPercent } from '../../lib/format';
import { useQuery } from '../../lib/query';
import { CardHistory } from './CardHistory';
import { stateLabel } from './card-filter';

type Props = {
  card: CardView;
  /** Called with the card as it now is after an edit, suspend or reset. */
  onChanged: (card: CardView) => void;
  onClose: () => void;
};

function resetCopy(card: CardView): CardView {
  return {
    ...card,
    state: 'new',
    reps: 0,
    lapses: 0,
    stability: 0,
    difficulty: 0,
    retrievability: null,
    lastReview: null,
  };
}

/** One card: its text, its schedule, what can be done with it, and every answer it received. */
export function CardDetail({ card, onChanged, onClose }: Props) {
  const [isEditing, setEditing] = useState(false);
  const [isConfirmingReset, setConfirmingReset] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const history = useQuery('cards:history', { id: card.id });

  const act = async (action: () => Promise<CardView>) => {
    setError(null);
    try {
      onChanged(await action());
    } catch (e) {
      setError(messageOf(e));
    }
  };
  const toggleSuspend = () =>
    act(async () => {
      await call('cards:suspend', { ids: [card.id], suspended: !card.suspended });
      return { ...card, suspended: !card.suspended };
    });
  const decide = (isAccepted: boolean) =>
    act(async () => {
      await call('cards:review', isAccepted ? { accept: [card.id], reject: [] } : { accept: [], reject: [card.id] });
      return { ...card, review: isAccepted ? 'accepted' : 'rejected' };
    });
  const reset = () =>
    act(async () => {
      await call('cards:reset', { ids: [card.id] });
      setConfirmingReset(false);
      return resetCopy(card);
    });

  return (
    <aside
      className="cb-detail"
      aria-label="Card details"
      data-card-id={card.id}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !isEditing) onClose();
      }}
    >
      <div className="cb-detail-head">
        <span className={`dv-facet dv-facet-${card.facet}`}>{card.facet}</span>
        <span className="dv-muted cb-detail-article">{card.articleTitle}</span>
        <button type="button" className="btn cb-close" onClick={onClose} aria-label="Close card details">
          ×
        </button>
      </div>
      {isEditing ? (
        <CardEditor
          key={card.id}
          card={card}
          onSaved={(saved) => {
            setEditing(false);
            onChanged(saved);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <div className="cb-text">
          <p className="cb-prompt">{card.prompt}</p>
          <hr />
          <p className="cb-answer">{card.answer}</p>
          {card.context && <p className="dv-muted">{card.context}</p>}
        </div>
      )}
      <dl className="dv-facts">
        <dt>State</dt>
        <dd data-field="state">{stateLabel(card)}</dd>
        <dt>Due</dt>
        <dd>{card.state === 'new' ? 'not started' : formatDateTime(card.due)}</dd>
        <dt>Recall now</dt>
        <dd>{formatPercent(card.retrievability)}</dd>
        <dt>Stability</dt>
        <dd>{card.state === 'new' ? '—' : `${card.stability.toFixed(1)} d`}</dd>
        <dt>Difficulty</dt>
        <dd>{card.state === 'new' ? '—' : card.difficulty.toFixed(1)}</dd>
        <dt>Reviews</dt>
        <dd>{card.reps}</dd>
        <dt>Lapses</dt>
        <dd>{card.lapses}</dd>
      </dl>
      {card.review === 'pending' && !isEditing && (
        <fieldset className="dv-actions dv-fieldset">
          <legend className="pg-sr-only">Review this new card</legend>
          <span className="dv-muted">Waiting for your review before it is studied.</span>
          <button type="button" className="btn btn-primary" onClick={() => decide(true)}>
            Accept
          </button>
          <button type="button" className="btn" onClick={() => decide(false)}>
            Reject
          </button>
        </fieldset>
      )}
      {card.review === 'rejected' && !isEditing && (
        <fieldset className="dv-actions dv-fieldset">
          <legend className="pg-sr-only">Rejected card</legend>
          <span className="dv-muted">Rejected: not studied, and its fact is left out of other cards.</span>
          <button type="button" className="btn btn-primary" onClick={() => decide(true)}>
            Restore
          </button>
        </fieldset>
      )}
      {!isEditing && (
        <div className="dv-actions">
          <button type="button" className="btn" onClick={() => setEditing(true)}>
            Edit
          </button>
          <button type="button" className="btn" onClick={toggleSuspend} disabled={card.retired}>
            {card.suspended ? 'Unsuspend' : 'Suspend'}
          </button>
          <button type="button" className="btn btn-danger" onClick={() => setConfirmingReset(true)}>
            Reset…
          </button>
        </div>
      )}
      {isConfirmingReset && (
        <div className="dv-confirm" role="alertdialog" aria-label="Reset this card" aria-describedby="cb-reset-text">
          <p id="cb-reset-text">
            Forget this card's schedule? It becomes new again; its past answers stay in the history.
          </p>
          <div className="dv-actions">
            <button type="button" className="btn btn-primary" onClick={reset} autoFocus>
              Reset card
            </button>
            <button type="button" className="btn" onClick={() => setConfirmingReset(false)}>
              Keep it
            </button>
          </div>
        </div>
      )}
      {error && (
        <p className="dv-error" role="alert">
          {error}
        </p>
      )}
      <h3 className="cb-h3">History</h3>
      <LoadError what="The history" query={history} />
      {history.data ? (
        <CardHistory entries={history.data} />
      ) : history.error ? null : (
        <p className="dv-muted">Loading…</p>
      )}
    </aside>
  );
}
