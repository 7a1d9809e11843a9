import type { ArticleInput } from '../../../../electron/contract';
import { longDay, plural } from '../../lib/format';

/** What was read from the file before its cards are reviewed: title, byline, site, date and the text itself. */
export function ImportedArticle({ article }: { article: ArticleInput }) {
  const paragraphs = article.text.split('\n');
  const words = article.text.split(/\s+/).filter(Boolean).length;
  const facts = [
    article.byline && `By ${article.byline}`,
    article.publisher,
    article.published ? `Published ${longDay(article.published)}` : 'Publication date unknown',
    plural(words, 'word'),
  ].filter(Boolean);
  return (
    <section className="imported-article" aria-labelledby="imported-title" data-testid="imported-article">
      <p className="muted small">The article as read from {article.sourceName ?? 'the text'}</p>
      <h2 id="imported-title" className="imported-title serif">
        {article.title}
      </h2>
      <p className="muted small" data-testid="imported-meta">
        {facts.join(' · ')}
      </p>
      <details>
        <summary>Show the text ({plural(paragraphs.length, 'paragraph')})</summary>
        <div className="imported-text serif" data-testid="imported-text">
          {paragraphs.slice(0, 200).map((p, i) => (
            <p key={i}>{p}</p>
          ))}
          {paragraphs.length > 200 && <p className="muted">… {paragraphs.length - 200} more paragraphs</p>}
        </div>
      </details>
    </section>
  );
}
