// Shapes shared by the eval scorer, its report and its command.

/** The part of the generator’s JSON document (docs/cards-json.md) the scorer reads. */
export type GeneratedFacts = {
  actors: ReadonlyArray<{ name: string; aliases?: readonly string[]; role?: string | null }>;
  dates: ReadonlyArray<{ when: string; iso?: string | null }>;
  quotes: ReadonlyArray<{ text: string; speaker: string | null; sieve?: string; source?: { start: number } }>;
  arguments?: ReadonlyArray<{ kind: string; text: string }>;
};

export type Ratio = { hit: number; total: number };

export type MissKind =
  | 'actor-missed'
  | 'actor-spurious'
  | 'role-wrong'
  | 'actor-duplicate'
  | 'date-missed'
  | 'date-spurious'
  | 'iso-wrong'
  | 'quote-missed'
  | 'speaker-wrong'
  | 'quote-spurious'
  | 'argument-missed'
  | 'trap-taken';

export type Miss = { kind: MissKind; detail: string };

export type ArticleScore = {
  slug: string;
  actorRecall: Ratio;
  actorPrecision: Ratio;
  roleAccuracy: Ratio;
  dateRecall: Ratio;
  datePrecision: Ratio;
  isoAccuracy: Ratio;
  quoteRecall: Ratio;
  speakerAccuracy: Ratio;
  namedSpeakerPrecision: Ratio;
  speakerCoverage: Ratio;
  quotePrecision: Ratio;
  argumentRecall: Ratio;
  trapsAvoided: Ratio;
  /** Per attribution sieve (the generator's `sieve` field): recalled quotes it named a speaker for, and how many right. */
  sieves: Record<string, Ratio>;
  misses: Miss[];
};

export const RATIO_KEYS = [
  'actorRecall',
  'actorPrecision',
  'roleAccuracy',
  'dateRecall',
  'datePrecision',
  'isoAccuracy',
  'quoteRecall',
  'speakerAccuracy',
  'namedSpeakerPrecision',
  'speakerCoverage',
  'quotePrecision',
  'argumentRecall',
  'trapsAvoided',
] as const;
