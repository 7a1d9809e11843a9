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
    case 'lead-actor':
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
  for (const form of forms.sort((a, b) => b.length - a.length)) out = blankWholeWords(out, form);
  return out;
}

/** A letter or digit (case-insensitive, as the form is matched): a form inside a longer word is left alone. */
const WORD_AFTER = /^[\p{L}\p{N}]/iu;
const WORD_BEFORE = /[\p{L}\p{N}]$/iu;

/**
 * `text` with every case-insensitive, whole-word occurrence of `form` as "___". The same as one
 * `(?<![\p{L}\p{N}])form(?![\p{L}\p{N}])` regex, without compiling a Unicode letter class for each
 * form (milliseconds per new card, on the path from a rating key to the next card).
 */
function blankWholeWords(text: string, form: string): string {
  const pattern = new RegExp(form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'giu');
  let out = '';
  let copied = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    if (WORD_BEFORE.test(text.slice(Math.max(0, start - 2), start)) || WORD_AFTER.test(text.slice(end, end + 2))) {
      // Not a whole word: look again one character (code point) further on, as the regex would.
      pattern.lastIndex = start + ((text.codePointAt(start) ?? 0) > 0xffff ? 2 : 1);
      continue;
    }
    out += `${text.slice(copied, start)}___`;
    copied = end;
  }
  return out + text.slice(copied);
}
