/** Actor cards: role of a person, person of a role, and what an acronym stands for. */
import type { CardDraft } from '../../../../electron/contract';
import { cardId, factKey } from '../hash';
import type { ActorFact } from '../types';
import { type ChoicePool, choicePool, personPool, pickChoices } from './card-kit';
import { type Review, reviewOfAcronym, reviewOfRole } from './review';
import { words } from './spans';

const MAX_ROLE_WORDS = 8;

function flag(review: Review | null): Pick<CardDraft, 'needsReview' | 'unsure'> {
  return review ? { needsReview: true, unsure: review } : {};
}

function actorRole(a: ActorFact, roles: ChoicePool): CardDraft {
  const id = cardId('actor-role', a.name);
  const choices = pickChoices(a.role!, roles, id);
  return {
    id,
    kind: 'actor-role',
    facet: 'actors',
    prompt: `What role does the article give ${a.name}?`,
    answer: a.role!,
    ...(choices ? { choices } : {}),
    actors: [a.name],
    source: a.source,
    ...flag(reviewOfRole(a)),
  };
}

function roleActor(a: ActorFact, people: ChoicePool): CardDraft {
  const id = cardId('role-actor', a.role!);
  const choices = pickChoices(a.name, people, id);
  return {
    id,
    kind: 'role-actor',
    facet: 'actors',
    prompt: /^\p{Lu}[\p{L}.-]*['’]s\s/u.test(a.role!) ? `Who is ${a.role}?` : `Who is described as the ${a.role}?`,
    answer: a.name,
    ...(choices ? { choices } : {}),
    ...(a.aliases.length > 0 ? { acceptable: a.aliases.slice(0, 30) } : {}),
    actors: [a.name],
    source: a.source,
    ...flag(reviewOfRole(a)),
  };
}

/** Typed, never multiple choice: among real names only one has the acronym's initials, which gives it away. */
function acronym(a: ActorFact, alias: string): CardDraft {
  const id = cardId('actor-alias', `${alias}|${a.name}`);
  return {
    id,
    kind: 'actor-alias',
    facet: 'actors',
    prompt: `What does ${alias} stand for?`,
    answer: a.name,
    actors: [a.name],
    source: a.source,
    ...flag(reviewOfAcronym(a, alias)),
  };
}

export function actorCards(actors: ActorFact[]): CardDraft[] {
  const cards: CardDraft[] = [];
  // A role cut open ("son of"), or one that opens with a preposition or a possessive ("of the party",
  // "his third wife": a phrase about the person, not a role), teaches nothing.
  const withRole = actors.filter(
    (a) =>
      a.kind === 'person' &&
      a.role &&
      words(a.role) <= MAX_ROLE_WORDS &&
      !/\b(?:of|and|the|a|an|to|for|in|on|at|by|with)$/i.test(a.role) &&
      !/^(?:of|in|on|at|by|with|for|from|to|his|her|their|its|whose|who|which|that)\b/i.test(a.role),
  );
  const roles = choicePool(withRole.map((a) => a.role!));
  // People the article gives a role are surely people: they are the choices when there are enough.
  const people = personPool(actors, (a) => withRole.includes(a));
  // "Who is the President?" has one answer only where one person holds the role in the article.
  const holders = new Map<string, number>();
  for (const a of withRole) holders.set(factKey(a.role!), (holders.get(factKey(a.role!)) ?? 0) + 1);
  for (const a of withRole) {
    cards.push(actorRole(a, roles));
    if (holders.get(factKey(a.role!)) === 1) cards.push(roleActor(a, people));
  }
  for (const a of actors) {
    const alias = a.aliases.find((x) => /^\p{Lu}[\p{Lu}\p{N}-]+$/u.test(x));
    if (alias && a.kind !== 'person' && a.kind !== 'state' && a.name.includes(' ')) cards.push(acronym(a, alias));
  }
  return cards;
}
