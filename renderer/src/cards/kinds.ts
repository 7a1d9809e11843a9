/** Every card kind the generator makes, with its facet: the list ARCHITECTURE.md points at. */
import type { Facet } from '../../../electron/contract';

export type CardKindInfo = { kind: string; facet: Facet; description: string };

export const CARD_KINDS: readonly CardKindInfo[] = [
  {
    kind: 'quote-speaker',
    facet: 'quotes',
    description: 'Who said this quotation? Multiple choice among the article’s actors.',
  },
  {
    kind: 'quote-finish',
    facet: 'quotes',
    description: 'Fill the blank in a quotation of six words or more: its key phrase (a name, number or noun phrase).',
  },
  {
    kind: 'quote-when',
    facet: 'quotes',
    description: 'When was this said? Only where the quotation is dated and no date card asks it; same-form choices.',
  },
  {
    kind: 'date-event',
    facet: 'dates',
    description: 'What happened on this date? A short event clause (≤ 8 words), choices among other events.',
  },
  {
    kind: 'event-date',
    facet: 'dates',
    description:
      'The event’s clause with its date blanked; choices of the same form (year, month and year, full date).',
  },
  {
    kind: 'timeline',
    facet: 'dates',
    description: 'Put 4–6 of the article’s dated events (≤ 12 words each) in chronological order.',
  },
  { kind: 'actor-role', facet: 'actors', description: 'What role does the article give this person?' },
  { kind: 'role-actor', facet: 'actors', description: 'Who holds this role?' },
  { kind: 'actor-alias', facet: 'actors', description: 'What does this acronym stand for?' },
  {
    kind: 'argument-single',
    facet: 'arguments',
    description: 'One factor, risk, motive, condition or claim with its key phrase blanked.',
  },
  {
    kind: 'argument-choice',
    facet: 'arguments',
    description: 'Which of these is a risk (factor) the article names? Other choices from its other arguments.',
  },
  { kind: 'thesis', facet: 'arguments', description: 'The article’s central argument with its key phrase blanked.' },
];
