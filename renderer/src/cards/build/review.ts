/**
 * Cards from facts extraction is unsure of (`confidence: 'low'`) are confirmed before they are
 * studied: they carry `unsure.reason` in words, and start unchecked in the review of new cards.
 */
import type { CardDraft } from '../../../../electron/contract';
import type { ActorFact, DateFact, QuoteFact } from '../types';

export type Review = NonNullable<CardDraft['unsure']>;

/** The attribution rule (`sieve`) in words; unknown rules are named as they are. */
function sieveInWords(sieve: string | undefined): string {
  if (!sieve) return 'speaker inferred from the text around the quote';
  const s = sieve.toLowerCase();
  if (/pronoun|coref|\bhe\b|anaphor/.test(s)) return 'speaker inferred from “he” or “she”';
  if (/previous|prior|carry|paragraph|continu|last/.test(s)) return 'speaker carried over from an earlier quote';
  if (/role|title|descript/.test(s)) return 'speaker found from a role, not a name';
  if (/near|nearest|proxim|window/.test(s)) return 'speaker taken from the nearest name';
  return `speaker inferred (${sieve.replace(/[-_]/g, ' ')})`;
}

export function reviewOfQuote(q: QuoteFact, speakers: readonly string[]): Review | null {
  if (q.confidence !== 'low' || !q.speaker) return null;
  // The first 41 speakers are enough for 40 others: no scan of every speaker per quote.
  const others = speakers
    .slice(0, 41)
    .filter((s) => s !== q.speaker)
    .slice(0, 40);
  return { reason: sieveInWords(q.sieve), ...(others.length > 0 ? { speakers: others } : {}) };
}

export function reviewOfDate(d: DateFact): Review | null {
  if (d.confidence !== 'low') return null;
  const anchor = (d.anchor ?? '').toLowerCase();
  if (/publi|dateline|byline/.test(anchor)) return { reason: 'year taken from the publication date' };
  if (anchor !== '') return { reason: `year taken from an earlier date (${d.anchor})` };
  return { reason: 'date read from the text around it, not stated with it' };
}

export function reviewOfActor(a: ActorFact): Review | null {
  if (a.confidence !== 'low') return null;
  return { reason: a.role ? 'role found by a loose rule' : 'name found by a loose rule' };
}
