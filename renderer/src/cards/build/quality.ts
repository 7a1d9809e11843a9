/** The quality rules every card obeys; the generator drops cards that break them, the tests assert them. */
import type { CardDraft } from '../../../../electron/contract';
import { factKey } from '../hash';

const PRONOUN = /\b(?:he|she|him|his|her|hers)\b/i;

/** Quoted speech may say "he"; the prompt's own words may not. */
function outsideQuotes(prompt: string): string {
  return prompt.replace(/“[^”]*(?:”|$)/g, ' ').replace(/"[^"]*(?:"|$)/g, ' ');
}

export function hasDanglingPronoun(prompt: string): boolean {
  return PRONOUN.test(outsideQuotes(prompt));
}

/** True when the prompt gives away the answer (or an accepted alias of it). */
export function promptRevealsAnswer(card: Pick<CardDraft, 'prompt' | 'answer' | 'acceptable'>): boolean {
  const prompt = ` ${factKey(card.prompt)} `;
  for (const answer of [card.answer, ...(card.acceptable ?? [])]) {
    const key = factKey(answer);
    if (key.length >= 2 && prompt.includes(` ${key} `)) return true;
  }
  return false;
}

export function hasValidChoices(card: Pick<CardDraft, 'answer' | 'choices'>): boolean {
  if (!card.choices) return true;
  const keys = new Set(card.choices.map(factKey));
  return (
    card.choices.length >= 3 &&
    card.choices.length <= 4 &&
    keys.size === card.choices.length &&
    card.choices.includes(card.answer)
  );
}

/** The size limits of the contract's card schema (electron/contract.ts), checked without importing zod. */
export function fitsContract(card: CardDraft): boolean {
  const within = (list: readonly string[] | undefined, count: number, chars: number): boolean =>
    !list || (list.length <= count && list.every((s) => s.length <= chars));
  return (
    card.id.length <= 200 &&
    card.prompt.length <= 5000 &&
    card.answer.length <= 5000 &&
    (card.context?.length ?? 0) <= 2000 &&
    within(card.choices, 8, 2000) &&
    within(card.acceptable, 30, 500) &&
    within(card.actors, 40, 200) &&
    within(
      card.items?.map((i) => i.text),
      40,
      2000,
    )
  );
}

export function passesQuality(card: CardDraft): boolean {
  return fitsContract(card) && !promptRevealsAnswer(card) && !hasDanglingPronoun(card.prompt) && hasValidChoices(card);
}

/** Keeps the first card of each id and of each prompt: no two cards ask the same thing. */
export function dedupeCards(cards: CardDraft[]): CardDraft[] {
  const ids = new Set<string>();
  const prompts = new Set<string>();
  const out: CardDraft[] = [];
  for (const card of cards) {
    const prompt = factKey(card.prompt);
    if (ids.has(card.id) || prompts.has(prompt) || !passesQuality(card)) continue;
    ids.add(card.id);
    prompts.add(prompt);
    out.push(card);
  }
  return out;
}
