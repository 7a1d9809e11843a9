import { useEffect, useMemo, useRef } from 'react';
import type { SourceSpan } from '../../../../electron/contract';
import { LoadError } from '../../components/LoadError';
import { paragraphAround } from '../../lib/format';
import { useNavigate } from '../../lib/navigation';
import { useQuery } from '../../lib/query';

type Props = { articleId: string; source: SourceSpan; heading?: string };

/** The card's sentence in its paragraph, highlighted, with a way into the reading view there. */
export function SourcePassage({ articleId, source, heading = 'Source' }: Props) {
  const navigate = useNavigate();
  // The article's text is fetched once and shared with the reading view (the query cache).
  const article = useQuery('library:get', { id: articleId });
  const text = article.data?.text;
  const passage = useMemo(
    () => (text === undefined ? null : paragraphAround(text, source.start, source.end)),
    [text, source.start, source.end],
  );
  const box = useRef<HTMLElement>(null);
  // Once the sentence is there, make sure it is in view (the card above stays where it is).
  useEffect(() => {
    if (passage) box.current?.scrollIntoView({ block: 'nearest' });
  }, [passage]);
  return (
    <aside ref={box} className="source-passage" aria-label={heading} data-testid="source-passage">
      <h3 className="small muted">{heading}</h3>
      <LoadError what="The article" query={article} />
      {passage && (
        <p className="serif passage">
          {passage.before}
          <mark className="source-mark">{passage.mark}</mark>
          {passage.after}
        </p>
      )}
      <button
        type="button"
        className="btn-link"
        onClick={() => navigate({ name: 'reading', articleId, focus: source })}
      >
        Open in the article
      </button>
    </aside>
  );
}
