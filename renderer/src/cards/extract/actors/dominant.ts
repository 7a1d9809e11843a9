/** The actor an article is about, of one kind: the one the quote reader and the card builders both ask for. */
import type { ActorFact } from '../../types';

/**
 * The actor of one kind that dominates the article: three mentions or more, at least twice any other of its
 * kind. Its index in `actors`, or -1.
 */
export function dominantActor(actors: readonly ActorFact[], kind: ActorFact['kind']): number {
  let main = -1;
  actors.forEach((a, i) => {
    if (a.kind === kind && (main < 0 || a.mentions > actors[main].mentions)) main = i;
  });
  if (main < 0 || actors[main].mentions < 3) return -1;
  const top = actors[main].mentions;
  return actors.some((a, i) => i !== main && a.kind === kind && a.mentions * 2 > top) ? -1 : main;
}
