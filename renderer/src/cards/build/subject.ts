/**
 * "He" or "she" opening a sentence about the article's main person, written as that person's name when
 * the referent is certain (issue 10: a pronoun is resolved only where extraction is sure, else no card).
 *
 * Certain means: one person dominates the article (three mentions or more, at least twice any other
 * person's), the text shows that person's gender and the pronoun has it, and the chain of sentence
 * subjects before it leads back to that person's name without passing any other subject
 * ("Ada Vesk left Tarn in 1921. She taught … . She returned in 1925": both "she" are Ada Vesk;
 * "Ada Vesk met Ola Brandt. He …" or "Her brother … . She …" resolve nothing). Linear in the text.
 */
import type { TextModel } from '../document/text-model';
import { dominantActor } from '../extract/actors/dominant';
import type { Mention } from '../extract/actors/mentions';
import type { SpeakerIndex } from '../extract/quotes/speaker-index';
import { CLAUSE_VERBS, COMMON, SAY_VERBS } from '../lexicon/words';
import type { ActorFact } from '../types';
import { isPersonEpithet } from './spans';

/** Where a sentence's subject pronoun is and the name it stands for. */
export type ResolvedSubject = { start: number; end: number; name: string };
/** Given a sentence's start offset: its opening "he"/"she" resolved, or null. */
export type SubjectResolver = (sentenceStart: number) => ResolvedSubject | null;

/** Frames before a sentence's subject: "In 1920, ", "Late in life, ", "Previously at the invitation of X, ". */
const FRAME =
  /^(?:(?:in|on|at|by|after|before|during|since|until|from|following|upon|late|early|previously|later|then|however|meanwhile|also|still|subsequently|eventually|finally|afterwards|thereafter|there|again|soon|together)\b[^,;:“”"]{0,60},\s+)/i;
const SUBJECT_PRONOUN = /^(he|she)\b/i;
/** "The 28-year-old joined …", "The striker has …": an epithet for a person named before, then its verb. */
const EPITHET_SUBJECT = /^the\s+(\d+-year-old|\p{Ll}[\p{L}-]*)\s+(\p{Ll}+)\b/iu;
const verbOrAdverb = (w: string): boolean =>
  CLAUSE_VERBS.has(w) || SAY_VERBS.has(w) || COMMON.has(w) || /^\p{Ll}{2,}(?:ed|ly)$/u.test(w);
/** Sentences back the chain may run before it must reach the name. */
const CHAIN = 4;
/** A resolver that resolves nothing. */
export const noSubjects: SubjectResolver = () => null;

type Subject = { kind: 'main' | 'pronoun' | 'epithet' | 'other'; at: number; length: number };

/** The article's main person (`dominantActor` among people), or -1. */
export const mainPerson = (actors: readonly ActorFact[]): number => dominantActor(actors, 'person');

/** The body the article is about (`dominantActor` among organisations), or -1. */
export const mainBody = (actors: readonly ActorFact[]): number => dominantActor(actors, 'organisation');

export function mainPersonSubjects(
  model: TextModel,
  actors: readonly ActorFact[],
  mentions: readonly Mention[],
  index: Pick<SpeakerIndex, 'gender' | 'subjectAt' | 'subjectOf'>,
  display: (actor: ActorFact) => string,
): SubjectResolver {
  const { gender, subjectAt, subjectOf } = index;
  const main = mainPerson(actors);
  if (main < 0 || gender[main] === 0) return noSubjects;
  const own = gender[main] === 1 ? 'he' : 'she';
  const name = display(actors[main]);
  const { text, sentences } = model;

  // Each sentence's subject, and whether a person who could be "he"/"she" is named before it.
  const subjects: Subject[] = [];
  const blocked: boolean[] = [];
  // Whether the sentence names any other person anywhere: "Ada Vesk praised Ola Brandt. The 21-year-old …" may be either.
  const crowded: boolean[] = [];
  // Whether another person is named before the sentence's subject ("After Ola Brandt left, the 28-year-old …").
  const named: boolean[] = [];
  let m = 0;
  sentences.forEach((s, i) => {
    let at = s.start;
    while (at < s.end && /\s/.test(text[at])) at += 1;
    for (let k = 0; k < 2; k += 1) {
      const frame = FRAME.exec(text.slice(at, Math.min(s.end, at + 90)));
      if (!frame) break;
      at += frame[0].length;
    }
    while (m < mentions.length && mentions[m].start < s.start) m += 1;
    let other = false;
    for (let k = m; k < mentions.length && mentions[k].start < at; k += 1) {
      const x = mentions[k];
      if (actors[x.actor].kind === 'person' && x.actor !== main && gender[x.actor] !== 3 - gender[main]) other = true;
    }
    blocked.push(other);
    let anyone = false;
    let ahead = false;
    for (let k = m; k < mentions.length && mentions[k].start < s.end; k += 1) {
      const x = mentions[k];
      if (actors[x.actor].kind !== 'person' || x.actor === main) continue;
      anyone = true;
      if (x.start < at) ahead = true;
    }
    crowded.push(anyone);
    named.push(ahead);
    const pronoun = SUBJECT_PRONOUN.exec(text.slice(at, at + 4));
    if (pronoun) {
      subjects.push({ kind: pronoun[1].toLowerCase() === own ? 'pronoun' : 'other', at, length: pronoun[1].length });
      return;
    }
    const epithet = EPITHET_SUBJECT.exec(text.slice(at, Math.min(s.end, at + 60)));
    if (epithet && isPersonEpithet(epithet[1].toLowerCase()) && verbOrAdverb(epithet[2])) {
      subjects.push({ kind: 'epithet', at, length: epithet[0].length - epithet[2].length - 1 });
      return;
    }
    // The speaker index's subject of the sentence (a name in its opening words, not an owner, not after a
    // preposition): the chain ends there.
    subjects.push({ kind: subjectAt[i] >= 0 && subjectOf[i] === main ? 'main' : 'other', at, length: 0 });
  });
  const byStart = new Map(sentences.map((s, i) => [s.start, i]));
  return (sentenceStart) => {
    const i = byStart.get(sentenceStart);
    if (i === undefined) return null;
    // "The 28-year-old …": only where no other person is named from the main person's sentence to its subject.
    if (subjects[i].kind === 'epithet') {
      if (named[i]) return null;
      for (let j = i - 1; j >= Math.max(0, i - CHAIN); j -= 1) {
        if (crowded[j]) return null;
        if (subjects[j].kind === 'main')
          return { start: subjects[i].at, end: subjects[i].at + subjects[i].length, name };
        if (subjects[j].kind !== 'pronoun' && subjects[j].kind !== 'epithet') return null;
      }
      return null;
    }
    if (subjects[i].kind !== 'pronoun' || blocked[i]) return null;
    for (let j = i - 1; j >= Math.max(0, i - CHAIN); j -= 1) {
      if (subjects[j].kind === 'main') return { start: subjects[i].at, end: subjects[i].at + subjects[i].length, name };
      if (subjects[j].kind !== 'pronoun' || blocked[j]) return null;
    }
    return null;
  };
}

/** The sentence with its resolved subject written as the name, and how far later offsets moved. */
export function withSubject(sentence: string, sentenceStart: number, resolved: ResolvedSubject | null) {
  if (resolved === null) return { sentence, shift: 0, from: Number.POSITIVE_INFINITY };
  const at = resolved.start - sentenceStart;
  return {
    sentence: `${sentence.slice(0, at)}${resolved.name}${sentence.slice(resolved.end - sentenceStart)}`,
    shift: resolved.name.length - (resolved.end - resolved.start),
    from: at,
  };
}
