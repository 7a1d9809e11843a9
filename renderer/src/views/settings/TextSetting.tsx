import { type InputHTMLAttributes, useEffect, useId, useState } from 'react';
import type { Settings } from '../../../../electron/contract';

export type Parsed = { ok: true; patch: Partial<Settings> } | { ok: false; message: string };

type Props = {
  label: string;
  hint: string;
  /** The saved value, as text. */
  value: string;
  parse: (text: string) => Parsed;
  /** Saves a patch; resolves to main's refusal message, or null when saved. */
  save: (patch: Partial<Settings>) => Promise<string | null>;
  input?: InputHTMLAttributes<HTMLInputElement>;
};

/** A text or number setting saved when the field is left or Enter is pressed; a refusal shows beside the field. */
export function TextSetting({ label, hint, value, parse, save, input }: Props) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const [isSaved, setSaved] = useState(false);
  useEffect(() => setDraft(value), [value]);

  const commit = async () => {
    setSaved(false);
    if (draft.trim() === value) {
      setError(null);
      return;
    }
    const parsed = parse(draft.trim());
    const refusal = parsed.ok ? await save(parsed.patch) : parsed.message;
    setError(refusal);
    setSaved(refusal === null);
  };

  return (
    <div className="st-field">
      <label htmlFor={id} className="st-label">
        {label}
      </label>
      <div className="st-control">
        <input
          {...input}
          id={id}
          className="dv-input"
          value={draft}
          aria-invalid={error !== null}
          aria-describedby={`${id}-hint ${id}-msg`}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={() => void commit()}
          onKeyDown={(e) => {
            if (e.key === 'Enter') void commit();
            if (e.key === 'Escape') {
              setDraft(value);
              setError(null);
            }
          }}
        />
        <span
          id={`${id}-msg`}
          className={error ? 'dv-error st-msg' : 'st-msg st-saved'}
          role={error ? 'alert' : 'status'}
        >
          {error ?? (isSaved ? 'Saved' : '')}
        </span>
      </div>
      <p id={`${id}-hint`} className="st-hint">
        {hint}
      </p>
    </div>
  );
}
