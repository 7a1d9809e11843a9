/** A person's grammatical gender as the text shows it: honorifics, gendered role nouns, pronouns after mentions. */

import type { TextModel } from '../../document/text-model';
import type { ActorFact } from '../../types';
import type { Mention } from './mentions';

/** 0 unknown, 1 he, 2 she. */
export type Gender = 0 | 1 | 2;

const MALE_TITLE = /\b(?:Mr|Sir|Lord|Mister|Monsieur|Herr|Señor)\.?\s+(?:Justice\s+)?$/u;
const FEMALE_TITLE = /\b(?:Mrs|Ms|Miss|Dame|Lady|Madam|Madame|Mme|Frau|Señora)\.?\s+(?:Justice\s+)?$/u;
const MALE_ROLE = /\b(?:\w+man|king|prince|emperor|father|son|husband|brother|headmaster|monk|actor|widower)\b/iu;
const FEMALE_ROLE =
  /\b(?:\w+woman|queen|princess|empress|mother|daughter|wife|sister|headmistress|nun|actress|widow)\b/iu;
const MALE_PRONOUN = /^(?:he|him|his|himself)$/i;
const FEMALE_PRONOUN = /^(?:she|her|hers|herself)$/i;
/** Pronouns counted after a mention: those before the next person is named, within this many sentences. */
const VOTE_SENTENCES = 2;

export function pronounGender(word: string): Gender {
  if (MALE_PRONOUN.test(word)) return 1;
  if (FEMALE_PRONOUN.test(word)) return 2;
  return 0;
}

function titleGender(text: string, at: number): Gender {
  const before = text.slice(Math.max(0, at - 24), at);
  if (FEMALE_TITLE.test(before)) return 2;
  if (MALE_TITLE.test(before)) return 1;
  return 0;
}

const UNNAMED_PERSON =
  /^(?:The|A|An|One)\s+(?:\p{Ll}+\s+)?(?:staff\s+member|staffer|official|officer|aide|witness|neighbou?r|clerk|employee|worker|spokes(?:man|woman|person)|man|woman|boy|girl|friend|relative|source|member|resident|teacher|doctor|nurse|lawyer|agent|guard|driver|caller)\b/u;
const OBJECT_BEFORE = /\b(?:of|to|for|with|by|at|from|against|about|on)\s+(?:the\s+)?$/i;

/** Votes from the first he/she-type pronoun after each mention, until another person is named. */
function pronounVotes(model: TextModel, persons: Mention[], votes: Int32Array): void {
  let t = 0;
  for (let k = 0; k < persons.length; k += 1) {
    const m = persons[k];
    const stop = persons[k + 1]?.start ?? model.text.length;
    // "the call to the offices of Ada Vesk. During the call, he asked …": a name after a preposition is seldom
    // whom the next pronoun stands for; it casts no vote.
    if (OBJECT_BEFORE.test(model.text.slice(Math.max(0, m.start - 12), m.start))) continue;
    while (t < model.tokens.length && model.tokens[t].start < m.end) t += 1;
    const lastSentence = (model.tokens[t]?.sentence ?? 0) + VOTE_SENTENCES;
    for (let i = t; i < model.tokens.length; i += 1) {
      const tok = model.tokens[i];
      if (tok.start >= stop || tok.sentence > lastSentence) break;
      // "The clerk who took the call recalled that he …": a person the text does not name opens a sentence
      // after the mention; the pronouns from there on may be theirs.
      if (tok.first && i > t && UNNAMED_PERSON.test(model.text.slice(tok.start, tok.start + 40))) break;
      const g = pronounGender(tok.text);
      if (g === 0) continue;
      votes[m.actor * 2 + g - 1] += 1;
      break;
    }
  }
}

/** Gender per actor index; people only, 0 where the text does not say. */
export function actorGenders(model: TextModel, actors: ActorFact[], mentions: Mention[]): Uint8Array {
  const out = new Uint8Array(actors.length);
  const persons = mentions.filter((m) => actors[m.actor].kind === 'person');
  const votes = new Int32Array(actors.length * 2);
  pronounVotes(model, persons, votes);
  const titled = new Uint8Array(actors.length);
  for (const m of persons) {
    if (titled[m.actor] === 0) titled[m.actor] = titleGender(model.text, m.start);
  }
  actors.forEach((a, i) => {
    if (a.kind !== 'person') return;
    const role = a.role ?? '';
    if (titled[i] !== 0) out[i] = titled[i];
    else if (FEMALE_ROLE.test(role)) out[i] = 2;
    else if (MALE_ROLE.test(role) && !/\b(?:chairman|spokesman)\b/i.test(role)) out[i] = 1;
    else if (votes[i * 2] > votes[i * 2 + 1]) out[i] = 1;
    else if (votes[i * 2 + 1] > votes[i * 2]) out[i] = 2;
  });
  return out;
}
