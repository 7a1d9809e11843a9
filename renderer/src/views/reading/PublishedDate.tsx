import { useState } from 'react';
import type { Article } from '../../../../electron/contract';
import { call } from '../../api';
import { longDay } from '../../lib/format';

type Props = { article: Article };

/** The article's publication date, and a small form to set, change or clear it (the saved article comes back through the query cache). */
export function PublishedDate({ article }: Props) {
  const [editing, setEditing] = useState(false);
  const [value, setValue] = useState(article.published ?? '');
  const [error, setError] = useState<string | null>(null);
  const save = async () => {
    try {
      await call('library:setPublished', { id: article.id, published: value === '' ? null : value });
      setEditing(false);
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  if (!editing) {
    return (
      <p className="byline published-line">
        {article.published ? (
          <>
            Published <time dateTime={article.published}>{longDay(article.published)}</time>
          </>
        ) : (
          'Publication date unknown'
        )}{' '}
        <button
          type="button"
          className="btn-link"
          onClick={() => {
            setValue(article.published ?? '');
            setEditing(true);
          }}
        >
          {article.published ? 'Change date' : 'Add date'}
        </button>
      </p>
    );
  }
  return (
    <form
      className="published-form"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <label className="field field-date">
        <span>Published</span>
        <input type="date" value={value} onChange={(e) => setValue(e.target.value)} />
      </label>
      <button type="submit" className="btn btn-primary">
        Save date
      </button>
      <button type="button" className="btn" onClick={() => setEditing(false)}>
        Cancel
      </button>
      {error && (
        <p role="alert" className="small">
          {error}
        </p>
      )}
    </form>
  );
}
