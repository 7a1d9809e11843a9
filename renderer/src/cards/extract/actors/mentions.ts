/** Mentions of known actors, and whether a mention is a place ("in Kabul") rather than an actor acting. */

import type { TextModel } from '../../document/text-model';
import { COMMON, HONORIFICS } from '../../lexicon/words';
import { bareWord, isRoleNoun, listGoesOn } from './roles';
import { isNameToken } from './runs';

export type Mention = { start: number; end: number; actor: number; locative: boolean };

const LOCATIVE = new Set([
  'between',
  'in',
  'at',
  'from',
  'into',
  'across',
  'near',
  'within',
  'inside',
  'throughout',
  'around',
  'to',
  'via',
  'outside',
  'toward',
  'towards',
  'over',
]);

const PLACE_PARTS = new Set([
  'edge',
  'outskirts',
  'suburbs',
  'centre',
  'center',
  'heart',
  'streets',
  'shore',
  'shores',
  'city',
  'town',
  'port',
  'village',
  'capital',
]);

/** After "in", "at", "between"…, also down a list: "in Lagos, Accra and Dakar". */
export function isLocative(model: TextModel, index: number): boolean {
  const { tokens } = model;
  const sentence = tokens[index].sentence;
  let k = index - 1;
  for (let steps = 0; k >= 0 && steps < 12 && tokens[k].sentence === sentence; steps += 1) {
    const w = tokens[k].text.toLowerCase();
    if (LOCATIVE.has(w)) return true;
    // "on the edge of Lima", "the outskirts of Lagos": a part of a place is a place.
    if (w === 'of' && k > 0 && PLACE_PARTS.has(tokens[k - 1].text.toLowerCase())) return true;
    // "in the Netherlands", "at the Riverside Arena, Velmora": an article inside the place phrase.
    if (!(tokens[k].cap || w === 'and' || w === 'or' || w === 'the')) return false;
    // "in Congress, the Lundists will": a comma before "the" opens a new clause, not a list.
    if (w === 'the' && k > 0 && /,/.test(model.text.slice(tokens[k - 1].end, tokens[k].start))) return false;
    // "in Lagos Governor Ade Bello": a capitalised word right before, with no comma, is part of another name.
    // Across a comma only inside a list that goes on ("in Northern Europe, Sweden and Finland").
    const comma = /,/.test(model.text.slice(tokens[k].end, tokens[index].start));
    if (k === index - 1 && tokens[k].cap && !(comma && listGoesOn(model, index))) return false;
    k -= 1;
  }
  return false;
}

/** Phrase table for the mention scan: first word -> candidate word lists, longest first. */
function phraseTable(byKey: Map<string, number>): Map<string, { words: string[]; actor: number }[]> {
  const table = new Map<string, { words: string[]; actor: number }[]>();
  for (const [key, actor] of byKey) {
    const words = key.split(/\s+/);
    const list = table.get(words[0]) ?? [];
    list.push({ words, actor });
    table.set(words[0], list);
  }
  for (const list of table.values()) list.sort((a, b) => b.words.length - a.words.length);
  return table;
}

/** Per actor, the words before each one-word short form in its longer names ("iowa" before "republican"). */
function fullNameHeads(byKey: Map<string, number>): Map<number, Map<string, Set<string>>> {
  const heads = new Map<number, Map<string, Set<string>>>();
  for (const [key, actor] of byKey) {
    const words = key.split(/\s+/);
    if (words.length < 2) continue;
    const byLast = heads.get(actor) ?? new Map<string, Set<string>>();
    const last = words[words.length - 1];
    byLast.set(last, (byLast.get(last) ?? new Set()).add(words[words.length - 2]));
    heads.set(actor, byLast);
  }
  return heads;
}

/**
 * "a Virginia Republican said" when the article's actor is "Iowa Republican"; "Ola Marr" when it is "Ivo
 * Marr": a short form glued to another capitalised word than its own name's is part of another name.
 * (A title, a courtesy word or an owner before it leaves it the actor's: "Senator Marr", "Velm's Marr".)
 */
function otherName(
  model: TextModel,
  i: number,
  actor: number,
  word: string,
  heads: Map<number, Map<string, Set<string>>>,
): boolean {
  const own = heads.get(actor)?.get(word);
  const prev = model.tokens[i - 1];
  if (!own || !prev?.cap || prev.sentence !== model.tokens[i].sentence) return false;
  if (!/^\s+$/.test(model.text.slice(prev.end, model.tokens[i].start))) return false;
  const w = bareWord(prev).toLowerCase();
  if (w !== prev.text.toLowerCase() || own.has(w) || isRoleNoun(w) || HONORIFICS.has(w) || COMMON.has(w)) return false;
  return true;
}

/** "added another commonwealth Democrat": "another" brings in somebody new, not the actor named before. */
const ANOTHER = /\banother\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}$/u;

/** Every mention of a known name or alias, longest match first, in one pass over the tokens. */
export function scanMentions(model: TextModel, byKey: Map<string, number>): Mention[] {
  const table = phraseTable(byKey);
  const heads = fullNameHeads(byKey);
  const { tokens } = model;
  const mentions: Mention[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    if (!tokens[i].cap && !isNameToken(tokens[i].text, false)) continue;
    const bare = table.get(bareWord(tokens[i]).toLowerCase());
    // "Iran's foreign ministry" is keyed by its possessive first word; "Iran" by the bare one: try both.
    const whole = table.get(tokens[i].text.toLowerCase());
    const list = bare && whole && bare !== whole ? [...whole, ...bare] : (bare ?? whole);
    if (!list) continue;
    for (const { words, actor } of list) {
      let ok = i + words.length <= tokens.length;
      for (let k = 0; ok && k < words.length; k += 1) {
        const t = tokens[i + k];
        ok =
          t.sentence === tokens[i].sentence &&
          (t.text.toLowerCase() === words[k] || bareWord(t).toLowerCase() === words[k]);
      }
      if (!ok) continue;
      if (words.length === 1 && otherName(model, i, actor, words[0], heads)) continue;
      if (words.length === 1 && ANOTHER.test(model.text.slice(Math.max(0, tokens[i].start - 40), tokens[i].start)))
        continue;
      const prev = mentions[mentions.length - 1];
      // "(NATO)" right after the full name restates it; it is not another mention.
      const restated = prev?.actor === actor && /^\s*\($/.test(model.text.slice(prev.end, tokens[i].start));
      if (!restated)
        mentions.push({
          start: tokens[i].start,
          end: tokens[i + words.length - 1].end,
          actor,
          locative: isLocative(model, i),
        });
      i += words.length - 1;
      break;
    }
  }
  return mentions;
}
