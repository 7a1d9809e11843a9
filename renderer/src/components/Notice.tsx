type Props = { kind: 'error' | 'info' | 'success'; children: React.ReactNode; onDismiss?: () => void };

/** A one-line message: errors are announced at once (alert), the rest politely (status). */
export function Notice({ kind, children, onDismiss }: Props) {
  return (
    <div className={`notice notice-${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      <span>{children}</span>
      {onDismiss && (
        <button type="button" className="btn-link" onClick={onDismiss} aria-label="Dismiss message">
          Dismiss
        </button>
      )}
    </div>
  );
}
