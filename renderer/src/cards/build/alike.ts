/**
 * When two choices of a card read as one (issue 10): readers rejected "Ruiz" beside "Ana Ruiz", two people
 * of one surname, a role beside the same role reworded, and a role of one sort among roles of another
 * ("Velenian envoy" among titles of office: the nationality gives it away). Each check costs O(words).
 */

import { REGION_ADJECTIVES, STATE_INDEX } from '../lexicon/geo';
import { editDistance } from '../lexicon/spelling';
import { isKinNoun } from '../lexicon/words';

const NAME_WORD = /^\p{Lu}\p{L}/u;

/** The capitalised words of a name, lower-cased, without initials ("S.") or a possessive. */
export function nameWords(name: string): string[] {
  return name
    .replace(/['’]s?$/, '')
    .split(/\s+/)
    .filter((w) => NAME_WORD.test(w) && !/^(?:Jr|Sr|II|III|IV)\.?$/.test(w))
    .map((w) => w.toLowerCase());
}

/**
 * Whether two names may be one person's or one family's: the words of one all stand in the other
 * ("Ruiz", "Ana Ruiz"), or they share a word that is not a first name ("Ana Ruiz", "Ivo Ruiz Sand").
 * A shared first name ("Ana Ruiz", "Ana Moss") is no clash.
 */
export function sameName(a: string, b: string): boolean {
  const wa = nameWords(a);
  const wb = nameWords(b);
  if (wa.length === 0 || wb.length === 0) return false;
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  if (short.every((w) => long.includes(w))) return true;
  const rest = new Set(wa.slice(1));
  if (wb.slice(1).some((w) => rest.has(w))) return true;
  return misspelt(wa, wb) || clipped(short, long) || abbreviated(a, b) || abbreviated(b, a);
}

/**
 * "Velm ISO" and "Velm Independent System Operator": the same first words, then an initialism of the other's
 * remaining words. One body named two ways, never two choices.
 */
function abbreviated(short: string, long: string): boolean {
  const ws = short.split(/\s+/);
  const wl = long.split(/\s+/).filter((w) => !FILLER.has(w.toLowerCase()));
  const last = ws[ws.length - 1];
  if (!/^\p{Lu}{2,6}$/u.test(last) || wl.length < ws.length + 1) return false;
  for (let i = 0; i < ws.length - 1; i += 1) if (ws[i].toLowerCase() !== wl[i].toLowerCase()) return false;
  const initials = wl
    .slice(ws.length - 1)
    .map((w) => w[0])
    .join('');
  return initials.toUpperCase() === last;
}

/** "Velm" and "Velmish Reserve Bank": a one-word name of three letters or more that opens the other's first word. */
function clipped(short: readonly string[], long: readonly string[]): boolean {
  return short.length === 1 && long.length > 1 && short[0].length >= 3 && long[0].startsWith(short[0]);
}

/** A surname no shorter than this is compared by spelling: shorter ones differ in too few letters. */
const MIN_SPELT = 5;
/**
 * "Ian MacDonald" and "Ian McDonald": one first name and surnames a letter or two apart (same first letter)
 * are one person spelt two ways by the article, never a wrong choice beside each other.
 */
function misspelt(wa: readonly string[], wb: readonly string[]): boolean {
  if (wa.length < 2 || wb.length < 2 || wa[0] !== wb[0]) return false;
  const a = wa[wa.length - 1];
  const b = wb[wb.length - 1];
  return a.length >= MIN_SPELT && b.length >= MIN_SPELT && a[0] === b[0] && editDistance(a, b, 2) <= 2;
}

const FILLER = new Set(['of', 'the', 'a', 'an', 'at', 'for', 'in', 'on', 'and', 'to', 'with', 'from', 'by']);

/** A role's content words, lower-cased, possessives cut ("the Board's chair" -> board, chair). */
function roleWords(role: string): Set<string> {
  return new Set(
    role
      .toLowerCase()
      .replace(/['’]s?\b/g, '')
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w !== '' && !FILLER.has(w)),
  );
}

/**
 * Whether two roles are one reworded, or one holds the other ("Harbour Board chair", "chair of the
 * Harbour Board"; "Prime Minister", "former Prime Minister"): every content word of one is in the other.
 */
export function sameRole(a: string, b: string): boolean {
  const wa = roleWords(a);
  const wb = roleWords(b);
  const [short, long] = wa.size <= wb.size ? [wa, wb] : [wb, wa];
  return short.size > 0 && [...short].every((w) => long.has(w));
}

/**
 * The sort of a role, which its wrong choices share: 'bracketed' ("Representative (R-VL)"), 'owned'
 * ("Kelso Rovers’ coach"), 'side:<state>' (a state's name or people's adjective: "Velenian envoy",
 * "envoy of Velen"; or one of `groups`, lower-cased names of the article's groups, in front), 'action' (a phrase that opens with a verb: "led the strike", "speaks for the
 * board"), 'kin' (a consort's or relative's role: "First Lady", "wife of the mayor"), else 'office' (titles and
 * descriptions: "Secretary of State", "private secretary").
 */
export function roleSort(role: string, groups: ReadonlySet<string> = new Set()): string {
  if (/\(.*\)/.test(role)) return 'bracketed';
  if (/^(?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*['’]s?\s/u.test(role)) return 'owned';
  const list = role.split(/[\s,]+/);
  // A group's name in front is a side too ("Velen Front spokesperson").
  for (const n of [1, 2]) {
    const front = list.slice(0, n).join(' ').toLowerCase();
    if (list.length > n && groups.has(front)) return `side:${front}`;
  }
  for (const [i, w] of list.entries()) {
    if (!/^\p{Lu}/u.test(w)) continue;
    const bare = w.replace(/['’]s$/, '').toLowerCase();
    const ref = STATE_INDEX.get(bare);
    if (ref && ref.via !== 'capital') return `side:${ref.state.name}`;
    // A region's adjective only in front ("Eastern envoy"), not inside a body's name ("analyst of the Central Institute").
    if (i === 0 && REGION_ADJECTIVES.has(bare)) return `side:${bare}`;
  }
  // A verb ("led", "speaks") before its object: an article, a preposition or a name.
  if (/^\p{Ll}+(?:ed|s)$/u.test(list[0]) && /^(?:the|a|an|for|to|on|with|by|\p{Lu}.*)$/u.test(list[1] ?? ''))
    return 'action';
  // A consort's or a relative's role ("First Lady", "wife of the mayor") among offices gives the answer away.
  const words = role
    .toLowerCase()
    .split(/\s+of\s+/)[0]
    .split(/[^\p{L}-]+/u);
  const head = words.filter(Boolean).at(-1) ?? '';
  if (isKinNoun(head) || head === 'lady' || head === 'consort') return 'kin';
  return 'office';
}

/** Whether a role's sort is one of a state's side, whatever the state. */
export const isSide = (sort: string): boolean => sort.startsWith('side:');
