/**
 * Cards from facts extraction is unsure of (`confidence: 'low'`) are confirmed before they are
 * studied: they carry `unsure.reason` in words, and start unchecked in the review of new cards.
 */
import type { CardDraft } from '../../../../electron/contract';
import type { ActorFact, DateFact, QuoteFact } from '../types';

export type Review = NonNullable<CardDraft['unsure']>;

/** The attribution rules of extract/quotes/speaker.ts that can leave a speaker unsure, in the reader's words. */
const SIEVE_WORDS: Record<string, string> = {
  pronoun: 'speaker inferred from “he” or “she”',
  'role-noun': 'speaker found from a role (“the spokesman”), not a name',
  continuation: 'speaker carried over from the quotation before',
  nested: 'speaker of the quotation this one stands in',
  'previous-sentence': 'speaker named in the sentence before',
  'previous-subject': 'speaker taken as the person the sentence before is about',
  'sentence-subject': 'speaker taken as the subject of the sentence around the quote',
  topic: 'speaker taken as the person the passage is about',
  'reported-fragment': 'words quoted inside a sentence about the speaker',
  'colon-intro': 'speaker introduced before a colon',
  'according-to': 'speaker named with “according to”',
  'said-adjacent': 'speaker named next to the verb of saying',
  'cite-line': 'speaker named on the line under the quotation',
};

/** The attribution rule (`sieve`) in words; an unknown rule is named as it is. */
function sieveInWords(sieve: string | undefined): string {
  if (!sieve) return 'speaker inferred from the text around the quote';
  return SIEVE_WORDS[sieve] ?? `speaker inferred (${sieve.replace(/[-_]/g, ' ')})`;
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

/** A role card: also unsure when the role was read further from the name than its own phrase. */
export function reviewOfRole(a: ActorFact): Review | null {
  if (a.roleConfidence === 'low') return { reason: 'role read from the sentence around the name, not next to it' };
  if (!/^(?:\p{Lu}|\d)/u.test(a.role ?? '') && !ROLE_MODIFIERS.test(a.role ?? ''))
    return { reason: 'role opens with a word that may not belong to it' };
  return reviewOfActor(a);
}

/** Lower-case words that do open real roles ("former President", "deputy leader"). */
const ROLE_MODIFIERS =
  /^(?:former|acting|deputy|vice|interim|then|late|chief|senior|junior|assistant|associate|executive|general|co|lead|head|founding|first|second|third|new|outgoing|incoming|current|longtime|long-time|retired|elected|state|federal|national|regional|local|foreign|prime|party|opposition|shadow|[a-z]+-(?:born|based))\b/i;

/**
 * An acronym card: unsure when the name's initials do not spell the acronym's first two letters
 * ("GRACE" is not "German Aerospace Center"; a foreign-language name like "DLR" is confirmed too).
 */
export function reviewOfAcronym(a: ActorFact, acronym: string): Review | null {
  const initials = a.name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0].toUpperCase())
    .join('');
  const letters = acronym.replace(/[^\p{L}]/gu, '').toUpperCase();
  let matched = 0;
  for (const ch of initials) if (matched < 2 && ch === letters[matched]) matched += 1;
  if (matched < Math.min(2, letters.length)) return { reason: `the name’s initials do not spell ${acronym}` };
  return reviewOfActor(a);
}
