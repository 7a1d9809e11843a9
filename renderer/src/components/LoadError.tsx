import type { Query } from '../lib/query';
import { Notice } from './Notice';

/** A query that failed: what could not be loaded, main's reason, and "Try again". Nothing while it is fine. */
export function LoadError({ what, query }: { what: string; query: Pick<Query<unknown>, 'error' | 'reload'> }) {
  if (!query.error) return null;
  return (
    <Notice kind="error">
      {what} could not be loaded: {query.error.message}{' '}
      <button type="button" className="btn btn-small" onClick={query.reload}>
        Try again
      </button>
    </Notice>
  );
}
