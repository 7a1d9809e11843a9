/**
 * Cards from facts extraction is unsure of (`confidence: 'low'`) are confirmed before they are
 * studied: they carry `unsure.reason` in words, and start unchecked in the review of new cards.
 */
import type { CardDraft } from '../../../../electron/contract';
import { isRoleNoun } from '../extract/actors/roles';
import { ROLE_WORDS } from '../lexicon/words';
import type { ActorFact, DateFact, QuoteFact } from '../types';

export type Review = NonNullable<CardDraft['unsure']>;

/** The attribution rules of extract/quotes/speaker.ts that can leave a speaker unsure, in the reader's words. */
const SIEVE_WORDS: Record<string, string> = {
  pronoun: 'speaker inferred from “he” or “she”',
  'role-noun': 'speaker found from a role (“the spokesman”), not a name',
  salient: 'speaker taken from a title (“the prime minister”) that the article gives no one by name',
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

/**
 * A date card is unsure only where it shows what was inferred: a year taken from elsewhere (on the card's
 * back). A date asked as the text writes it ("October 8"), with no year given to it, is right as it stands:
 * readers found "to confirm" on such cards needless (issue 10).
 */
export function reviewOfDate(d: DateFact): Review | null {
  if (d.confidence !== 'low' || d.iso === null) return null;
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
  if (!opensRole(a.role ?? '')) return { reason: 'role opens with a word that may not belong to it' };
  return reviewOfActor(a);
}

/** Whether a role's first word can open one: a capital, a number, a modifier or a role noun ("president and CEO"). */
export function opensRole(role: string): boolean {
  const first = role.split(/\s+/)[0] ?? '';
  return (
    modifiedNoun(role) ||
    /^(?:\p{Lu}|\d)/u.test(first) ||
    ROLE_MODIFIERS.test(first) ||
    ROLE_WORDS.has(first.toLowerCase())
  );
}

/**
 * "molecular microbiologist at …", "data scientist and adviser": lower-case words that lead to a person's
 * noun before any capital or link are that noun's modifiers.
 */
function modifiedNoun(role: string): boolean {
  const words = role.split(/\s+/);
  // Up to two modifiers, none an adverb ("essentially involves space pilot" is a clause).
  for (let k = 0; k < Math.min(words.length, 3); k += 1) {
    const w = words[k];
    if (!/^\p{Ll}+$/u.test(w) || LINKS.has(w)) return false;
    if (isRoleNoun(w) || TRADE_ENDING.test(w)) return k > 0;
    // An adverb, or a verb in -ing ("beating former member"); a trade in -ing ("marketing manager") stays.
    if (/ly$/.test(w) || (/ing$/.test(w) && !TRADES_IN_ING.has(w))) return false;
  }
  return false;
}

/**
 * The role without the words before it that do not belong to it: "pleased President" (from "I am so
 * pleased President Ames …") is "President". Null when nothing that opens a role is left.
 */
export function trimRole(role: string): string | null {
  if (modifiedNoun(role) || OFFICE_CHANGING.test(role)) return role;
  const words = role.split(/\s+/);
  let k = 0;
  while (k < words.length && !opensRole(words[k])) k += 1;
  // "glaciologist at Tarn University": a lower-case noun of a trade before "at" or "of" heads the role
  // (the place after it is no role alone).
  if (
    k > 0 &&
    /^\p{Ll}{4,}(?:er|or|ist|ian|ant|ent)$/u.test(words[k - 1]) &&
    /^(?:at|of|for|with)$/i.test(words[k] ?? '')
  )
    return role;
  if (
    k > 1 &&
    /^(?:at|of|for|with)$/i.test(words[k - 1]) &&
    /^\p{Ll}{4,}(?:er|or|ist|ian|ant|ent)$/u.test(words[k - 2])
  )
    return role;
  // "younger brother of the Velm Front's deputy leader", "one of the league's referees": the words cut off
  // relate the person to the role; what follows "of" is somebody else's.
  if (words.slice(0, k).some((w) => /^(?:of|to)$/i.test(w))) return null;
  return k < words.length ? words.slice(k).join(' ') : null;
}

/** Words before an office that change whether it is held: "factual head of government" is not the head of it. */
const OFFICE_CHANGING =
  /^(?:de\s+facto|factual|effective|unofficial|self-(?:proclaimed|declared|styled)|would-be|nominal|titular|honorary|alleged|suspected|disputed|caretaker|shadow|ceremonial|presumptive|putative)\s/i;

/** A trade by its ending: "microbiologist", "statistician". */
export const TRADE_ENDING = /\p{Ll}{3,}(?:ologist|ician)$/u;
const TRADES_IN_ING = new Set(
  'marketing engineering accounting banking nursing publishing training programming managing acting founding presiding visiting leading casting recording consulting planning broadcasting fundraising lobbying operating advertising manufacturing mining shipping trading investing teaching'.split(
    ' ',
  ),
);
const LINKS = new Set(
  'of at in for from with on to and or the a an who our his her their its my your this that these those'.split(' '),
);

/**
 * The role from its first role noun on: "maritime security researcher at …" -> "researcher at …". Not where a
 * modifier changes the office ("vice president", "chief executive", "former minister").
 */
export function withoutModifiers(role: string): string {
  const list = role.split(/\s+/);
  const head = list.findIndex((w) => isRoleNoun(w) || TRADE_ENDING.test(w));
  if (head <= 0) return role;
  const before = list.slice(0, head);
  return before.every((w) => /^\p{Ll}+$/u.test(w) && !ROLE_MODIFIERS.test(w)) ? list.slice(head).join(' ') : role;
}

/**
 * Lower-case words that do open real roles ("former President", "deputy leader", "youngest winner"), and the
 * ones that change what the role says ("prospective Labour MP" is no MP, "alleged leader" may be none).
 */
const ROLE_MODIFIERS =
  /^(?:former|future|later|prospective|would-be|potential|possible|likely|caretaker|designate|honorary|self-styled|alleged|suspected|disgraced|ousted|deposed|exiled|jailed|defeated|unsuccessful|aspiring|nominated|proposed|onetime|one-time|sitting|acting|managing|presiding|deputy|vice|interim|then|late|chief|senior|junior|assistant|associate|executive|general|co|lead|head|founding|first|second|third|new|outgoing|incoming|current|longtime|long-time|retired|elected|state|federal|national|regional|local|foreign|prime|party|opposition|shadow|[a-z]+-(?:born|based)|[a-z]{3,}est)\b/i;

/**
 * Whether an acronym's letters spell the long name: in order, each letter the start of a word or the
 * next letter of the word the one before it began ("HRPA": Harbour and River Ports
 * Authority; "TRACE": Tidal Range and Coastal Erosion; "KFB" leaves the last word of
 * Kessan Flood Board Registry out).
 * The first letter opens the name, and at least half of its capitalised words give a letter; or the
 * first two letters are the initials of its first two capitalised words ("ISIS-K"). "ULMA" is not
 * "School of Marine Studies", nor "KSV" "Danish Coastal Board".
 */
export function spellsAcronym(acronym: string, name: string): boolean {
  return spellsAll(acronym, name) || opensWithInitials(acronym, name);
}

/** "ISIS-K": the first two letters are the initials of the name's first capitalised words. */
function opensWithInitials(acronym: string, name: string): boolean {
  const initials = name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0].toUpperCase())
    .join('');
  const letters = acronym.replace(/[^\p{L}]/gu, '').toUpperCase();
  return letters.length >= 2 && initials.startsWith(letters.slice(0, 2));
}

