/** Dated events: each date expression with the sentence (or clause) it dates and the actors in it. */

import { clip } from '../../build/card-kit';
import { sentenceAt, type TextModel } from '../../document/text-model';
import type { ActorFact, DateFact } from '../../types';
import type { Mention } from '../actors/actors';
import { type DateMatch, inferYear } from './find';

const MAX_EVENT_WORDS = 40;

function insideQuote(text: string, at: number): boolean {
  let depth = 0;
  for (let i = 0; i < at; i += 1) {
    const c = text[i];
    if (c === '“') depth += 1;
    else if (c === '”') depth = Math.max(0, depth - 1);
    else if (c === '"') depth = depth > 0 ? depth - 1 : 1;
  }
  return depth > 0;
}

/** A long sentence is cut to the clause around the date. */
function eventText(sentence: string, dateAt: number): string {
  if (sentence.split(/\s+/).length <= MAX_EVENT_WORDS) return sentence.trim();
  const cuts = /;|:|\s[—–]\s|,\s(?=(?:and|but|while|which|whereas|although|as)\s)/g;
  let from = 0;
  for (let m = cuts.exec(sentence); m !== null; m = cuts.exec(sentence)) {
    if (insideQuote(sentence, m.index)) continue;
    if (m.index >= dateAt && m.index - from > 30) return sentence.slice(from, m.index).trim();
    if (m.index < dateAt) from = m.index + m[0].length;
  }
  return sentence.slice(from).trim();
}

export function extractDateFacts(
  model: TextModel,
  dates: DateMatch[],
  actors: ActorFact[],
  mentions: Mention[],
): DateFact[] {
  const out: DateFact[] = [];
  const seen = new Set<string>();
  let mentionCursor = 0;
  let bySentence: DateMatch[] = [];
  let current = -1;
  for (let k = 0; k < dates.length; k += 1) {
    const d = dates[k];
    const si = sentenceAt(model, d.start);
    const s = model.sentences[si];
    if (model.paragraphs[s.para].isPull) continue;
    if (si !== current) {
      current = si;
      bySentence = [];
      for (let j = k; j < dates.length && dates[j].start < s.end; j += 1) bySentence.push(dates[j]);
    }
    const key = `${d.when.toLowerCase()}@${s.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    while (mentionCursor < mentions.length && mentions[mentionCursor].start < s.start) mentionCursor += 1;
    const names: string[] = [];
    for (let j = mentionCursor; j < mentions.length && mentions[j].start < s.end; j += 1) {
      const name = actors[mentions[j].actor].name;
      if (!names.includes(name)) names.push(name);
    }
    const sentence = model.text.slice(s.start, s.end);
    out.push({
      when: d.when,
      iso: inferYear(d, bySentence),
      event: clip(eventText(sentence, d.start - s.start), MAX_EVENT_WORDS + 20),
      actors: names,
      source: { start: s.start, end: s.end },
    });
  }
  return out;
}
