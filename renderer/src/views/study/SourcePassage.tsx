import { useEffect, useRef, useState } from 'react';
import type { SourceSpan } from '../../../../electron/contract';
import { getArticle } from '../../lib/article-cache';
import { paragraphAround } from '../../lib/format';
import { useNavigate } from '../../lib/navigation';

type Props = { articleId: string; source: SourceSpan; heading?: string };

/** The card's sentence in its paragraph, highlighted, with a way into the reading view there. */
export function SourcePassage({ articleId, source, heading = 'Source' }: Props) {
  const navigate = useNavigate();
  const [passage, setPassage] = useState<ReturnType<typeof paragraphAround> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const box = useRef<HTMLElement>(null);
  // Once the sentence is there, make sure it is in view (the card above stays where it is).
  useEffect(() => {
    if (passage) box.current?.scrollIntoView({ block: 'nearest' });
  }, [passage]);
  useEffect(() => {
    let live = true;
    getArticle(articleId).then(
      (article) => live && setPassage(paragraphAround(article.text, source.start, source.end)),
      (e: Error) => live && setError(e.message),
    );
    return () => {
      live = false;
    };
  }, [articleId, source.start, source.end]);
  return (
    <aside ref={box} className="source-passage" aria-label={heading} data-testid="source-passage">
      <h3 className="small muted">{heading}</h3>
      {error && <p className="notice notice-error">{error}</p>}
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
