/** Who is speaking at a position: mentions before and after, pronouns and roles resolved to people. */

import { partitionPoint } from '../../../../../shared/search';
import { findQuoteSpans, opensWithQuote, type QuoteSpan } from '../../document/quote-marks';
import { sentenceAt, type TextModel, tokenAt } from '../../document/text-model';
import { STATE_INDEX } from '../../lexicon/geo';
import { ORG_WORDS } from '../../lexicon/words';
import type { ActorFact } from '../../types';
import type { Mention } from '../actors/actors';
import { dominantActor } from '../actors/dominant';
import { actorGenders, pronounGender } from '../actors/gender';
import { isRoleNoun } from '../actors/roles';

export type SpeakerIndex = {
  model: TextModel;
  actors: ActorFact[];
  mentions: Mention[];
  /** Offsets of person mentions, ascending, parallel to `personActors`. */
  personAt: number[];
  personActors: number[];
  bodyAt: number[];
  bodyActors: number[];
  /** Per sentence: the person it is about (named first in it, or carried over from "She …"), or -1. */
  subjectOf: Int32Array;
  /** Per sentence: offset of that person's mention when named in the sentence itself, else -1. */
  subjectAt: Int32Array;
  /** Per sentence: another person named as the subject of a later clause ("…, but Ivo Marr is unfazed"), or -1. */
  clauseSubjectOf: Int32Array;
  /** Per actor: 0 unknown, 1 he, 2 she (see gender.ts). */
  gender: Uint8Array;
  /** Quotations as [open, close) pairs, ascending and outermost only: text the narrator does not speak. */
  quoted: number[];
  /** Per paragraph, its quotation spans (offsets into the paragraph), found once for the index and quotes.ts. */
  spans: QuoteSpan[][];
  /** Memo of look-ups over all actors, so that each costs O(actors) once per word, not once per quotation. */
  memo: Map<string, number>;
  /** The closing tag of each sentence read so far (`sentenceTag`). */
  tags: Map<number, { actor: number; at: number } | null>;
};

const OBJECT_LEADS = new Set(['to', 'with', 'of', 'by', 'from', 'for', 'about', 'on', 'at', 'according']);
const SUBJECT_WINDOW = 6;
const PRONOUN_REACH = 40;
const ROLE_REACH = 80;
const PRONOUN_LEADS = new Set(['he', 'she', 'his', 'her', 'they', 'i', 'we']);

