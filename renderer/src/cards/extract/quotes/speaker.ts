/** Who said a quotation: words after it, words before it, "according to", colons, the sentence before. */

import { sentenceAt, type TextModel } from '../../document/text-model';
import { NAMING, ROLE_WORDS, SAY_VERBS } from '../../lexicon/words';
import type { Mention } from '../actors/actors';
import { lastBefore, mentionsIn, resolvePronoun, resolveRole, type SpeakerIndex } from './speaker-index';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'his', 'her']);
const POST_VERB_WINDOW = 10;
const PRE_WINDOW = 16;

export type Word = { text: string; start: number; end: number };

export function wordsIn(text: string, from: number, to: number): Word[] {
  const out: Word[] = [];
  if (to <= from) return out;
  const body = text.slice(from, to);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(body); m !== null; m = WORD.exec(body)) {
    out.push({ text: m[0].toLowerCase(), start: from + m.index, end: from + m.index + m[0].length });
  }
  return out;
}

/** A verb of saying, a naming verb ("called it"), "as she put it" or "what she calls". */
function isSayVerb(words: Word[], i: number): boolean {
  const w = words[i].text;
  return (
    SAY_VERBS.has(w) ||
    NAMING.has(w) ||
    (w === 'put' && words[i + 1]?.text === 'it') ||
    // "the judge found that the firm had broken the convention “in almost every respect”"
    (w === 'found' && words[i + 1]?.text === 'that') ||
    (/^(?:calls?|describes?)$/.test(w) && words[i - 2]?.text === 'what')
  );
}

const SPOKES = new Set(['spokesperson', 'spokesman', 'spokeswoman', 'representative', 'official']);
const BODY_LOOKBACK = 800;

/** "a ministry spokesperson", "a spokesperson" (unnamed): the body they speak for, named shortly before. */
function unnamedSpokesperson(idx: SpeakerIndex, words: Word[], i: number): number | null {
  const noun = words[i - 1]?.text === 'a' || words[i - 1]?.text === 'an' ? null : words[i - 1]?.text;
  if (noun && words[i - 2]?.text !== 'a' && words[i - 2]?.text !== 'an') return null;
  const at = words[i].start;
  let best: number | null = null;
  let bestAt = -1;
  idx.actors.forEach((a, k) => {
    if (a.kind === 'person' || a.kind === 'state' || a.source.start >= at || a.source.start < at - BODY_LOOKBACK)
      return;
    if (noun && !a.name.toLowerCase().includes(noun)) return;
    if (a.source.start > bestAt) [best, bestAt] = [k, a.source.start];
  });
  for (let j = lastBefore(idx.bodyAt, at); j >= 0 && idx.bodyAt[j] >= at - BODY_LOOKBACK; j -= 1) {
    const a = idx.actors[idx.bodyActors[j]];
    if (a.kind === 'state' || (noun && !a.name.toLowerCase().includes(noun))) continue;
    if (idx.bodyAt[j] > bestAt) [best, bestAt] = [idx.bodyActors[j], idx.bodyAt[j]];
    break;
  }
  return best;
}

