import { useMemo, useState } from 'react';
import type { ArticleInput } from '../../../../electron/contract';
import { longDay, plural } from '../../lib/format';

const SHOWN_PARAGRAPHS = 200;

/** What `\s` matches above U+2000. */
const SPACES = new Set([
  0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f,
  0x205f, 0x3000, 0xfeff,
]);

/** Words and paragraphs of a text in one pass, without splitting it (a 500-page PDF is 1.5 million characters). */
function countText(text: string): { words: number; paragraphs: number } {
  let words = 0;
  let paragraphs = text === '' ? 0 : 1;
  let inWord = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 10) paragraphs += 1;
    const space = c === 32 || (c >= 9 && c <= 13) || c === 160 || (c >= 0x2000 && SPACES.has(c)) || c === 0x1680;
    if (!space && !inWord) words += 1;
    inWord = !space;
  }
  return { words, paragraphs };
}

/** The first `count` paragraphs of a text, without splitting the rest. */
function firstParagraphs(text: string, count: number): string[] {
  const out: string[] = [];
  let from = 0;
  while (out.length < count && from <= text.length) {
    const end = text.indexOf('\n', from);
    out.push(text.slice(from, end === -1 ? text.length : end));
    if (end === -1) break;
    from = end + 1;
  }
  return out;
}

/**
 * What was read from the file before its cards are reviewed: title, byline, site, date and
 * the text itself. Counted once per article; the text's paragraphs are built only when shown.
 */
export function ImportedArticle({ article }: { article: ArticleInput }) {
  const counts = useMemo(() => countText(article.text), [article.text]);
  const [open, setOpen] = useState(false);
  const facts = [
    article.byline && `By ${article.byline}`,
    article.publisher,
    article.published ? `Published ${longDay(article.published)}` : 'Publication date unknown',
    plural(counts.words, 'word'),
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
      <details onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>Show the text ({plural(counts.paragraphs, 'paragraph')})</summary>
        {open && (
          <div className="imported-text serif" data-testid="imported-text">
            {firstParagraphs(article.text, SHOWN_PARAGRAPHS).map((p, i) => (
              <p key={i}>{p}</p>
            ))}
            {counts.paragraphs > SHOWN_PARAGRAPHS && (
              <p className="muted">… {counts.paragraphs - SHOWN_PARAGRAPHS} more paragraphs</p>
            )}
          </div>
        )}
      </details>
    </section>
  );
}
