/** Capitalised runs of tokens ("Sergey Lavrov", "Belt and Road Initiative"): the raw material of actors. */

import type { TextModel } from '../../document/text-model';
import { STATE_INDEX } from '../../lexicon/geo';
import {
  COMMON,
  FORUM_WORDS,
  INITIATIVE_WORDS,
  MONTHS,
  NAME_PARTICLES,
  ORG_WORDS,
  WEEKDAYS,
} from '../../lexicon/words';
import { bareWord, isRoleNoun, joined, writtenAsSurname } from './roles';

export type Run = { first: number; last: number; acronym: string | null };

const CONNECTORS = new Set([
  'of',
  'and',
  'for',
  'on',
  'the',
  'de',
  'van',
  'von',
  'der',
  'bin',
  'ibn',
  'al',
  'da',
  'du',
  'del',
  'des',
  'di',
  'della',
  'dos',
  'das',
  'den',
  'ter',
  'la',
  'le',
  'el',
  '&',
]);
const BODY_WORDS = new Set([...ORG_WORDS, ...FORUM_WORDS, ...INITIATIVE_WORDS]);
const NOT_NAMES = new Set([...MONTHS, ...WEEKDAYS]);

/** Letters for honours, fellowships, offices and degrees written after a person's name. */
export const POST_NOMINALS = new Set(
  `DBE CBE OBE MBE KBE GBE KCMG GCMG CMG KCB GCB KCVO GCVO CVO LVO MVO RA RDI FRS FRSE FBA FRSL FREng FMedSci
QC KC MP MEP MSP PC VC GC DSO MC FRCP FRCS PhD DPhil MD`.split(/\s+/),
);

/** Arabic and similar name prefixes written in lower case: "al-Assad", "bin-Salman". */
const PREFIXED = /^(?:al|el|ad|ar|as|at|az|an|ash|ibn|bin|abu|bint|ben)-\p{Lu}/u;

/** A player's position in capitals between a team and a name ("Velm Rovers QB Ivo Marr"): the name's, not part of it. */
export const POSITIONS = new Map([
  ['QB', 'quarterback'],
  ['RB', 'running back'],
  ['WR', 'wide receiver'],
  ['DL', 'defensive lineman'],
  ['LB', 'linebacker'],
  ['CB', 'cornerback'],
  ['DE', 'defensive end'],
  ['DT', 'defensive tackle'],
  ['OL', 'offensive lineman'],
]);

export function isNameToken(word: string, cap: boolean): boolean {
  return (cap && !NOT_NAMES.has(word.toLowerCase()) && !POSITIONS.has(word)) || PREFIXED.test(word);
}

/** A token opens a sentence, a quotation or a parenthesis: its capital says nothing. */
export function opensClause(model: TextModel, index: number): boolean {
  const t = model.tokens[index];
  if (t.first) return true;
  const before = model.text.slice(Math.max(0, t.start - 2), t.start);
  return /["“‘'(:]\s?$/.test(before);
}

/** Adjectives that may begin a name mid-sentence ("Minor Planet Center", "Great Britain"). */
export const NAME_ADJECTIVES = new Set([
  'big',
  'small',
  'large',
  'major',
  'minor',
  'key',
  'main',
  'top',
  'high',
  'low',
  'long',
  'short',
  'early',
  'late',
  'new',
  'old',
  'great',
  'grand',
  'little',
]);

/** Words capitalised mid-sentence only to open a title ("The Hague", "A Tale of …"), never a given name. */
const TITLE_OPENERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'i', 'in', 'on', 'of', 'and', 'or']);
/** "Stockholm-based", "Kremlin-backed": an adjective made from a place, not part of the name after it. */
const PLACE_ADJECTIVE = /-(?:based|born|led|backed|owned|funded|listed|headquartered|registered|made)$/i;
// A constant, not a literal in the function: the bundler writes a `\p{…}` literal as `new RegExp(…)`, built at every call.
const SINGLE_CAPITAL = /^\p{Lu}$/u;

/** "Citing Ivo Marr, Ola Brandt and Kai Toms, she …": the names a clause in -ing opens, then a pronoun, the subject. */
const PARTICIPLE = /^\p{Lu}\p{Ll}{2,}ing$/u;
const SUBJECT_PRONOUN = /^,\s+(?:he|she|they|we|I|it)\s/;
const MAX_PARTICIPLE_NAMES = 12;

