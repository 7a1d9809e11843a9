import type { AnswerMode, CardKind, CardView } from '../../../../electron/contract';

export type SessionMode = 'self' | 'typed' | 'choice';
export type Variant = 'study' | 'quiz' | 'timeline';

/** Longest answer still sensible to type out. */
const MAX_TYPED = 60;

/**
 * What a kind asks for beyond the card's fields: `order` puts items in order (the timeline
 * drill), `type` is typed in the quote quiz (a quotation's missing words), `any` follows
 * the session's mode and the card's fields. Every kind is listed, so a new kind in
 * CARD_KINDS does not compile until it is placed here.
 */
export function kindAnswer(kind: CardKind): 'order' | 'type' | 'any' {
  switch (kind) {
    case 'timeline':
      return 'order';
    case 'quote-finish':
      return 'type';
    case 'quote-speaker':
    case 'quote-when':
    case 'date-event':
    case 'event-date':
    case 'actor-role':
    case 'role-actor':
    case 'actor-alias':
    case 'argument-single':
    case 'argument-choice':
    case 'thesis':
    case 'number':
      return 'any';
    default:
      return retiredKind(kind);
  }
}

/** A stored card of a kind the generator no longer makes (decks keep them): answered like any card. */
function retiredKind(_kind: never): 'any' {
  return 'any';
}

/** How one card is answered, given the session's preferred mode and what the card offers. */
export function modeFor(card: CardView, preferred: SessionMode, variant: Variant): AnswerMode {
  const asks = kindAnswer(card.kind);
  if (asks === 'order' && (card.items?.length ?? 0) >= 2) return 'timeline';
  const hasChoices = (card.choices?.length ?? 0) >= 2;
  const typeable = card.answer.length <= MAX_TYPED;
  if (variant === 'quiz') {
    if (asks === 'type' && typeable) return 'typed';
    if (hasChoices) return 'choice';
    return typeable ? 'typed' : 'self';
  }
  if (preferred === 'choice' && hasChoices) return 'choice';
  if (preferred === 'typed' && typeable) return 'typed';
  return 'self';
}

/** Straight quotes to real quotation marks, for quotations set in the serif. */
export function smartQuotes(text: string): string {
  return text
    .replace(/(^|[\s([{—–-])"/g, '$1“')
    .replace(/"/g, '”')
    .replace(/(^|[\s([{—–-])'/g, '$1‘')
    .replace(/'/g, '’');
}

/**
 * The article's title as the front of a card shows it: where the title holds the card's answer
 * (or an accepted form of it, or the figure of a number answer), that part is a blank, since a
 * headline often carries the very figure or name the card asks for.
 */
export function titleForFront(title: string, card: Pick<CardView, 'answer' | 'acceptable'>): string {
  const forms = [card.answer, ...(card.acceptable ?? [])]
    .map((f) => f.trim())
    .filter((f) => f.length >= 2 && f.length <= 80);
  const figure = /\d[\d.,]*/.exec(card.answer)?.[0];
  if (figure && /\d/.test(figure)) forms.push(figure.replace(/[.,]$/, ''));
  let out = title;
  for (const form of forms.sort((a, b) => b.length - a.length)) {
    const escaped = form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    // Whole words only: "Ames" does not blank "Games"; a figure does not blank part of a longer one.
    out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'giu'), '___');
  }
  return out;
}
