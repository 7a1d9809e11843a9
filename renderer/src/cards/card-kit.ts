/** Small helpers shared by the card builders. */
import { factKey, seededShuffle } from './hash';

/** 3-4 unique options, the answer among them, in an order seeded by the card id; undefined if too few. */
export function pickChoices(answer: string, pool: readonly string[], id: string): string[] | undefined {
  const seen = new Set([factKey(answer)]);
  const distractors: string[] = [];
  for (const option of pool) {
    const key = factKey(option);
    if (key === '' || seen.has(key)) continue;
    seen.add(key);
    distractors.push(option);
  }
  if (distractors.length < 2) return undefined;
  const picked = seededShuffle(distractors, id).slice(0, 3);
  return seededShuffle([answer, ...picked], `${id}#order`);
}

export function clip(text: string, maxWords: number): string {
  const words = text.split(/\s+/);
  return words.length <= maxWords ? text : `${words.slice(0, maxWords).join(' ')} …`;
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
export const ordinalWord = (n: number): string => ORDINALS[n - 1] ?? `${n}th`;

/** "March 2024" -> "in March 2024", "June 3rd" -> "on June 3rd", "five months later" stays. */
export function datePhrase(when: string): string {
  if (
    /^(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s|^[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?\b(?!\d)|^\d{4}-\d\d-\d\d$/.test(
      when,
    )
  )
    return `on ${when}`;
  if (/\b(?:later|earlier|ago|before|after|following|next|previous|last|this|same)\b/i.test(when)) return when;
  return `in ${when}`;
}

export const isRelative = (when: string): boolean =>
  /\b(?:later|earlier|ago|following|next|previous|preceding|last|this|same|that)\b/i.test(when);
