import type { CardView } from '../../../../electron/contract';
import { FacetBadge } from '../../components/FacetBadge';
import { smartQuotes, titleForFront } from './card-mode';

/**
 * Facet badge and article title, small, above the prompt; the prompt large (quotes in the serif).
 * Before the answer shows, the title's own copy of the answer is blanked.
 */
export function CardHead({ card, revealed = true }: { card: CardView; revealed?: boolean }) {
  return (
    <div className="card-meta">
      <FacetBadge facet={card.facet} />
      <span className="card-article">{revealed ? card.articleTitle : titleForFront(card.articleTitle, card)}</span>
      {card.state === 'new' && <span className="tag">New</span>}
    </div>
  );
}

export function CardPrompt({ card }: { card: CardView }) {
  const isQuote = card.facet === 'quotes';
  return (
    <h2
      className={`card-prompt${isQuote ? ' serif quote' : ''}${card.prompt.length > 140 ? ' long' : ''}`}
      id="card-prompt"
    >
      {isQuote ? smartQuotes(card.prompt) : card.prompt}
    </h2>
  );
}

/** The answer side: the answer, then its context (a speaker's role, a quote's date). */
export function CardAnswer({ card }: { card: CardView }) {
  const isQuote = card.facet === 'quotes';
  return (
    <div className="card-answer-text">
      <p className={`answer${isQuote && card.kind === 'quote-finish' ? ' serif' : ''}`}>{card.answer}</p>
      {card.context && <p className="answer-context">{card.context}</p>}
    </div>
  );
}