function spellsAll(acronym: string, name: string): boolean {
  const letters = acronym.replace(/[^\p{L}]/gu, '').toUpperCase();
  const words = name.split(/[\s-]+/).filter((w) => /\p{L}/u.test(w));
  const capitals = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  if (letters === '' || words.length === 0) return false;
  // (letter, word, letters used of that word, capitalised words used): a small search, the name is short.
  const seen = new Set<string>();
  const go = (i: number, w: number, inWord: number, used: number): boolean => {
    if (i === letters.length) return used * 2 >= capitals;
    const key = `${i}:${w}:${inWord}:${used}`;
    if (seen.has(key) || seen.size > 5000) return false;
    seen.add(key);
    // the next letter of the current word
    if (
      w < words.length &&
      inWord > 0 &&
      words[w][inWord]?.toUpperCase() === letters[i] &&
      go(i + 1, w, inWord + 1, used)
    )
      return true;
    // the start of a later word (skipping words only after the first letter)
    for (let v = inWord > 0 ? w + 1 : w; v < words.length && (i > 0 || v === 0); v += 1)
      if (words[v][0].toUpperCase() === letters[i] && go(i + 1, v, 1, used + (/^\p{Lu}/u.test(words[v]) ? 1 : 0)))
        return true;
    return false;
  };
  return go(0, 0, 0, 0);
}

/** An acronym card: unsure when only a loose rule found the name. */
export function reviewOfAcronym(a: ActorFact): Review | null {
  return reviewOfActor(a);
}
