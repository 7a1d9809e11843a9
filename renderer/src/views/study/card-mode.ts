import type { AnswerMode, CardView } from '../../../../electron/contract';

export type SessionMode = 'self' | 'typed' | 'choice';
export type Variant = 'study' | 'quiz' | 'timeline';

/** Longest answer still sensible to type out. */
const MAX_TYPED = 60;

/** How one card is answered, given the session's preferred mode and what the card offers. */
export function modeFor(card: CardView, preferred: SessionMode, variant: Variant): AnswerMode {
  if (card.kind === 'timeline' && (card.items?.length ?? 0) >= 2) return 'timeline';
  const hasChoices = (card.choices?.length ?? 0) >= 2;
  const typeable = card.answer.length <= MAX_TYPED;
  if (variant === 'quiz') {
    if (card.kind === 'quote-finish' && typeable) return 'typed';
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
