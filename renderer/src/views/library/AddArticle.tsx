import { useState } from 'react';

type Props = {
  disabled: boolean;
  onPaste(raw: string, title: string, published: string): void;
  onOpenFile(published: string): void;
};

/** Paste an article, or open a file (text, Markdown, a saved web page, a PDF); dropping a file on the window works too. */
export function AddArticle({ disabled, onPaste, onOpenFile }: Props) {
  const [raw, setRaw] = useState('');
  const [title, setTitle] = useState('');
  const [published, setPublished] = useState('');
  return (
    <form
      className="add-article"
      aria-labelledby="add-title"
      onSubmit={(event) => {
        event.preventDefault();
        onPaste(raw, title, published);
      }}
    >
      <h2 id="add-title">Add an article</h2>
      <div className="field-row">
        <label className="field">
          <span>Title (optional)</span>
          <input
            value={title}
            onChange={(e) => setTitle(e.target.value)}
            placeholder="Taken from the text when empty"
          />
        </label>
        <label className="field field-date">
          <span>Published (optional)</span>
          <input
            type="date"
            value={published}
            onChange={(e) => setPublished(e.target.value)}
            title="Gives dates like “Thursday” or “June 3rd” their year; taken from the page or PDF when empty"
          />
        </label>
      </div>
      <label className="field">
        <span>Article text</span>
        <textarea
          value={raw}
          onChange={(e) => setRaw(e.target.value)}
          rows={6}
          placeholder="Paste the article here (plain text, Markdown or HTML from a web page)"
        />
      </label>
      <div className="actions">
        <button type="submit" className="btn btn-primary" disabled={disabled}>
          Make cards
        </button>
        <button type="button" className="btn" onClick={() => onOpenFile(published)} disabled={disabled}>
          Open a file…
        </button>
        <span className="muted small">or drop a .txt, .md, .html or .pdf file on the window</span>
      </div>
    </form>
  );
}