/** ", says Professor", ", said the economist", '…," said Mr': a verb of saying turned round, right before the name. */
const SAYS_BEFORE =
  /[,?!]["”’']?\s*(?:says|said|adds|added|explains|explained|argues|argued|notes|noted|writes|wrote)\s+(?:(?:the|a|an)\s+)?(?:[\p{L}.-]+\s+){0,3}$/u;

/** Words that open a phrase fronted before the subject: "In an address on television, …", "After the vote, …". */
const FRONTED = new Set(
  'in on at after before during following when while as since despite amid with without under over for by from'.split(
    ' ',
  ),
);
const MAX_FRONTED_TOKENS = 14;
/** Words that link a sentence to the one before and may stand before a fronted phrase ("But even before …,"). */
const LINKING = new Set(['but', 'and', 'yet', 'even', 'so', 'still', 'then', 'now', 'only', 'just']);

/** The token after the comma that closes a fronted phrase opening sentence `s` at token `t`, else `t`. */
function afterFrontedComma(model: TextModel, t: number, s: number): number {
  for (let k = t; k < t + MAX_FRONTED_TOKENS && k + 1 < model.tokens.length; k += 1) {
    if (model.tokens[k + 1].sentence !== s) break;
    if (/^,\s*$/.test(model.text.slice(model.tokens[k].end, model.tokens[k + 1].start))) return k + 1;
  }
  return t;
}

/** The person each sentence is about: the first one named in its opening words, not after a preposition. */
function subjects(model: TextModel, actors: ActorFact[], mentions: Mention[], index: SpeakerIndex): void {
  let m = 0;
  let t = 0;
  let q = 0;
  let current = -1;
  /** Whether `current` was named only as the speaker in a tag of saying. */
  let spoke = false;
  const quoted = index.quoted;
  const protagonist = mostNamedPerson(model, actors, mentions);
  for (let s = 0; s < model.sentences.length; s += 1) {
    const sentence = model.sentences[s];
    while (t < model.tokens.length && model.tokens[t].start < sentence.start) t += 1;
    while (m < mentions.length && mentions[m].start < sentence.start) m += 1;
    while (q < quoted.length && quoted[q + 1] <= sentence.start) q += 2;
    index.subjectAt[s] = -1;
    // A sentence inside someone's quotation does not change whom the narration is about (also one that opens
    // on the quotation's mark and ends inside it). One that opens inside and closes it goes on to its tag:
    // `“I agree. That’s one way,” Ivo Marr says.` is about its speaker.
    if (q < quoted.length && quoted[q] <= sentence.start && quoted[q + 1] >= sentence.end) {
      index.subjectOf[s] = current;
      continue;
    }
    // A heading or a caption ("Ivo Marr, 2nd Earl of Velm" under a portrait) names no subject for what follows.
    const para = model.paragraphs[sentence.para];
    if (para?.isHeading || para?.isPull) {
      index.subjectOf[s] = current;
      continue;
    }
    const opener = model.tokens[t]?.text.toLowerCase() ?? '';
    // "In an address on state television, Mr Novar said …": the subject comes after a fronted phrase's comma
    // (also after a linking word: "But even before the club said …, Ivo Marr insisted").
    let lead = t;
    while (
      lead < t + 2 &&
      model.tokens[lead + 1]?.sentence === s &&
      LINKING.has(model.tokens[lead].text.toLowerCase()) &&
      /^\s+$/.test(model.text.slice(model.tokens[lead].end, model.tokens[lead + 1].start))
    )
      lead += 1;
    const from = FRONTED.has(model.tokens[lead]?.text.toLowerCase() ?? '') ? afterFrontedComma(model, lead, s) : t;
    const limit = model.tokens[Math.min(from + SUBJECT_WINDOW, model.tokens.length - 1)]?.end ?? sentence.end;
    // (“They were first,” said Ivo Marr: a pronoun inside the opening quotation is the speaker's word, not the
    // narration's subject.)
    const pronounLed =
      model.tokens[t]?.sentence === s && PRONOUN_LEADS.has(opener) && !isQuoted(index, model.tokens[t].start);
    for (let k = m; !pronounLed && k < mentions.length && mentions[k].start < Math.min(limit, sentence.end); k += 1) {
      if (actors[mentions[k].actor].kind !== 'person' || isQuoted(index, mentions[k].start)) continue;
      // "Asante's frames …": a possessive is not the subject.
      if (
        /^['’]s?\b/u.test(model.text.slice(mentions[k].end, mentions[k].end + 2)) ||
        /['’]s$/u.test(model.text.slice(mentions[k].start, mentions[k].end))
      )
        continue;
      const ti = tokenAt(model, mentions[k].start);
      // "For Kebede, the proudest moment …": a person fronted as the topic is what the sentence is about.
      // "According to Kai Toms, the sky went dark": so is the source the sentence opens on.
      const topic =
        model.text[mentions[k].end] === ',' &&
        ((ti === t + 1 && /^(?:for|to)$/.test(opener)) ||
          (ti === t + 2 && opener === 'according' && model.tokens[t + 1].text.toLowerCase() === 'to'));
      if (ti > t && !topic && OBJECT_LEADS.has(model.tokens[ti - 1].text.toLowerCase())) continue;
      // "… faces competition from Ada Vesk, Ivo Marr and …": a later name of a list after a preposition.
      let lead = ti - 1;
      // (Every capitalised word passed over is a person's name: "on Monday, Gen Ada Vesk", "Counsel for Velm Bank, Ada
      // Vesk" are no lists.)
      const named = (at: number) => {
        for (let j = m; j < k; j += 1)
          if (mentions[j].start <= at && at < mentions[j].end) return actors[mentions[j].actor].kind === 'person';
        return false;
      };
      while (
        lead > from &&
        (model.tokens[lead].text === 'and' || (model.tokens[lead].cap && named(model.tokens[lead].start)))
      )
        lead -= 1;
      // (Not "At a press conference on Tuesday, Ada Vesk gave …": the subject search starts after that comma.)
      const listed =
        lead < ti - 1 && lead >= from && model.text.slice(model.tokens[lead].end, mentions[k].start).includes(',');
      if (listed && OBJECT_LEADS.has(model.tokens[lead].text.toLowerCase())) continue;
      current = mentions[k].actor;
      spoke = false;
      index.subjectAt[s] = mentions[k].start;
      break;
    }
    // "…, says Ivo Marr, professor of economics.": a verb of saying turned round after the sentence names its
    // speaker, who is what the sentence is about.
    for (
      let k = m;
      index.subjectAt[s] === -1 && !pronounLed && k < mentions.length && mentions[k].start < sentence.end;
      k += 1
    ) {
      if (actors[mentions[k].actor].kind !== 'person' || isQuoted(index, mentions[k].start)) continue;
      if (!SAYS_BEFORE.test(model.text.slice(Math.max(sentence.start, mentions[k].start - 40), mentions[k].start)))
        continue;
      current = mentions[k].actor;
      spoke = true;
      index.subjectAt[s] = mentions[k].start;
    }
    // '“Residents complained,” Kai Toms, a Tarn resident who posted about it, said.': the person named right after the
    // quotation the sentence opens on, with a verb of saying after the name, is its speaker.
    if (index.subjectAt[s] === -1 && !pronounLed && model.tokens[t]?.sentence === s) {
      const k = nameAfterOpeningQuote(model, actors, mentions, index, m, s, t);
      if (k !== -1) {
        current = mentions[k].actor;
        spoke = true;
        index.subjectAt[s] = mentions[k].start;
      }
    }
    // "Mr Toms's rebate was £300 less than promised, Mr Marr said.": a tag of saying that closes the sentence
    // names whose words it all was; "he" after it is that speaker, not the person the words were about.
    if (!pronounLed) {
      const tag = sentenceTag(index, s, m);
      if (tag !== null) {
        current = tag.actor;
        spoke = tag.actor >= 0;
        index.subjectAt[s] = tag.at;
      }
    }
    // "But the party's shadow home secretary, Ivo Marr, accused …": the name in apposition to a role that
    // opens the sentence is its subject.
    if (index.subjectAt[s] === -1 && !pronounLed) {
      const k = appositiveName(model, actors, mentions, index, m, s);
      if (k !== -1) {
        current = mentions[k].actor;
        spoke = false;
        index.subjectAt[s] = mentions[k].start;
      }
    }
    // "While the lineup is light, Early says …": a capitalised word the text gives as a name but no actor is (a
    // surname that is also a common word), as the subject of a verb of saying: someone not named before.
    if (index.subjectAt[s] === -1 && !pronounLed) {
      const said = UNKNOWN_SAYER.exec(model.text.slice(sentence.start, Math.min(sentence.end, sentence.start + 200)));
      const at = said ? sentence.start + said.index + said[0].search(/\p{Lu}/u) : -1;
      let named = false;
      for (let k = m; k < mentions.length && mentions[k].start <= at; k += 1) named ||= mentions[k].start === at;
      if (said && !named && !isQuoted(index, at)) current = -1;
    }
    // "The judge rejected both arguments.": a role noun opening the sentence stands for its holder.
    if (index.subjectAt[s] === -1 && !pronounLed && /^the$/i.test(opener) && model.tokens[t + 1]?.sentence === s) {
      const noun = model.tokens[t + 1].text.toLowerCase();
      // "The staff member who took the call": a person noun after one modifier is the head too.
      const second = model.tokens[t + 2];
      const after = second?.sentence === s && !second.cap ? second.text.toLowerCase() : '';
      const personAfter = !isRoleNoun(noun) && (isRoleNoun(after) || PERSON_NOUNS.has(after));
      const holder = isRoleNoun(noun) ? resolveRole(index, noun, sentence.start, false) : null;
      if (holder !== null) current = holder;
      // "The senator from Velen, …, wrote": a person the text does not name; "she" after it is not the
      // person named before.
      else if (isRoleNoun(noun) || personAfter) current = -1;
    }
    // "There was a woman in the queue." / "A fan shouted.": the sentence is about someone the text does not
    // name; "she" after it is not the person named before.
    if (index.subjectAt[s] === -1 && !pronounLed && opensOnUnnamedPerson(model, t, s)) current = -1;
    // "The Australian has suffered …": a people's name for a person goes on about the person the narration was
    // about; after a speaker named only by a tag of saying (a doctor quoted on the player), it stands for the one
    // the article is about: named in its heading and more often than anyone else (else for no one known).
    if (index.subjectAt[s] === -1 && !pronounLed && opensOnDemonym(model, t, s) && spoke) current = protagonist;
    index.subjectOf[s] = current;
    // (Also when the sentence opens on no person: "Ivo Marr's future was in doubt, but Velm chairman Ada Vesk said …".)
    index.clauseSubjectOf[s] = clauseSubject(model, actors, mentions, index, m, s);
  }
}

/**
 * After a comma (or opening the sentence), a capitalised word of letters, then a verb of saying in the present or
 * past, or a relative clause about it ("Tommy — who only goes by his first name — retired …").
 */
const UNKNOWN_SAYER =
  /(?:^|,\s+)(?!(?:The|A|An|It|He|She|They|We|I|This|That|But|And|So|Then)\s)\p{Lu}\p{Ll}+(?:\s+(?:says|said|adds|added|tells|told|explains|explained|notes|noted)\b|\s*[—–,]\s*who\s)/u;

/** A verb of saying after a speaker's name and its apposition. */
const SAYS_LATER =
  /^[^“”"]*?\b(?:said|says|added|adds|told|tells|explained|explains|wrote|writes|argued|argues|noted|notes|recalled|recalls|insisted|insists)\b/;

/**
 * The mention (index into `mentions`, from `m`) of the person named right after the quotation that sentence `s`
 * opens on (token `t`), when a verb of saying follows the name in the sentence; -1 when there is none.
 */
function nameAfterOpeningQuote(
  model: TextModel,
  actors: ActorFact[],
  mentions: Mention[],
  index: SpeakerIndex,
  m: number,
  s: number,
  t: number,
): number {
  const open = model.tokens[t].start;
  const q = index.quoted;
  const i = partitionPoint(q.length >> 1, (j) => q[2 * j] <= open) - 1;
  if (i < 0 || open >= q[2 * i + 1]) return -1;
  const close = q[2 * i + 1];
  const sentence = model.sentences[s];
  for (let k = m; k < mentions.length && mentions[k].start < sentence.end; k += 1) {
    if (mentions[k].start < close) continue;
    if (actors[mentions[k].actor].kind !== 'person') return -1;
    if (!/^[\s,”"’']*$/u.test(model.text.slice(close, mentions[k].start))) return -1;
    return SAYS_LATER.test(model.text.slice(mentions[k].end, sentence.end)) ? k : -1;
  }
  return -1;
}

/**
 * A tag of saying after the sentence's last comma: ", Ivo Marr said.", ", the opposition leader told MPs.", ", her
 * mother, Ola, said in a statement on Monday."
 */
const CLOSING_TAG =
  /,\s+((?:the\s+)?(?:[\p{L}.'’-]+\s+){0,6}?[\p{L}.'’-]+),?\s+(?:(?:has|had)\s+)?(?:said|says|added|adds|argued|argues|insisted|insists|claimed|claims|concluded|warned|told\s+[^,;:"“”]{1,40})(?:\s+(?:in|on|at|during|after|before|yesterday|today|tonight|earlier|later|last|this)\b[^,;:"“”]{0,40})?[.!?]?["”’]?\s*$/u;

/** The speaker a closing tag names, outside quotations, and where; null when there is none or it is unknown. */
function closingTag(
  model: TextModel,
  actors: ActorFact[],
  mentions: Mention[],
  index: SpeakerIndex,
  m: number,
  s: number,
): { actor: number; at: number } | null {
  const sentence = model.sentences[s];
  const text = model.text.slice(sentence.start, sentence.end);
  const tag = CLOSING_TAG.exec(text);
  if (!tag) return null;
  const from = sentence.start + tag.index + tag[0].indexOf(tag[1]);
  const to = from + tag[1].length;
  if (isQuoted(index, from)) return null;
  for (const [, mention] of personsIn(actors, mentions, index, m, sentence.end)) {
    if (mention.start >= from && mention.end <= to) return { actor: mention.actor, at: mention.start };
    // ", Ivo Marr, an inspector, has told Tarn Wire.": the tag is an apposition to the name before it.
    if (mention.end < from && /^,\s*$/.test(model.text.slice(mention.end, from)))
      return { actor: mention.actor, at: mention.start };
  }
  // ", the opposition leader said": the holder of that role named before.
  const words = tag[1].toLowerCase().split(/\s+/);
  const noun = words[words.length - 1];
  if (words[0] === 'the' && isRoleNoun(noun)) {
    const holder = resolveRole(index, noun, sentence.start, false);
    if (holder !== null && actors[holder].kind === 'person') return { actor: holder, at: to };
  }
  // ", a source close to the inquiry has told Tarn Wire.": somebody the text does not name (actor -1).
  if (/^(?:a|an|one|another)$/.test(words[0]) && words.slice(1, 4).some((w) => isRoleNoun(w) || UNNAMED_HEADS.test(w)))
    return { actor: -1, at: to };
  return null;
}

/** Heads of an unnamed speaker that are no titles: "a source", "an official close to the talks". */
const UNNAMED_HEADS = /^(?:source|official|insider|witness|person|people|man|woman|resident|diplomat)s?$/;

/** The closing tag of sentence `s` (its first mention at `m`, found when not given), read once a sentence. */
function sentenceTag(index: SpeakerIndex, s: number, m?: number): { actor: number; at: number } | null {
  const known = index.tags.get(s);
  if (known !== undefined) return known;
  const sentence = index.model.sentences[s];
  const first = m ?? partitionPoint(index.mentions.length, (k) => index.mentions[k].start < sentence.start);
  const tag = closingTag(index.model, index.actors, index.mentions, index, first, s);
  index.tags.set(s, tag);
  return tag;
}

/**
 * "Kai Toms has failed to tackle the “…” in his budget, Ivo Marr has said.": the person a tag of saying closing
 * the sentence at `at` names, when the tag comes after `after` (-1 for somebody unnamed, "a source said"); else null.
 */
export function closingTagSpeaker(index: SpeakerIndex, at: number, after: number): number | null {
  const s = sentenceAt(index.model, at);
  if (!index.model.sentences[s]) return null;
  const tag = sentenceTag(index, s);
  return tag !== null && tag.at >= after ? tag.actor : null;
}

/** A role phrase opening a sentence, up to the comma before a name: "(But) the party's shadow home secretary, ". */
const ROLE_OPENING =
  /^(?:(?:but|and|yet|however|meanwhile|now),?\s+)?(?:the|a|an|its|his|her|their)\s([^,;:"“”()]{2,100}),\s*$/iu;

/** The sentence's person mentions outside quotations, from mention index m, with their indices, up to `to`. */
function* personsIn(
  actors: ActorFact[],
  mentions: Mention[],
  index: SpeakerIndex,
  m: number,
  to: number,
): Generator<[number, Mention]> {
  for (let k = m; k < mentions.length && mentions[k].start < to; k += 1)
    if (actors[mentions[k].actor].kind === 'person' && !isQuoted(index, mentions[k].start)) yield [k, mentions[k]];
}

/** The mention set off by commas after a role phrase that opens sentence s, or -1. */
function appositiveName(
  model: TextModel,
  actors: ActorFact[],
  mentions: Mention[],
  index: SpeakerIndex,
  m: number,
  s: number,
): number {
  const sentence = model.sentences[s];
  for (const [k, mention] of personsIn(actors, mentions, index, m, Math.min(sentence.end, sentence.start + 140))) {
    const role = ROLE_OPENING.exec(model.text.slice(sentence.start, mention.start));
    if (!role || !/^\s*,/.test(model.text.slice(mention.end, mention.end + 3))) return -1;
    return role[1].split(/\s+/).some((w) => isRoleNoun(w.toLowerCase())) ? k : -1;
  }
  return -1;
}

/** A joining word that opens a new clause: "…, but X is", "…; X said", "…, and X has", "while X was". */
/** A clause joined later in the sentence, a title before its subject or not ("…, but Velm chairman Ivo Marr said"). */
const CLAUSE_JOIN =
  /(?:(?:,\s*|\s)(?:but|while|whereas|yet|although|though)|;|,\s+and)\s+(?:(?:\p{Lu}[\p{L}'’&-]*\s+){0,3}(?:\p{Ll}[\p{L}-]+\s+)?)?$/u;
/** A clause of time or cause ("His remarks came as President Ivo Marr said …", "… after Ada Vesk told …"), or
 *  one joined by "and" ("The win lifted Velm and Marr is sure …"): its subject counts only when the sentence's
 *  own subject is no person ("Marr said he backed it when Vesk argued for it" stays about Marr). */
const SUBORDINATE_JOIN =
  /(?:\s(?:when|after|because|and)|(?<!\b(?:such|well|same|so|just)\s)\bas)\s+(?:(?:\p{Lu}[\p{L}'’&-]*\s+){0,3}(?:\p{Ll}[\p{L}-]+\s+)?)?$/u;
/** A finite verb (or an adverb before one) right after the clause's subject. */
const CLAUSE_VERB =
  /^\s+(?:is|was|are|were|has|had|have|will|would|could|can|did|does|do|should|may|might|must|also|then|later|still|now|never|said|told|thought|felt|knew|saw|made|took|gave|won|lost|\p{Ll}{3,}ed|\p{Ll}{3,}s)\b/u;
const NOT_VERBS =
  /^\s+(?:this|thus|plus|across|versus|whereas|always|perhaps|sometimes|afterwards|towards|its|his|hers|ours|yours|theirs)\b/u;

/** The last person other than the sentence's subject who is the subject of a clause joined later in it. */
function clauseSubject(
  model: TextModel,
  actors: ActorFact[],
  mentions: Mention[],
  index: SpeakerIndex,
  m: number,
  s: number,
): number {
  const sentence = model.sentences[s];
  // (A sentence led by "he" or "she" has a person for its subject.)
  const first = /^\W*(\p{L}+)/u.exec(model.text.slice(sentence.start, sentence.start + 20))?.[1].toLowerCase() ?? '';
  const personless = index.subjectAt[s] === -1 && !/^(?:he|she|i|we)$/.test(first);
  let found = -1;
  for (const [, mention] of personsIn(actors, mentions, index, m, sentence.end)) {
    if (mention.start <= index.subjectAt[s] || mention.actor === index.subjectOf[s]) continue;
    const before = model.text.slice(Math.max(sentence.start, mention.start - 48), mention.start);
    if (!CLAUSE_JOIN.test(before) && !(personless && SUBORDINATE_JOIN.test(before))) continue;
    const after = model.text.slice(mention.end, Math.min(sentence.end, mention.end + 24));
    if (CLAUSE_VERB.test(after) && !NOT_VERBS.test(after)) found = mention.actor;
  }
  return found;
}

/** Nouns for a person that are no role: "a woman", "one man". */
const PERSON_NOUNS = new Set(
  'woman man girl boy person child lady gentleman teenager stranger passer-by bystander youngster'.split(' '),
);

/** The sentence opens on an indefinite person: "(There was) a/an/one/another [two words] woman|fan|…". */
/** "The Australian has suffered …", "The Kenyan won": the sentence opens on a people's name used for one person. */
function opensOnDemonym(model: TextModel, t: number, s: number): boolean {
  const word = (k: number) => (model.tokens[k]?.sentence === s ? model.tokens[k].text.toLowerCase() : '');
  let k = t;
  if (/^(?:but|and|yet|however|meanwhile|then|now|still)$/.test(word(k))) k += 1;
  return (
    word(k) === 'the' &&
    STATE_INDEX.get(word(k + 1))?.via === 'demonym' &&
    /^\p{Lu}/u.test(model.tokens[k + 1].text) &&
    /^(?:has|had|is|was|will|would|could|can|says|said|added|admitted|insisted|won|lost|beat|took|became|\p{Ll}+ed)$/u.test(
      word(k + 2),
    )
  );
}

/** The person the heading names and the text names most often, more often than anyone else; else -1. */
function mostNamedPerson(model: TextModel, actors: ActorFact[], mentions: Mention[]): number {
  const counts = new Map<number, number>();
  const heading = model.paragraphs[0]?.isHeading ? model.paragraphs[0] : null;
  const headed = new Set<number>();
  for (const m of mentions) {
    if (actors[m.actor].kind !== 'person') continue;
    counts.set(m.actor, (counts.get(m.actor) ?? 0) + 1);
    if (heading && m.start >= heading.start && m.end <= heading.end) headed.add(m.actor);
  }
  let best = -1;
  let most = 0;
  let tied = false;
  for (const [actor, n] of counts) {
    if (n > most) {
      best = actor;
      most = n;
      tied = false;
    } else if (n === most) tied = true;
  }
  return most >= 2 && !tied && headed.has(best) ? best : -1;
}

function opensOnUnnamedPerson(model: TextModel, t: number, s: number): boolean {
  const word = (k: number) => (model.tokens[k]?.sentence === s ? model.tokens[k].text.toLowerCase() : '');
  let k = t;
  // "But a spokesman for the ministry defended …": a joining word first.
  if (/^(?:but|and|yet|however|meanwhile|then|now|instead|still)$/.test(word(k))) k += 1;
  if (word(k) === 'there' && /^(?:was|were|is|came)$/.test(word(k + 1))) k += 2;
  if (!/^(?:a|an|one|another)$/.test(word(k))) return false;
  // "A US Embassy spokesman", "A Department for Trade spokeswoman": the name of whom they speak for comes between.
  let described = 0;
  for (let j = k + 1; j <= k + 8; j += 1) {
    const w = word(j);
    if (w === '') return false;
    const cap = /^\p{Lu}/u.test(model.tokens[j].text);
    if (!cap && (PERSON_NOUNS.has(w) || isRoleNoun(w))) return true;
    if (cap || /^(?:for|of|and|&)$/.test(w)) continue;
    described += 1;
    if (described >= 3) return false;
  }
  return false;
}

export function buildSpeakerIndex(model: TextModel, actors: ActorFact[], mentions: Mention[]): SpeakerIndex {
  const n = model.sentences.length;
  const index: SpeakerIndex = {
    model,
    actors,
    mentions,
    personAt: [],
    personActors: [],
    bodyAt: [],
    bodyActors: [],
    subjectOf: new Int32Array(n),
    subjectAt: new Int32Array(n),
    clauseSubjectOf: new Int32Array(n).fill(-1),
    gender: actorGenders(model, actors, mentions),
    quoted: [],
    spans: model.paragraphs.map((para, p) => {
      if (para.isPull) return [];
      // A quotation left open at a paragraph's end runs on when the next paragraph opens with a mark.
      const next = model.paragraphs[p + 1];
      return findQuoteSpans(
        model.text.slice(para.start, para.end),
        next !== undefined && opensWithQuote(model.text, next.start),
      );
    }),
    memo: new Map(),
    tags: new Map(),
  };
  index.quoted = quotedRanges(model, index.spans);
  for (const m of mentions) {
    if (actors[m.actor].kind === 'person') {
      index.personAt.push(m.start);
      index.personActors.push(m.actor);
    } else if (!m.locative) {
      index.bodyAt.push(m.start);
      index.bodyActors.push(m.actor);
    }
  }
  subjects(model, actors, mentions, index);
  return index;
}

/** Outermost quotations of every paragraph, as flat [open, close) pairs. */
function quotedRanges(model: TextModel, spans: QuoteSpan[][]): number[] {
  const out: number[] = [];
  model.paragraphs.forEach((para, k) => {
    let end = -1;
    for (const span of spans[k]) {
      const open = para.start + span.open;
      if (open < end) continue;
      end = para.start + span.close;
      out.push(open, end);
    }
  });
  return out;
}

/** Whether `at` lies inside a quotation. */
export function isQuoted(index: SpeakerIndex, at: number): boolean {
  const q = index.quoted;
  const lo = partitionPoint(q.length >> 1, (i) => q[2 * i] <= at);
  return lo > 0 && at < q[2 * (lo - 1) + 1];
}

/** Index of the last entry of the ascending list `at` that is < `before`, or -1. */
export function lastBefore(at: readonly number[], before: number): number {
  return partitionPoint(at.length, (i) => at[i] < before) - 1;
}

/** Mentions that start inside [from, to), in order. */
export function mentionsIn(index: SpeakerIndex, from: number, to: number): Mention[] {
  const out: Mention[] = [];
  const starts = index.mentions;
  for (
    let i = partitionPoint(starts.length, (k) => starts[k].start < from);
    i < starts.length && starts[i].start < to;
    i += 1
  )
    out.push(starts[i]);
  return out;
}

/** "he"/"she" -> the person the sentence (or the one before) is about, else the last person named; a person
 *  the text shows to be of the other gender is skipped for the nearest compatible one. "they" -> the last body. */
export function resolvePronoun(index: SpeakerIndex, pronoun: string, at: number): number | null {
  const p = pronoun.toLowerCase();
  if (p === 'they' || p === 'we' || p === 'it') {
    const i = lastBefore(index.bodyAt, at);
    return i >= 0 ? index.bodyActors[i] : null;
  }
  const want = pronounGender(p);
  // "he"/"she" stand for a person, never for the club or ministry a sentence opens with.
  const fits = (actor: number): boolean =>
    index.actors[actor].kind === 'person' && (want === 0 || index.gender[actor] === 0 || index.gender[actor] === want);
  const s = sentenceAt(index.model, at);
  if (index.subjectAt[s] >= 0 && index.subjectAt[s] < at && fits(index.subjectOf[s])) return index.subjectOf[s];
  if (s > 0 && index.subjectOf[s - 1] >= 0 && fits(index.subjectOf[s - 1])) return index.subjectOf[s - 1];
  const last = lastBefore(index.personAt, at);
  // Bounded: a pronoun does not reach back past dozens of people named since.
  for (let i = last; i >= 0 && i > last - PRONOUN_REACH; i -= 1) {
    if (fits(index.personActors[i])) return index.personActors[i];
  }
  return null;
}

/** "the minister said" -> the last person before `at` whose role holds that noun. */
export function resolveRole(index: SpeakerIndex, noun: string, at: number, anywhere = true): number | null {
  const n = noun.toLowerCase();
  const last = lastBefore(index.personAt, at);
  for (let i = last; i >= 0 && i > last - ROLE_REACH; i -= 1) {
    const role = index.actors[index.personActors[i]].role;
    if (role?.toLowerCase().includes(n)) return index.personActors[i];
  }
  if (!anywhere) return null;
  const any = index.actors.findIndex((a) => a.kind === 'person' && a.role?.toLowerCase().includes(n));
  return any >= 0 ? any : null;
}

/** A speaker found by resolving a pronoun or a role noun; `strong` when the evidence leaves no real doubt. */
export type Resolved = { actor: number; strong: boolean };
/** The speaker of the quotation before, and where it closed. */
export type LastSpeaker = { actor: number; at: number } | null;

const paraOf = (index: SpeakerIndex, at: number): number =>
  index.model.sentences[sentenceAt(index.model, at)]?.para ?? 0;

/**
 * "he said" / "she added" as the subject of a verb of saying: the person the current sentence (before the
 * pronoun) or the sentence before is about, outside quotations, of an agreeing gender; then the speaker of
 * the quotation before in this or the previous paragraph; then the only agreeing person named there. Never
 * simply the last name seen. "it"/"they" stand for a body named in this or the previous sentence.
 */
export function resolveSpeakerPronoun(
  index: SpeakerIndex,
  pronoun: string,
  at: number,
  last: LastSpeaker,
): Resolved | null {
  const found = resolveSpeakerPronounOnce(index, pronoun, at, last);
  // "Brandt … which she put to use in her series. It was hard, she says, …" in a profile of Velm: a tag in the present
  // ("she says") is the profile's voice; another woman named just before makes it a guess, to confirm.
  if (found?.strong && PRESENT_TAG.test(index.model.text.slice(at, at + 24))) {
    const main = mainPersonOf(index);
    const want = pronounGender(pronoun.toLowerCase());
    if (main >= 0 && main !== found.actor && (index.gender[main] === 0 || index.gender[main] === want))
      return { actor: found.actor, strong: false };
  }
  return found;
}

/** A pronoun and a verb of saying in the present: "she says", "he adds". */
const PRESENT_TAG = /^\p{L}+\s+(?:says|adds|recalls|explains|admits|insists|notes|laughs|jokes|remembers|concedes)\b/u;

const MAIN_PERSON = new WeakMap<SpeakerIndex, number>();
/** The person the text is about (`dominantActor`), once per index; -1 when none. */
function mainPersonOf(index: SpeakerIndex): number {
  let main = MAIN_PERSON.get(index);
  if (main === undefined) {
    main = dominantActor(index.actors, 'person');
    MAIN_PERSON.set(index, main);
  }
  return main;
}

function resolveSpeakerPronounOnce(
  index: SpeakerIndex,
  pronoun: string,
  at: number,
  last: LastSpeaker,
): Resolved | null {
  const p = pronoun.toLowerCase();
  const model = index.model;
  const s = sentenceAt(model, at);
  const para = model.sentences[s]?.para ?? 0;
  if (p === 'it' || p === 'they') {
    const from = model.sentences[Math.max(0, s - 1)].start;
    for (let j = lastBefore(index.bodyAt, at); j >= 0 && index.bodyAt[j] >= from; j -= 1) {
      if (!isQuoted(index, index.bodyAt[j]) && index.actors[index.bodyActors[j]].kind !== 'state')
        return { actor: index.bodyActors[j], strong: false };
    }
    return null;
  }
  const want = pronounGender(p);
  if (want === 0) return null;
  const fits = (actor: number): boolean =>
    actor >= 0 && index.actors[actor].kind === 'person' && (index.gender[actor] === 0 || index.gender[actor] === want);
  const agrees = (actor: number): boolean => index.gender[actor] === want;
  // "Velm, he said, also “was …”": a tag set off by commas right after the sentence's named subject; the
  // subject is whom the reported words are about, and "he" is somebody else.
  const interposed =
    index.subjectAt[s] >= 0 &&
    index.subjectAt[s] < at &&
    /^\p{Lu}[\p{L}.'’ -]{0,60},\s*$/u.test(model.text.slice(index.subjectAt[s], at));
  if (interposed) {
    const other = resolveSpeakerPronoun(index, pronoun, model.sentences[s].start, last);
    return other && other.actor !== index.subjectOf[s] ? { actor: other.actor, strong: false } : null;
  }
  if (index.subjectAt[s] >= 0 && index.subjectAt[s] < at && fits(index.subjectOf[s]))
    return { actor: index.subjectOf[s], strong: agrees(index.subjectOf[s]) };
  // "The staff member who took the call recalled that he said …": a person the text does not name opens the
  // sentence; "he" is that person or someone else, and no one named before.
  // (The sentence before had a subject, this one has none: its opening person broke the chain.)
  if (index.subjectOf[s] === -1 && s > 0 && index.subjectOf[s - 1] >= 0) return null;
  // "… David Oxley told the BBC …, describing it as “…”. He said …": when the sentence before names no subject of
  // its own, the speaker of the quotation just before outranks a subject carried from further back.
  if (
    s > 0 &&
    index.subjectAt[s - 1] === -1 &&
    last &&
    fits(last.actor) &&
    last.actor !== index.subjectOf[s - 1] &&
    last.at >= model.sentences[s - 1].start &&
    // The carried subject keeps it when only it is known to be of the pronoun's gender.
    !(index.subjectOf[s - 1] >= 0 && agrees(index.subjectOf[s - 1]) && !agrees(last.actor))
  )
    return { actor: last.actor, strong: false };
  // "A won and then claimed …, but B is unfazed. He admitted: …": the subject of the last clause is whom the
  // next sentence goes on about, though the reader should confirm it.
  // "…, a source close to the inquiry has told Tarn Wire. “…,” he said.": the unnamed speaker just before.
  if (s > 0 && index.subjectAt[s - 1] >= 0 && index.subjectOf[s - 1] === -1) return null;
  if (s > 0 && index.clauseSubjectOf[s - 1] >= 0 && fits(index.clauseSubjectOf[s - 1]))
    return { actor: index.clauseSubjectOf[s - 1], strong: false };
  if (s > 0 && fits(index.subjectOf[s - 1])) {
    const named = index.subjectAt[s - 1] >= 0 && model.sentences[s - 1].para === para;
    return { actor: index.subjectOf[s - 1], strong: named && agrees(index.subjectOf[s - 1]) };
  }
  // The sentence before, in this paragraph, is about a person the text does not name ("The senator from
  // Velen wrote …"): "she" is that person, not one named earlier.
  if (s > 0 && index.subjectOf[s - 1] === -1 && model.sentences[s - 1].para === para) return null;
  if (last && fits(last.actor) && paraOf(index, last.at) >= para - 1) return { actor: last.actor, strong: false };
  // The only agreeing person named (outside quotations) in this paragraph and the one before.
  let only = -1;
  const from = lastBefore(index.personAt, at);
  for (let i = from; i >= 0 && i > from - PRONOUN_REACH; i -= 1) {
    if (paraOf(index, index.personAt[i]) < para - 1) break;
    const actor = index.personActors[i];
    if (isQuoted(index, index.personAt[i]) || !fits(actor)) continue;
    if (only >= 0 && only !== actor) return null;
    only = actor;
  }
  return only >= 0 ? { actor: only, strong: false } : null;
}

/** The head noun of a role: its last word before a preposition ("director" of "Director of the study"). */
function roleHead(role: string | null): string {
  // "of the opposition party" says whose side the person is on, and has no head noun of its own.
  if (/^(?:of|for|at|in|to|with|on|from)\s/i.test(role ?? '')) return '';
  const core = (role ?? '').toLowerCase().split(/\s+(?:of|for|at|in|to|with|on)\s+/)[0];
  const words = core.split(/\s+/);
  return words[words.length - 1] ?? '';
}

/** `noun` as a whole word of `name`; "president" is not in "President-elect" or "vice-president". */
const wordIn = (name: string | null | undefined, noun: string): boolean =>
  !!name && new RegExp(`(?:^|[^\\p{L}-])${noun}(?:$|[^\\p{L}-])`, 'iu').test(name);

/**
 * "the spokesman said" -> the person the article introduced in that role, the nearest before; "the ministry
 * said" -> the body of that kind named before (an institution speaks too). Null when nobody holds the role.
 */
export function resolveRoleSpeaker(index: SpeakerIndex, noun: string, at: number): Resolved | null {
  const found = roleHolder(index, noun, at);
  if (found === null) return null;
  // "“…?” one Western official asks. “…,” the same official explains": somebody unnamed brought in after the
  // holder was last named is whom "the official" means.
  const since = unnamedIntroduced(index.model.text, noun.toLowerCase(), at);
  if (since < 0) return found;
  return namedBetween(index, found.actor, since, at) ? found : null;
}

/** How far back an unnamed "a/one … official" is looked for (bounded: one slice a quotation). */
const UNNAMED_REACH = 3000;

/**
 * Where the text last brings in an unnamed holder of `noun` before `at` ("one Western official asks", "a
 * spokesman for the club said"), or -1. Not an apposition or a predicate ("Ivo Marr, a former official,",
 * "she was an official").
 */
function unnamedIntroduced(text: string, noun: string, at: number): number {
  const from = Math.max(0, at - UNNAMED_REACH);
  const window = text.slice(from, at);
  const intro = new RegExp(`\\b(?:a|an|one|another)\\s+(?:[\\p{L}-]+\\s+){0,3}?${noun}s?\\b`, 'giu');
  let last = -1;
  for (const m of window.matchAll(intro)) {
    const before = window.slice(Math.max(0, m.index - 40), m.index);
    if (/\p{Lu}[\p{L}'’.-]*,\s*$/u.test(before) || /\b(?:is|was|as|became|becomes|been|be)\s+$/iu.test(before))
      continue;
    last = from + m.index;
  }
  return last;
}

/** Whether `actor` is named between `from` and `to` (a window of at most UNNAMED_REACH characters). */
function namedBetween(index: SpeakerIndex, actor: number, from: number, to: number): boolean {
  for (let i = lastBefore(index.personAt, to); i >= 0 && index.personAt[i] > from; i -= 1)
    if (index.personActors[i] === actor) return true;
  for (let j = lastBefore(index.bodyAt, to); j >= 0 && index.bodyAt[j] > from; j -= 1)
    if (index.bodyActors[j] === actor) return true;
  return false;
}

function roleHolder(index: SpeakerIndex, noun: string, at: number): Resolved | null {
  const n = noun.toLowerCase();
  const last = lastBefore(index.personAt, at);
  // "the party said": a body speaks. A person whose role only names it ("a member of the party") is
  // not that body; only a role whose head is the word ("the Party Secretary" aside) holds it.
  const body = ORG_WORDS.has(n);
  const holds = (role: string | null) => roleHead(role) === n || (!body && wordIn(role, n));
  // The role's head first ("President" holds "president"; "Jorge Lima received President-elect" does not),
  // then any role that holds the word.
  for (const test of [(role: string | null) => roleHead(role) === n, holds]) {
    for (let i = last; i >= 0 && i > last - ROLE_REACH; i -= 1) {
      if (test(index.actors[index.personActors[i]].role)) return { actor: index.personActors[i], strong: false };
    }
  }
  const lastBody = lastBefore(index.bodyAt, at);
  for (let j = lastBody; j >= 0 && j > lastBody - ROLE_REACH; j -= 1) {
    const a = index.actors[index.bodyActors[j]];
    if (a.kind !== 'state' && (wordIn(a.name, n) || a.aliases.some((alias) => wordIn(alias, n))))
      return { actor: index.bodyActors[j], strong: false };
  }
  const only = onlyActor(index, `role:${n}`, (a) =>
    a.kind === 'person' ? holds(a.role) : a.kind !== 'state' && wordIn(a.name, n),
  );
  // "The world indoor champion said: …" is never a "former champion" the article names only later.
  // (Named in the same sentence, "said the agency's director, Dr. Ada Vesk," is named.)
  const until = index.model.sentences[sentenceAt(index.model, at)]?.end ?? at;
  return only >= 0 && index.actors[only].source.start < until ? { actor: only, strong: false } : null;
}

/** The one actor that passes `test`, else -1 (none or several); memoised under `key`. */
export function onlyActor(index: SpeakerIndex, key: string, test: (actor: ActorFact) => boolean): number {
  const known = index.memo.get(key);
  if (known !== undefined) return known;
  let only = -1;
  for (let k = 0; k < index.actors.length; k += 1) {
    if (!test(index.actors[k])) continue;
    if (only >= 0) {
      only = -1;
      break;
    }
    only = k;
  }
  index.memo.set(key, only);
  return only;
}

/** Nouns a report uses for the person it is about without naming them again ("the prime minister said"). */
const EPITHET_PERSONS = new Set(
  'president minister chancellor premier boss chairman chairwoman manager coach captain player striker midfielder defender winger forward goalkeeper champion athlete singer actor actress director musician presenter host author novelist veteran'.split(
    ' ',
  ),
);
/** Nouns for the body a report is about ("the company said"). */
const EPITHET_BODIES = new Set(['company', 'firm', 'club']);
/** Words before a role noun that make it someone else's ("the shadow chancellor", "the former striker"). */
const OTHER_HOLDER = new Set(
  'shadow former deputy vice assistant acting junior ex opposition rival new outgoing interim incoming late'.split(' '),
);

/**
 * "Ivo Marr said … "…," the chancellor said." when no one in the article holds that role: who spoke just
 * before, or the person the narration is about if the article names no one as often, if they have no other
 * role and are the only such person named within the last two sentences; "the company said": the body named
 * first in this sentence or the one before, if no body is named more often. An epithet read from where it
 * stands, so never strong.
 */
export function salientHolder(
  index: SpeakerIndex,
  phrase: string,
  noun: string,
  at: number,
  last: LastSpeaker,
): number | null {
  const n = noun.toLowerCase();
  const person = EPITHET_PERSONS.has(n);
  if (!person && !EPITHET_BODIES.has(n)) return null;
  if (
    phrase
      .toLowerCase()
      .split(/\s+/)
      .some((w) => OTHER_HOLDER.has(w))
  )
    return null;
  const model = index.model;
  const s = sentenceAt(model, at);
  // (No further back than a few hundred words, however long the sentences.)
  const from = Math.max(model.sentences[Math.max(0, s - 2)].start, at - 3000);
  const near = mentionsIn(index, from, at).filter((m) => !isQuoted(index, m.start));
  if (person) {
    // Someone else the article gives that role: then it is theirs, or too uncertain to give.
    const holders = `holders:${n}`;
    let held = index.memo.get(holders);
    if (held === undefined) {
      held = index.actors.some((a) => a.kind === 'person' && wordIn(a.role, n)) ? 1 : 0;
      index.memo.set(holders, held);
    }
    if (held === 1) return null;
    // A person named there with no other role (what the article says they did, "won the race", is no role).
    const named = new Set<number>();
    for (const m of near) {
      const a = index.actors[m.actor];
      if (a.kind === 'person' && (a.role === null || a.roleBasis === 'action' || wordIn(a.role, n))) named.add(m.actor);
    }
    const fits = (k: number) => named.has(k);
    // Two people named there who might be meant: too uncertain to give.
    if (named.size !== 1) return null;
    const spoke = last && last.at >= from ? last.actor : -1;
    if (fits(spoke)) return spoke;
    // The person the narration is about, when the article names no one else as often.
    const top = onlyActor(
      index,
      'salient:person',
      (a) => a.kind === 'person' && a.mentions >= mostMentions(index, 'person'),
    );
    const most = (k: number) => k === top;
    for (const k of [index.subjectOf[s], s > 0 ? index.subjectOf[s - 1] : -1]) if (fits(k) && most(k)) return k;
    return null;
  }
  const start = model.sentences[Math.max(0, s - 1)].start;
  // (Not "shown on TV": a body after a preposition is no subject.)
  const object = (m: Mention) => OBJECT_LEADS.has(model.tokens[tokenAt(model, m.start) - 1]?.text.toLowerCase() ?? '');
  const body = near.find((m) => m.start >= start && index.actors[m.actor].kind === 'organisation' && !object(m));
  if (!body) return null;
  return index.actors[body.actor].mentions >= mostMentions(index, 'organisation') ? body.actor : null;
}

/** The most mentions any actor of `kind` has, read once an article. */
function mostMentions(index: SpeakerIndex, kind: string): number {
  const key = `most:${kind}`;
  let most = index.memo.get(key);
  if (most === undefined) {
    most = 0;
    for (const a of index.actors) if (a.kind === kind) most = Math.max(most, a.mentions);
    index.memo.set(key, most);
  }
  return most;
}
