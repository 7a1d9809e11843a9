import type { ArticleSummary } from '../../../../electron/contract';
import { longDay, percent, plural } from '../../lib/format';

type Props = {
  article: ArticleSummary;
  onStudy(): void;
  onRead(): void;
  onReviewPending(): void;
};

/** One article in the library: what it is, how many cards are where, and how well it is known. */
export function ArticleCard({ article, onStudy, onRead, onReviewPending }: Props) {
  const { counts } = article;
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
            <dt>To review</dt>
            <dd>{counts.pending}</dd>
          </div>
        </dl>
        <div className="mastery" title="Mean chance of recalling its studied cards now">
          <span className="small muted">Mastery {percent(article.mastery)}</span>
          <div className="mastery-track" aria-hidden="true">
            <div className="mastery-fill" style={{ transform: `scaleX(${article.mastery ?? 0})` }} />
          </div>
        </div>
      </div>
      <div className="article-actions">
        <button type="button" className="btn" onClick={onStudy}>
          Study this
        </button>
        <button type="button" className="btn" onClick={onRead}>
          Read
        </button>
        {counts.pending > 0 && (
          <button type="button" className="btn" onClick={onReviewPending}>
            Review {counts.pending} new
          </button>
        )}
      </div>
    </li>
  );
}
