/** Who is speaking at a position: mentions before and after, pronouns and roles resolved to people. */
import type { Mention } from './actors';
import type { ActorFact } from './types';

export type SpeakerIndex = {
  actors: ActorFact[];
  mentions: Mention[];
  /** Offsets of person mentions, ascending, parallel to `personActors`. */
  personAt: number[];
  personActors: number[];
  bodyAt: number[];
  bodyActors: number[];
};

export function buildSpeakerIndex(actors: ActorFact[], mentions: Mention[]): SpeakerIndex {
  const index: SpeakerIndex = { actors, mentions, personAt: [], personActors: [], bodyAt: [], bodyActors: [] };
  for (const m of mentions) {
    if (actors[m.actor].kind === 'person') {
      index.personAt.push(m.start);
      index.personActors.push(m.actor);
    } else if (!m.locative) {
      index.bodyAt.push(m.start);
      index.bodyActors.push(m.actor);
    }
  }
  return index;
}

/** Index of the last entry of the ascending list `at` that is < `before`, or -1. */
export function lastBefore(at: readonly number[], before: number): number {
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at[mid] < before) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Mentions that start inside [from, to), in order. */
export function mentionsIn(index: SpeakerIndex, from: number, to: number): Mention[] {
  const out: Mention[] = [];
  const starts = index.mentions;
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid].start < from) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < starts.length && starts[i].start < to; i += 1) out.push(starts[i]);
  return out;
}

/** "he"/"she" -> the last person named before `at`; "they" -> the last body (state, group…) acting. */
export function resolvePronoun(index: SpeakerIndex, pronoun: string, at: number): number | null {
  const p = pronoun.toLowerCase();
  if (p === 'they' || p === 'we' || p === 'it') {
    const i = lastBefore(index.bodyAt, at);
    return i >= 0 ? index.bodyActors[i] : null;
  }
  const i = lastBefore(index.personAt, at);
  return i >= 0 ? index.personActors[i] : null;
}

/** "the minister said" -> the last person before `at` whose role holds that noun. */
export function resolveRole(index: SpeakerIndex, noun: string, at: number): number | null {
  const n = noun.toLowerCase();
  for (let i = lastBefore(index.personAt, at); i >= 0; i -= 1) {
    const role = index.actors[index.personActors[i]].role;
    if (role?.toLowerCase().includes(n)) return index.personActors[i];
  }
  const any = index.actors.findIndex((a) => a.kind === 'person' && a.role?.toLowerCase().includes(n));
  return any >= 0 ? any : null;
}
