import { useId, useState } from 'react';
import type { OptimizerResult } from '../../../../electron/contract';
import { messageOf } from '../../../../shared/errors';
import { call } from '../../api';
import { formatCount } from '../../lib/format';

const loss = (n: number | null) => (n === null ? '—' : n.toFixed(4));

/** Runs the FSRS optimiser on the review history and says which parameters were kept and why. */
export function OptimizerPanel() {
  const id = useId();
  const [isRunning, setRunning] = useState(false);
  const [result, setResult] = useState<OptimizerResult | null>(null);
  const [error, setError] = useState<string | null>(null);

  const run = async () => {
    setRunning(true);
    setError(null);
    try {
      setResult(await call('optimizer:run'));
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setRunning(false);
    }
  };

  return (
    <section className="st-section" aria-labelledby={`${id}-h`} aria-busy={isRunning}>
      <h2 id={`${id}-h`} className="st-h2">
        Scheduler parameters
      </h2>
      <p className="st-hint">
        The optimiser fits the FSRS memory model to your own answers. New parameters are kept only if they predict your
        past answers better than the current ones.
      </p>
      <div className="dv-actions">
        <button type="button" className="btn btn-primary" onClick={run} disabled={isRunning}>
          {isRunning ? 'Optimising…' : 'Optimise parameters'}
        </button>
      </div>
      <div role="status" className="st-result">
        {isRunning && <p className="dv-status">Fitting the model to your review history; this can take a minute.</p>}
        {result && !isRunning && (
          <div data-kept={result.kept}>
            <p className="st-verdict">
              {result.kept === 'new' ? 'New parameters kept.' : 'Current parameters kept.'} {result.reason}
            </p>
            <dl className="dv-facts">
              <dt>Reviews used</dt>
              <dd>{formatCount(result.reviews)}</dd>
              <dt>Error with current parameters</dt>
              <dd>{loss(result.oldLoss)}</dd>
              <dt>Error with fitted parameters</dt>
              <dd>{loss(result.newLoss)}</dd>
            </dl>
            {result.parameters.length > 0 && (
              <details className="st-details">
                <summary>Parameters in use ({result.parameters.length})</summary>
                <p className="st-params">{result.parameters.map((w) => w.toFixed(4)).join(', ')}</p>
              </details>
            )}
          </div>
        )}
      </div>
      {error && (
        <p className="dv-error" role="alert">
          The optimiser failed: {error}
        </p>
      )}
    </section>
  );
}
