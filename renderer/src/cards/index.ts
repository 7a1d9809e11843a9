/** The card generator's public surface: decode, parse, generate, and the list of card kinds. */
export { dedupeCards, hasDanglingPronoun, hasValidChoices, passesQuality, promptRevealsAnswer } from './build/quality';
export { generate } from './generate';
export { CARD_KIND_INFO, CARD_KINDS, type CardKind, type CardKindInfo, facetOfKind } from './kinds';
export { type ArticleFormat, formatFromName, type ParseResult, parseArticle } from './parse/article';
export { type DecodeResult, decodeArticle } from './parse/decode';
export { isDateLine } from './parse/published';
export type {
  ActorFact,
  ActorKind,
  ArgumentFact,
  ArgumentKind,
  DateFact,
  FactsDoc,
  GenerateOptions,
  NumberFact,
  NumberKind,
  QuoteFact,
} from './types';
