import type { ArticleSummary } from '../../../../electron/contract';
import { formatPercent, longDay, MASTERY_MIN_STUDIED, plural } from '../../lib/format';

type Props = {
  article: ArticleSummary;
  onStudy(): void;
  onRead(): void;
  onReviewPending(): void;
};

/** One article in the library: what it is, how many cards are where, and how well it is known. */
export function ArticleCard({ article, onStudy, onRead, onReviewPending }: Props) {
  const { counts } = article;
  const enough = counts.studied >= MASTERY_MIN_STUDIED;
  return (
    <li className="article-card" data-article-id={article.id}>
      <div className="article-main">
        <h2 className="article-title">{article.title}</h2>
        <p className="muted small">
          {article.publisher ?? 'Unknown publisher'}
          {article.published && (
            <>
              {' · '}
              <time dateTime={article.published}>{longDay(article.published)}</time>
            </>
          )}{' '}
          · {plural(article.words, 'word')} · {plural(counts.total, 'card')}
        </p>
        <dl className="counts">
          <div>
            <dt>New</dt>
            <dd>{counts.new}</dd>
          </div>
          <div>
            <dt>Due</dt>
            <dd>{counts.due}</dd>
          </div>
          <div>
            <dt>Learned</dt>
            <dd>{counts.learned}</dd>
          </div>
          <div>
            <dt>To check</dt>
            <dd>{counts.pending}</dd>
          </div>
        </dl>
        <div className="mastery" title="Mean chance of recalling its studied cards now">
          <span className="small muted" data-testid="article-mastery">
            {masteryLine(article)}
          </span>
          <div className="mastery-track" aria-hidden="true">
            <div className="mastery-fill" style={{ transform: `scaleX(${enough ? (article.mastery ?? 0) : 0})` }} />
          </div>
        </div>
      </div>
      <div className="article-actions">
        <button type="button" className="btn" onClick={onStudy} aria-label={`Study this: ${article.title}`}>
          Study this
        </button>
        <button type="button" className="btn" onClick={onRead} aria-label={`Read ${article.title}`}>
          Read
        </button>
        {counts.pending > 0 && (
          <button
            type="button"
            className="btn"
            onClick={onReviewPending}
            aria-label={`Check ${plural(counts.pending, 'new card')} of ${article.title}`}
          >
            Check {plural(counts.pending, 'new card')}
          </button>
        )}
      </div>
    </li>
  );
}

/** "Mastery 86% · 12 of 56 studied"; below a handful of studied cards, only the coverage. */
function masteryLine(article: ArticleSummary): string {
  const { studied, total, pending } = article.counts;
  const covered = `${studied} of ${total - pending} studied`;
  if (article.mastery === null) return `Mastery: ${covered}`;
  if (studied < MASTERY_MIN_STUDIED) return `Mastery: ${covered}, too few to say`;
  return `Mastery ${formatPercent(article.mastery)} · ${covered}`;
}
