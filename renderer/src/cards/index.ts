/** The card generator's public surface: decode, parse, generate, and the list of card kinds. */

export { generate } from './generate';
export { CARD_KINDS, type CardKindInfo } from './kinds';
export { type ArticleFormat, formatFromName, type ParseResult, parseArticle } from './parse/article';
export { type DecodeResult, decodeArticle } from './parse/decode';
export { dedupeCards, hasDanglingPronoun, hasValidChoices, passesQuality, promptRevealsAnswer } from './quality';
export type {
  ActorFact,
  ActorKind,
  ArgumentFact,
  ArgumentKind,
  DateFact,
  FactsDoc,
  GenerateOptions,
  QuoteFact,
} from './types';
