/**
 * Every card kind the generator makes. Adding one here is step 1 of "How to add a card
 * kind" (ARCHITECTURE.md): the contract's schema accepts it, and the compiler then asks
 * for its facet and description (`renderer/src/cards/kinds.ts`) and for its answer mode
 * (`renderer/src/views/study/card-mode.ts`).
 */
export const CARD_KINDS = [
  'quote-speaker',
  'quote-finish',
  'quote-when',
  'date-event',
  'event-date',
  'timeline',
  'actor-role',
  'role-actor',
  'lead-actor',
  'actor-alias',
  'argument-single',
  'argument-choice',
  'thesis',
  'number',
] as const;

export type CardKind = (typeof CARD_KINDS)[number];
