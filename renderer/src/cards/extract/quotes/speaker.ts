/**
 * Who said a quotation, by the grammar of its attribution: an ordered sieve (after Muzny et al. 2017, the
 * sieve behind CoreNLP's quote attribution). Each step names the rule that found the speaker and how sure
 * it is; a step that finds an attribution it cannot resolve stops the sieve with no speaker rather than
 * let a later, weaker step guess.
 *
 *   said-adjacent      a verb of saying next to the quotation, its subject a name: `“…,” said X`,
 *                      `“…,” X said`, `X said, “…”`, `X said that “…”`                        high
 *   according-to       `according to X, … “…”`                                                   high
 *   colon-intro        `X: “…”`                                                                  high
 *   reported-fragment  a quoted fragment inside X's reported sentence: `X said it was “…”`     high
 *   cite-line          `“…”` then a line `— X, title`                                            high
 *   pronoun            the subject is he/she/it/they (speaker-index.ts resolves it)  high when the antecedent
 *                      is named in this or the previous sentence of the paragraph with agreeing gender, else low
 *   role-noun          the subject is "the spokesman", "the ministry": the holder or body introduced before  low
 *   salient            "the prime minister", "the company" that no one in the article holds: who spoke just
 *                      before or the person the narration is about, if no one else fits nearby (the body named
 *                      first nearby, if none is named more often)                                low
 *   previous-sentence  the quotation opens its sentence; the sentence before attributes it   as its own sieve
 *   previous-subject   … or is about a person named in it                                       low
 *   topic              `To X, “…”`                                                               low
 *   joint              `“…,” X and Y write`: two people's words together, neither's alone        no speaker
 *   passive-agent      `X was warned that “…”`, `described as “…” by Y`: the agent, never the subject
 * (quotes.ts adds continuation, nested, anonymous, reported-inside, reported-by and excerpt.)
 */

import { sentenceAt, type TextModel } from '../../document/text-model';
import { editDistance } from '../../lexicon/spelling';
import {
  COMMON,
  CONTINUE_VERBS,
  CONTINUE_VERBS_BEFORE_ON,
  NAMING,
  ORG_WORDS,
  REPORT_VERBS,
  REPORT_VERBS_BEFORE_THAT,
  SAY_VERBS,
} from '../../lexicon/words';
import { pronounGender } from '../actors/gender';
import { isRoleHead, isRoleNoun } from '../actors/roles';
import { POSITIONS } from '../actors/runs';
import {
  closingTagSpeaker,
  isQuoted,
  type LastSpeaker,
  lastBefore,
  mentionsIn,
  onlyActor,
  type Resolved,
  resolveRoleSpeaker,
  resolveSpeakerPronoun,
  type SpeakerIndex,
  salientHolder,
} from './speaker-index';

export type Confidence = 'high' | 'low';
/** A speaker (actor index) or null, the sieve that decided, and how sure it is. */
export type Attribution = { actor: number | null; sieve: string; confidence: Confidence };

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const POST_VERB_WINDOW = 10;
const NP_WORDS = 8;
const BODY_LOOKBACK = 800;
/** How far (characters) a quotation with no attribution may sit from the last one by the same person. */
const NARRATION_REACH = 400;

export type Word = { text: string; start: number; end: number };

export function wordsIn(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  if (to <= from) return out;
  const body = text.slice(from, to);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(body); m !== null; m = WORD.exec(body)) {
    out.push({ text: m[0].toLowerCase(), start: from + m.index, end: from + m.index + m[0].length });
  }
  return out;
}

/** Verbs of saying that also take an infinitive ("agreed to", "promised to"): then they report no words. */
const INFINITIVE_TAKERS =
  /^(?:agree[ds]?|promise[ds]?|vow(?:ed|s)?|pledge[ds]?|claim(?:ed|s)?|threaten(?:ed|s)?|refuse[ds]?)$/;

/** A verb of saying, a naming verb ("called it"), "as she put it", "what she calls", "the court held that". */
function isSayVerb(words: Word[], i: number): boolean {
  const w = words[i].text;
  if (REPORT_VERBS_BEFORE_THAT.has(w)) return words[i + 1]?.text === 'that';
  // "Ivo Marr has also agreed to coach", "vowed to fight on": an infinitive after it, no speech.
  if (INFINITIVE_TAKERS.test(w) && words[i + 1]?.text === 'to') return false;
  return (
    SAY_VERBS.has(w) ||
    NAMING.has(w) ||
    REPORT_VERBS.has(w) ||
    (w === 'put' && words[i + 1]?.text === 'it') ||
    (/^(?:calls?|describes?)$/.test(w) && words[i - 2]?.text === 'what')
  );
}

/** A verb that carries speech on: "continued", "went on" (`"A," she went on, "b."`). */
export function continuesSpeech(words: Word[], i: number): boolean {
  const w = words[i].text;
  return CONTINUE_VERBS.has(w) || (CONTINUE_VERBS_BEFORE_ON.has(w) && words[i + 1]?.text === 'on');
}

/**
 * A verb of saying opens the text after the closing mark: `"Plenty," she says`. `split`: the quotation
 * goes on after it, so a verb that carries speech on counts too (`"A," she continued, "b."`).
 */
export function sayVerbAfter(model: TextModel, from: number, to: number, split = false): boolean {
  // The quotation breaks off at a comma, ? or ! inside its closing mark, or a comma or dash follows the mark.
  if (!/[,!?][”"’'»]?$/.test(model.text.slice(from - 2, from)) && !/^\s*[,—–-]/.test(model.text.slice(from, from + 3)))
    return false;
  const words = wordsIn(model.text, from, to).slice(0, 5);
  return words.some(
    (w, i) =>
      i < 4 &&
      (SAY_VERBS.has(w.text) ||
        (REPORT_VERBS.has(w.text) && isSayVerb(words, i)) ||
        (split && continuesSpeech(words, i))),
  );
}

// ---------------------------------------------------------------------------------------------------------
// Candidates for the subject of a verb of saying

/** A possible subject: a known actor, a pronoun, a role or institution noun, or a name the text gives that
 *  is no known actor (then the speaker is unknown, not someone else). */
type Candidate =
  | { kind: 'name'; actor: number; start: number; end: number; misspelt?: boolean }
  | { kind: 'pronoun'; word: string; start: number; end: number }
  | { kind: 'role'; word: string; start: number; end: number }
  | { kind: 'unknown'; start: number; end: number };

const PREPOSITIONS = new Set(
  'of to with by from for about on at in into against over under than like including after before between among toward towards without within across behind upon via per despite during'.split(
    ' ',
  ),
);
/** Verbs whose object is whom the words were said to. */
const ADDRESSED = new Set('told tell tells telling asked asks informed briefed reminded assured thanked'.split(' '));
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'it']);
const DUMMY_NEXT = new Set([
  'is',
  'was',
  'were',
  'are',
  'has',
  'had',
  'have',
  'been',
  'would',
  'will',
  'seems',
  'seemed',
]);
const NEGATIONS = new Set(['not', 'never', 'nor']);
/** "I", "we" and their contractions ("i'm", "we've"), lower-cased as `wordsIn` gives them. */
const FIRST_PERSON = /^(?:i|we)(?:['’](?:m|ve|d|ll|re))?$/;
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'this', 'that']);
const RELATIVES = /,\s*(?:who|whose|whom|which|where)\b[^,;]*(?:,|$)/giu;

