import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type FactsDoc, formatFromName, generate, parseArticle } from '../../../renderer/src/cards';
import { shortEvent } from '../../../renderer/src/cards/build/dates';

export const ROOT = join(import.meta.dirname, '..', '..', '..');
export const SEED_PATH = join(ROOT, 'content', 'stratheia-russia-taliban.md');

export function loadArticle(path: string): { text: string; title: string | null } {
  const parsed = parseArticle(readFileSync(path, 'utf8'), formatFromName(path));
  if (!parsed.ok) throw new Error(parsed.error);
  return { text: parsed.text, title: parsed.title };
}

export function generateFile(path: string): FactsDoc {
  const { text, title } = loadArticle(path);
  return generate(text, { title: title ?? undefined });
}

/** The short event `shortEvent` makes of `sentence` for the date written `when` in it. */
export function eventOf(sentence: string, when: string): string | null {
  return shortEvent({
    d: { when, iso: null, source: { start: 0, end: sentence.length } } as never,
    sentence,
    at: sentence.indexOf(when),
    before: '',
    after: '',
  });
}

/** The speaker of the quotation that opens with `start` ('-' when none), failing when no quotation opens so. */
export function speakerOpening(text: string, start: string): string {
  const quote = generate(text).quotes.find((q) => q.text.startsWith(start));
  if (!quote) throw new Error(`no quotation opens with "${start}"`);
  return quote.speaker ?? '-';
}
