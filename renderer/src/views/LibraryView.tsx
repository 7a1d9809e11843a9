import './library/library.css';
import { useEffect, useRef, useState } from 'react';
import type { ArticleSummary, CardDraft, Facet } from '../../../electron/contract';
import { messageOf } from '../../../shared/errors';
import { call } from '../api';
import { FACET_LABELS } from '../components/FacetBadge';
import { LoadError } from '../components/LoadError';
import { Notice } from '../components/Notice';
import { ProgressBar } from '../components/ProgressBar';
import { plural } from '../lib/format';
import { type Route, useNavigate } from '../lib/navigation';
import { useQuery } from '../lib/query';
import { AddArticle } from './library/AddArticle';
import { ArticleCard } from './library/ArticleCard';
import { ImportedArticle } from './library/ImportedArticle';
import { NewCardsReview } from './library/NewCardsReview';
import { useImport } from './library/use-import';

const FACETS: Facet[] = ['actors', 'dates', 'quotes', 'arguments'];

type Pending = { title: string; cards: CardDraft[] } | null;

/** "Study 12 due + 20 new": reviews that are due and new cards are not the same promise. */
function studyLabel(dueNow: number, fresh: number): string {
  if (dueNow > 0 && fresh > 0) return `Study ${dueNow} due + ${fresh} new`;
  if (dueNow > 0) return `Study ${dueNow} due`;
  if (fresh > 0) return `Study ${fresh} new`;
  return 'Nothing due';
}

/** The first screen: the articles, the day's study, and adding an article. */
export function LibraryView({ file }: { file?: Extract<Route, { name: 'library' }>['file'] }) {
  const navigate = useNavigate();
  const library = useQuery('library:list');
  const counts = useQuery('study:counts');
  const articles = library.data ?? null;
  const total = counts.data?.total;
  const dueLabel = total ? studyLabel(total.due, total.new) : 'Nothing due';
  const flow = useImport();
  const [pending, setPending] = useState<Pending>(null);
  const [savingPending, setSavingPending] = useState(false);
  const { fromBytes } = flow;

  // A file dropped on the window arrives as a route parameter.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once per dropped file
  useEffect(() => {
    if (file) fromBytes(file.name, file.bytes, file.error);
  }, [file]);

  const openPending = async (article: ArticleSummary) => {
    try {
      const cards = await call('cards:list', { articleId: article.id, state: 'pending' });
      setPending({ title: article.title, cards });
    } catch (error) {
      flow.setMessage({
        kind: 'error',
        text: `The new cards of “${article.title}” could not be listed: ${messageOf(error)}`,
      });
    }
  };

  const savePending = async (cards: CardDraft[], accepted: Set<string>) => {
    setSavingPending(true);
    try {
      const ids = cards.map((c) => c.id);
      await call('cards:review', {
        accept: ids.filter((id) => accepted.has(id)),
        reject: ids.filter((id) => !accepted.has(id)),
      });
      flow.setMessage({ kind: 'success', text: `${accepted.size} of ${cards.length} cards accepted.` });
      setPending(null);
    } catch (error) {
      flow.setMessage({ kind: 'error', text: messageOf(error) });
    } finally {
      setSavingPending(false);
    }
  };

  const { state } = flow;
  const flowRef = useRef<HTMLDivElement>(null);
  // Progress, the new cards and messages appear at the top: bring them into view from wherever the action was.
  useEffect(() => {
    if (state.step !== 'idle' || flow.message || pending) flowRef.current?.scrollIntoView({ block: 'start' });
  }, [state.step, flow.message, pending]);
  const busy = state.step !== 'idle';

  return (
    <div className="library" data-state={library.error ? 'error' : articles === null ? 'loading' : 'ready'}>
      <header className="page-head">
        <div>
          <h1>Library</h1>
          <p className="muted">
            {articles ? plural(articles.length, 'article') : library.error ? 'Not loaded' : 'Loading…'}
          </p>
        </div>
        <button
          type="button"
          className="btn btn-primary btn-large"
          disabled={!total || total.due + total.new === 0}
          onClick={() => navigate({ name: 'study', scope: {} })}
        >
          {dueLabel}
        </button>
      </header>
      <LoadError what="The library" query={library} />
      <LoadError what="The number of cards to study" query={counts} />
      <nav className="facet-links" aria-label="Study one facet">
        <span className="muted small">Study one facet:</span>
        {FACETS.map((facet) => (
          <button
            key={facet}
            type="button"
            className={`facet-badge facet-${facet} facet-link`}
            onClick={() => navigate({ name: 'study', scope: { facet } })}
          >
            {FACET_LABELS[facet]}
          </button>
        ))}
      </nav>
      <div ref={flowRef} className="import-flow">
        {flow.message && (
          <Notice kind={flow.message.kind} onDismiss={() => flow.setMessage(null)}>
            {flow.message.text}
            {flow.message.action && (
              <>
                {' '}
                <button type="button" className="btn" onClick={flow.message.action.run}>
                  {flow.message.action.label}
                </button>
              </>
            )}
          </Notice>
        )}
        {state.step === 'generating' && (
          <ProgressBar
            value={state.progress}
            label={`Making cards from “${state.title}”${state.stage ? `: ${state.stage}` : ''}…`}
            onCancel={flow.cancel}
          />
        )}
        {state.step === 'review' && <ImportedArticle article={state.article} />}
        {state.step === 'review' && (
          <NewCardsReview
            title={state.article.title}
            cards={state.cards}
            text={state.article.text}
            dropped={state.dropped}
            busy={false}
            onDiscard={flow.discard}
            onSave={(cards, accepted) => flow.save(state.article, cards, accepted)}
          />
        )}
        {state.step === 'saving' && <p role="status">Saving…</p>}
        {pending && state.step === 'idle' && (
          <NewCardsReview
            title={pending.title}
            cards={pending.cards}
            busy={savingPending}
            onDiscard={() => setPending(null)}
            onSave={savePending}
          />
        )}
      </div>
      {articles && articles.length > 0 && (
        <ul className="article-list" aria-label="Articles">
          {[...articles]
            .sort((a, b) => b.addedAt.localeCompare(a.addedAt))
            .map((article) => (
              <ArticleCard
                key={article.id}
                article={article}
                onStudy={() => navigate({ name: 'study', scope: { articleId: article.id } })}
                onRead={() => navigate({ name: 'reading', articleId: article.id })}
                onReviewPending={() => void openPending(article)}
              />
            ))}
        </ul>
      )}
      {library.data?.length === 0 && <p className="muted">No articles yet. Add one below.</p>}
      <AddArticle
        key={flow.saved}
        disabled={busy}
        onPaste={flow.fromPaste}
        onOpenFile={(published) => void flow.openFile(published)}
      />
    </div>
  );
}
