import { useState } from 'react';
import type { CardView } from '../../../../electron/contract';
import { call, messageOf } from '../../api';

type Props = { card: CardView; onSaved: (card: CardView) => void; onCancel: () => void };

/** Edits a card's prompt and answer; main keeps its schedule and history. */
export function CardEditor({ card, onSaved, onCancel }: Props) {
  const [prompt, setPrompt] = useState(card.prompt);
  const [answer, setAnswer] = useState(card.answer);
  const [error, setError] = useState<string | null>(null);
  const [isSaving, setSaving] = useState(false);

  const save = async () => {
    if (!prompt.trim() || !answer.trim()) {
      setError('Prompt and answer cannot be empty.');
      return;
    }
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
      className="cb-editor"
      aria-label="Edit card"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <label className="dv-field">
        <span className="dv-field-label">Prompt</span>
        <textarea
          className="dv-input"
          rows={3}
          value={prompt}
          maxLength={5000}
          onChange={(e) => setPrompt(e.target.value)}
        />
      </label>
      <label className="dv-field">
        <span className="dv-field-label">Answer</span>
        <textarea
          className="dv-input"
          rows={3}
          value={answer}
          maxLength={5000}
          onChange={(e) => setAnswer(e.target.value)}
        />
      </label>
      {error && (
        <p className="dv-error" role="alert">
          {error}
        </p>
      )}
      <div className="dv-actions">
        <button type="submit" className="btn btn-primary" disabled={isSaving}>
          {isSaving ? 'Saving…' : 'Save'}
        </button>
        <button type="button" className="btn" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
