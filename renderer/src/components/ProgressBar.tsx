type Props = { value: number; label: string; onCancel?: () => void };

/** A determinate progress bar (0..1) with its label and an optional Cancel button. */
export function ProgressBar({ value, label, onCancel }: Props) {
  const pct = Math.round(Math.min(1, Math.max(0, value)) * 100);
  return (
    <div className="progress-block">
      <div className="progress-head">
        <span id="progress-label">{label}</span>
        <span className="muted">{pct}%</span>
      </div>
      <div
        className="progress-track"
        role="progressbar"
        aria-labelledby="progress-label"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pct}
      >
        <div className="progress-fill" style={{ transform: `scaleX(${pct / 100})` }} />
      </div>
      {onCancel && (
        <button type="button" className="btn" onClick={onCancel}>
          Cancel
        </button>
      )}
    </div>
  );
}
