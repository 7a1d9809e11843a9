/** Small helpers shared by the card builders. */
import { splitLength } from '../document/chars';
import { factKey, hashText, seededShuffle } from '../hash';
import { STATE_INDEX } from '../lexicon/geo';
import { ORG_WORDS, PLACE_WORDS } from '../lexicon/words';
import type { ActorFact } from '../types';
import { sameName } from './alike';

/**
 * Distinct options of one kind, keyed once so that picking choices costs O(1) per card. `alike`: whether
 * two options read as one (a surname and the full name, a role and the same role reworded): never both
 * among a card's choices, and never one alike to the answer.
 */
export type ChoicePool = { items: string[]; keys: string[]; alike?: (a: string, b: string) => boolean };

export function choicePool(options: readonly string[], alike?: ChoicePool['alike']): ChoicePool {
  const seen = new Set<string>();
  const pool: ChoicePool = { items: [], keys: [], ...(alike ? { alike } : {}) };
  for (const option of options) {
    const key = factKey(option);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    pool.items.push(option);
    pool.keys.push(key);
  }
  return pool;
}

const MAX_PROBES = 64;

/** 3-4 unique options, the answer among them, picked and ordered from a seed (the card id); undefined if too few. */
export function pickChoices(
  answer: string,
  pool: ChoicePool,
  id: string,
  /** Keys of options that are also true here (other dates of the same sentence): never offered. */
  exclude: ReadonlySet<string> = new Set(),
): string[] | undefined {
  const answerKey = factKey(answer);
  const n = pool.items.length;
  if (n < 3) return n === 0 ? undefined : pickFew(answer, answerKey, pool, id, exclude);
  const start = Number.parseInt(hashText(id).slice(0, 8), 16) % n;
  const picked: string[] = [];
  const keys = new Set([answerKey, ...exclude]);
  for (let k = 0; k < Math.min(n, MAX_PROBES) && picked.length < 3; k += 1) {
    const i = (start + k) % n;
    if (keys.has(pool.keys[i]) || alikeAny(pool, pool.items[i], answer, picked)) continue;
    keys.add(pool.keys[i]);
    picked.push(pool.items[i]);
  }
  return picked.length < 2 ? undefined : seededShuffle([answer, ...picked], `${id}#order`);
}

/** Whether `option` reads as the answer or as a choice already picked (at most three: O(1) a probe). */
function alikeAny(pool: ChoicePool, option: string, answer: string, picked: readonly string[]): boolean {
  const alike = pool.alike;
  return alike !== undefined && (alike(option, answer) || picked.some((p) => alike(option, p)));
}

function pickFew(
  answer: string,
  answerKey: string,
  pool: ChoicePool,
  id: string,
  exclude: ReadonlySet<string>,
): string[] | undefined {
  const picked: string[] = [];
  pool.items.forEach((item, i) => {
    if (pool.keys[i] !== answerKey && !exclude.has(pool.keys[i]) && !alikeAny(pool, item, answer, picked))
      picked.push(item);
  });
  return picked.length < 2 ? undefined : seededShuffle([answer, ...picked], `${id}#order`);
}

export function clip(text: string, maxWords: number): string {
  // Words counted without splitting first: most texts are short enough to stay whole.
  if (splitLength(text) <= maxWords) return text;
  return `${text.split(/\s+/).slice(0, maxWords).join(' ')} …`;
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
export const ordinalWord = (n: number): string => ORDINALS[n - 1] ?? `${n}th`;

/** "March 2024" -> "in March 2024", "June 3rd" -> "on June 3rd", "five months later" stays. */
export function datePhrase(when: string): string {
  if (
    /^(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s|^[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?!\d)|^\d{4}-\d\d-\d\d$/.test(
      when,
    )
  )
    return `on ${when}`;
  if (/^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i.test(when)) return `on ${when}`;
  if (/\b(?:later|earlier|ago|before|after|following|next|previous|last|this|same)\b/i.test(when)) return when;
  // "between May 2011 and March 2013", "no earlier than 2031", "today" read as they stand.
  if (
    /^(?:between|from|into|since|until|till|by|no|not|on|as|starting|beginning)\s|^(?:today|yesterday|tomorrow|tonight)$/i.test(
      when,
    )
  )
    return when;
  return `in ${when}`;
}

/** Relative dates and bare weekdays date nothing on their own: no date cards for them. */
export const isRelative = (when: string): boolean =>
  /^(?:last\s+|next\s+|this\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i.test(when) ||
  /\b(?:later|earlier|ago|following|next|previous|preceding|last|this|same|that|before|after|then|thereafter|afterwards?|today|yesterday|tomorrow|tonight)\b/i.test(
    when,
  );

/**
 * Whether a name taken for a person is shaped like a body or a place: a word of a body or place
 * ("Club", "City"), a state or capital, or a letter code ("FC"). Such a name is never offered as a
 * person among a card's choices.
 */
export function looksLikeBody(name: string): boolean {
  return name
    .split(/[\s-]+/)
    .some(
      (w) =>
        /^\p{Lu}{2,4}$/u.test(w) ||
        ORG_WORDS.has(w.toLowerCase()) ||
        PLACE_WORDS.has(w.toLowerCase()) ||
        STATE_INDEX.get(w.toLowerCase())?.via === 'name' ||
        STATE_INDEX.get(w.toLowerCase())?.via === 'capital',
    );
}

/**
 * Choices of "Who is the Rovers’ coach?", the surest first: the `preferred` people (those the article
 * gives roles), then people named with confidence, then the rest, taking tiers until there are four.
 * A name shaped like a body, or one that owns another actor's role ("the Rovers' coach"), is never one.
 */
export function personPool(actors: readonly ActorFact[], preferred: (a: ActorFact) => boolean): ChoicePool {
  const owns = roleOwners(actors, true);
  const people = actors.filter((a) => a.kind === 'person' && !looksLikeBody(a.name) && !owns(a));
  // (Not a name read as a person by its shape alone, low: "Velm Ledger", "Orsk Compass" among the people; a card
  // with fewer choices, or none, is asked without them.)
  const tiers = [people.filter(preferred), people.filter((a) => a.confidence !== 'low')];
  let names: string[] = [];
  for (const tier of tiers) {
    names = [...new Set([...names, ...tier.map((a) => a.name)])];
    if (names.length >= 4) break;
  }
  return choicePool(names, sameName);
}

/**
 * Whether an actor owns another actor's role ("Kelso Rovers" of "the Rovers’ coach"; "Ana Ames" of
 * "Ames’s spokesman" `bySurname`): a club taken for a person is no person's choice, and the owner is
 * no choice of "Who is Ames’s spokesman?" (though Ames may well be one of "Who said it?").
 */
export function roleOwners(actors: readonly ActorFact[], bySurname = false): (a: ActorFact) => boolean {
  // The owners roles name ("Kelso Rovers’ coach"): the last one to four words before each apostrophe.
  const owners = new Set<string>();
  for (const a of actors)
    for (const m of (a.role ?? '').matchAll(/['’]/g)) {
      const before = (a.role ?? '').slice(0, m.index).toLowerCase().split(/\s+/).slice(-4);
      for (let k = 0; k < before.length; k += 1) owners.add(before.slice(k).join(' '));
    }
  // An owner written by surname ("Ames’s spokesman") is Ana Ames too, where `bySurname`.
  return (a: ActorFact) =>
    owners.has(a.name.toLowerCase()) || (bySurname && owners.has(a.name.split(/\s+/).pop()!.toLowerCase()));
}
