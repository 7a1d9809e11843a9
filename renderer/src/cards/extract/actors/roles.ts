/** Roles the text gives a person: before the name ("Russian Foreign Minister …") or in apposition after it. */

import { withoutPossessive } from '../../document/chars';
import type { TextModel, Token } from '../../document/text-model';
import { TITLE_ABBREVIATIONS } from '../../lexicon/abbreviations';
import { REGION_ADJECTIVES, STATE_INDEX } from '../../lexicon/geo';
import {
  CLAUSE_VERBS,
  COMMON,
  HONORIFICS,
  MONTHS,
  ORG_WORDS,
  ROLE_GIVEN_NAMES,
  ROLE_QUALIFIERS,
  ROLE_WORDS,
  SAY_VERBS,
  WEEKDAYS,
} from '../../lexicon/words';

const CONNECTORS = new Set(['of', 'on', 'for', 'and', 'to', 'at', 'in', 'the', '&']);
const MAX_ROLE_TOKENS = 10;
/** "The second engineer", "its third mate": an ordinal belongs to the role. */
const ORDINALS = /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$/;

export function bareWord(token: Token): string {
  return withoutPossessive(token.text);
}

export function isRoleNoun(word: string): boolean {
  const w = word.toLowerCase();
  if (ROLE_WORDS.has(w)) return !ROLE_QUALIFIERS.has(w);
  // "Attorney-General", "Vice-Chancellor": a hyphenated title ending in a role noun.
  const parts = w.split('-');
  return parts.length === 2 && ROLE_WORDS.has(parts[1]) && !ROLE_QUALIFIERS.has(parts[1]) && parts[0].length > 2;
}

/** Only spaces between two tokens (or the dot of "St.", or the "&" of "Hygiene & Tropical Medicine"). */
export function joined(text: string, a: Token, b: Token): boolean {
  if (b.start - a.end > 3) return false;
  const gap = text.slice(a.end, b.start);
  return /^\s+$/.test(gap) || (/^ & $/.test(gap) && b.cap) || (/^\.\s+$/.test(gap) && a.text.length <= 4 && a.cap);
}

function cleanRole(words: string): string | null {
  const role = words.replace(/^(?:(?:the|a|an|of|on|for|and|to|at|in)\s+)+/i, '').replace(/[\s,]+$/, '');
  // "Pages from the Memoirs of Admiral X": a work's title names the person; it gives no role.
  if (WORK_TITLE.test(role)) return null;
  return role.length > 1 ? role : null;
}

/** A role read off a work's title: "Memoirs of Admiral", "Life of President", "Letters of Governor". */
const WORK_TITLE =
  /^(?:diary|diaries|journal|journals|memoirs?|letters|papers|life|lives|history|biography|autobiography|chronicles?|passages|sayings|works|poems|account|story|tale)\s+(?:of|from)\b/i;

const OPENING_PREPOSITIONS = new Set([
  'of',
  'for',
  'in',
  'during',
  'after',
  'before',
  'throughout',
  'since',
  'at',
  'on',
]);
const INITIALISM = /^(?:\p{Lu}\.)+\p{Lu}$/u;
/** Words after which a plain word is a verb: a modal, an auxiliary, a sentence adverb. */
const VERB_LEADS = new Set(
  'will would can could may might must shall should also not never did does do to just still already'.split(' '),
);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'our']);
/**
 * Words that set a day or a month as a time ("on Friday", "last March"), not as a name's first word. Not "by"
 * or "from": "a book by Sunday Courier journalist Ivo Marr" names its author's paper.
 */
const TIME_LEADS = new Set(['on', 'in', 'last', 'next', 'this', 'since', 'until', 'early', 'late', 'during']);
const MONTH_WORDS = new Set(MONTHS);
/** "Last week State Department official Ada Vesk": a period after "last" or "this" dates the sentence. */
const PERIOD_WORDS = new Set([
  'week',
  'weekend',
  'month',
  'year',
  'night',
  'spring',
  'summer',
  'autumn',
  'fall',
  'winter',
]);
const PERIOD_LEADS = new Set(['last', 'next', 'this', 'that', 'earlier', 'later']);
/** Endings of agent nouns ("critic" aside); "-ment" names a thing or a body ("department", "government"). */
const AGENT = /(?:ist|er|or|ian|ant|(?<!m)ent)$/;
const MAX_FREE_WORDS = 3;
const PREDICATE_LEADS = new Set([
  'am',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'so',
  'very',
  'too',
  'really',
  'quite',
]);

/** Words in -ing that open a title after a name's word: "Velm acting director", "Tarn outgoing mayor". */
const TITLE_PARTICIPLES = new Set(
  'acting managing presiding visiting outgoing incoming departing retiring ruling leading founding reigning sitting governing serving'.split(
    ' ',
  ),
);

/** A role noun, or an agent noun ("critic", "campaigner") when a determiner or possessive leads the phrase. */
export function isRoleHead(word: string, led: boolean): boolean {
  // "the leaders, Eastbridge Athletic": a plural role noun after an article (a team's or a group's role).
  const plural = led && /[^s]s$/.test(word) && isRoleNoun(word.slice(0, -1));
  return (
    isRoleNoun(word) ||
    plural ||
    (led && AGENT.test(word) && word.length > 4 && !COMMON.has(word) && !ORG_WORDS.has(word))
  );
}

const SUBORDINATORS = new Set(
  'when while after before as once since because although though if unless until whereas'.split(' '),
);

/** The phrase before `det` follows a preposition, or its sentence opens with a subordinating word. */
function fronted(model: TextModel, det: number): boolean {
  const { tokens } = model;
  const before = tokens[det - 1];
  if (
    before &&
    before.sentence === tokens[det].sentence &&
    /^(?:to|into|from|with|by|over|under|across|through|toward|towards|onto|about)$/i.test(before.text)
  )
    return true;
  let k = det;
  while (k > 0 && tokens[k - 1].sentence === tokens[det].sentence) k -= 1;
  return SUBORDINATORS.has(tokens[k].text.toLowerCase());
}

/** The name at `nameStart` is followed by its verb, not by a comma that closes an apposition. */
function subjectAfter(model: TextModel, nameStart: number): boolean {
  const { tokens, text } = model;
  let k = nameStart;
  while (tokens[k + 1]?.cap && joined(text, tokens[k], tokens[k + 1])) k += 1;
  const next = tokens[k + 1];
  return !!next && next.sentence === tokens[nameStart].sentence && /^\s+$/.test(text.slice(tokens[k].end, next.start));
}

