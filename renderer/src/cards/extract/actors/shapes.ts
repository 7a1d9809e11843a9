/** Name shapes that decide what a capitalised run is: firms with "&", affiliations, titles, capitals as adjectives. */

import type { TextModel } from '../../document/text-model';
import { STATE_INDEX } from '../../lexicon/geo';
import { ORG_WORDS } from '../../lexicon/words';
import type { ActorKind } from '../../types';
import { classifyRun } from './classify';
import { type Run, runWords } from './runs';

/** "Pike & Lowe", "Marks & Spencer": short names joined by an ampersand are a firm, not two people. */
export function ampersandFirm(model: TextModel, run: Run): string | null {
  if (!model.text.slice(model.tokens[run.first].end, model.tokens[run.last].start).includes('&')) return null;
  const words = runWords(model, run);
  const amp = words.indexOf('&');
  if (amp < 1 || amp > 2 || words.length - amp - 1 < 1 || words.length > 5 || words.includes('and')) return null;
  if (words.some((w) => STATE_INDEX.has(w.toLowerCase()))) return null;
  return classifyRun(words).type === 'body' ? null : words.join(' ');
}

/** "of Uppsala University" closing a person's run: the body named after the connector. */
export function affiliatedBody(
  model: TextModel,
  nameLast: number,
  runLast: number,
): { name: string; at: number } | null {
  const { tokens } = model;
  if (!/^(?:of|at|from)$/.test(tokens[nameLast + 1]?.text ?? '') || nameLast + 2 > runLast) return null;
  const words = runWords(model, { first: nameLast + 2, last: runLast, acronym: null });
  const cls = classifyRun(words);
  if (cls.type !== 'body') return null;
  return { name: cls.name, at: tokens[nameLast + 2].start };
}

/** "Prof. Ada Lim": an academic title before the name is her role when the text gives no other. */
export function academicTitle(model: TextModel, nameStart: number): string | null {
  const t = model.tokens[nameStart - 1];
  if (!t || !/^(?:Prof|Professor)$/.test(t.text)) return null;
  const gap = model.text.slice(t.end, model.tokens[nameStart].start);
  return /^\.?\s+$/.test(gap) ? `${t.text}${gap.trim()}` : null;
}

/** "A London court", "the Paris office", "a Singapore bank": a place qualifying a noun names no state acting. */
export function cityAsAdjective(model: TextModel, run: Run, via: string): boolean {
  const { tokens } = model;
  const next = tokens[run.last + 1];
  const article = tokens[run.first - 1]?.text.toLowerCase() ?? '';
  // "a Singapore bank": a state's name after "a" qualifies a noun too ("the" may be part of it: the Netherlands).
  const qualifier = via === 'capital' ? /^(?:a|an|the)$/.test(article) : via === 'name' && /^an?$/.test(article);
  return (
    qualifier &&
    next !== undefined &&
    !next.cap &&
    next.sentence === tokens[run.last].sentence &&
    /^\s+$/.test(model.text.slice(tokens[run.last].end, next.start))
  );
}

/** Last name word -> the first multi-word body ending with it ("Herons" -> "Harrowgate Herons"). */
export function shortNames(drafts: readonly { name: string; kind: ActorKind }[]): Map<string, number> {
  const out = new Map<string, number>();
  drafts.forEach((d, i) => {
    if (d.kind === 'person' || d.kind === 'state') return;
    const parts = d.name.split(' ');
    const last = parts[parts.length - 1];
    if (parts.length > 1 && !ORG_WORDS.has(last.toLowerCase()) && !out.has(last)) out.set(last, i);
  });
  return out;
}

/** `Ignacio "Nacho" Herrera`: a nickname in quotation marks between a given name and a surname is part of the name. */
export function nicknamed(model: TextModel, run: Run): { name: string; nick: string; last: number } | null {
  const { tokens, text } = model;
  const given = tokens[run.last];
  const nick = tokens[run.last + 1];
  const surname = tokens[run.last + 2];
  if (!nick?.cap || !surname?.cap || surname.sentence !== given.sentence) return null;
  if (!/^\s["“]$/.test(text.slice(given.end, nick.start)) || !/^["”]\s$/.test(text.slice(nick.end, surname.start)))
    return null;
  if (!/^\p{Lu}\p{Ll}+$/u.test(surname.text) || !/^\p{Lu}\p{Ll}+$/u.test(given.text)) return null;
  return { name: `${runWords(model, run).join(' ')} ${surname.text}`, nick: nick.text, last: run.last + 2 };
}