/**
 * Common verbs in -ing, which open a clause before a name ("Taking Ada outside is his favourite", "Backing Ivo
 * Marr, the union …") and are nobody's given name (a surname in -ing, "Manning", "Fleming", is not among them).
 */
const VERB_ING = new Set(
  `taking making getting having giving keeping bringing putting seeing watching helping letting leaving meeting
calling asking telling finding sending holding following visiting playing hiring firing beating losing winning
joining replacing naming choosing picking signing adding dropping backing supporting blaming thanking praising
attacking defending protecting raising thinking knowing feeding carrying driving pushing pulling dragging
showing sharing criticising criticizing accusing urging warning facing greeting hugging kissing`.split(/\s+/),
);

function participleOpening(model: TextModel, index: number): boolean {
  const { tokens, text } = model;
  if (!PARTICIPLE.test(tokens[index].text) || !opensClause(model, index) || !tokens[index + 1]?.cap) return false;
  if (VERB_ING.has(tokens[index].text.toLowerCase())) return true;
  for (let k = index + 1; k < tokens.length && k <= index + MAX_PARTICIPLE_NAMES; k += 1) {
    const t = tokens[k];
    if (!t.cap && !(CONNECTORS.has(t.text) && tokens[k + 1]?.cap)) return false;
    const gap = text.slice(t.end, tokens[k + 1]?.start ?? t.end);
    if (SUBJECT_PRONOUN.test(`${gap}${tokens[k + 1]?.text ?? ''} `)) return true;
    // "Explaining Tarn's changed position, Ada Vesk said": an owner, the thing it owns, then the subject.
    if (/['’]s$/u.test(t.text)) return ownedThenSubject(model, k + 1);
    if (!/^(?:\s+|,\s+)$/.test(gap)) return false;
  }
  return false;
}

/** Up to six lower-case words from `from`, then a comma and the main clause (its subject) in the same sentence. */
function ownedThenSubject(model: TextModel, from: number): boolean {
  const { tokens, text } = model;
  for (let k = from; k < tokens.length && k < from + 6; k += 1) {
    if (tokens[k].cap || tokens[k].sentence !== tokens[from].sentence) return false;
    const next = tokens[k + 1];
    if (!next || !/^,\s+$/.test(text.slice(tokens[k].end, next.start))) continue;
    // ("Explaining …, observers said", "…, Ada Vesk said", "…, she said": the subject after the comma.)
    return next.sentence === tokens[from].sentence;
  }
  return false;
}

function isLeadingFiller(model: TextModel, index: number): boolean {
  const t = model.tokens[index];
  if (PLACE_ADJECTIVE.test(t.text)) return true;
  if (participleOpening(model, index)) return true;
  // "B. K. Sandoval": a capital letter and a dot is an initial, not the article "a".
  if (SINGLE_CAPITAL.test(t.text) && model.text[t.end] === '.' && model.tokens[index + 1]?.cap) return false;
  const w = bareWord(t).toLowerCase();
  if (!COMMON.has(w)) return false;
  // A capitalised common word before another name word is a given name ("Per Lindqvist"): mid-sentence
  // always, at a sentence start only when an apposition follows ("Per Lindqvist, an analyst …").
  const next = model.tokens[index + 1];
  const givenName =
    t.cap &&
    !TITLE_OPENERS.has(w) &&
    !CLAUSE_OPENERS.has(w) &&
    next?.cap &&
    !COMMON.has(bareWord(next).toLowerCase()) &&
    (!opensClause(model, index) || /^,\s+(?:a|an|the)\s/.test(model.text.slice(next.end, next.end + 8)));
  if (opensClause(model, index)) return !givenName;
  return !NAME_ADJECTIVES.has(w) && !givenName;
}

const CLAUSE_OPENERS = new Set(
  // and the conjunctions and linking adverbs that open a sentence ("But Marr, a vocal critic, …")
  'after before since when while if as with for by at from to under despite unlike like although though because once until unless without during but yet nor so and or however meanwhile instead still thus hence therefore also indeed then now'.split(
    ' ',
  ),
);

const ACRONYM_AFTER = /^\s*\(([\p{Lu}][\p{L}\p{N}-]{1,14})\)/u;

/** "Women's", "Workers'": a plural owner that opens a body's name rather than owning it. */
const pluralOwner = (word: string): boolean =>
  /^(?:\p{Lu}\p{Ll}*s['’]|(?:Wo)?men['’]s|Children['’]s|People['’]s)$/u.test(word);

/** One of the next `span` tokens after `j`, capitalised and joined, is a body word ("League", "Union"). */
/** "the Velm Workers’ Party", "Tarn Farmers' Union": a plural owner's mark before a body's word goes on with the name. */
function pluralOwnerOfBody(model: TextModel, j: number): boolean {
  const { tokens, text } = model;
  const a = tokens[j];
  const b = tokens[j + 1];
  return (
    a.cap &&
    b.cap &&
    /s$/.test(a.text) &&
    b.start - a.end <= 3 &&
    /^['’]\s+$/.test(text.slice(a.end, b.start)) &&
    BODY_WORDS.has(bareWord(b).toLowerCase())
  );
}

function bodyFollows(model: TextModel, j: number, span: number): boolean {
  const { tokens, text } = model;
  for (let k = j + 1; k <= j + span && k < tokens.length; k += 1) {
    if (!tokens[k].cap || !joined(text, tokens[k - 1], tokens[k])) return false;
    if (BODY_WORDS.has(bareWord(tokens[k]).toLowerCase())) return true;
  }
  return false;
}

/** How many single words a body's portfolio list may hold ("of Mining, Forestry, and Fisheries"). */
const MAX_PORTFOLIO = 6;

/**
 * "Northern Academies of Mining, Forestry, and Fisheries", "Department of Health, Education and Welfare": a body
 * word, "of" and one word, then single capitalised words between commas up to "and": the list is the body's name.
 * Returns the index of the run's new last token (`j` when the shape is not there).
 */
function portfolioList(model: TextModel, i: number, j: number): number {
  const { tokens, text } = model;
  const head = j - i < 2 ? '' : bareWord(tokens[j - 2]).toLowerCase();
  const body = BODY_WORDS.has(head) || BODY_WORDS.has(head.replace(/ies$/, 'y').replace(/([^s])s$/, '$1'));
  if (!body || tokens[j - 1].text !== 'of') return j;
  const sentence = tokens[j].sentence;
  let k = j;
  for (let n = 0; n < MAX_PORTFOLIO; n += 1) {
    const next = tokens[k + 1];
    if (!next || next.sentence !== sentence) return j;
    const gap = text.slice(tokens[k].end, next.start);
    if (next.text === 'and' && /^,?\s+$/.test(gap) && k > j) {
      const final = tokens[k + 2];
      const beyond = tokens[k + 3];
      if (!final?.cap || final.sentence !== sentence || !/^\s+$/.test(text.slice(next.end, final.start))) return j;
      // "… of Mining, Forestry and Fisheries Award": a name going on after the list is something else.
      if (beyond?.cap && joined(text, final, beyond)) return j;
      return k + 2;
    }
    if (!/^,\s+$/.test(gap) || !next.cap || COMMON.has(next.text.toLowerCase())) return j;
    k += 1;
  }
  return j;
}

/** All maximal capitalised runs, leading and trailing ordinary words dropped. */
/**
 * "the ambassador to Veldan Piet Kass", "envoys to the Soviet Union Ana Ruiz and …": a state named after a post
 * ("ambassador to", "envoy to") ends there; the name that follows is the person holding the post.
 */
function postEndsAtState(model: TextModel, i: number, j: number): boolean {
  const { tokens } = model;
  const before = tokens[i - 1]?.text.toLowerCase() === 'the' ? i - 2 : i - 1;
  if (tokens[before]?.text !== 'to' || before < 1) return false;
  const post = tokens[before - 1].text.toLowerCase();
  if (!isRoleNoun(post) && !(post.endsWith('s') && isRoleNoun(post.slice(0, -1)))) return false;
  const words: string[] = [];
  for (let k = i; k <= j; k += 1) words.push(tokens[k].text);
  return STATE_INDEX.get(words.join(' ').toLowerCase())?.via === 'name';
}

/** Words that end the name of a building, a site or a place, never a person's. */
const PLACE_HEADS = new Set(
  `complex building hall house tower museum park square station airport stadium arena bridge street road avenue
gardens garden plaza terminal port harbour harbor dock wharf pier campus library gallery theatre theater church
cathedral temple mosque palace castle fort base camp centre center`.split(/\s+/),
);

/**
 * Where a person's name starts right after a body's head word in one run ("Tarn Harbour Council Ada Vesk told"),
 * or -1: two or three name words close the run, none a body word or a common word, and a lower-case word (the
 * verb) follows in the sentence. "University College London", "Council Bluffs" stay whole.
 */
function personAfterBody(model: TextModel, first: number, last: number): number {
  const { tokens } = model;
  const k = last - 2 >= first + 1 && BODY_WORDS.has(bareWord(tokens[last - 2]).toLowerCase()) ? last - 1 : -1;
  const at =
    k > 0 ? k : last - 3 >= first + 1 && BODY_WORDS.has(bareWord(tokens[last - 3]).toLowerCase()) ? last - 2 : -1;
  if (at < 0) return personAfterOfBody(model, first, last);
  // "Secretary of State Dean Lundgren": a title in capitals before the name is classify.ts's to read.
  for (let t = first; t < at; t += 1) if (isRoleNoun(bareWord(tokens[t]).toLowerCase())) return -1;
  for (let t = at; t <= last; t += 1) {
    const w = bareWord(tokens[t]);
    const lower = w.toLowerCase();
    if (!/^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u.test(w) || COMMON.has(lower) || STATE_INDEX.has(lower)) return -1;
    if (BODY_WORDS.has(lower) || BODY_WORDS.has(lower.replace(/s$/, ''))) return -1;
    // "… State Lending Funds": a given name is no participle; "… Space Center Guest Complex": a place's word
    // ends no person's name.
    if (t === at && /(?:ing|ed)$/.test(lower)) return -1;
    if (t === last && PLACE_HEADS.has(lower)) return -1;
  }
  const next = tokens[last + 1];
  return next && next.sentence === tokens[last].sentence && /^\p{Ll}/u.test(next.text) ? at : -1;
}

/**
 * "the Ministry of Ports Ada Velm said", where the text writes "Velm said" elsewhere: a body's name with "of",
 * then a given name and a surname the text uses alone. The person's first token, or -1.
 */
function personAfterOfBody(model: TextModel, first: number, last: number): number {
  const { tokens } = model;
  const at = last - 1;
  let of = -1;
  for (let k = first + 1; k < at - 1 && of < 0; k += 1) if (tokens[k].text === 'of') of = k;
  if (of < 0 || !BODY_WORDS.has(bareWord(tokens[of - 1]).toLowerCase())) return -1;
  // ("Institute of Ports & Marine Studies": a body's name joined by a sign goes on.)
  for (let t = of; t < last; t += 1) if (!/^\s+$/.test(model.text.slice(tokens[t].end, tokens[t + 1].start))) return -1;
  for (let t = at; t <= last; t += 1) {
    const w = bareWord(tokens[t]);
    const lower = w.toLowerCase();
    if (!/^\p{Lu}\p{Ll}+$/u.test(w) || COMMON.has(lower) || STATE_INDEX.has(lower) || BODY_WORDS.has(lower)) return -1;
  }
  const next = tokens[last + 1];
  if (!next || next.sentence !== tokens[last].sentence || !/^\p{Ll}/u.test(next.text)) return -1;
  return surnamesAlone(model).has(tokens[last].text) ? at : -1;
}

const ALONE = new WeakMap<TextModel, Set<string>>();
/** Capitalised words the text writes alone before a lower-case word ("… Velm said"): surnames in use. Once per text. */
function surnamesAlone(model: TextModel): Set<string> {
  let found = ALONE.get(model);
  if (found) return found;
  found = new Set();
  const { tokens } = model;
  for (let k = 0; k + 1 < tokens.length; k += 1) {
    const t = tokens[k];
    const prev = tokens[k - 1];
    if (!t.cap || (prev?.cap && prev.sentence === t.sentence)) continue;
    if (tokens[k + 1].sentence === t.sentence && /^\p{Ll}/u.test(tokens[k + 1].text)) found.add(t.text);
  }
  ALONE.set(model, found);
  return found;
}

const POLITY_HEADS =
  /^(?:Republic|Kingdom|Empire|Union|States|Federation|Emirates|Islands|Isle|Duchy|Principality|Commonwealth|Province|County|City|District|Territory|Region)$/;

/** Tokens [first, last] read as a person's name before "of": two or three plain capitalised words, no body's word. */
function personOfPlace(model: TextModel, first: number, last: number): boolean {
  const { tokens } = model;
  if (last - first < 1 || last - first > 2) return false;
  const words: string[] = [];
  for (let k = first; k <= last; k += 1) {
    // "People’s Republic of China": an owner inside is a body's or a place's name.
    if (/['’]/u.test(tokens[k].text)) return false;
    const w = bareWord(tokens[k]);
    if (POLITY_HEADS.test(w)) return false;
    const lower = w.toLowerCase();
    // "Northern Academies of Mining": a body's word in the plural, or a region's adjective, names a body.
    const one = lower.replace(/ies$/, 'y').replace(/([^s])s$/, '$1');
    if (!/^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u.test(w) || BODY_WORDS.has(lower) || BODY_WORDS.has(one)) return false;
    if (isRoleNoun(w) || NAME_ADJECTIVES.has(lower) || /(?:ern|ish|ian|ese)$/.test(lower)) return false;
    if (COMMON.has(lower) || NOT_NAMES.has(lower)) return false;
    words.push(w);
  }
  // "United States of America", "Holy See of Rome": the words before "of" are themselves a place's name.
  if (STATE_INDEX.has(words.join(' ').toLowerCase())) return false;
  // The place closes the phrase: "of Orskshire, in a study" (not "of Velm and Tarn", a body's longer name).
  const place = tokens[last + 2];
  return place?.cap === true && /^[,;:.)]/.test(model.text.slice(place.end, place.end + 1));
}

/**
 * "the Post's Monday Night Kitchen Club": a weekday and "Night" or "Morning" opening a name of three words or more
 * (a show, a series), not a day the sentence is set on ("on Monday Night Tarn won").
 */
function weekdayTitle(model: TextModel, i: number): boolean {
  const { tokens, text } = model;
  const t = tokens[i];
  if (!t.cap || !WEEKDAYS.has(t.text.toLowerCase())) return false;
  const part = tokens[i + 1];
  const third = tokens[i + 2];
  if (!part || !third || !/^(?:Night|Morning)$/.test(part.text) || !third.cap) return false;
  if (!joined(text, t, part) || !joined(text, part, third) || NOT_NAMES.has(third.text.toLowerCase())) return false;
  return !/\b(?:on|last|next|this|every|each|since|until|by|from|through|that)\s*$/i.test(
    text.slice(Math.max(0, t.start - 12), t.start),
  );
}

export function findRuns(model: TextModel): Run[] {
  const { tokens, text } = model;
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isNameToken(tokens[i].text, tokens[i].cap) && !weekdayTitle(model, i)) {
      i += 1;
      continue;
    }
    let j = i;
    while (
      j + 1 < tokens.length &&
      tokens[j + 1].sentence === tokens[i].sentence &&
      (joined(text, tokens[j], tokens[j + 1]) || pluralOwnerOfBody(model, j))
    ) {
      // A possessive ends a name ("Russia’s Taliban policy") unless a body's name goes on ("Fishermen's Union",
      // "People's Republic of …").
      const possessive = /['’]s?$/u.test(tokens[j].text) && /['’]/u.test(tokens[j].text);
      // "Commerce Department’s Bureau of …" is two bodies: the owner is a body itself.
      const ownerIsBody = BODY_WORDS.has(bareWord(tokens[j]).toLowerCase());
      if (
        possessive &&
        (ownerIsBody ||
          !(
            bodyFollows(model, j, 1) ||
            (pluralOwner(tokens[j].text) && (bodyFollows(model, j, 3) || tokens[j + 1].text === 'Republic'))
          ))
      )
        break;
      const next = tokens[j + 1];
      if (isNameToken(next.text, next.cap)) {
        if (postEndsAtState(model, i, j)) break;
        j += 1;
        continue;
      }
      const after = tokens[j + 2];
      // "wrote Ivo Marr of Orskshire": two names or more with no body's word, then "of" and a place, are a
      // person and where they are from ("Bank of Velm", "United States of America" stay whole).
      if (next.text === 'of' && personOfPlace(model, i, j)) break;
      // "the High Court on Tuesday": a weekday or month after a connector ends the name.
      // ("at Velm, Marr and Tarn Harbour Board Chair …": a surname the text writes in full elsewhere ends before "and".)
      if (next.text === 'and' && j === i && writtenAsSurname(model).has(tokens[j].text)) break;
      if (CONNECTORS.has(next.text) && after && isNameToken(after.text, after.cap) && joined(text, next, after)) {
        j += 2;
        continue;
      }
      // "Ministry of the Lakes", "Institute for the Study of War": "of the" after a body word goes on with the name.
      const beyond = tokens[j + 3];
      if (
        (next.text === 'of' || next.text === 'for') &&
        after?.text === 'the' &&
        beyond?.cap &&
        beyond.sentence === tokens[i].sentence &&
        BODY_WORDS.has(bareWord(tokens[j]).toLowerCase()) &&
        joined(text, next, after) &&
        joined(text, after, beyond)
      ) {
        j += 3;
        continue;
      }
      // Name particles in a row: "Pieter van der Berg", "María de la Cruz".
      const third = tokens[j + 3];
      if (
        NAME_PARTICLES.has(next.text) &&
        after &&
        NAME_PARTICLES.has(after.text) &&
        third?.cap &&
        joined(text, after, third)
      ) {
        j += 3;
        continue;
      }
      break;
    }
    j = portfolioList(model, i, j);
    let first = i;
    let last = j;
    while (first <= last && isLeadingFiller(model, first)) first += 1;
    while (last >= first && CONNECTORS.has(tokens[last].text)) last -= 1;
    // "Dame Vela Moran Tisk DBE RA": honours and degrees after a name are no part of it.
    while (last > first + 1 && POST_NOMINALS.has(tokens[last].text)) last -= 1;
    if (first === last && COMMON.has(bareWord(tokens[last]).toLowerCase())) first = last + 1;
    // "CEO of the Tarn Harbour Council Ada Vesk told …": a person named right after a body's name is two runs.
    const person = personAfterBody(model, first, last);
    if (person > 0) {
      runs.push({ first, last: person - 1, acronym: null });
      first = person;
    }
    if (first <= last) {
      const m = ACRONYM_AFTER.exec(text.slice(tokens[last].end, tokens[last].end + 20));
      // "the Board of the El Banco Central de Tarn (BCT)": the name is where the acronym's letters begin.
      const from = m ? spelledFrom(model, first, last, m[1]) : first;
      // The words before it are a run of their own ("Professor Ada Vesk of Tarn University (TU)"), but for a
      // part of the body ("the Board of the …").
      let head = from - 1;
      while (head >= first && !tokens[head].cap) head -= 1;
      const part = ORG_WORDS.has(bareWord(tokens[first]).toLowerCase());
      if (from > first && head >= first && !part) runs.push({ first, last: head, acronym: null });
      runs.push({ first: from, last, acronym: m ? m[1] : null });
    }
    i = j + 1;
  }
  return runs;
}

/** The first token from which the capitalised words of [first, last] give exactly the acronym's letters, else `first`. */
function spelledFrom(model: TextModel, first: number, last: number, acronym: string): number {
  const letters = acronym.replace(/[^\p{L}]/gu, '').toUpperCase();
  for (let k = first; k <= last; k += 1) {
    if (!model.tokens[k].cap) continue;
    let initials = '';
    for (let j = k; j <= last; j += 1) if (model.tokens[j].cap) initials += model.tokens[j].text[0].toUpperCase();
    if (initials === letters) return k;
    if (initials.length < letters.length) break;
  }
  return first;
}

/**
 * The words of each run read so far, by model and by the run's first and last token: one run is read
 * by several steps in a row (nickname, firm, split at "and", classification), each asking its words.
 */
const RUN_WORDS = new WeakMap<TextModel, Map<number, readonly string[]>>();

/** The run's words as written ("St. Petersburg" keeps its dot), a final possessive dropped. */
export function runWords(model: TextModel, run: Run): readonly string[] {
  let known = RUN_WORDS.get(model);
  if (!known) {
    known = new Map();
    RUN_WORDS.set(model, known);
  }
  const key = run.first * model.tokens.length + run.last;
  let words = known.get(key);
  if (!words) {
    const { tokens, text } = model;
    const end = tokens[run.last].start + bareWord(tokens[run.last]).length;
    words = Object.freeze(text.slice(tokens[run.first].start, end).split(/\s+/));
    known.set(key, words);
  }
  return words;
}
