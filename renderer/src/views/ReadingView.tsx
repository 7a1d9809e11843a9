import './reading/reading.css';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { SourceSpan } from '../../../electron/contract';
import { FACET_LABELS, FacetBadge } from '../components/FacetBadge';
import { LoadError } from '../components/LoadError';
import { Notice } from '../components/Notice';
import { startGeneration } from '../lib/generate-client';
import { useNavigate } from '../lib/navigation';
import { useQuery } from '../lib/query';
import { cardsForMark, computeMarks, type Mark } from './reading/marks';
import { Paragraph } from './reading/Paragraph';
import { PublishedDate } from './reading/PublishedDate';

type Props = { articleId: string; focus?: SourceSpan };

/** The article (shared with the study view's sources), its cards, and the marks the generator finds in it. */
function useReading(articleId: string) {
  const article = useQuery('library:get', { id: articleId });
  const cards = useQuery('cards:list', { articleId });
  const [marks, setMarks] = useState<Mark[] | null>(null);
  const [marksError, setMarksError] = useState<string | null>(null);
  const loaded = article.data;
  // biome-ignore lint/correctness/useExhaustiveDependencies: the marks depend on the text, title and date only
  useEffect(() => {
    if (!loaded) return;
    let live = true;
    setMarksError(null);
    const job = startGeneration(
      { kind: 'facts', text: loaded.text, title: loaded.title, published: loaded.published },
      () => {},
    );
    job.result.then(
      ({ doc }) => live && setMarks(computeMarks(loaded.text, doc)),
      (e: Error) => live && setMarksError(`The names, dates and quotes could not be marked: ${e.message}`),
    );
    return () => {
      live = false;
      job.cancel();
    };
  }, [loaded?.text, loaded?.title, loaded?.published]);
  return { article, cards, marks, marksError };
}

/** The article in the serif, its actors, dates and quotes marked; selecting a mark lists its cards. */
export function ReadingView({ articleId, focus }: Props) {
  const navigate = useNavigate();
  const reading = useReading(articleId);
  const { marks, marksError } = reading;
  const article = reading.article.data;
  const cards = reading.cards.data ?? [];
  const [selected, setSelected] = useState<Mark | null>(null);
  const focusRef = useRef<HTMLElement | null>(null);

  const paragraphs = useMemo(() => {
    if (!article) return [];
    const out: { start: number; end: number; marks: Mark[] }[] = [];
    let start = 0;
    for (const line of article.text.split('\n')) {
      out.push({ start, end: start + line.length, marks: [] });
      start += line.length + 1;
    }
    let p = 0;
    for (const mark of marks ?? []) {
      while (p < out.length - 1 && mark.start >= out[p].end + 1) p += 1;
      out[p].marks.push(mark);
    }
    return out;
  }, [article, marks]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: scroll once the text is on screen
  useEffect(() => {
    focusRef.current?.scrollIntoView({ block: 'center' });
  }, [article, focus?.start]);

  const selectedCards = selected && marks ? cardsForMark(selected, marks, cards) : [];
  const counts = { actors: 0, dates: 0, quotes: 0 };
  for (const m of marks ?? []) if (m.facet !== 'arguments') counts[m.facet] += 1;

  return (
    <div
      className="reading-page"
      data-state={article ? (marks ? 'marked' : 'loaded') : reading.article.error ? 'failed' : 'loading'}
    >
      <div className="reading-main">
        <button type="button" className="btn-link" onClick={() => navigate({ name: 'library' })}>
          ← Library
        </button>
        <LoadError what="The article" query={reading.article} />
        <LoadError what="Its cards" query={reading.cards} />
        {marksError && <Notice kind="error">{marksError}</Notice>}
        {article && (
          <article className="reading serif" aria-labelledby="reading-title">
            <h1 id="reading-title">{article.title}</h1>
            {(article.byline || article.publisher) && (
              <p className="byline">
                {[article.byline && `By ${article.byline}`, article.publisher].filter(Boolean).join(' · ')}
              </p>
            )}
            <PublishedDate article={article} />
            {paragraphs.map((para) => (
              <Paragraph
                key={para.start}
                text={article.text}
                from={para.start}
                to={para.end}
                marks={para.marks}
                focus={focus ?? null}
                selectedKey={selected?.key ?? null}
                onSelect={setSelected}
                focusRef={focusRef}
              />
            ))}
          </article>
        )}
      </div>
      {/* Without the article there is nothing to mark: the failure and Try again stand alone. */}
      {(article || !reading.article.error) && (
        <aside className="reading-aside" aria-label="Marks and cards">
          <ul className="legend">
            {(['actors', 'dates', 'quotes'] as const).map((facet) => (
              <li key={facet}>
                <span className={`legend-swatch mark-${facet}`} aria-hidden="true" /> {FACET_LABELS[facet]}{' '}
                <span className="muted">{marks ? counts[facet] : '…'}</span>
              </li>
            ))}
          </ul>
          {selected ? (
            <section aria-labelledby="selected-title" data-testid="mark-cards">
              <h2 id="selected-title" className="selected-title">
                <FacetBadge facet={selected.facet} />{' '}
                <span className={selected.facet === 'quotes' ? 'serif' : ''}>{selected.label}</span>
              </h2>
              {selectedCards.length === 0 ? (
                <p className="muted">No cards about this.</p>
              ) : (
                <ul className="mark-cards">
                  {selectedCards.map((card) => (
                    <li key={card.id}>
                      <p className="mark-card-prompt">{card.prompt}</p>
                      <p className="muted small">{card.answer}</p>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          ) : (
            <p className="muted small">Select a marked name, date or quotation to see its cards.</p>
          )}
        </aside>
      )}
    </div>
  );
}