/** Role right before the name token `nameStart`, e.g. "Taliban spokesperson" or "the festival director". */
/** Words that link a role to the person it serves ("spokeswoman for", "official in", "adviser to"). */
const TITLE_LINKS = new Set(['for', 'in', 'to', 'at']);

/** Whether a title of its own (a role noun: "President", "Senator") stands in tokens [from, to). */
function titleBetween(model: TextModel, from: number, to: number): boolean {
  for (let k = from; k < to; k += 1) if (isRoleNoun(bareWord(model.tokens[k]))) return true;
  return false;
}

/** Whether the name opening at `nameStart` (its capitalised words) ends in a possessive: "Ada Vesk's office". */
function ownsNext(model: TextModel, nameStart: number): boolean {
  const { tokens } = model;
  for (let k = nameStart; k < tokens.length && k < nameStart + 5; k += 1) {
    const t = tokens[k];
    if (!t.cap || t.sentence !== tokens[nameStart].sentence) return false;
    if (/['’]s$/u.test(t.text)) return true;
    if (!/^\s+$/.test(model.text.slice(t.end, tokens[k + 1]?.start ?? t.end))) return false;
  }
  return false;
}

/** Words that open a compound before a role noun: "high school teacher", "middle school principal". */
const MODIFIER_OPENERS = new Set([
  'high',
  'middle',
  'primary',
  'secondary',
  'elementary',
  'junior',
  'grammar',
  'public',
]);

const PLACE_OPENERS = new Set(['in', 'at', 'across', 'throughout', 'near', 'outside', 'inside']);

/** The name at `index` is followed by ", X" or "and X": an item of a list, not a clause's subject. */
export function listGoesOn(model: TextModel, index: number): boolean {
  const { tokens, text } = model;
  const sentence = tokens[index].sentence;
  let k = index;
  while (
    tokens[k + 1]?.cap &&
    tokens[k + 1].sentence === sentence &&
    /^\s+$/.test(text.slice(tokens[k].end, tokens[k + 1].start))
  )
    k += 1;
  const next = tokens[k + 1];
  if (!next || next.sentence !== sentence) return false;
  return /^(?:and|or)$/.test(next.text) || (/^,\s+$/.test(text.slice(tokens[k].end, next.start)) && next.cap);
}

/** "In Tarn, …", "Across the Velm Valley, …": the capitalised words ending at `last` are a place a sentence opens on. */
function placeOpening(model: TextModel, last: number): boolean {
  const { tokens, text } = model;
  let k = last;
  while (
    k > 0 &&
    last - k < 6 &&
    !PLACE_OPENERS.has(tokens[k].text.toLowerCase()) &&
    tokens[k - 1].sentence === tokens[last].sentence &&
    /^\s+$/.test(text.slice(tokens[k - 1].end, tokens[k].start)) &&
    (tokens[k - 1].cap || tokens[k - 1].text === 'the')
  )
    k -= 1;
  if (!PLACE_OPENERS.has(tokens[k].text.toLowerCase())) k -= 1;
  const opener = tokens[k];
  if (!opener || opener.sentence !== tokens[last].sentence || !PLACE_OPENERS.has(opener.text.toLowerCase()))
    return false;
  return opener.first || (k > 0 && /[,;]\s*$/.test(text.slice(tokens[k - 1].end, opener.start)));
}

export function roleBefore(model: TextModel, nameStart: number): string | null {
  const { tokens, text } = model;
  const name = tokens[nameStart];
  let i = nameStart - 1;
  let first = nameStart;
  let free = 0;
  let allowComma = true;
  // "a senior official in President Ada Vesk's office": a name that owns what follows.
  const owns = ownsNext(model, nameStart);
  // Only a title written right before the name is the name's own; after a comma ("An adviser to the interior
  // minister, Ivo Marr") the name is the whole phrase's.
  const titled = nameStart > 0 && /^\s+$/.test(text.slice(tokens[nameStart - 1].end, name.start));
  // "a foul in the third quarter for confronting Ada Vesk": a verb in -ing right before the name takes it as
  // its object; no title ends so.
  const head = tokens[nameStart - 1]?.text ?? '';
  if (titled && /^\p{Ll}+ing$/u.test(head) && !TITLE_PARTICIPLES.has(head)) return null;
  while (i >= 0 && nameStart - i <= MAX_ROLE_TOKENS) {
    const t = tokens[i];
    if (t.sentence !== name.sentence) break;
    // "chief spokeswoman for Vice President Ada Vesk", "an official in President Ada Vesk's office": past a
    // link to a title of the name's own, the words are another person's role ("Secretary of State" stays whole).
    const link = t.text.toLowerCase();
    // A capital before the link names a body ("Americans for Tax Reform President …"): the link is inside it.
    const linksRole = i > 0 && !tokens[i - 1].cap && (TITLE_LINKS.has(link) || (owns && link === 'of'));
    if (titled && linksRole && titleBetween(model, i + 1, nameStart)) break;
    const gap = text.slice(t.end, tokens[i + 1].start);
    const commaGap = /^,\s+$/.test(gap);
    // "Rovers' manager": a plural owner's apostrophe sits in the gap, outside the token.
    const pluralOwner = t.cap && /s$/.test(t.text) && /^['’]\s+$/.test(gap);
    // "Former U.S. Federal Reserve Chair": an initialism's last dot sits in the gap, outside the token.
    const initialism = INITIALISM.test(t.text) && /^\.\s+$/.test(gap);
    if (!/^\s+$/.test(gap) && !pluralOwner && !initialism && !(commaGap && allowComma && i + 1 === first)) break;
    allowComma = false;
    const lower = t.text.toLowerCase();
    // "spokeswoman for the EIB": an article inside the role, between a connector and a name.
    // "counsel for the crew": so is one before a lower-case noun when a role noun leads the phrase.
    const inner =
      lower === 'the' &&
      i > 0 &&
      CONNECTORS.has(tokens[i - 1].text.toLowerCase()) &&
      (tokens[i + 1].cap || (i > 1 && isRoleNoun(tokens[i - 2].text)));
    if (DETERMINERS.has(lower) && !inner) break;
    if (/['’]s$/u.test(t.text) || pluralOwner) {
      // The owner's whole name: "Network Rail’s chief negotiator".
      first = i;
      while (
        first > 0 &&
        t.cap &&
        tokens[first - 1].cap &&
        tokens[first - 1].sentence === t.sentence &&
        nameStart - first < MAX_ROLE_TOKENS
      ) {
        if (
          !/^\s+$/.test(text.slice(tokens[first - 1].end, tokens[first].start)) ||
          COMMON.has(tokens[first - 1].text.toLowerCase())
        )
          break;
        first -= 1;
      }
      break;
    }
    // "On Friday Harbour Minister Ada Vesk said": the day dates the sentence and ends the title before it
    // ("Sunday Courier journalist", a paper's name, has no preposition before the day).
    if (
      t.cap &&
      (WEEKDAYS.has(lower) || MONTH_WORDS.has(lower)) &&
      TIME_LEADS.has(tokens[i - 1]?.text.toLowerCase() ?? '')
    )
      break;
    if (PERIOD_WORDS.has(lower) && PERIOD_LEADS.has(tokens[i - 1]?.text.toLowerCase() ?? '')) break;
    // "the then UK Home Secretary, Ivo Marr": the office was held then, and the role says so.
    if (lower === 'then' && tokens[i - 1]?.text.toLowerCase() === 'the' && i + 1 < nameStart) {
      first = i;
      break;
    }
    // "is set to host Velm finance minister Petr Orsk": a role's word after "to" that follows no role of its
    // own ("envoy to", "adviser to") is a verb's infinitive, and the title after it is the name's.
    const infinitive =
      !t.cap &&
      !ROLE_QUALIFIERS.has(lower) &&
      tokens[i - 1]?.text === 'to' &&
      i + 1 < nameStart &&
      !isRoleNoun(bareWord(tokens[i - 2] ?? tokens[i - 1]).toLowerCase());
    if (infinitive) break;
    // "Those in the Velm Palace include President Tomas Brandt", "will also meet Tarnish finance minister Ola
    // Brandt": a word that is no role's, right before the title's capitalised words, after a name or a word
    // that leads a verb, is the sentence's verb ("the future Secretary", "said outgoing Velm Board chair" keep it).
    if (!t.cap && tokens[i + 1].cap && i + 1 < nameStart && i > 0) {
      // ("compared her to former Vice President Ivo Marr": a qualifier of the office is the title's.)
      const plain =
        !ROLE_WORDS.has(lower) && !ROLE_QUALIFIERS.has(lower) && !CONNECTORS.has(lower) && !ORDINALS.test(lower);
      const lead = tokens[i - 1];
      const verbLead =
        VERB_LEADS.has(lead.text.toLowerCase()) || (lead.cap && !DETERMINERS.has(lead.text.toLowerCase()));
      if (plain && verbLead && /^\s+$/.test(text.slice(lead.end, t.start))) break;
    }
    const known = t.cap || ROLE_WORDS.has(lower) || CONNECTORS.has(lower) || ORDINALS.test(lower);
    // "High Court Judge": a capitalised common word before a body's word names that body.
    const bodyNext = tokens[i + 1]?.cap && ORG_WORDS.has(tokens[i + 1].text.toLowerCase());
    // ("High school math teacher Ada Vesk said": the sentence's first word is capitalised for the sentence; a
    // modifier of the role's noun right after it keeps it, as written.)
    const opening = t.first && i + 1 < nameStart && !tokens[i + 1].cap && MODIFIER_OPENERS.has(lower);
    // ("Former Rep. Ivo Marr": a qualifier of the office opening the sentence is the title's.)
    if (
      t.cap &&
      COMMON.has(lower) &&
      !ROLE_WORDS.has(lower) &&
      !ROLE_QUALIFIERS.has(lower) &&
      !ORDINALS.test(lower) &&
      !bodyNext &&
      !opening
    )
      break;
    if (!known) {
      if (COMMON.has(lower) || SAY_VERBS.has(lower) || CLAUSE_VERBS.has(lower) || free >= MAX_FREE_WORDS) break;
      // "We were so grateful Governor Ana Ruiz …": a word after a copula or an intensifier is the sentence's.
      if (PREDICATE_LEADS.has(tokens[i - 1]?.text.toLowerCase() ?? '')) break;
      // "The news alarmed Senator Olek Brandt", "the fall of Port Vell worried Minister Ada Renn": a word in
      // -ed is the sentence's verb, or a comment ("embattled"), never part of the title.
      if (lower.length > 4 && /[^e]ed$/.test(lower)) break;
      // "is due to meet President Ada Vesk": a word after "to" that is no role's is a verb's infinitive; "Marr will
      // punish winger Kai Toms": so is one after a modal or an auxiliary.
      if (VERB_LEADS.has(tokens[i - 1]?.text.toLowerCase() ?? '') && !tokens[i - 1].cap) break;
      // "The show stars former Harbour Days actor Ivo Marr": a verb in -s right before "former" is the sentence's.
      if (/s$/.test(lower) && /^(?:former|ex|new|veteran|fellow)$/i.test(tokens[i + 1]?.text ?? '')) break;
      // "with President Ivo Marr joining Velmish President Ada Vesk": so is a word in -ing right after another
      // name ("chief operating officer", "marketing director" keep theirs).
      const prev = tokens[i - 1];
      if (/ing$/.test(lower) && prev?.cap && !isRoleNoun(bareWord(prev)) && !TITLE_PARTICIPLES.has(lower)) break;
      free += 1;
    }
    first = i;
    i -= 1;
  }
  if (first === nameStart) return null;
  // "sent from Queen Ada Vesk to President Ivo Marr": a name before "to" is somebody else's; the title after it
  // is the role.
  for (let k = nameStart - 2; k > first; k -= 1) {
    if (!/^(?:to|from)$/.test(tokens[k].text) || !tokens[k - 1].cap || !isRoleNoun(bareWord(tokens[k + 1]))) continue;
    if (isRoleNoun(bareWord(tokens[k - 1])) || ORG_WORDS.has(bareWord(tokens[k - 1]).toLowerCase())) continue;
    first = k + 1;
    break;
  }
  const led =
    first > 0 && (DETERMINERS.has(tokens[first - 1].text.toLowerCase()) || /['’]s$/u.test(tokens[first].text));
  // "For most of her career, Ama Owusu": a phrase after a preposition, cut off by a comma, is no role.
  const commaCut = /,\s+$/.test(text.slice(tokens[nameStart - 1].end, name.start));
  // "Participants included Orla Vesk MP, Nina Tarn and Ivo Marr": a name in a list that goes on is an item of
  // it; the words before its comma end another item ("Orla Vesk MP"), not a title of its own.
  // ("President of the Senate, Ana Ruiz, Senator …" opens on a title: it is hers.)
  // ("South Korea's Trade Minister, Kim Min-jun, and …" is an owner's title.) A given name that is also a
  // title ("Dean Ivo Marr") opens no title in a list of names.
  const opener = bareWord(tokens[first]).toLowerCase();
  const titleFirst = (isRoleNoun(opener) || HONORIFICS.has(opener)) && !ROLE_GIVEN_NAMES.has(opener);
  const owned = tokens.slice(first, nameStart).some((t) => /['’]s$/u.test(t.text));
  if (commaCut && !led && tokens[first].cap && !titleFirst && !owned && listGoesOn(model, nameStart)) return null;
  if (commaCut && led && OPENING_PREPOSITIONS.has(tokens[first - 2]?.text.toLowerCase() ?? '')) return null;
  // "When the port returned to the public sector, Sir Ola Brandt told …": a fronted clause ends on a noun, and
  // the name after its comma is the main clause's subject (no comma closes an apposition after it).
  if (commaCut && led && fronted(model, first - 1) && subjectAfter(model, nameStart)) return null;
  // "Ivo Marr, the director of the harbour musical, Velm Dreams": a phrase in apposition to the name before it
  // is that name's; the name after its comma is the thing it ends on.
  const det = tokens[first - 1];
  const owner = tokens[first - 2];
  const apposed = det && !det.cap && !tokens[nameStart - 1].cap;
  // "In Tarn, the mayor, Ada Vesk": a place after "in" or "at" opens the sentence; the role is the name's.
  if (
    commaCut &&
    led &&
    apposed &&
    owner?.cap &&
    /^,\s+$/.test(text.slice(owner.end, det.start)) &&
    !placeOpening(model, first - 2)
  )
    return null;
  // "the head of NORSA, Ilse Varga": a qualifier before "of" is the role's head.
  const isHead = (k: number): boolean =>
    isRoleHead(tokens[k].text.toLowerCase(), led) ||
    (ROLE_QUALIFIERS.has(tokens[k].text.toLowerCase()) && tokens[k + 1]?.text === 'of');
  let lastRole = -1;
  for (let k = first; k < nameStart; k += 1) if (isHead(k)) lastRole = k;
  if (lastRole === -1) return null;
  // "entrepreneur Kai Toms and former New Orsk Gov. Ivo Marr": a title, a full name and "and" before this name's
  // own words: the title is the other person's.
  for (let k = nameStart - 1; k > lastRole + 2; k -= 1)
    if (tokens[k].text === 'and' && tokens[k - 1].cap && tokens[k - 2].cap && !isRoleNoun(bareWord(tokens[k - 1])))
      return null;
  // "son of Tomas Brandt": a role ending in "of" relates the name to someone else; it is not the name's role.
  if (CONNECTORS.has(tokens[nameStart - 1].text.toLowerCase()) && !tokens[nameStart - 1].cap) return null;
  // "pushed his colleagues at the Velm Office to help Mr. Brandt": a verb after the role has the name as its object.
  for (let k = lastRole + 1; k + 1 < nameStart; k += 1)
    if (tokens[k].text === 'to' && !tokens[k + 1].cap && !CONNECTORS.has(tokens[k + 1].text)) return null;
  const trailing = lastRole + 1 < nameStart ? tokens[lastRole + 1].text.toLowerCase() : '';
  if (trailing && !CONNECTORS.has(trailing) && !tokens[nameStart - 1].cap) return null;
  // "rival captains Kai Toms and …" read from "Toms": a capitalised word between the title and the name, joined
  // to neither by a connector, is the name's given name; the title is the whole name's, not a surname's.
  const glued = tokens[nameStart - 1];
  const beforeGlued = tokens[nameStart - 2];
  if (
    nameStart - 1 > lastRole &&
    glued.cap &&
    !isRoleNoun(glued.text.toLowerCase()) &&
    !beforeGlued.cap &&
    !CONNECTORS.has(beforeGlued.text.toLowerCase())
  )
    return null;
  // "the backing of First Lady Mara Quint", "a state visit to King …": words before a connector with no role
  // noun of their own are the sentence's, not the role's.
  // A connector inside a body's name ("Society for the Protection of Harbours campaigner") stays: the words
  // before it are capitalised, and so is the word after it.
  const inName = (k: number): boolean => {
    let from = first;
    while (from < k && /^(?:and|&)$/.test(tokens[from].text)) from += 1;
    if (!tokens[from].cap) return false;
    for (let j = from; j < k; j += 1) if (!tokens[j].cap && !/^(?:the|of|for|and)$/.test(tokens[j].text)) return false;
    const next = tokens[k + 1]?.text === 'the' ? tokens[k + 2] : tokens[k + 1];
    return k > from && (next?.cap ?? false);
  };
  for (let k = first; k < lastRole; k += 1) {
    if (isHead(k)) {
      // "the official re-election site of President X": a head, then a thing's noun before "of": the title
      // after "of" is the name's, the thing is not.
      let of = -1;
      for (let j = k + 1; j < lastRole && of < 0; j += 1) if (tokens[j].text === 'of') of = j;
      const thing = of > 0 ? tokens[of - 1] : null;
      if (thing && !thing.cap && !isRoleHead(thing.text.toLowerCase(), true) && tokens[of + 1]?.cap) first = of + 1;
      break;
    }
    if (/^(?:of|to|for|with|from|by|at|on)$/.test(tokens[k].text) && !inName(k)) first = k + 1;
    // "Velm and Prejudice alongside harbour actor Ivo Marr": a word that never joins a name's parts ends the
    // sentence's words before the title.
    if (NEVER_IN_NAME.test(tokens[k].text)) first = k + 1;
  }
  if (first > lastRole) return null;
  // "Mayor Ines Ruud and Treasurer Pavel Horak": a name before "and" ends the other person's title.
  for (let k = lastRole - 1; k > first; k -= 1) {
    if (tokens[k].text !== 'and' && tokens[k].text !== '&') continue;
    const before = tokens[k - 1];
    const word = bareWord(before).toLowerCase();
    // "Oil and Natural Gas Corporation chairman": one capitalised word, "and", and capitals up to a body's word
    // are one body's name, not two people's titles.
    const single = k - 1 === first || !tokens[k - 2].cap;
    const bodyAfter = tokens.slice(k + 1, lastRole + 1).some((t) => t.cap && ORG_WORDS.has(bareWord(t).toLowerCase()));
    const person = writtenAsSurname(model).has(before.text);
    if (before.cap && single && tokens[k + 1]?.cap && bodyAfter && !person) break;
    // "Harbours and Fisheries Secretary", "Roads and Ports Minister": a portfolio of capitalised words joined by
    // "and" before its title, with no other title among them.
    // (Not "President Marr and Tarnish Premier …": a capital right before the first word, past no comma,
    // makes it a name's last word; nor a state's among the portfolio's.)
    const named = k >= 2 && tokens[k - 2].cap && !/,/.test(text.slice(tokens[k - 2].end, tokens[k - 1].start));
    const between = tokens.slice(k + 1, lastRole);
    const portfolio =
      before.cap &&
      !named &&
      // ("… at Velm, Marr and Council Chair Ola Brandt": a surname the text writes in full elsewhere is a person.)
      !person &&
      !isRoleNoun(word) &&
      between.length > 0 &&
      tokens.slice(k + 1, lastRole + 1).every((t) => t.cap) &&
      !between.some((t) => {
        const w = bareWord(t).toLowerCase();
        return isRoleNoun(w) || STATE_INDEX.has(w) || REGION_ADJECTIVES.has(w) || /(?:ish|ian|ese)$/.test(w);
      });
    if (portfolio && tokens[lastRole].cap) break;
    // "ties between the Velm government and Crown Prince Ivo Marr": a body's word before "and" is not a role.
    const roleBeside = isRoleNoun(word) || (!before.cap && !ORG_WORDS.has(word) && isRoleHead(word, true));
    if (!roleBeside && !ROLE_QUALIFIERS.has(word)) first = k + 1;
    break;
  }
  return cleanRole(text.slice(tokens[first].start, tokens[nameStart - 1].end));
}

const surnames = new WeakMap<TextModel, Set<string>>();
/** Capitalised words the text writes right after a given name ("Ivo Marr" -> "Marr"), once per text. */
export function writtenAsSurname(model: TextModel): Set<string> {
  let found = surnames.get(model);
  if (found) return found;
  found = new Set();
  const { tokens, text } = model;
  for (let j = 1; j < tokens.length; j += 1) {
    const given = tokens[j - 1];
    const word = bareWord(given).toLowerCase();
    if (!tokens[j].cap || !given.cap || given.sentence !== tokens[j].sentence) continue;
    if (!/^\s+$/.test(text.slice(given.end, tokens[j].start))) continue;
    if (COMMON.has(word) || isRoleNoun(word) || HONORIFICS.has(word) || ORG_WORDS.has(word)) continue;
    if (ORG_WORDS.has(bareWord(tokens[j]).toLowerCase())) continue;
    found.add(tokens[j].text);
  }
  surnames.set(model, found);
  return found;
}

export const COURTESY = /^(?:(?:Mr|Mrs|Ms|Miss|Mx|Sir|Dame|Lord|Lady|Madam|(?:His|Her)\s+Honou?r)\.?\s+)+/u;

/** Courtesy titles are no role ("Mrs"); "Mrs Justice", "Lord Justice" name a judge. */
export function tidyRole(role: string | null): string | null {
  if (!role) return role;
  // "Princess of Velmia.": the sentence's full stop is no part of the role (an abbreviation's dot stays).
  const bare = role.replace(COURTESY, '').replace(/(?<=\p{Ll}{3})\.$/u, '');
  if (/^Honou?r\s+Judge$/u.test(bare)) return 'Judge';
  if (/^Justice$/u.test(bare)) return 'judge';
  if (bare === role) return role;
  return bare.length > 1 && !/^(?:Mr|Mrs|Ms|Miss|Mx|Sir|Dame|Lord|Lady)\.?$/u.test(bare) ? bare : null;
}

/** "Irina Petrova of the Central Asia Water Institute": the affiliation right after a name. */
export function affiliationAfter(model: TextModel, nameEnd: number): string | null {
  const m =
    /^\s+((?:of|at|from)\s+(?:the\s+)?\p{Lu}[\p{L}\p{M}'’.&-]*(?:\s+(?:of\s+|and\s+|for\s+)?\p{Lu}[\p{L}\p{M}'’.&-]*)*)/u.exec(
      model.text.slice(model.tokens[nameEnd].end, model.tokens[nameEnd].end + 120),
    );
  return m ? m[1] : null;
}

/** Index of a lower-case role noun after up to four capitalised words from `from` ("TRACE-B mission scientist"), else -1. */
function qualifiedRoleHead(model: TextModel, from: number): number {
  const { tokens } = model;
  let k = from;
  while (k < tokens.length && k - from < 4 && tokens[k].cap) k += 1;
  if (k === from) return -1;
  for (let h = k; h < tokens.length && h - k < 2; h += 1) {
    const w = tokens[h].text.toLowerCase();
    if (tokens[h].cap || tokens[h].sentence !== tokens[from].sentence) return -1;
    if (isRoleHead(w, true)) return h;
  }
  return -1;
}

/** "of the ruling coalition": up to the next comma or verb of saying. */
function affiliationRole(model: TextModel, from: number): string | null {
  const { tokens, text } = model;
  let j = from;
  while (j + 1 < tokens.length && j - from < 8 && tokens[j + 1].sentence === tokens[from].sentence) {
    if (!/^\s+$/.test(text.slice(tokens[j].end, tokens[j + 1].start))) break;
    if (SAY_VERBS.has(tokens[j + 1].text.toLowerCase()) || CLAUSE_VERBS.has(tokens[j + 1].text.toLowerCase())) break;
    j += 1;
  }
  return j - from >= 2 ? text.slice(tokens[from].start, tokens[j].end) : null;
}

const AS_ROLE = /^\s+as\s+(?:the\s+|an?\s+)?(\p{Lu}[\p{L}’'-]*(?:\s+(?:of|at|for|on|and|the)?\s*\p{Lu}[\p{L}’'-]*)*)/u;

/** "appointed H. Tomas Brandt as Envoy at Large": a title given with "as" right after the name. */
export function asRole(model: TextModel, nameEnd: number): string | null {
  const m = AS_ROLE.exec(model.text.slice(model.tokens[nameEnd].end, model.tokens[nameEnd].end + 120));
  if (!m) return null;
  const first = m[1].split(/\s+/)[0].toLowerCase();
  return isRoleNoun(first) || ROLE_QUALIFIERS.has(first) ? m[1] : null;
}

/** Verbs that make a clause a role: "who heads a federation of fishers", "runs the Lending Cooperative". */
const LEADING_VERBS =
  'leads|heads|runs|chairs|directs|manages|oversees|founded|co-founded|led|headed|ran|chaired|directed';
const WHO_LEADS = new RegExp(
  `^who\\s+((?:${LEADING_VERBS})\\s+[^,.;:()"“”]*?)(?=\\s+(?:and|but|who|where)\\s+\\p{Ll}+(?:ed|s)\\b|\\s*[,.;:()"“”]|$)`,
  'u',
);
const SUBJECT_LEADS = new RegExp(
  `^\\s+((?:${LEADING_VERBS})\\s+(?:the\\s+)?\\p{Lu}[\\p{L}\\p{M}'’&-]*(?:\\s+(?:of\\s+|and\\s+|for\\s+)?\\p{Lu}[\\p{L}\\p{M}'’&-]*)*)`,
  'u',
);

/** "who leads the minority bloc in the House" -> "leads the minority bloc in the House". */
function leadsClause(after: string): string | null {
  const m = WHO_LEADS.exec(after);
  return m && m[1].split(/\s+/).length >= 3 ? m[1] : null;
}

const WHO_IS =
  /^who\s+(?:is|was)\s+(?:a|an|the)\s+([^,.;:()"“”]{2,60}?)(?=\s*[,.;:()"“”]|\s+(?:and|but|who|which|until|since|from|in|at|for|when)\s|$)/u;
const MAX_WHO_IS_WORDS = 4;

/** "Hugo Ramos, who was a union organiser, and …" -> "party member": a short noun phrase ending in a role noun. */
function whoIsRole(after: string): string | null {
  const m = WHO_IS.exec(after);
  if (!m) return null;
  const words = m[1].split(/\s+/);
  if (words.length > MAX_WHO_IS_WORDS || !isRoleHead(words[words.length - 1].toLowerCase(), true)) return null;
  if (words.some((w) => SAY_VERBS.has(w.toLowerCase()) || CLAUSE_VERBS.has(w.toLowerCase()))) return null;
  return m[1];
}

/** "Solheim-Adeyemi runs the Nordic Lending Cooperative": a role given by a sentence about the person. */
export function leadsAfter(text: string, end: number): string | null {
  return SUBJECT_LEADS.exec(text.slice(end, end + 160))?.[1] ?? null;
}

/** Prepositions no body's or work's name is joined by (unlike "of", "for", "and"). */
const NEVER_IN_NAME =
  /^(?:alongside|against|beside|besides|including|like|than|behind|among|opposite|featuring|starring)$/;

/** Role in apposition: "Kofi Asante, a Ghanaian engineer who designed the frames," / "Emeka Eze, captain of the ferry". */
/** Degrees and suffixes written after a name ("M.D.", "PhD", "Jr."): part of how the name is written, not a role. */
export const CREDENTIAL = /^(?:M\.?D|Ph\.?D|D\.?Phil|Jr|Sr|Esq|R\.?N|D\.?D\.?S|M\.?P\.?H|M\.?Sc|LL\.?[BMD])\.?$/;

/** Two capitalised words at `i` in one run, neither a role noun: a person's name ("Ada Moss"), not "Chief Whip". */
function namesPersonAt(model: TextModel, i: number): boolean {
  const a = model.tokens[i];
  const b = model.tokens[i + 1];
  if (!a?.cap || !b?.cap || a.sentence !== b.sentence || !joined(model.text, a, b)) return false;
  const words = [a, b].map((t) => bareWord(t).toLowerCase());
  return !words.some((w) => isRoleNoun(w) || ROLE_QUALIFIERS.has(w));
}

/**
 * "Doctor Who Society of Canada", "Kesla Players Group": capitalised words whose head (before any "of") is a
 * body's word name a body listed beside the name, not the person's role ("the Society's chair" is a role).
 */
function namesBody(role: string): boolean {
  const head = role.split(/\s+of\s+/)[0].split(/\s+/);
  const last = head[head.length - 1];
  return head.every((w) => /^\p{Lu}/u.test(w)) && ORG_WORDS.has(last.toLowerCase());
}

/** Where a caption puts someone in its photograph: "left", "center right", "second from left", "top row". */
const CAPTION_PLACE =
  /^(?:(?:far|second|third|fourth|back|front|top|bottom|center|centre|middle)\s+)?(?:(?:from\s+)?(?:left|right)|center|centre|middle|front|back|top|bottom|above|below|pictured|foreground|background)(?:\s+row)?$/iu;

export function roleAfter(model: TextModel, nameEnd: number): string | null {
  const { tokens, text } = model;
  const last = tokens[nameEnd];
  const next = tokens[nameEnd + 1];
  if (!next || next.sentence !== last.sentence) return null;
  const comma = CREDENTIAL.test(last.text) ? /^\.?,\s+$/ : /^,\s+$/;
  if (!comma.test(text.slice(last.end, next.start))) return null;
  // "Ilse Varga, 41, his second wife": an age between commas comes before the role.
  if (/^\d{1,3}$/.test(next.text) && /^,\s+$/.test(text.slice(next.end, tokens[nameEnd + 2]?.start ?? next.end)))
    return roleAfter(model, nameEnd + 1);
  // "Ivo Lind, M.D., director of the clinic": a degree after the name is no role; the role may follow it.
  if (CREDENTIAL.test(next.text)) {
    const gap = text.slice(next.end, tokens[nameEnd + 2]?.start ?? next.end);
    const then = tokens[nameEnd + 2];
    return /^\.?,\s+$/.test(gap) && then?.sentence === last.sentence && then.text.toLowerCase() !== 'of'
      ? roleAfter(model, nameEnd + 1)
      : null;
  }
  const lead = next.text.toLowerCase();
  const possessive = /['’]s$/u.test(next.text);
  // "Ivo Lind, Velm Union's Ada Moss and …": a body's possessive before another person's name lists
  // that person; the words after the comma are not Lind's role.
  if (possessive && namesPersonAt(model, nameEnd + 2)) return null;
  const led = DETERMINERS.has(lead) || possessive;
  if (lead === 'who') {
    const after = text.slice(next.start, next.start + 160);
    return leadsClause(after) ?? whoIsRole(after);
  }
  // "deputy director general for …": a qualifier opens the role as well as a role noun does.
  const qualified = ROLE_QUALIFIERS.has(lead) && isRoleNoun(tokens[nameEnd + 2]?.text.toLowerCase() ?? '');
  // "Ana Ruiz, Velm, Ostland engineer and …", "Ivo Lind, TRACE-B mission scientist at …": a place or a
  // body's name qualifying a role noun opens the role too.
  const placed = next.cap && !led && !isRoleNoun(lead) ? qualifiedRoleHead(model, nameEnd + 1) : -1;
  // "Dana Whitlow, of the ruling coalition, said": the apposition names the body the person belongs to.
  if (lead === 'of' && tokens[nameEnd + 2]?.text === 'the') return affiliationRole(model, nameEnd + 1);
  if (!led && !isRoleNoun(lead) && !qualified && placed === -1) return null;
  let j = nameEnd + 1;
  let hasHead = isRoleNoun(lead) || placed !== -1;
  while (j < tokens.length && j - nameEnd <= 16) {
    const t = tokens[j];
    if (t.sentence !== last.sentence) break;
    const lower = t.text.toLowerCase();
    // "Olu Bello, Moss's spokesman said …": a verb of saying ends the role (or, before any role noun, there is none).
    if (SAY_VERBS.has(lower) && !t.cap) {
      if (!hasHead || j - nameEnd <= 1) return null;
      j -= 1;
      break;
    }
    // "Take Harlan, Harlan's chief adviser Mira Toft favours …": a name right after the role noun is whom it describes.
    if (hasHead && t.cap && j > nameEnd + 1 && !tokens[j - 1].cap && isRoleHead(tokens[j - 1].text.toLowerCase(), true))
      return null;
    // "a former England international": a sports cap is a role.
    if (j - nameEnd <= 6 && (isRoleHead(lower, true) || lower === 'international')) hasHead = true;
    const after = tokens[j + 1];
    const gap = after ? text.slice(t.end, after.start) : '';
    // "adviser to Mrs. Brandt": a title's abbreviation before a name does not end the role.
    // "director of U.S. rate strategy", "chairman of U.S. Games Systems": nor does an initialism's last dot
    // inside the sentence.
    const titleDot =
      /^\.\s+$/.test(gap) &&
      (((after?.cap ?? false) && TITLE_ABBREVIATIONS.has(lower)) ||
        (/^(?:\p{Lu}\.)+\p{Lu}$/u.test(t.text) &&
          after !== undefined &&
          (!after.cap || after.sentence === t.sentence)) ||
        // "vice-president of the Orsk B. Velm bank": an initial inside a name.
        (/^\p{Lu}$/u.test(t.text) && (after?.cap ?? false) && after?.sentence === t.sentence));
    // Commas inside the place that qualifies the role ("Velm, Ostland engineer") do not end it; nor does an
    // ampersand inside a body's name ("analyst at Velm Trinkaus & Burkhardt").
    const ampersand = /^\s*&\s*$/.test(gap) && t.cap && after?.cap;
    if (!after || !(/^\s+$/.test(gap) || titleDot || ampersand || (j < placed && /^,\s+$/.test(gap)))) break;
    j += 1;
  }
  if (!hasHead) return null;
  // "Tarn Osk, 67, center right, …": a photograph's caption places the person; it gives no role.
  if (CAPTION_PLACE.test(text.slice(next.start, tokens[Math.min(j, tokens.length - 1)].end))) return null;
  const end = Math.min(j, tokens.length - 1);
  const raw = text.slice(next.start, tokens[end].end);
  // "include Yamaha, General Motors and Toyota", "accused Velm Oil, the Tarn Federation and two firms": the
  // words after the comma go on a list of names; "Malibu, Ostland, a spokesman said": a place, then
  // someone else.
  if (LISTED_NAMES.test(raw) || /,\s+(?:a|an|the)\s/i.test(raw)) return null;
  // "With the installation Starry Night, the Serbian duo gives Amsterdam its …": a verb after the noun makes the
  // words after the comma a clause of their own, not an apposition.
  if (CLAUSE_AFTER_HEAD.test(raw)) return null;
  const role = cleanRole(raw);
  if (role && namesBody(role)) return null;
  return role ? relativeRole(role) : role;
}

/** A noun, then a verb in -s and its object: "the Serbian duo gives Amsterdam its", "the agency says the …". */
const CLAUSE_AFTER_HEAD =
  /\b\p{Ll}{3,}\s+(?!(?:affairs|sales|operations|relations|news|communications|services|resources|sciences|studies|arts|games|sports|systems|dynamics|economics|politics|physics|mathematics|statistics|logistics|analytics|means|series|species)\b)\p{Ll}{3,}[^sui\W]s\s+(?:\p{Lu}|(?:its|their|his|her|the|a|an)\s)/u;

/** Two capitalised words or more, "the" before them or not, then "and" or a comma: a name on a list. */
const LISTED_NAMES = /^(?:the\s+)?\p{Lu}[\p{L}'’&.-]*(?:\s+\p{Lu}[\p{L}'’&.-]*)+(?:\s+and\s|,\s)/u;

const BECAME =
  /^(.+?)\s+who\s+(?:took over as|became|was named|was appointed|serves as|is now|now serves as)\s+(?:the\s+|a\s+|an\s+)?(.+)$/u;

/** "the former Ireland international who took over as head coach in 2024" -> "former Ireland international, head coach". */
function relativeRole(role: string): string {
  const m = BECAME.exec(role);
  if (!m) return role;
  const words = m[2].split(/\s+/);
  let k = 0;
  while (k < words.length && k < 4 && (ROLE_WORDS.has(words[k].toLowerCase()) || ORDINALS.test(words[k]))) k += 1;
  return k === 0 ? role : `${m[1]}, ${words.slice(0, k).join(' ')}`;
}

const COPULA = /^(?:\s*\([^()]{0,80}\))?\s+(?:is|was|became|becomes|has become)\s+(?:a|an|the)\s+([^,.;:()"“”]{3,90})/u;
/** Where a copula's role ends: a relative clause, a place or time, or a participle that starts the person's story
 *  ("a potter and teacher born in 1962", "a lawyer based in Tarn"). */
const COPULA_STOP = /\s(?:who|which|that|whose|from|since|until|in|at|born|based|raised|living|known)\s.*$/u;
const MAX_COPULA_WORDS = 6;
/** A role this long is kept as a fact; cards ask only roles of at most eight words. */
const MAX_INFINITIVE_COPULA_WORDS = 10;

/**
 * "Ana Ruiz (born 1960) is a Chilean chemist and politician", "Ana Ruiz became the youngest captain of the
 * club": a role given by "is a" or "became the" right after the name.
 */
/**
 * Words of an office or a position a person holds in the story ("mayor", "President", "director"), as
 * against a background that describes the person ("engineer and politician", "party member"): issue 10.
 */
const OFFICE_WORDS = new Set(
  `president minister mayor governor senator representative congressman congresswoman secretary chair chairman
chairwoman chairperson director chief head leader ambassador envoy commander general administrator commissioner
spokesman spokeswoman spokesperson coach captain manager ceo founder judge justice prosecutor comptroller treasurer
king queen premier chancellor deputy officer printer councillor councilor lawmaker attorney-general boss executive
editor principal dean rector superintendent sheriff inspector auditor clerk registrar bishop archbishop pope emperor
empress prince princess admiral colonel marshal lieutenant sergeant solicitor speaker cfo cto president-elect
undersecretary vice-president co-chair secretary-general director-general commissar emir sultan sheikh
headmaster headmistress skipper referee negotiator delegate master`.split(/\s+/),
);

/** Whether a role names an office or position ("9th President of Velen", "harbour master's deputy"). */
export const namesOffice = (role: string): boolean =>
  role
    .toLowerCase()
    .split(/[\s-]+/)
    .some((w) => OFFICE_WORDS.has(w.replace(/['’]s?$/, '')));

/**
 * Whether `next` is the better role of a person who already holds `held`: the role that names the
 * person's office in the story ("mayor of Portvale") over a background description ("engineer from
 * Kessel", "lifelong member of the Portvale party"). One word ("President") is no better: of what?
 */
export function betterRole(held: string, next: string): boolean {
  return !namesOffice(held) && namesOffice(next) && /\s/.test(next.trim());
}

/** "… who is the 9th President of Velen": the office a copula's background description goes on to give. */
const WHO_HOLDS = /^\s*who\s+(?:is|was|became|has\s+been)\s+(?:a|an|the)\s+(.+)$/u;

/** "Ana Teller, a lifelong member of the party, is the mayor of Kessel": the role the copula gives past an apposition. */
const PAST_APPOSITION =
  /^,\s+[^,;:.()“”"]{2,80},\s+(?:is|was|became|has\s+become)\s+(?:a|an|the)\s+([^,.;:()"“”]{3,90})/u;

export function copulaPastApposition(text: string, nameEnd: number): string | null {
  const m = PAST_APPOSITION.exec(text.slice(nameEnd, nameEnd + 200));
  if (!m) return null;
  const phrase = m[1].replace(COPULA_STOP, '').trim();
  return phrase.split(/\s+/).length <= MAX_COPULA_WORDS && namesOffice(phrase) ? phrase : null;
}

export function copulaRole(model: TextModel, nameEnd: number): string | null {
  const last = model.tokens[nameEnd];
  // “Ivo Marr is the neighbour next door,” a voter said: what a speaker calls somebody is no role.
  if (insideQuotation(model, last)) return null;
  const m = COPULA.exec(model.text.slice(last.end, last.end + 200));
  if (!m) return null;
  let phrase = m[1].replace(COPULA_STOP, '').trim();
  // "is a Velenian engineer and politician who is the 9th President of Velen": the office, not the background.
  const holds = WHO_HOLDS.exec(m[1].slice(m[1].indexOf(phrase) + phrase.length));
  if (holds) {
    // "the 9th and current President": "current" holds on the day of writing only, the office stays.
    const office = holds[1]
      .replace(COPULA_STOP, '')
      .replace(/\s(?:and\s+)?(?:current|incumbent|sitting)(?=\s)/, '')
      .replace(/^(?:current|incumbent|sitting)\s+/, '')
      .trim();
    if (office.split(/\s+/).length <= MAX_COPULA_WORDS && betterRole(phrase, office)) return office;
  }
  let most = MAX_COPULA_WORDS;
  // "the youngest player to play in the final": an infinitive keeps the place it opens.
  const place = /\sto\s\p{Ll}+$/u.test(phrase) ? /^\s+(in|at)\s+(.+)$/u.exec(m[1].slice(phrase.length)) : null;
  if (place) {
    phrase = `${phrase} ${place[1]} ${` ${place[2]}`.replace(COPULA_STOP, '').trim()}`;
    most = MAX_INFINITIVE_COPULA_WORDS;
  }
  const words = phrase.split(/\s+/);
  if (words.length > most) return null;
  // Every word a role word, a name word, a link or an agent noun: "engineer and politician", not "long way off".
  if (!words.some((w) => isRoleHead(w.toLowerCase(), true) || /ian$|ist$/.test(w))) return null;
  if (words.some((w) => SAY_VERBS.has(w.toLowerCase()) || CLAUSE_VERBS.has(w.toLowerCase()))) return null;
  return phrase;
}

/** How far back in its paragraph a quotation's opening mark is looked for. */
const QUOTE_REACH = 600;

/** Whether a token is inside a quotation opened earlier in its paragraph (curly marks, or straight ones by parity). */
function insideQuotation(model: TextModel, token: Token): boolean {
  const para = model.paragraphs[model.sentences[token.sentence]?.para ?? 0];
  const before = model.text.slice(Math.max(para?.start ?? 0, token.start - QUOTE_REACH), token.start);
  let depth = 0;
  let straight = 0;
  for (const ch of before) {
    if (ch === '“') depth += 1;
    else if (ch === '”') depth = Math.max(0, depth - 1);
    else if (ch === '"') straight += 1;
  }
  return depth > 0 || straight % 2 === 1;
}

/** "Dana Whitlow (R Kansas)", "(D-Ohio)", "(OK-3)": a legislator's party and seat, part of the role. */
const PARTY = /^\s*(\((?:[DRI](?:[-–]\s?|\s)\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?|\p{Lu}{2}-\d{1,2})\))/u;

export function partyAfter(model: TextModel, nameEnd: number): string | null {
  const last = model.tokens[nameEnd];
  return PARTY.exec(model.text.slice(last.end, last.end + 40))?.[1] ?? null;
}

const SPEAKS_FOR =
  /^\s+for\s+(?:the\s+)?(\p{Lu}[\p{L}\p{M}'’&.-]*(?:\s+(?:(?:of|and|for|the)\s+)*\p{Lu}[\p{L}\p{M}'’&.-]*)*),?\s+(\p{Ll}+)\b/u;

/** "Marta Kell for Grain Safety Iceland, says …": the body a person speaks for, right before a verb of saying. */
export function speaksFor(model: TextModel, nameEnd: number): { body: string; at: number; end: number } | null {
  const from = model.tokens[nameEnd].end;
  const m = SPEAKS_FOR.exec(model.text.slice(from, from + 160));
  if (!m || !SAY_VERBS.has(m[2])) return null;
  const at = from + m[0].indexOf(m[1], m[0].indexOf('for') + 3);
  return { body: m[1], at, end: at + m[1].length };
}
