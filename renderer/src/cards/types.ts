/** The facts and cards one article yields: the JSON shape of ../shared/FACTS-JSON.md. */
import type { CardDraft, SourceSpan } from '../../../electron/contract';

export type ActorKind = 'person' | 'state' | 'organisation' | 'group' | 'forum' | 'initiative';

export type ActorFact = {
  name: string;
  aliases: string[];
  kind: ActorKind;
  role: string | null;
  mentions: number;
  /** The first mention. */
  source: SourceSpan;
  /** 'low' when only the name's shape made it an actor (no title, verb, definition or repeat). */
  confidence?: 'high' | 'low';
  /** Where `role` came from: next to the name ('title', 'apposition', 'copula', 'alias') or further away ('clause', 'owner'). */
  roleBasis?: string;
  /** 'low' when the role was inferred from further away than the name's own phrase. */
  roleConfidence?: 'high' | 'low';
};

export type DateFact = {
  when: string;
  iso: string | null;
  event: string;
  actors: string[];
  source: SourceSpan;
};

export type QuoteFact = {
  text: string;
  speaker: string | null;
  when: string | null;
  source: SourceSpan;
};

export type ArgumentKind = 'thesis' | 'factor' | 'risk' | 'motive' | 'condition' | 'claim';

export type ArgumentFact = {
  kind: ArgumentKind;
  text: string;
  source: SourceSpan;
  /** Set for items of an enumeration ("Three main factors… First… Second…"). */
  list?: { head: string; ordinal: number; size: number };
};

export type FactsDoc = {
  article: { title: string; words: number };
  actors: ActorFact[];
  dates: DateFact[];
  quotes: QuoteFact[];
  arguments: ArgumentFact[];
  cards: CardDraft[];
};

export type GenerateOptions = { title?: string; onProgress?: (fraction: number) => void };
