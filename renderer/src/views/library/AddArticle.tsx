import { useState } from 'react';

type Props = { disabled: boolean; onPaste(raw: string, title: string): void; onOpenFile(): void };

/** Paste an article, or open a file; dropping a file anywhere on the window works too. */
export function AddArticle({ disabled, onPaste, onOpenFile }: Props) {
  const [raw, setRaw] = useState('');
  const [title, setTitle] = useState('');
  return (
    <form
      className="add-article"
      aria-labelledby="add-title"
      onSubmit={(event) => {
        event.preventDefault();
        onPaste(raw, title);
      }}
    >
      <h2 id="add-title">Add an article</h2>
      <label className="field">
        <span>Title (optional)</span>
        <input value={title} onChange={(e) => setTitle(e.target.value)} placeholder="Taken from the text when empty" />
      </label>
      <label className="field">
        <span>Article text</span>
        <textarea
          value={raw}
          onChange={(e) => setRaw(e.target.value)}
          rows={6}
          placeholder="Paste the article here (plain text, Markdown or HTML)"
        />
      </label>
      <div className="actions">
        <button type="submit" className="btn btn-primary" disabled={disabled}>
          Make cards
        </button>
        <button type="button" className="btn" onClick={onOpenFile} disabled={disabled}>
          Open a file…
        </button>
        <span className="muted small">or drop a .txt, .md or .html file on the window</span>
      </div>
    </form>
  );
}
