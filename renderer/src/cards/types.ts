/** The facts and cards one article yields: the JSON shape of docs/cards-json.md. */
import type { CardDraft, SourceSpan } from '../../../electron/contract';
import type { NumberFact } from './extract/numbers/numbers';

export type { NumberFact, NumberKind } from './extract/numbers/numbers';

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
  /**
   * Where `role` came from: next to the name ('title', 'apposition', 'copula', 'alias'), further away ('clause',
   * 'owner'), or what the article says the person did, from a clause they are the subject of ('action').
   */
  roleBasis?: string;
  /** 'low' when the role was inferred from further away than the name's own phrase. */
  roleConfidence?: 'high' | 'low';
  /** The sentence an 'action' role was read from. */
  roleSource?: SourceSpan;
};

export type DateFact = {
  when: string;
  /** Only where the text, plus the anchor for yearless and relative dates, determines it. */
  iso: string | null;
  /** The clause the date belongs to; `source` is its span. */
  event: string;
  actors: string[];
  source: SourceSpan;
  /** What a yearless or relative date was counted from; null when the text writes the date out. */
  anchor?: 'published' | 'dateline' | 'text' | null;
  /** 'low' when `iso` rests on an inferred year or a guess (a weekday's week, an event's date). */
  confidence?: 'high' | 'low';
  /** The rule behind an anchored `iso` ("year taken from the publication date"), else null. */
  basis?: string | null;
};

export type QuoteFact = {
  text: string;
  speaker: string | null;
  when: string | null;
  source: SourceSpan;
  /** The attribution rule that decided the speaker ("said-adjacent", "pronoun", "continuation"…), or why
   *  there is none ("none", "unknown-name", "anonymous", "reported-inside", "reported-by", "excerpt"…); see extract/quotes/speaker.ts. */
  sieve: string;
  /** 'high' for a speaker named next to the verb; 'low' for resolved pronouns, roles and continuations
   *  without strong evidence, and always when the speaker is null. */
  confidence: 'high' | 'low';
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
  /** The headline figures (amounts, percentages, counts, durations, scores) the number cards ask. */
  numbers: NumberFact[];
  cards: CardDraft[];
};

export type GenerateOptions = {
  title?: string;
  /** The article's publication date (ISO `YYYY-MM-DD`), the anchor of "yesterday" and "June 3rd". */
  published?: string;
  onProgress?: (fraction: number) => void;
};
