import { useState } from 'react';
import type { CardView } from '../../../electron/contract';
import { messageOf } from '../../../shared/errors';
import { call } from '../api';

type Props = {
  card: CardView;
  onSaved(card: CardView): void;
  onCancel(): void;
  /** The submit button's words: "Save card" in a session, "Save" in the card browser. */
  saveLabel?: string;
  /** Puts the caret in the prompt at once (a session opens the editor with E, from the keyboard). */
  autoFocus?: boolean;
};

/** Limit of the contract's card text. */
const MAX_TEXT = 5000;

/** Edits a card's prompt and answer (`cards:update`; main keeps its schedule and history). Esc cancels. */
export function CardEditor({ card, onSaved, onCancel, saveLabel = 'Save', autoFocus = false }: Props) {
  const [prompt, setPrompt] = useState(card.prompt);
  const [answer, setAnswer] = useState(card.answer);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const valid = prompt.trim() !== '' && answer.trim() !== '';

  const save = async () => {
    setSaving(true);
    setError(null);
    try {
      onSaved(await call('cards:update', { id: card.id, prompt: prompt.trim(), answer: answer.trim() }));
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      className="card-editor"
      aria-label="Edit card"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onCancel();
        }
      }}
      onSubmit={(event) => {
        event.preventDefault();
        if (valid && !saving) void save();
      }}
    >
      <label className="field">
        <span>Prompt</span>
        <textarea
          value={prompt}
          rows={3}
          maxLength={MAX_TEXT}
          autoFocus={autoFocus}
          onChange={(e) => setPrompt(e.target.value)}
        />
      </label>
      <label className="field">
        <span>Answer</span>
        <textarea value={answer} rows={2} maxLength={MAX_TEXT} onChange={(e) => setAnswer(e.target.value)} />
      </label>
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
      <div className="actions">
        <button type="button" className="btn" onClick={onCancel}>
          Cancel
        </button>
        <button type="submit" className="btn btn-primary" disabled={!valid || saving}>
          {saving ? 'Saving…' : saveLabel}
        </button>
      </div>
    </form>
  );
}