/** Offsets of parenthetical text inside [from, to): relative clauses ", who …," and brackets. */
function asides(text: string, from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const body = text.slice(from, to);
  RELATIVES.lastIndex = 0;
  for (let m = RELATIVES.exec(body); m !== null; m = RELATIVES.exec(body))
    out.push([from + m.index + 1, from + m.index + m[0].length]);
  const bracket = /\([^()]*\)/g;
  for (let m = bracket.exec(body); m !== null; m = bracket.exec(body))
    out.push([from + m.index, from + m.index + m[0].length]);
  // "Ivo Marr - then adviser to Mayor Ada Vesk - told …": a dashed aside after a word describes it.
  DASHED.lastIndex = 0;
  for (let m = DASHED.exec(body); m !== null; m = DASHED.exec(body))
    out.push([from + m.index, from + m.index + m[0].length]);
  return out;
}
/** A pair of spaced dashes (or closed-up em dashes) around a short aside that follows a word, on one line. */
const DASHED = /(?<=[\p{L}\p{N}.])(?:\s[-–—]\s(?:(?!\s[-–—]\s)[^\n"“”]){2,100}?\s[-–—](?=\s)|—[^—\n"“”]{2,100}?—)/gu;

/** A verb right after a name: the name is its subject ("the … Ada Vesk said" stays hers). */
const SAY_AFTER_NAME =
  /^(?:said|says|told|tells|added|adds|wrote|writes|declared|announced|explained|noted|argued|is|was|has|had|will|would)$/;

const isCap = (text: string, w: Word): boolean => /^\p{Lu}/u.test(text.slice(w.start, w.start + 1));

/**
 * Subject candidates in [from, to), in text order: objects of prepositions, possessives and asides left out.
 * `afterQuote`: the span opens right after a quotation, so a capitalised first word is a name, not a sentence's
 * first word (`“…,” Yohannes said`: a name the text gives, never somebody else).
 */
/** A place in capitals opening its line before a date or a dash: "WASHINGTON (Aug. 13) --", "VELM, May 3 —". */
function datelineAt(text: string, start: number, end: number): boolean {
  return (
    /^\p{Lu}[\p{Lu}\s.'’-]+$/u.test(text.slice(start, end)) &&
    /(?:^|\n)\s*$/.test(text.slice(Math.max(0, start - 4), start)) &&
    /^\s*(?:\(|--|—|–|,\s*(?:\p{Lu}|\d))/u.test(text.slice(end, end + 6))
  );
}

function candidates(
  model: TextModel,
  idx: SpeakerIndex,
  from: number,
  to: number,
  nested = false,
  afterQuote = false,
): Candidate[] {
  const text = model.text;
  const hidden = asides(text, from, to);
  const aside = (at: number) => hidden.some(([a, b]) => at >= a && at < b);
  const words = wordsIn(text, from, to);
  const found = mentionsIn(idx, from, to).filter((m) => m.end <= to);
  const out: Candidate[] = [];
  let m = 0;
  for (let i = 0; i < words.length; i += 1) {
    const w = words[i];
    while (m < found.length && found[m].end <= w.start) m += 1;
    const mention = m < found.length && found[m].start <= w.start ? found[m] : null;
    const prev = words[i - 1]?.text ?? '';
    if (aside(w.start) || (!nested && isQuoted(idx, w.start))) continue;
    // "WASHINGTON (Aug. 13) -- Declaring “…”": a dateline's place in capitals is no one's subject.
    if (mention && datelineAt(text, mention.start, mention.end)) continue;
    if (mention) {
      // Skip to the end of the mention; the word before its first word decides whether it is an object.
      let j = i;
      while (j + 1 < words.length && words[j + 1].start < mention.end) j += 1;
      const lead = wordBefore(text, words, i, mention.start);
      const possessive =
        /^['’]s?\b/u.test(text.slice(mention.end, mention.end + 2)) ||
        /['’]s$/u.test(text.slice(mention.start, mention.end));
      // "I'm not Ivo Marr, but …": a name denied is nobody's subject.
      // "… told the BBC", "asked Ada Vesk": whom the words were said to is no subject.
      // "The Velm Labour leader went on", "the Tory peer said", "a former Orsk Shipping Company trainee recalled": a body's
      // name before a person's noun (not a spokesman's, who speaks for it) only says whose that person is; the
      // noun is the subject.
      const next = words[j + 1];
      const owner =
        idx.actors[mention.actor].kind !== 'person' &&
        next !== undefined &&
        /^\s+$/.test(text.slice(mention.end, next.start)) &&
        /^\p{Ll}/u.test(text.slice(next.start, next.start + 1)) &&
        isPersonNoun(next.text) &&
        !SPEAKS_FOR_BODY.test(next.text);
      // "a Velm campaign release declared": a person's name after an article and before a lower-case noun
      // says whose the thing is; the thing, no person, is the subject.
      const attributive =
        idx.actors[mention.actor].kind === 'person' &&
        /(?:^|[^\p{L}])(?:a|an|the)\s+$/iu.test(text.slice(Math.max(0, mention.start - 5), mention.start)) &&
        next !== undefined &&
        /^\s+\p{Ll}/u.test(text.slice(mention.end, next.start + 1)) &&
        !SAY_AFTER_NAME.test(next.text);
      // (A noun that is no role, "employee", "insider", names nobody the article names: an unknown speaker.)
      if (owner && !isRoleNoun(next.text)) {
        out.push({ kind: 'unknown', start: next.start, end: next.end });
        i = j + 1;
        continue;
      }
      if (attributive) out.push({ kind: 'unknown', start: mention.start, end: mention.end });
      else if (!owner && !possessive && !PREPOSITIONS.has(lead) && !NEGATIONS.has(lead) && !ADDRESSED.has(lead))
        out.push({ kind: 'name', actor: mention.actor, start: mention.start, end: mention.end });
      i = j;
      continue;
    }
    // "it"/"they" only right before the verb, and never as the dummy subject of "it is noted that".
    const dummy = DUMMY_NEXT.has(words[i + 1]?.text ?? '');
    if (
      SUBJECT_PRONOUNS.has(w.text) &&
      !PREPOSITIONS.has(prev) &&
      (w.text === 'he' || w.text === 'she' || ((i === words.length - 1 || i === words.length - 2) && !dummy))
    ) {
      out.push({ kind: 'pronoun', word: w.text, start: w.start, end: w.end });
      continue;
    }
    // "I say" / "we told them": the narrator speaks, someone the text does not name here.
    if (FIRST_PERSON.test(w.text) && !PREPOSITIONS.has(prev)) {
      out.push({ kind: 'unknown', start: w.start, end: w.end });
      continue;
    }
    const next = words[i + 1];
    const headNoun = !next || !isCap(text, next) || to - w.end > 40;
    if ((isRoleNoun(w.text) || ORG_WORDS.has(w.text)) && headNoun && !PREPOSITIONS.has(roleLead(words, i))) {
      if ((roleLead(words, i) !== '' && DETERMINERS.has(roleLead(words, i))) || /['’]s$/u.test(roleLead(words, i)))
        out.push({ kind: 'role', word: w.text, start: w.start, end: w.end });
      continue;
    }
    if (
      isCap(text, w) &&
      (i > 0 || afterQuote || byFirstName(idx, text.slice(w.start, w.end)) !== null) &&
      !COMMON.has(w.text) &&
      !PREPOSITIONS.has(prev) &&
      !isRoleNoun(w.text) &&
      !ORG_WORDS.has(w.text) &&
      !/^(?:mr|mrs|ms|dr|prof)$/.test(w.text) &&
      !POSITIONS.has(text.slice(w.start, w.end))
    ) {
      // A first name alone ("Pieter said") is the one person the article names with it.
      const person = byFirstName(idx, text.slice(w.start, w.end));
      // "Ms Lindqvsit said": a courtesy title before a surname misspelt by a letter or two of one person's.
      const misspelt =
        person === null && COURTESY.test(prev) ? bySurnameMisspelt(idx, text.slice(w.start, w.end)) : null;
      out.push(
        person !== null
          ? { kind: 'name', actor: person, start: w.start, end: w.end }
          : misspelt !== null
            ? { kind: 'name', actor: misspelt, start: w.start, end: w.end, misspelt: true }
            : { kind: 'unknown', start: w.start, end: w.end },
      );
    }
  }
  return out;
}

/** The word before the one at index i, past "the"/"a" (the first word of a mention may sit inside its span);
 *  '' across a comma ("Once the votes were in, Okafor said": "in" governs nothing here). */
function wordBefore(text: string, words: Word[], i: number, at: number): string {
  let k = i;
  // "a senior aide to Governor Oskar Lind": a title before the name does not hide the preposition before it.
  const title = (w: Word) => isCap(text, w) && isRoleNoun(w.text) && !/[,;:]/.test(text.slice(w.end, at));
  let titled = false;
  while (k >= 0 && (words[k].start >= at || /^(?:the|a|an)$/.test(words[k].text) || title(words[k]))) {
    titled ||= words[k].start < at && title(words[k]);
    k -= 1;
  }
  // "Treasury Under Secretary John Taylor": a capitalised word of the title is no preposition.
  if (titled && k >= 0 && isCap(text, words[k])) return '';
  return k >= 0 && !/[,;:]/.test(text.slice(words[k].end, at)) ? words[k].text : '';
}

/** The only person whose name opens with `first`, or null. */
function byFirstName(idx: SpeakerIndex, first: string): number | null {
  const only = onlyActor(idx, `first:${first}`, (a) => a.kind === 'person' && a.name.startsWith(`${first} `));
  return only >= 0 ? only : null;
}

const COURTESY = /^(?:mr|mrs|ms|miss|dr|prof)$/i;
/** Shortest surname compared by spelling: shorter names differ in too few letters to tell a typo from another name. */
const MIN_MISSPELT = 6;

/** The only person whose surname `word` misspells (same first letter, at most two edits), or null. */
function bySurnameMisspelt(idx: SpeakerIndex, word: string): number | null {
  if (word.length < MIN_MISSPELT) return null;
  const lower = word.toLowerCase();
  const only = onlyActor(idx, `misspelt:${lower}`, (a) => {
    if (a.kind !== 'person' || !a.name.includes(' ')) return false;
    const surname = a.name.slice(a.name.lastIndexOf(' ') + 1).toLowerCase();
    return surname[0] === lower[0] && surname !== lower && editDistance(surname, lower, 2) <= 2;
  });
  return only >= 0 ? only : null;
}

/** The word that opens a role noun's phrase: "the" in "the foreign minister", "Moss's" in "Moss's spokesman". */
function roleLead(words: Word[], i: number): string {
  for (let k = i - 1; k >= Math.max(0, i - 3); k -= 1) {
    const w = words[k].text;
    if (DETERMINERS.has(w) || PREPOSITIONS.has(w) || /['’]s$/u.test(w)) return w;
  }
  return '';
}

/** The candidate nearest the verb; a role in apposition to a name before it ("X, Moss's spokesman, said") is that name. */
function nearest(model: TextModel, list: Candidate[], verbAt = -1): Candidate | null {
  const last = list[list.length - 1];
  if (!last) return null;
  // `Ivo Brandt, when asked if he knew why, mentioned that …`: a pronoun inside an aside set off by commas
  // between a name and the verb is the name's; the name before the aside is the subject.
  if (last.kind === 'pronoun' && verbAt > last.end && /,\s*$/.test(model.text.slice(last.end, verbAt))) {
    for (let k = list.length - 2; k >= 0; k -= 1) {
      const c = list[k];
      if (c.kind === 'pronoun') continue;
      if (c.kind === 'name' && /^\.?\s*,/.test(model.text.slice(c.end, last.start))) return c;
      break;
    }
  }
  if (last.kind === 'role' || last.kind === 'unknown') {
    for (let k = list.length - 2; k >= 0; k -= 1) {
      const c = list[k];
      if (c.kind !== 'name') continue;
      const gap = model.text.slice(c.end, last.start);
      // "Ola Brandt Jr., the company's chief executive, said": the dot of a suffix may stand before the comma.
      if (/^\.?\s*,/.test(gap) && gap.length < 60) return c;
      break;
    }
  }
  return last;
}

const TWO_APPOSITIONS = /^\.?,\s(?:a|an|the)\s[^,;:"“”]{2,80},\s(?:a|an|the)\s[^,;:"“”]{2,100},\s*$/;

/**
 * `Ada Pruitt, KU's dean of law, said`: the person before an apposition speaks, not the body named
 * inside it (the nearest name to the verb).
 */
function appositiveSubject(model: TextModel, idx: SpeakerIndex, list: Candidate[], verbAt: number): Candidate | null {
  const last = list[list.length - 1];
  if (!last || (last.kind === 'name' && idx.actors[last.actor].kind === 'person') || last.kind === 'pronoun')
    return null;
  for (let k = list.length - 2; k >= 0; k -= 1) {
    const c = list[k];
    if (c.kind !== 'name') continue;
    if (idx.actors[c.actor].kind !== 'person') continue;
    const gap = model.text.slice(c.end, verbAt);
    // "Ivo Marr, a spokesperson for Harbour Shield, the navy's mission in Peru and Chile, told": an apposition
    // to the apposition, opening on an article, still leaves the person as the subject.
    if (TWO_APPOSITIONS.test(gap)) return c;
    if (last.kind !== 'name') return null;
    if (/^\.?,\s[^,;:"“”]{2,80},\s*$/.test(gap)) return c;
    // "Ivo Marr, Velm Watch president and harbour activist said": a role in apposition whose closing comma
    // the writer left out.
    const apposed = /^\.?,\s([^,;:"“”]{2,80})\s$/.exec(gap)?.[1];
    return apposed && /\s(?:and|or)\s/.test(apposed) && apposed.split(/\s+/).some((w) => isRoleNoun(w)) ? c : null;
  }
  return null;
}

/** The first noun phrase after a verb of saying (`said Velmora Mayor Jo Bell, …`), up to a comma or a clause. */
const NP_STOPS = new Set(
  'in at on who which that when as after before during while and but to from with adding according of for told'.split(
    ' ',
  ),
);
function phraseAfter(model: TextModel, words: Word[], verb: number): [number, number] {
  const text = model.text;
  const from = words[verb].end;
  let to = from;
  for (let k = verb + 1; k < Math.min(words.length, verb + 1 + NP_WORDS); k += 1) {
    const gap = text.slice(words[k - 1].end, words[k].start);
    const initial = words[k - 1].text.length <= 2 || /^(?:jr|sr|st|mr|mrs|ms|dr|prof)$/.test(words[k - 1].text);
    if (k > verb + 1 && (/[,;:()!?—–“”"]/.test(gap) || (gap.includes('.') && !initial))) break;
    if (NP_STOPS.has(words[k].text)) break;
    to = words[k].end;
  }
  return [from, to];
}

/** The person named right after ", " when the text before `to` ends on a lower-case person noun, or null. */
function namedAfterTitle(model: TextModel, idx: SpeakerIndex, to: number): number | null {
  const head = /(\p{Ll}+)$/u.exec(model.text.slice(Math.max(0, to - 30), to))?.[1];
  if (!head || !isPersonNoun(head)) return null;
  const comma = /^,\s+/.exec(model.text.slice(to, to + 4));
  if (!comma) return null;
  const at = to + comma[0].length;
  const m = mentionsIn(idx, at, at + 60).find((x) => x.start === at);
  if (!m || idx.actors[m.actor].kind !== 'person') return null;
  // The name closes the attribution: a full stop, a comma or the end of the sentence follows it.
  return /^\s*(?:[.,;]|$)/.test(model.text.slice(m.end, m.end + 2)) ? m.actor : null;
}

/** "…, with the minutes recording": the phrase after "with" right before a participle of saying, its subject. */
const WITH_SUBJECT = /\bwith\s+((?:the|a|an|its|his|her|their)\s+[^,;:()"“”]{1,40}?|\p{Lu}[^,;:()"“”]{0,40}?)\s*$/u;

/** Nouns for someone who speaks for a body: what they say is the body's. */
const SPEAKS_FOR_BODY = /^(?:spokes(?:man|woman|person|people)|representatives?|statement)$/;
/** A lower-case noun for a person: a role noun, or an agent noun ("whistleblower", "employee", "insider"). */
const isPersonNoun = (word: string): boolean =>
  isRoleHead(word, true) || /ee$/.test(word) || /^(?:source|official|insider|staff)s?$/.test(word);

/** "the (Velmish) prime minister", "the (former) club": a definite phrase of up to three words before its head. */
const DEFINITE_BEFORE = /(?:(\p{L}+)\s+)?\bthe\s+(?:[\p{L}-]+\s+){0,3}$/iu;

/** Turns a candidate into an attribution under the sieve `sieve` (the sieve for a name). */
function resolve(
  idx: SpeakerIndex,
  c: Candidate | null,
  sieve: string,
  at: number,
  last: LastSpeaker,
): Attribution | null {
  if (!c) return null;
  if (c.kind === 'name' && c.misspelt) return { actor: c.actor, sieve: 'misspelt-name', confidence: 'low' };
  if (c.kind === 'name') return { actor: c.actor, sieve, confidence: 'high' };
  if (c.kind === 'unknown') return { actor: null, sieve: 'unknown-name', confidence: 'low' };
  let r: Resolved | null =
    c.kind === 'pronoun'
      ? resolveSpeakerPronoun(idx, c.word, Math.min(at, c.start), last)
      : resolveRoleSpeaker(idx, c.word, at);
  // "The Orsk Kelvin MP, who …" is not the "Labour MP" named before: a place of two capitalised words or more that
  // the holder's role and name lack names someone else ("the Democrat senator": one word may only describe).
  if (r && c.kind === 'role') {
    // ("the Tarn police department" is not the Velm one: a place before a lower-case noun of the body's.)
    const before = idx.model.text.slice(Math.max(0, c.start - 60), c.start);
    const phrase =
      /\b[Tt]he\s+((?:\p{Lu}[\p{L}'’-]*\s+){2,3})$/u.exec(before) ??
      /\b[Tt]he\s+(\p{Lu}[\p{L}'’-]*\s+)\p{Ll}+\s+$/u.exec(before);
    const holder = idx.actors[r.actor];
    const known = `${holder?.role ?? ''} ${holder?.name ?? ''}`.toLowerCase();
    const qualifiers = phrase ? phrase[1].trim().split(/\s+/) : [];
    if (qualifiers.length > 0 && !qualifiers.some((w) => known.includes(w.toLowerCase()))) r = null;
  }
  const name = c.kind === 'pronoun' ? 'pronoun' : 'role-noun';
  // (Not "a source at the club": the phrase after a preposition is no subject; nor "the Velmish Executive",
  // a body's name.)
  const definite =
    !r && c.kind === 'role' && /^\p{Ll}/u.test(idx.model.text.slice(c.start, c.start + 1))
      ? DEFINITE_BEFORE.exec(idx.model.text.slice(Math.max(0, c.start - 50), c.start))
      : null;
  if (definite && !PREPOSITIONS.has(definite[1]?.toLowerCase() ?? '')) {
    const salient = salientHolder(idx, definite[0], c.word, at, last);
    if (salient !== null) return { actor: salient, sieve: 'salient', confidence: 'low' };
  }
  return { actor: r?.actor ?? null, sieve: name, confidence: r?.strong ? 'high' : 'low' };
}

// ---------------------------------------------------------------------------------------------------------
// The sieves

/** `“…,” said X` / `“…,” X said` / `“…,” he said` / `“…,” the ministry said`. */
function attributionAfter(model: TextModel, idx: SpeakerIndex, q: QuoteSite): Attribution | null {
  const words = wordsIn(model.text, q.close, q.postTo).slice(0, POST_VERB_WINDOW + NP_WORDS);
  const verb = words.findIndex(
    (_w, i) =>
      i < POST_VERB_WINDOW &&
      (isSayVerb(words, i) || (q.split === true && continuesSpeech(words, i))) &&
      !namesSomeone(model, words, i),
  );
  if (verb === -1) return apposedSpeakerAfter(model, idx, q);
  // `“A,” and, as his daughter Lena said, “B”`: a verb right before another quotation introduces that one.
  if (!q.split && /^\s*[,:]?\s*[“"‘'«]/.test(model.text.slice(words[verb].end, words[verb].end + 4))) return null;
  // `“… rewards every listen!” Tarn Radio critic Ada Vesk called the album “…”`: after a quotation that ends its
  // sentence, a verb whose object runs into another quotation introduces that one.
  if (
    !q.split &&
    /[.!?]["”’']?\s*$/.test(model.text.slice(Math.max(q.open, q.close - 3), q.close + 1)) &&
    /^\s+(?:\S+\s+){0,3}?[“"«]/u.test(model.text.slice(words[verb].end, words[verb].end + 40)) &&
    !/^[^“"«]*[,.;:!?][^“"«]*[“"«]/u.test(model.text.slice(words[verb].end, words[verb].end + 40))
  )
    return null;
  // `“…”, describing Marr as …`: a participle right after the quotation's comma takes an object, not a speaker.
  // ("“…”, saying he trusted …": "he" is whom the participle hangs on, the one who said it.)
  if (
    verb === 0 &&
    /ing$/.test(words[0].text) &&
    /^[”"’']?\s*,\s*$/u.test(model.text.slice(q.close, words[0].start)) &&
    !/^(?:he|she|they|we|i)$/.test(words[1]?.text ?? '')
  )
    return null;
  // `Marr said the plan “will not work” and Vesk added that …`: after a quotation with no comma of its own, a
  // clause opened by "and" or "but" is another speaker's saying, not this quotation's attribution.
  if (!q.split && /^[”"’']?\s+(?:and|but|while|whereas)\s/u.test(model.text.slice(q.close, q.close + 10))) return null;
  const before = candidates(model, idx, q.close, words[verb].start, false, true);
  // `“…,” Ada Vesk and Ivo Marr write`: words two people wrote together are neither's alone.
  if (jointNames(model, before)) return { actor: null, sieve: 'joint', confidence: 'low' };
  if (before.length > 0)
    return resolve(
      idx,
      appositiveSubject(model, idx, before, words[verb].start) ?? nearest(model, before),
      'said-adjacent',
      q.open,
      q.last,
    );
  // `“…” -- while a separate story simply said she liked them`: words before the verb that name no one are its
  // subject (a thing, or somebody unnamed); only a verb right after the quotation puts its speaker after it ("said
  // she", "says Ivo Marr"). The other sieves then read the sentence.
  // (Words that go on with the narration and a comma before the verb, "“…” in Velm, said Ivo Marr", still put it.)
  if (
    verb > 0 &&
    !/,\s*$/.test(model.text.slice(words[verb - 1].end, words[verb].start)) &&
    words.slice(0, verb).some((w) => !/^(?:\p{Ll}+ly|then|also|later|again|now|still|once|and|but)$/u.test(w.text))
  )
    return null;
  // `“…,” High told the Daily Mail`: whom the words were told is never who said them.
  if (ADDRESSED.has(words[verb].text) && !/^ask/.test(words[verb].text))
    return { actor: null, sieve: 'no-subject', confidence: 'low' };
  const [from, to] = phraseAfter(model, words, verb);
  // "said VDS technology director, Ivo Marr": a title ending on a person noun, then the person's name after a comma.
  const apposed = namedAfterTitle(model, idx, to);
  if (apposed !== null) return { actor: apposed, sieve: 'said-adjacent', confidence: 'high' };
  const after = candidates(model, idx, from, to);
  // "“…,” says Early": a capitalised word right after the verb that is no actor (a surname that is also a common
  // word) is a name the text gives; the speaker is unknown, never someone from the sentence before.
  if (
    after.length === 0 &&
    /^\s*(?:\p{Lu}\p{Ll}+)(?:\s+\p{Lu}\p{Ll}+)?\s*[,.;]/u.test(model.text.slice(words[verb].end, words[verb].end + 40))
  )
    return { actor: null, sieve: 'unknown-name', confidence: 'low' };
  const lastAfter = after[after.length - 1];
  if (
    jointNames(model, after) ||
    (lastAfter?.kind === 'name' && /^\s+(?:and|&)\s+\p{Lu}/u.test(model.text.slice(lastAfter.end, lastAfter.end + 8)))
  )
    return { actor: null, sieve: 'joint', confidence: 'low' };
  const names = after.filter((c) => c.kind === 'name');
  // "said the Velm Bank whistleblower": a body's name before a noun for a person names whom that person
  // belongs to, not the speaker ("a Velm Bank spokesman" speaks for it).
  const lastName = names[names.length - 1];
  const head = lastName ? /^\s+(\p{Ll}+)/u.exec(model.text.slice(lastName.end, to + 1))?.[1] : undefined;
  if (
    lastName &&
    head &&
    idx.actors[lastName.actor].kind !== 'person' &&
    isPersonNoun(head) &&
    !SPEAKS_FOR_BODY.test(head)
  )
    return { actor: null, sieve: 'role-noun', confidence: 'low' };
  // The head of the phrase: "said Velmora Mayor Jo Bell" is Jo Bell, not a body called Velmora.
  const pick =
    names.length > 0
      ? names[names.length - 1]
      : (after.find((c) => c.kind === 'pronoun') ?? after[after.length - 1] ?? null);
  return resolve(idx, pick, 'said-adjacent', q.open, q.last);
}

/**
 * `“…,” Dr. Ada Vesk, a member of the group and signatory to the letter, told Orsk News`: a name right after
 * the quotation with a long apposition between commas before the verb of saying (past the verb window).
 */
function apposedSpeakerAfter(model: TextModel, idx: SpeakerIndex, q: QuoteSite): Attribution | null {
  const words = wordsIn(model.text, q.close, q.postTo).slice(0, POST_VERB_WINDOW + 2 * NP_WORDS + 4);
  const verb = words.findIndex(
    (_w, i) => i >= POST_VERB_WINDOW && isSayVerb(words, i) && !namesSomeone(model, words, i),
  );
  if (verb === -1) return null;
  const found = candidates(model, idx, q.close, words[verb].start, false, true);
  // `“…,” the head of Tarn Steel’s Velm branch, a woman named Ada Vesk, told me`: the person the apposition
  // names, right before the verb, is the speaker; the bodies and places of the title are not.
  const named = found.find(
    (c) =>
      c.kind === 'name' &&
      /\b(?:named|called)\s+$/.test(model.text.slice(Math.max(q.close, c.start - 8), c.start)) &&
      /^,?\s*$/.test(model.text.slice(c.end, words[verb].start)),
  );
  if (named && named.kind === 'name' && idx.actors[named.actor].kind === 'person')
    return resolve(idx, named, 'said-adjacent', q.open, q.last);
  // The name first, or after a title in capitals ("Interior Minister Ivo Marr, who serves in …, said").
  const first = found.find((c) => c.kind === 'name');
  const lead = first ? wordsIn(model.text, q.close, first.start) : [];
  if (!first || lead.length > 4 || lead.some((w) => !/^\p{Lu}/u.test(model.text.slice(w.start, w.start + 1))))
    return null;
  // One apposition, closed by the comma before the verb, with no quotation nor other name's verb inside.
  const between = model.text.slice(first.end, words[verb].start);
  if (!/^,\s[^“”"«»;:.!?]+,\s+$/.test(between)) return null;
  return resolve(idx, first, 'said-adjacent', q.open, q.last);
}

/** "a woman named Ada Vesk", "a firm called Velm": a participle of naming after a noun, before a name; no saying. */
function namesSomeone(model: TextModel, words: Word[], i: number): boolean {
  const next = words[i + 1];
  return (
    NAMING.has(words[i].text) &&
    i > 0 &&
    /^\p{Ll}/u.test(model.text.slice(words[i - 1].start, words[i - 1].start + 1)) &&
    !/^(?:he|she|they|it|we|i|you|who|which|that)$/.test(words[i - 1].text) &&
    next !== undefined &&
    /^\p{Lu}/u.test(model.text.slice(next.start, next.start + 1))
  );
}

/** Two people named side by side as one subject: "Ada Vesk and Ivo Marr", "Vesk & Marr". */
function jointNames(model: TextModel, found: Candidate[]): boolean {
  for (let i = 1; i < found.length; i += 1) {
    const [a, b] = [found[i - 1], found[i]];
    if (a.kind === 'name' && b.kind === 'name' && /^\s+(?:and|&)\s+$/.test(model.text.slice(a.end, b.start)))
      return true;
  }
  return false;
}

const OBJECT_PRONOUNS: Record<string, string> = { him: 'he', her: 'she', them: 'they', it: 'it' };

/** `according to X, … “…”`: the actor (or pronoun) right after "according to". */
function accordingTo(model: TextModel, idx: SpeakerIndex, words: Word[], q: QuoteSite): Attribution | null {
  for (let i = words.length - 2; i >= 0; i -= 1) {
    if (words[i].text !== 'according' || words[i + 1].text !== 'to') continue;
    const [from, to] = phraseAfter(model, words, i + 1);
    const object = OBJECT_PRONOUNS[words[i + 2]?.text ?? ''];
    if (object)
      return resolve(
        idx,
        { kind: 'pronoun', word: object, start: words[i + 2].start, end: words[i + 2].end },
        'according-to',
        q.open,
        q.last,
      );
    const found = candidates(model, idx, from, to);
    const names = found.filter((c) => c.kind === 'name');
    const pick = names.length > 0 ? names[names.length - 1] : (found[0] ?? null);
    const hit = resolve(idx, pick, 'according-to', q.open, q.last);
    if (hit) return hit;
  }
  return null;
}

/** "to his younger brother ", "for the ": a name after these is whom words were addressed to. */
const ADDRESSEE = /\b(?:to|for|toward|towards)\s+(?:(?:his|her|their|its|my|our|the|a|an)\s+)?(?:\p{Ll}+\s+){0,2}$/u;

/**
 * After the last name before a verb of saying: an unnamed subject of its own, not an apposition closed by a
 * comma (", a spokesperson for the office told", ", according to researchers at …, who told").
 */
const UNNAMED_SUBJECT =
  /^[^,;]*,\s+(?:(?:a|an|one|two|three|several|some|many)\s+\p{Ll}[^,;]*|according\s+to\s+(?:(?:a|an|the|some|two|three|several)\s+)?\p{Ll}[^,;]*(?:,\s+who\s+)?)$/u;

/** A clause that opens on a group of unnamed people "of" something, with no comma before its verb. */
const GROUP_OF =
  /^\s*(?:(?:the|some|many|most|several|two|three|four|other)\s+)?(?:\p{Ll}+\s+)?\p{Ll}{3,}s\s+of\s[^,;:“”"]*$/iu;

/** A subordinate clause opening the sentence, up to its comma ("Two days before …, ", "When …, "); never "As X wrote". */
/** Or a participle's phrase: "Reacting to a remark by Ivo Marr, the American said". */
const FRONTED_CLAUSE =
  /^\s*(?:(?:[\p{L}\d'’-]+\s+){0,3}?(?:before|after|when|while|since|although|though|if|because|once|until|unless)|\p{Lu}\p{Ll}+ing)\s[^,;:“”"]{3,200},\s/iu;

/** The subject of the last verb of saying before the quotation, in its clause; or a colon's introducer. */
function attributionBefore(
  model: TextModel,
  idx: SpeakerIndex,
  q: QuoteSite,
  from: number,
  to: number,
  adjacentSieve: string,
): Attribution | null {
  const text = model.text;
  const words = wordsIn(text, from, to).filter((w) => q.nested || !isQuoted(idx, w.start));
  const according = accordingTo(model, idx, words, q);
  if (according) return according;
  // `She used a quote from Ovid — “…”`: the words are the quoted author's, never the one who quotes them.
  const cited = QUOTED_FROM.exec(text.slice(from, to));
  if (cited) {
    const authorFrom = from + cited.index + cited[0].length;
    const authors = candidates(model, idx, authorFrom, to, q.nested).filter((c) => c.kind === 'name');
    return authors.length === 1
      ? resolve(idx, authors[0], 'quoted-author', q.open, q.last)
      : { actor: null, sieve: 'quoted-author', confidence: 'low' };
  }
  let verb = -1;
  for (let i = words.length - 1; i >= 0 && verb === -1; i -= 1) if (isSayVerb(words, i)) verb = i;
  // `as X summarised; the president expected “…”`: a verb in an earlier clause does not govern the quotation.
  if (verb !== -1 && text.slice(words[verb].end, to).includes(';')) verb = -1;
  const colon = /:\s*$/.test(text.slice(from, to));
  if (verb === -1 && !colon) return null;
  // "read a story about her which said the fruit was “…”": a thing said it, no person.
  if (verb > 0 && words[verb - 1].text === 'which') return { actor: null, sieve: 'no-subject', confidence: 'low' };
  // "Ada Vesk accused Ivo Marr of arguing “…”": the words are the accuser's account of another's view, neither's
  // own for sure.
  if (
    verb > 1 &&
    /ing$/.test(words[verb].text) &&
    /^(?:of|for)$/.test(words[verb - 1].text) &&
    words
      .slice(Math.max(0, verb - 8), verb - 1)
      .some((w) => /^(?:accus|charg|criticis|criticiz|blam|fault|lambast|attack|slam)\p{Ll}*$/u.test(w.text))
  )
    return { actor: null, sieve: 'no-subject', confidence: 'low' };
  // `She was described by the Tarn Post as …`: a passive verb of saying speaks for its agent, never its subject.
  // `He has been described as “…”`: someone unnamed chose the words; they are not the subject's either.
  const passive = verb > 0 && BE.test(words[verb - 1].text) && !QUOTED_BY.test(words[verb].text);
  if (passive && words[verb + 1]?.text === 'by') {
    const agents = candidates(model, idx, words[verb + 1].end, to, q.nested).filter((c) => c.kind === 'name');
    return agents.length === 1
      ? resolve(idx, agents[0], 'passive-agent', q.open, q.last)
      : { actor: null, sieve: 'passive-agent', confidence: 'low' };
  }
  const rest = words.length - 1 - verb;
  // `She was described as a “…” by her friend Ivo Marr`, `It was criticised for “…” by campaigners`: the agent
  // after the quotation chose the words (none when the agent is not named).
  const byAfter = passive && /^["”’']?\s*by\s/u.test(text.slice(q.close, q.close + 6));
  if (byAfter && rest <= 3 && /^(?:as|for)$/.test(words[verb + 1]?.text ?? '')) {
    const end = model.sentences[sentenceAt(model, q.close)]?.end ?? q.close;
    const agents = candidates(model, idx, q.close, Math.min(end, q.close + 120), q.nested).filter(
      (c) => c.kind === 'name',
    );
    return agents.length === 1
      ? resolve(idx, agents[0], 'passive-agent', q.open, q.last)
      : { actor: null, sieve: 'passive-agent', confidence: 'low' };
  }
  // `she was warned that “…”`: the one told is never the one who said it.
  // (Also its second quotation: `warned that “…” and “…”`.)
  if (passive && words.slice(verb + 1).every((w, k) => (k === 0 ? /^(?:as|that)$/ : /^(?:and|or)$/).test(w.text)))
    return { actor: null, sieve: 'passive-agent', confidence: 'low' };
  const verbAt = verb === -1 ? to : words[verb].start;
  // The clause of the verb: from the last semicolon or closing quotation before it.
  const semi = text.slice(from, verbAt).lastIndexOf(';');
  const clauseFrom = semi === -1 ? from : from + semi + 1;
  const gap = verb === -1 ? 0 : words.length - verb - 1;
  // "Brandt said he does not dispute what Marr did but argued that “…”": a verb joined by "but"/"and" to an
  // earlier verb of saying shares its subject; the names between are that verb's objects.
  if (verb > 0 && /^(?:and|but)$/i.test(words[verb - 1].text)) {
    const firstSay = words.findIndex((_w, i) => i < verb - 1 && isSayVerb(words, i));
    if (firstSay !== -1) {
      if (GROUP_OF.test(text.slice(clauseFrom, words[firstSay].start)))
        return { actor: null, sieve: 'no-subject', confidence: 'low' };
      const shared = candidates(model, idx, clauseFrom, words[firstSay].start, q.nested);
      if (shared.length > 0)
        return resolve(idx, nearest(model, shared, words[firstSay].start), 'reported-fragment', q.open, q.last);
    }
    // "He then promoted the Velm Games and told viewers to “…”": the clause's subject, not the first verb's object.
    const opening = wordsIn(text, clauseFrom, verbAt).slice(0, 3);
    const subject = candidates(model, idx, clauseFrom, verbAt, q.nested)[0];
    if (subject && opening.some((w) => w.start === subject.start))
      return resolve(idx, subject, subject.kind === 'name' ? 'reported-fragment' : 'pronoun', q.open, q.last);
  }
  // "Two days before Velm and Tarn deploy it, leaders of the ferry lines warned that “…”": a name inside a
  // fronted subordinate clause is none of the main verb's subject.
  const fronted = FRONTED_CLAUSE.exec(text.slice(clauseFrom, verbAt));
  const found = candidates(model, idx, fronted ? clauseFrom + fronted[0].length : clauseFrom, verbAt, q.nested);
  if (fronted && verb !== -1 && found.length === 0) return { actor: null, sieve: 'no-subject', confidence: 'low' };
  // "The authors of the study published in Velm Medicine argued that “…”", "Supporters of Ivo Marr said":
  // a subject that is a group of people of something names no one; the names after its "of" are not its head.
  if (verb !== -1 && GROUP_OF.test(text.slice(fronted ? clauseFrom + fronted[0].length : clauseFrom, verbAt)))
    return { actor: null, sieve: 'no-subject', confidence: 'low' };
  // "Ivo Marr had pledged to halt the pipeline should troops cross into Poland, saying “…”": a participle of
  // saying after a comma hangs on the clause's subject, never on the name its comma follows.
  const beforeComma = found.length > 0 ? found[found.length - 1] : undefined;
  if (
    verb > 0 &&
    beforeComma &&
    /ing$/.test(words[verb].text) &&
    /^\s*,\s*$/.test(text.slice(beforeComma.end, verbAt))
  ) {
    // "… says Ivo Marr, adding", "Marr told host Ola Brandt, noting": the name is a verb of saying's own
    // subject or object, at most five words after it; that verb's reading stands.
    let earlierSay = false;
    for (let i = 0; i < verb && !earlierSay; i += 1)
      earlierSay =
        words[i].start >= clauseFrom &&
        words[i].end <= beforeComma.start &&
        wordsIn(text, words[i].end, beforeComma.start).length <= 5 &&
        isSayVerb(words, i);
    if (!earlierSay) {
      // The subject is the last name among the clause's first words ("State Department spokesman Ivo Marr").
      const opening = wordsIn(text, clauseFrom, verbAt).slice(0, 5);
      const subject = found.filter((c) => c.kind === 'name' && opening.some((w) => w.start === c.start)).pop();
      return subject
        ? resolve(idx, subject, 'reported-fragment', q.open, q.last)
        : { actor: null, sieve: 'no-subject', confidence: 'low' };
    }
  }
  // "Ada's uncle, Kai Toms, told the paper Brandt did not deserve credit, saying “…”": a participle of saying
  // after a comma that follows no name hangs on the clause's subject too, not on a name in the clause it ends.
  if (verb > 0 && /ing$/.test(words[verb].text) && /,\s*$/.test(text.slice(clauseFrom, verbAt)) && !fronted) {
    const opening = wordsIn(text, clauseFrom, verbAt).slice(0, 8);
    const all = candidates(model, idx, clauseFrom, verbAt, q.nested);
    // The first person among its opening words who owns nothing: not "Ada" of "Ada's uncle, Kai Toms", nor
    // "Velm Labour" of "Velm Labour harbour spokesman Kai Toms" (a title, or a comma, before the next name).
    const title = (between: string): boolean => {
      if (POSITIONS.has(between.trim())) return true;
      // "Velm Labour harbour spokesman", "TarnNation President Kai Toms": a title, in capitals or not.
      const m = /^\s+((?:\p{L}[\p{L}-]*\s+){1,4})$/u.exec(between);
      return !!m && isRoleNoun((m[1].trim().split(/\s+/).pop() ?? '').toLowerCase());
    };
    const owner = (c: Candidate, i: number): boolean =>
      /^['’]s?\b/u.test(text.slice(c.end, c.end + 2)) ||
      (i + 1 < all.length &&
        (/^\s*,\s*$/.test(text.slice(c.end, all[i + 1].start)) || title(text.slice(c.end, all[i + 1].start))));
    const subject = all.find((c, i) => c.kind !== 'role' && opening.some((w) => w.start === c.start) && !owner(c, i));
    const lastBefore = all[all.length - 1];
    if (subject && lastBefore && lastBefore !== subject && !/^\s*,\s*$/.test(text.slice(lastBefore.end, verbAt)))
      return resolve(idx, subject, 'reported-fragment', q.open, q.last);
  }
  // "Toms, Brandt and Vesk voted no, with the minutes recording that they “…”": the participle's subject is the
  // phrase after "with", not a name before it.
  const withPhrase =
    verb > 0 && /ing$/.test(words[verb].text) ? WITH_SUBJECT.exec(text.slice(clauseFrom, verbAt)) : null;
  if (withPhrase) {
    const at = clauseFrom + withPhrase.index + withPhrase[0].indexOf(withPhrase[1], 4);
    const own = candidates(model, idx, at, verbAt, q.nested).filter((c) => c.kind === 'name');
    return own.length > 0
      ? resolve(idx, own[own.length - 1], 'reported-fragment', q.open, q.last)
      : { actor: null, sieve: 'no-subject', confidence: 'low' };
  }
  // "… between Poland and France, a spokesperson for the trade office told …", "…, according to researchers at
  // the Tarn Institute, who told …": an unnamed subject stands between the last name and the verb; it is the
  // speaker, and the name is not.
  const lastName = verb === -1 ? undefined : found.filter((c) => c.kind === 'name').pop();
  if (lastName && UNNAMED_SUBJECT.test(text.slice(lastName.end, verbAt)))
    return { actor: null, sieve: 'no-subject', confidence: 'low' };
  const sieve = verb === -1 ? 'colon-intro' : gap <= 1 || (colon && gap <= 3) ? adjacentSieve : 'reported-fragment';
  // `His last words to his brother Ivo were: “…”`: whom the words were addressed to never introduces them.
  const introducers =
    verb === -1 ? found.filter((c) => !ADDRESSEE.test(text.slice(Math.max(0, c.start - 60), c.start))) : found;
  // "Ivo Marr, who lives across the street, heard an officer yell: “…”": the words are the one heard, not
  // the hearer's.
  if (verb === -1 && introducers.length > 0 && HEARD.test(text.slice(introducers[0].end, q.open)))
    return { actor: null, sieve: 'no-subject', confidence: 'low' };
  if (verb === -1 && introducers.length > 0) {
    // `X was blunt about what Y wants: “…”`: with no verb, the subject the clause opens with introduces it.
    const said = resolve(idx, introducers[0], sieve, q.open, q.last);
    return said && introducers.length > 1 ? { ...said, confidence: 'low' } : said;
  }
  if (verb === -1 && found.length > 0) return null;
  if (found.length > 0)
    return resolve(
      idx,
      appositiveSubject(model, idx, found, verbAt) ?? nearest(model, found, verbAt),
      sieve,
      q.open,
      q.last,
    );
  // `He added that … “…” and claimed that “…”`: a coordinated verb shares the subject of the sentence's first one.
  if (verb !== -1 && q.sentenceFrom < clauseFrom && /^[\s,"”’]*(?:and|but)\b/i.test(text.slice(clauseFrom, verbAt))) {
    const all = wordsIn(text, q.sentenceFrom, verbAt).filter((w) => q.nested || !isQuoted(idx, w.start));
    const first = all.findIndex((_w, i) => isSayVerb(all, i));
    if (first !== -1 && GROUP_OF.test(text.slice(q.sentenceFrom, all[first].start)))
      return { actor: null, sieve: 'no-subject', confidence: 'low' };
    const shared = first === -1 ? [] : candidates(model, idx, q.sentenceFrom, all[first].start, q.nested);
    if (shared.length > 0) return resolve(idx, nearest(model, shared), 'reported-fragment', q.open, q.last);
  }
  // `Vesk said she was “deeply honoured”, describing Marr as “…”`: a participle of saying after an earlier
  // quotation of the sentence hangs on the sentence's subject; the name after it is its object.
  if (verb !== -1 && /ing$/.test(words[verb].text) && wordsIn(text, clauseFrom, verbAt).length === 0) {
    if (q.sentenceFrom >= from) return { actor: null, sieve: 'no-subject', confidence: 'low' };
    const opening = wordsIn(text, q.sentenceFrom, from).slice(0, 4);
    const subject = candidates(model, idx, q.sentenceFrom, from, q.nested).find(
      (c) => c.kind === 'name' && opening.some((w) => w.start === c.start),
    );
    return subject
      ? resolve(idx, subject, 'reported-fragment', q.open, q.last)
      : { actor: null, sieve: 'no-subject', confidence: 'low' };
  }
  // `Said X: “…”`: the verb opens its clause and its subject follows.
  if (verb !== -1 && wordsIn(text, clauseFrom, verbAt).length === 0) {
    const [a, b] = phraseAfter(model, words, verb);
    const names = candidates(model, idx, a, b, q.nested).filter((c) => c.kind === 'name');
    if (names.length > 0) return resolve(idx, names[names.length - 1], sieve, q.open, q.last);
  }
  return { actor: null, sieve: 'no-subject', confidence: 'low' };
}

/** A verb of hearing or seeing and somebody else, who then speaks: "heard an officer yell", "saw a man shout". */
const HEARD = /\b(?:heard|hears?|overheard|saw|sees|watched|listened\s+to)\s+[\p{L}]/u;

/** "a ministry spokesperson" (unnamed): the body they speak for, named shortly before. */
const SPOKES = new Set(['spokesperson', 'spokesman', 'spokeswoman', 'representative', 'official']);
function unnamedSpokesperson(model: TextModel, idx: SpeakerIndex, from: number, to: number): number | null {
  const words = wordsIn(model.text, from, to);
  // "Velm United's statement to the exchange said", "the board's spokesman said": the body that owns it.
  for (const m of mentionsIn(idx, from, to)) {
    if (idx.actors[m.actor].kind === 'person' || idx.actors[m.actor].kind === 'state') continue;
    // (The mention may hold its "'s".)
    const after = model.text.slice(/['’]s$/u.test(model.text.slice(m.start, m.end)) ? m.end - 2 : m.end, m.end + 40);
    const owned = /^['’]s\s+(?:[\p{Ll}-]+\s+){0,2}?([\p{Ll}]+)\b/u.exec(after);
    if (owned && (SPOKES.has(owned[1]) || SPEAKS_FOR_BODY.test(owned[1]))) return m.actor;
  }
  const i = words.findIndex(
    (w, k) =>
      SPOKES.has(w.text) && (words[k - 1]?.text === 'a' || words[k - 2]?.text === 'a' || words[k - 1]?.text === 'an'),
  );
  if (i === -1) return null;
  const noun = words[i - 1]?.text === 'a' || words[i - 1]?.text === 'an' ? null : words[i - 1]?.text;
  const at = words[i].start;
  // "a spokesperson for the Velm trade office": the body named after it, or nobody the article knows.
  if (/^(?:for|of|at)$/.test(words[i + 1]?.text ?? '')) {
    const after = mentionsIn(idx, words[i + 1].end, Math.min(to, words[i + 1].end + 60));
    const body = after.find((m) => idx.actors[m.actor].kind !== 'person');
    return body && body.start <= words[i + 1].end + 6 ? body.actor : null;
  }
  for (let j = lastBefore(idx.bodyAt, at); j >= 0 && idx.bodyAt[j] >= at - BODY_LOOKBACK; j -= 1) {
    const a = idx.actors[idx.bodyActors[j]];
    if (a.kind === 'state' || (noun && !a.name.toLowerCase().includes(noun))) continue;
    return idx.bodyActors[j];
  }
  return null;
}

/** `“…”` then a line `— Name, title` (an HTML blockquote's footer/cite): the person named on that line. */
function citeLine(model: TextModel, idx: SpeakerIndex, close: number): number | null {
  const m = /^[ \t]*\n\s*[—–]\s*/.exec(model.text.slice(close, close + 12));
  if (!m) return null;
  const lineEnd = model.text.indexOf('\n', close + m[0].length);
  const found = mentionsIn(idx, close + m[0].length, lineEnd === -1 ? model.text.length : lineEnd);
  return (found.find((f) => idx.actors[f.actor].kind === 'person') ?? found[0])?.actor ?? null;
}

export type QuoteSite = {
  open: number;
  close: number;
  unclosed: boolean;
  preFrom: number;
  postTo: number;
  /** The speaker of the quotation before. */
  last: LastSpeaker;
  /** Start of the quotation's sentence (= preFrom for a quotation nested in another). */
  sentenceFrom: number;
  /** Inside another quotation: its words are the text to read. */
  nested: boolean;
  /** The quotation goes on after its attribution (`close` ends its first part): "continued" attributes it too. */
  split?: boolean;
};

const NOBODY: Attribution = { actor: null, sieve: 'none', confidence: 'low' };

const BE = /^(?:is|are|was|were|been|being)$/i;
/** "a quote from ", "a line by ", "the words of ": what follows names the author of the quotation. */
const QUOTED_FROM = /\b(?:quote|quotation|line|lines|passage|verse|verses|words)\s+(?:from|by|of)\s+/i;
/** Passives that keep the words the subject's: "she was quoted by the paper as saying …". */
const QUOTED_BY = /^(?:quoted|cited|reported|paraphrased)$/i;

/** The speaker of a quotation, the sieve that named it and the confidence; actor null when the text names nobody. */
export function attribute(model: TextModel, idx: SpeakerIndex, q: QuoteSite): Attribution {
  const found = attributeSite(model, idx, q);
  // “They say, ‘make it work’”: a pronoun inside someone's quotation stands for people of the speaker's story,
  // not for anyone the narration named.
  return q.nested && found.sieve === 'pronoun' ? { actor: null, sieve: 'pronoun', confidence: 'low' } : found;
}

const BELIEF_THAT =
  /\b(?:believes?|believed|thinks?|thought|hopes?|hoped|expects?|expected|fears?|feared|imagines?|imagined|predicts?|predicted|assumes?|assumed|bets?)\s+that\b/i;

/** A verb of saying and its comma or colon right before a quotation: "… recalled that he said, “…". */
const INTRODUCED = /\b(?:said|says|say|asked|added|replied|recalled|wrote|declared|shouted|told\s+\p{L}+)\s*[,:]\s*$/iu;

function attributeSite(model: TextModel, idx: SpeakerIndex, q: QuoteSite): Attribution {
  // `… recalled that he said, “…,” the prosecutor's office said`: the verb that introduces the words is their
  // speaker's; the one after them is whoever reports the whole.
  if (!q.split && INTRODUCED.test(model.text.slice(Math.max(q.preFrom, q.open - 40), q.open))) {
    const introduced = attributionBefore(model, idx, q, q.preFrom, q.open, 'said-adjacent');
    if (introduced && introduced.actor !== null) return introduced;
    // (A "he" it cannot place is no one's: never the reporter's words instead.)
    if (
      introduced &&
      /\b(?:he|she)\s+\p{L}+\s*[,:]\s*$/iu.test(model.text.slice(Math.max(q.preFrom, q.open - 40), q.open))
    )
      return { actor: null, sieve: 'pronoun', confidence: 'low' };
  }
  // A split quotation ("A," said X. "B …) whose last part runs on unclosed: its first part closed before the verb.
  const after = q.unclosed && !q.split ? null : attributionAfter(model, idx, q);
  if (after) return after;
  // "… failed to tackle the “…” in his budget, Ivo Marr has said.": the tag that closes the sentence.
  const tagged = q.unclosed ? null : closingTagSpeaker(idx, q.close, q.close);
  if (tagged === -1) return { actor: null, sieve: 'role-noun', confidence: 'low' };
  if (tagged !== null) return { actor: tagged, sieve: 'said-adjacent', confidence: 'high' };
  const cited = q.unclosed ? null : citeLine(model, idx, q.close);
  if (cited !== null) return { actor: cited, sieve: 'cite-line', confidence: 'high' };
  // `X stated that his record was “…” and that Y “…”`: a later fragment of X's reported sentence.
  const before =
    attributionBefore(model, idx, q, q.preFrom, q.open, 'said-adjacent') ??
    (q.sentenceFrom < q.preFrom ? attributionBefore(model, idx, q, q.sentenceFrom, q.open, 'reported-fragment') : null);
  if (before && before.actor !== null) return before;
  const spokes =
    before === null || before.sieve === 'role-noun' || before.sieve === 'no-subject'
      ? (unnamedSpokesperson(model, idx, q.preFrom, q.open) ??
        (q.sentenceFrom < q.preFrom ? unnamedSpokesperson(model, idx, q.sentenceFrom, q.open) : null))
      : null;
  if (spokes !== null) return { actor: spokes, sieve: 'role-noun', confidence: 'low' };
  if (before) return before;
  // "To the Taliban, “…”": the view of the actor the sentence opens with.
  if (/^\s*(?:to|for)\s+[^,]{2,60},\s*$/i.test(model.text.slice(q.preFrom, q.open))) {
    const found = mentionsIn(idx, q.preFrom, q.open);
    if (found.length === 1) return { actor: found[0].actor, sieve: 'topic', confidence: 'low' };
  }
  // A quotation opening its sentence: the sentence before introduces it ("X admitted … ." / "… :").
  if (wordsIn(model.text, q.preFrom, q.open).length === 0) {
    const s = sentenceAt(model, q.open);
    const prev = s > 0 ? model.sentences[s - 1] : null;
    if (prev && q.open - prev.end < 4 && !isQuoted(idx, prev.start)) {
      const introduced = attributionBefore(model, idx, q, prev.start, prev.end, 'previous-sentence');
      if (introduced)
        return introduced.actor === null
          ? introduced
          : { ...introduced, confidence: introduced.sieve === 'colon-intro' ? introduced.confidence : 'low' };
      // Narration about a person, then their words: "Her answer ran over several sentences. “Consent is …”".
      // The sentence before names that person, or opens with a pronoun that stands for them
      // ("She answers with numbers. “…”"), or the person is also the speaker of the quotation before.
      const subject = idx.subjectOf[s - 1];
      const lead = wordsIn(model.text, prev.start, Math.min(prev.end, prev.start + 12))[0]?.text ?? '';
      const want = pronounGender(lead === 'his' ? 'he' : lead);
      const pronounLed = want !== 0 && (idx.gender[subject] === 0 || idx.gender[subject] === want);
      // (Not across a paragraph of narration that names no one: "…," said X. ¶ The dam was built in 1962. ¶ "…")
      const sameTopic =
        q.last !== null &&
        q.last.actor === subject &&
        q.open - q.last.at < NARRATION_REACH &&
        model.sentences[sentenceAt(model, q.last.at)]?.para === prev.para;
      if (
        subject >= 0 &&
        idx.actors[subject].kind === 'person' &&
        (idx.subjectAt[s - 1] >= 0 || pronounLed || sameTopic) &&
        model.sentences[s - 1].para >= model.sentences[s].para - 1
      )
        return { actor: subject, sieve: 'previous-subject', confidence: 'low' };
    }
  }
  // `She expected the vote to “…”`: a fragment in a sentence about a person, with no verb of saying, is
  // that person's wording. Only a person named (or he/she) at the opening, nobody else before the quotation.
  const s = sentenceAt(model, q.open);
  const semi = model.text.slice(q.sentenceFrom, q.open).lastIndexOf(';');
  const clauseFrom = semi === -1 ? q.sentenceFrom : q.sentenceFrom + semi + 1;
  const opening = candidates(model, idx, clauseFrom, q.open, q.nested);
  const subject = opening[0];
  if (
    subject &&
    !q.nested &&
    wordsIn(model.text, clauseFrom, subject.start).length <= 3 &&
    opening.every(
      (c) => c.kind !== 'unknown' && (c.kind !== 'name' || c.actor === (subject.kind === 'name' ? subject.actor : -1)),
    ) &&
    (subject.kind === 'pronoun'
      ? subject.word === 'he' || subject.word === 'she'
      : subject.kind === 'role' || (subject.kind === 'name' && idx.actors[subject.actor].kind === 'person')) &&
    model.sentences[s].start <= q.sentenceFrom &&
    // `Ivo Marr fled, “firing his weapon at passing cars.”`: a phrase after a comma that goes on in lower case
    // tells what the subject did, in the words of whoever reported it.
    !(
      /,\s*$/.test(model.text.slice(clauseFrom, q.open)) && /^[“"‘']?\p{Ll}/u.test(model.text.slice(q.open, q.open + 3))
    ) &&
    // "Marr believes that the public will … scream, “…”": words said aloud inside what the person believes are
    // someone else's.
    !(
      /\p{Ll},\s*$/u.test(model.text.slice(Math.max(clauseFrom, q.open - 8), q.open)) &&
      BELIEF_THAT.test(model.text.slice(subject.end, q.open))
    )
  ) {
    // A role ("the outgoing mayor hoped …") counts only for a person who holds it.
    const said = resolve(idx, subject, 'sentence-subject', q.open, q.last);
    if (said !== null && said.actor !== null && idx.actors[said.actor].kind === 'person')
      return { ...said, sieve: 'sentence-subject', confidence: 'low' };
  }
  return NOBODY;
}
