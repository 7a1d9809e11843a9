/** Roles the text gives a person: before the name ("Russian Foreign Minister …") or in apposition after it. */
import { COMMON, ROLE_QUALIFIERS, ROLE_WORDS, SAY_VERBS } from './lexicon';
import type { TextModel, Token } from './text-model';

const CONNECTORS = new Set(['of', 'on', 'for', 'and', 'to', 'at', 'in', 'the', '&']);
const MAX_ROLE_TOKENS = 10;

export function bareWord(token: Token): string {
  return token.text.replace(/['’]s?$/u, '');
}

export function isRoleNoun(word: string): boolean {
  const w = word.toLowerCase();
  return ROLE_WORDS.has(w) && !ROLE_QUALIFIERS.has(w);
}

/** Only spaces between two tokens (or the dot of "St."). */
export function joined(text: string, a: Token, b: Token): boolean {
  if (b.start - a.end > 3) return false;
  const gap = text.slice(a.end, b.start);
  return /^\s+$/.test(gap) || (/^\.\s+$/.test(gap) && a.text.length <= 4 && a.cap);
}

function cleanRole(words: string): string | null {
  const role = words.replace(/^(?:(?:the|a|an|of|on|for|and|to|at|in)\s+)+/i, '').replace(/[\s,]+$/, '');
  return role.length > 1 ? role : null;
}

/** Role right before the name token `nameStart`, e.g. "Taliban spokesperson" or "the Chinese envoy". */
export function roleBefore(model: TextModel, nameStart: number): string | null {
  const { tokens, text } = model;
  const name = tokens[nameStart];
  let i = nameStart - 1;
  let hasRole = false;
  let first = nameStart;
  let allowComma = true;
  while (i >= 0 && nameStart - i <= MAX_ROLE_TOKENS) {
    const t = tokens[i];
    if (t.sentence !== name.sentence) break;
    const gap = text.slice(t.end, tokens[i + 1].start);
    const commaGap = /^,\s+$/.test(gap);
    if (!/^\s+$/.test(gap) && !(commaGap && allowComma && i + 1 === first)) break;
    allowComma = false;
    const lower = t.text.toLowerCase();
    if (isRoleNoun(lower)) hasRole = true;
    else if (!(t.cap || ROLE_WORDS.has(lower) || CONNECTORS.has(lower))) break;
    if (t.cap && COMMON.has(lower) && !ROLE_WORDS.has(lower)) break;
    if (/['’]s$/u.test(t.text) && i < nameStart - 1) break;
    first = i;
    i -= 1;
  }
  if (!hasRole || first === nameStart) return null;
  return cleanRole(text.slice(tokens[first].start, tokens[nameStart - 1].end));
}

/** Role in apposition: "Zamir Kabulov, the special envoy for Afghanistan, said". */
export function roleAfter(model: TextModel, nameEnd: number): string | null {
  const { tokens, text } = model;
  const last = tokens[nameEnd];
  const next = tokens[nameEnd + 1];
  if (!next || next.sentence !== last.sentence) return null;
  if (!/^,\s+$/.test(text.slice(last.end, next.start))) return null;
  let j = nameEnd + 1;
  let roleSeen = -1;
  while (j < tokens.length && j - nameEnd <= 12) {
    const t = tokens[j];
    if (t.sentence !== last.sentence) break;
    const lower = t.text.toLowerCase();
    if (SAY_VERBS.has(lower) || lower === 'who' || lower === 'which' || lower === 'is' || lower === 'was') return null;
    if (isRoleNoun(lower) && j - nameEnd <= 5) roleSeen = j;
    const after = tokens[j + 1];
    if (!after || !/^\s+$/.test(text.slice(t.end, after.start))) break;
    j += 1;
  }
  if (roleSeen === -1) return null;
  const end = Math.min(j, tokens.length - 1);
  return cleanRole(text.slice(next.start, tokens[end].end));
}
