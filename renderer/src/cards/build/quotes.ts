/** Quote cards: who said it, finish it, when was it said. */
import type { CardDraft } from '../../../../electron/contract';
import { cardId } from '../hash';
import type { ActorFact, DateFact, QuoteFact } from '../types';
import { type ChoicePool, choicePool, clip, pickChoices } from './card-kit';

const MAX_PROMPT_WORDS = 80;

type Pools = { people: ChoicePool; others: ChoicePool; dates: ChoicePool };

/** Distractors of the speaker's kind: people for a person, states and bodies otherwise (topped up if too few). */
function pools(actors: ActorFact[], dates: DateFact[]): Pools {
  const people = actors.filter((a) => a.kind === 'person').map((a) => a.name);
  const others = actors.filter((a) => a.kind !== 'person').map((a) => a.name);
  return {
    people: choicePool(people.length >= 4 ? people : [...people, ...others]),
    others: choicePool(others.length >= 4 ? others : [...others, ...people]),
    dates: choicePool(dates.filter((d) => d.iso !== null).map((d) => d.when)),
  };
}

function quoteSpeaker(q: QuoteFact, speaker: ActorFact, p: Pools): CardDraft {
  const id = cardId('quote-speaker', q.text);
  const choices = pickChoices(speaker.name, speaker.kind === 'person' ? p.people : p.others, id);
  return {
    id,
    kind: 'quote-speaker',
    facet: 'quotes',
    prompt: `Who said: “${clip(q.text, MAX_PROMPT_WORDS)}”?`,
    answer: speaker.name,
    ...(choices ? { choices } : {}),
    ...(speaker.aliases.length > 0 ? { acceptable: speaker.aliases.slice(0, 30) } : {}),
    ...(speaker.role || q.when ? { context: [speaker.role, q.when].filter(Boolean).join(', ') } : {}),
    actors: [speaker.name],
    source: q.source,
  };
}

/** Blank the closing words of the quote's first long-enough sentence. */
function blankOf(text: string): { prefix: string; answer: string } | null {
  const sentences = text.match(/[^.!?]+[.!?]*/g) ?? [text];
  let body = '';
  for (const s of sentences) {
    body += s;
    if (body.split(/\s+/).length >= 8) break;
  }
  const words = body.trim().split(/\s+/);
  if (words.length < 6) return null;
  const take = Math.min(5, Math.max(2, Math.floor(words.length / 3)));
  const answer = words
    .slice(-take)
    .join(' ')
    .replace(/[.,;:!?”"’']+$/u, '');
  const prefix = clip(words.slice(0, -take).join(' '), MAX_PROMPT_WORDS);
  return answer.length >= 3 ? { prefix, answer } : null;
}

/** How a prompt names an actor: "the Taliban" where the article writes the article. */
export type NameInProse = (actor: ActorFact) => string;

function quoteFinish(q: QuoteFact, speaker: ActorFact | null, prose: NameInProse): CardDraft | null {
  const blank = blankOf(q.text);
  if (!blank) return null;
  const by = speaker ? ` by ${prose(speaker)}` : '';
  return {
    id: cardId('quote-finish', q.text),
    kind: 'quote-finish',
    facet: 'quotes',
    prompt: `Finish the quote${by}: “${blank.prefix} …”`,
    answer: blank.answer,
    ...(speaker?.role ? { context: `${speaker.name}, ${speaker.role}` } : {}),
    ...(speaker ? { actors: [speaker.name] } : {}),
    source: q.source,
    ...(speaker ? {} : { needsReview: true }),
  };
}

function quoteWhen(q: QuoteFact, speaker: ActorFact, pool: ChoicePool): CardDraft | null {
  if (!q.when) return null;
  const id = cardId('quote-when', q.text);
  const choices = pickChoices(q.when, pool, id);
  return {
    id,
    kind: 'quote-when',
    facet: 'quotes',
    prompt: `When did ${speaker.name} say: “${clip(q.text, 40)}”?`,
    answer: q.when,
    ...(choices ? { choices } : {}),
    actors: [speaker.name],
    source: q.source,
  };
}

export function quoteCards(
  quotes: QuoteFact[],
  actors: ActorFact[],
  dates: DateFact[],
  prose: NameInProse = (a) => a.name,
): CardDraft[] {
  const byName = new Map(actors.map((a) => [a.name, a]));
  const cards: CardDraft[] = [];
  const p = pools(actors, dates);
  for (const q of quotes) {
    const speaker = q.speaker ? (byName.get(q.speaker) ?? null) : null;
    if (speaker) cards.push(quoteSpeaker(q, speaker, p));
    const finish = quoteFinish(q, speaker, prose);
    if (finish) cards.push(finish);
    const when = speaker ? quoteWhen(q, speaker, p.dates) : null;
    if (when) cards.push(when);
  }
  return cards;
}