/** A verb of saying opens the text after the closing mark: `"Plenty," she says`. */
export function sayVerbAfter(model: TextModel, from: number, to: number): boolean {
  // The quotation breaks off at a comma, ? or ! inside its closing mark, or a comma or dash follows the mark.
  if (!/[,!?][”"’'»]?$/.test(model.text.slice(from - 2, from)) && !/^\s*[,—–-]/.test(model.text.slice(from, from + 3)))
    return false;
  return wordsIn(model.text, from, to)
    .slice(0, 4)
    .some((w) => SAY_VERBS.has(w.text));
}

const isPerson = (idx: SpeakerIndex, m: Mention): boolean => idx.actors[m.actor].kind === 'person';

function speakerAfter(model: TextModel, idx: SpeakerIndex, from: number, to: number, quoteAt: number): number | null {
  const words = wordsIn(model.text, from, to).slice(0, POST_VERB_WINDOW + 14);
  const verb = words.findIndex((w, i) => i < POST_VERB_WINDOW && SAY_VERBS.has(w.text));
  if (verb === -1) return null;
  const between = mentionsIn(idx, from, words[verb].start);
  const person = between.filter((m) => isPerson(idx, m)).pop();
  if (person || between.length > 0) return (person ?? between[between.length - 1]).actor;
  // `“…,” the judge wrote`: the person holding that role.
  if (verb >= 2 && words[verb - 2].text === 'the' && ROLE_WORDS.has(words[verb - 1].text)) {
    const byRole = resolveRole(idx, words[verb - 1].text, quoteAt);
    if (byRole !== null) return byRole;
  }
  for (let i = verb - 1; i >= 0; i -= 1)
    if (PRONOUNS.has(words[i].text)) return resolvePronoun(idx, words[i].text, quoteAt);
  const after = mentionsIn(idx, words[verb].end, words[Math.min(words.length - 1, verb + 12)].end + 1);
  const named = after.find((m) => isPerson(idx, m));
  if (named || after.length > 0) return (named ?? after[0]).actor;
  for (let i = verb + 1; i < Math.min(words.length, verb + 4); i += 1) {
    if (ROLE_WORDS.has(words[i].text)) return resolveRole(idx, words[i].text, quoteAt);
  }
  return null;
}

function accordingTo(idx: SpeakerIndex, words: Word[], to: number): number | null {
  for (let i = words.length - 2; i >= 0; i -= 1) {
    if (words[i].text === 'according' && words[i + 1].text === 'to') {
      const found = mentionsIn(idx, words[i + 1].end, to);
      const hit = found.find((m) => isPerson(idx, m)) ?? found[0];
      if (hit) return hit.actor;
    }
  }
  return null;
}

/** Subject of the last verb of saying (or of a colon) in [from, to): a person named, a pronoun, or a role. */
function speakerBefore(model: TextModel, idx: SpeakerIndex, from: number, to: number): number | null {
  const words = wordsIn(model.text, from, to);
  const according = accordingTo(idx, words, to);
  if (according !== null) return according;
  let verb = -1;
  for (let i = words.length - 1; i >= 0 && verb === -1; i -= 1) if (isSayVerb(words, i)) verb = i;
  const colon = /:\s*$/.test(model.text.slice(from, to));
  if (verb === -1 && !colon) return null;
  const limit = verb === -1 ? words.length : verb;
  const windowStart = verb === -1 ? 0 : Math.max(0, limit - PRE_WINDOW);
  const scanFrom = words[windowStart]?.start ?? from;
  const scanTo = verb === -1 ? to : words[verb].start;
  const found = mentionsIn(idx, scanFrom, scanTo);
  const lastPerson = found.filter((m) => isPerson(idx, m)).pop();
  for (let i = limit - 1; i >= windowStart; i -= 1) {
    const w = words[i];
    if (lastPerson && lastPerson.start >= w.start) return lastPerson.actor;
    if (PRONOUNS.has(w.text)) return resolvePronoun(idx, w.text, w.start);
  }
  if (found.length > 0) return found[found.length - 1].actor;
  for (let i = limit - 1; i >= windowStart; i -= 1) {
    if (SPOKES.has(words[i].text)) {
      const body = unnamedSpokesperson(idx, words, i);
      if (body !== null) return body;
    }
    if (ROLE_WORDS.has(words[i].text) && words[i].text !== 'member') {
      const byRole = resolveRole(idx, words[i].text, words[i].start);
      if (byRole !== null) return byRole;
    }
  }
  if (verb !== -1) {
    const after = mentionsIn(idx, words[verb].end, to).find((m) => isPerson(idx, m));
    if (after) return after.actor;
  }
  return null;
}

/** `“…”` then a line `— Name, title` (an HTML blockquote's footer/cite): the person named on that line. */
function citeLine(model: TextModel, idx: SpeakerIndex, close: number): number | null {
  const m = /^[ \t]*\n\s*[—–]\s*/.exec(model.text.slice(close, close + 12));
  if (!m) return null;
  const lineEnd = model.text.indexOf('\n', close + m[0].length);
  const found = mentionsIn(idx, close + m[0].length, lineEnd === -1 ? model.text.length : lineEnd);
  return (found.find((f) => isPerson(idx, f)) ?? found[0])?.actor ?? null;
}

export type QuoteSite = { open: number; close: number; unclosed: boolean; preFrom: number; postTo: number };

/** The actor index of the speaker, or null when the text names nobody. */
export function attribute(model: TextModel, idx: SpeakerIndex, q: QuoteSite): number | null {
  const after = q.unclosed ? null : speakerAfter(model, idx, q.close, q.postTo, q.open);
  if (after !== null) return after;
  const cited = q.unclosed ? null : citeLine(model, idx, q.close);
  if (cited !== null) return cited;
  const before = speakerBefore(model, idx, q.preFrom, q.open);
  if (before !== null) return before;
  // "To the Taliban, “…”": the view of the actor the sentence opens with.
  if (/^\s*(?:to|for)\s+[^,]{2,60},\s*$/i.test(model.text.slice(q.preFrom, q.open))) {
    const found = mentionsIn(idx, q.preFrom, q.open);
    if (found.length === 1) return found[0].actor;
  }
  // A quotation opening its sentence: the sentence before introduces it ("X admitted … ." / "… :").
  if (wordsIn(model.text, q.preFrom, q.open).length === 0) {
    const s = sentenceAt(model, q.open);
    const prev = s > 0 ? model.sentences[s - 1] : null;
    if (prev && q.open - prev.end < 4) {
      const introduced = speakerBefore(model, idx, prev.start, prev.end);
      if (introduced !== null) return introduced;
      // Narration about a person, then their words: "Her answer ran over several sentences. “Consent is …”".
      const subject = idx.subjectOf[s - 1];
      if (subject >= 0 && model.sentences[s - 1].para >= model.sentences[s].para - 1) return subject;
    }
  }
  return null;
}
