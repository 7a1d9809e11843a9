import './reading/reading.css';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Article, CardView, SourceSpan } from '../../../electron/contract';
import { call } from '../api';
import { FACET_LABELS, FacetBadge } from '../components/FacetBadge';
import { Notice } from '../components/Notice';
import { forgetArticle, getArticle } from '../lib/article-cache';
import { startGeneration } from '../lib/generate-client';
import { notifyChanged, useNavigate } from '../lib/navigation';
import { cardsForMark, computeMarks, type Mark } from './reading/marks';
import { Paragraph } from './reading/Paragraph';
import { PublishedDate } from './reading/PublishedDate';

type Props = { articleId: string; focus?: SourceSpan };

function useReading(articleId: string) {
  const [article, setArticle] = useState<Article | null>(null);
  const [cards, setCards] = useState<CardView[]>([]);
  const [marks, setMarks] = useState<Mark[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    let cancel = () => {};
    getArticle(articleId)
      .then((loaded) => {
        if (!live) return;
        setArticle(loaded);
        const job = startGeneration(
          { kind: 'facts', text: loaded.text, title: loaded.title, published: loaded.published },
          () => {},
        );
        cancel = job.cancel;
        return job.result.then(({ doc }) => live && setMarks(computeMarks(loaded.text, doc)));
      })
      .catch((e: Error) => live && setError(e.message));
    call('cards:list', { articleId }).then(
      (list) => live && setCards(list),
      () => {},
    );
    return () => {
      live = false;
      cancel();
    };
  }, [articleId]);
  return { article, setArticle, cards, marks, error };
}

/** The article in the serif, its actors, dates and quotes marked; selecting a mark lists its cards. */
export function ReadingView({ articleId, focus }: Props) {
  const navigate = useNavigate();
  const { article, setArticle, cards, marks, error } = useReading(articleId);
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
    <div className="reading-page" data-state={article ? (marks ? 'marked' : 'loaded') : 'loading'}>
      <div className="reading-main">
        <button type="button" className="btn-link" onClick={() => navigate({ name: 'library' })}>
          ← Library
        </button>
        {error && <Notice kind="error">{error}</Notice>}
        {article && (
          <article className="reading serif" aria-labelledby="reading-title">
            <h1 id="reading-title">{article.title}</h1>
            {(article.byline || article.publisher) && (
              <p className="byline">
                {[article.byline && `By ${article.byline}`, article.publisher].filter(Boolean).join(' · ')}
              </p>
            )}
            <PublishedDate
              article={article}
              onSaved={(saved) => {
                forgetArticle(saved.id);
                setArticle(saved);
                notifyChanged();
              }}
            />
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
    </div>
  );
}
