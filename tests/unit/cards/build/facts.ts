/** Facts for card-builder tests: an actor or a quotation with the fields a builder reads, and overrides. */
import type { ActorFact, QuoteFact } from '../../../../renderer/src/cards/types';

export const source = { start: 0, end: 10 };

export const actor = (name: string, extra: Partial<ActorFact> = {}): ActorFact => ({
  name,
  aliases: [],
  kind: 'person',
  role: null,
  mentions: 2,
  source,
  confidence: 'high',
  ...extra,
});

export const quote = (text: string, speaker: string): QuoteFact => ({
  text,
  speaker,
  when: null,
  source,
  sieve: 'said-adjacent',
  confidence: 'high',
});
