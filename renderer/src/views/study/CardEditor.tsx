import { useState } from 'react';
import type { CardView } from '../../../../electron/contract';
import { call } from '../../api';

type Props = { card: CardView; onSaved(card: CardView): void; onCancel(): void };

/** Fix a card's prompt or answer during a session (E); Esc cancels. */
export function CardEditor({ card, onSaved, onCancel }: Props) {
  const [prompt, setPrompt] = useState(card.prompt);
  const [answer, setAnswer] = useState(card.answer);
  const [error, setError] = useState<string | null>(null);
  const valid = prompt.trim() !== '' && answer.trim() !== '';
  const save = async () => {
    try {
      onSaved(await call('cards:update', { id: card.id, prompt: prompt.trim(), answer: answer.trim() }));
    } catch (e) {
      setError((e as Error).message);
    }
  };
  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onCancel();
    }
  };
  return (
    <form
      className="card-editor"
      aria-label="Edit card"
      onKeyDown={onKeyDown}
      onSubmit={(event) => {
        event.preventDefault();
        if (valid) void save();
      }}
    >
      <label className="field">
        <span>Prompt</span>
        <textarea value={prompt} rows={3} autoFocus onChange={(e) => setPrompt(e.target.value)} />
      </label>
      <label className="field">
        <span>Answer</span>
        <textarea value={answer} rows={2} onChange={(e) => setAnswer(e.target.value)} />
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
        <button type="submit" className="btn btn-primary" disabled={!valid}>
          Save card
        </button>
      </div>
    </form>
  );
}
