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
    description: 'Finish the quotation: its closing words are blanked; typed answer.',
  },
  { kind: 'quote-when', facet: 'quotes', description: 'When was this said? Choices from the article’s other dates.' },
  { kind: 'date-event', facet: 'dates', description: 'What happened on this date?' },
  {
    kind: 'event-date',
    facet: 'dates',
    description: 'When did this event happen? Choices from the article’s other dates.',
  },
  {
    kind: 'timeline',
    facet: 'dates',
    description: 'Put the article’s dated events in chronological order (3 or more).',
  },
  { kind: 'actor-role', facet: 'actors', description: 'What role does the article give this person?' },
  { kind: 'role-actor', facet: 'actors', description: 'Who holds this role?' },
  { kind: 'actor-alias', facet: 'actors', description: 'What does this acronym stand for?' },
  {
    kind: 'argument-list',
    facet: 'arguments',
    description: 'What are the N factors/risks the article lists, in order?',
  },
  {
    kind: 'argument-single',
    facet: 'arguments',
    description: 'One factor, risk, motive, condition or claim: by its rank, or completed.',
  },
  { kind: 'thesis', facet: 'arguments', description: 'What is the article’s central argument?' },
];
