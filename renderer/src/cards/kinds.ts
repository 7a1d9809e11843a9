/** Every card kind the generator makes (`CARD_KINDS`, shared/card-kinds.ts) with its facet and what it asks. */
import type { Facet } from '../../../electron/contract';
import { CARD_KINDS, type CardKind } from '../../../shared/card-kinds';

export { CARD_KINDS, type CardKind };
export type CardKindInfo = { kind: CardKind; facet: Facet; description: string };

/** Keyed by every kind: a kind added to CARD_KINDS does not compile until it has its facet and description. */
const INFO: { readonly [K in CardKind]: Omit<CardKindInfo, 'kind'> } = {
  'quote-speaker': {
    facet: 'quotes',
    description: 'Who said this quotation? Multiple choice among the article’s actors.',
  },
  'quote-finish': {
    facet: 'quotes',
    description:
      'Fill the blank in a quotation of six words or more: the figure it asserts (an amount, a share, a count).',
  },
  'quote-when': {
    facet: 'quotes',
    description: 'When was this said? Only where the quotation is dated and no date card asks it; same-form choices.',
  },
  'date-event': {
    facet: 'dates',
    description: 'What happened on this date? A short event clause (≤ 8 words), choices among other events.',
  },
  'event-date': {
    facet: 'dates',
    description:
      'The event’s clause with its date blanked; choices of the same form (year, month and year, full date).',
  },
  timeline: {
    facet: 'dates',
    description: 'Put 4–6 of the article’s dated events (≤ 12 words each) in chronological order.',
  },
  'actor-role': { facet: 'actors', description: 'What role does the article give this person?' },
  'role-actor': { facet: 'actors', description: 'Who holds this role?' },
  'lead-actor': {
    facet: 'actors',
    description:
      'Who does what the article leads with? Its lead sentence with the actor it opens on blanked; choices among the article’s actors of that kind.',
  },
  'actor-alias': { facet: 'actors', description: 'What does this acronym stand for?' },
  'argument-single': {
    facet: 'arguments',
    description: 'One factor, risk, motive, condition or claim with its key phrase blanked.',
  },
  'argument-choice': {
    facet: 'arguments',
    description: 'Which of these is a risk (factor) the article names? Other choices from its other arguments.',
  },
  thesis: { facet: 'arguments', description: 'The article’s central argument with its key phrase blanked.' },
  number: {
    facet: 'arguments',
    description:
      'What figure does the article give? A headline amount, percentage, count, duration or score blanked in its clause; choices of the same form.',
  },
};

/** The kinds in CARD_KINDS order, each with its facet and description. */
export const CARD_KIND_INFO: readonly CardKindInfo[] = CARD_KINDS.map((kind) => ({ kind, ...INFO[kind] }));

export const facetOfKind = (kind: CardKind): Facet => INFO[kind].facet;
