/** Quotations with their speaker and date. */

import { partitionPoint } from '../../../../../shared/search';
import { lowerWords } from '../../document/chars';
import type { QuoteSpan } from '../../document/quote-marks';
import { sentenceAt, type TextModel } from '../../document/text-model';
import { REPORTING_VERBS, SHOW_NOUNS, WORK_NOUNS } from '../../lexicon/quotation';
import { NAMING, SAY_VERBS } from '../../lexicon/words';
import type { QuoteFact } from '../../types';
import type { DateMatch } from '../dates/find';
import { type Attribution, attribute, continuesSpeech, sayVerbAfter, wordsIn } from './speaker';
import { isQuoted, mentionsIn, type SpeakerIndex } from './speaker-index';

/** A quotation split by its attribution: parts share one speaker and become one quote. */
type Group = { parts: QuoteSpan[]; open: number; close: number; unclosed: boolean; depth: number };

/** How many neighbours are searched for the text bounds of a quotation (nesting is shallow). */
const NEIGHBOURS = 8;

const MAX_ATTRIBUTION_WORDS = 20;
/**
 * How far before or after a quotation its attribution is read. The attribution rules look at a
 * few words only; the bound keeps the work per quotation constant, so no input is quadratic.
 */
const LOOK_CHARS = 400;
/** A quotation after "called", "titled" or "the book" is a name or title when shorter than this. */
const MAX_TITLE_WORDS = 12;
const ANONYMOUS =
  /\b(?:(?:asked|declined|requested|wished)\s+not\s+to\s+be\s+(?:named|identified)|condition\s+of\s+anonymity|speaking\s+anonymously)\b/i;

/** A verb of saying and a capitalised name or title after a comma, inside the quotation's own words. */
const REPORTS_INSIDE = /,\s+(?:said|says|added|adds|told|according\s+to)\s+(?:the\s+)?\p{Lu}/u;

/** ", as Tarn Radio's Ivo Marr reported", "as the paper wrote": the quotation's words are a report's. */
const AS_REPORTED =
  /^[\s,”"’]*as\s+(?:the\s+)?(?:[\p{L}.'’-]+\s+){0,5}(?:reported|reports|wrote|writes|put\s+it|noted|notes)\b/u;

/** A credit that opens its line or follows a dash: an outlet's reporter(s) and a colon ("Tarn Wire’s Ivo Marr and Ada Vesk:"). */
const CREDIT =
  /(?:^|[—–]\s+)(?:\p{Lu}[\p{L}.&]*\s+){0,3}\p{Lu}[\p{L}.&]*['’]s\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:(?:,|,?\s+and)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})*:\s*$/u;
const FIRST_PERSON = /\b(?:I|I['’](?:m|ve|d|ll)|me|my|mine|we|our|ours|us|you|your)\b/;

const HAS_LETTER = /[\p{L}\p{N}]/u;
/** Words of quotations that read like names or titles: upper case or short. */
const TITLE_WORD = /^[\p{Lu}\p{N}]/u;
/** The small words a title leaves in lower case ("Maps from the Harbour", "The Case of Let Go"). */
const TITLE_SMALL_WORDS = new Set(
  'a an the and or nor but of in on at to for from with by into onto about as via vs over under upon after before between through without'.split(
    ' ',
  ),
);
/** A quotation of capitalised words is a title up to this length (beyond it, a capitalised list or a slogan). */
const MAX_LONG_TITLE_WORDS = 16;

/**
 * Where the text's last clause begins: after its last . ! ? ; : or line break, as
 * `text.search(/[^.!?;:\n]*$/)` finds it, without a search that backtracks from every position.
 */
function afterLastStop(text: string): number {
  let i = text.length;
  while (i > 0 && !'.!?;:\n'.includes(text[i - 1])) i -= 1;
  return i;
}

/** A noun of a work or a show right after the closing mark at or just before `at`: the quotation was its name. */
function namesWorkAfter(model: TextModel, at: number): boolean {
  const named = /^[”"’']?\s+(\p{Ll}+)/u.exec(model.text.slice(at, at + 40))?.[1];
  return named !== undefined && (WORK_NOUNS.has(named) || SHOW_NOUNS.has(named));
}

/**
 * Whether quoted words are someone's words, not a name, a title or a label. `cue`: the
 * sentence holds a verb of saying or reporting (or a colon introduces the quotation).
 * Short quotations (scare quotes of a few words) count only with such a cue.
 */
function isQuotation(model: TextModel, open: number, text: string, cue: boolean, attributedAfter: boolean): boolean {
  const words = text.split(/\s+/).filter((w) => HAS_LETTER.test(w));
  if (words.length === 0 || (words.length < 5 && !cue && !attributedAfter)) return false;
  // Only the words of this sentence before the mark: "… her campaign. “…”" names nothing.
  const near = model.text.slice(Math.max(0, open - 40), open);
  const lead = near.slice(afterLastStop(near));
  const before = lead
    .toLowerCase()
    .split(/[^\p{L}\p{N}-]+/u)
    .filter((w) => w !== '')
    .slice(-2);
  // "called it “…”", "the film “…”", "the so-called “…”": a name or a title.
  const naming =
    before.some((w) => NAMING.has(w)) ||
    (before.length > 0 && /\p{L}\s+$/u.test(lead) && WORK_NOUNS.has(before[before.length - 1])) ||
    /\b(?:known as|referred to as)\s*$/i.test(lead) ||
    // "the traditional “peace be with you”": a short phrase after an article and an adjective is a label.
    (before.length === 2 &&
      /^(?:the|a|an)$/.test(before[0]) &&
      /\p{L}(?:al|ic|ous|ful|ive|ish|ian)$/u.test(before[1]) &&
      /\p{L}\s+$/u.test(lead));
  // "Rivers and Roads: Maps that Stayed in the Harbour": nearly every word a title would capitalise is capitalised
  // ("that", "it" may stay small), and no sentence ends in it.
  const big = words.filter((w) => !TITLE_SMALL_WORDS.has(w.toLowerCase()));
  const capitalised = big.filter((w) => TITLE_WORD.test(w)).length;
  const mostlyTitle =
    words.length >= 4 &&
    words.length <= MAX_LONG_TITLE_WORDS &&
    TITLE_WORD.test(words[0]) &&
    !/[.!?]$/.test(text) &&
    capitalised >= 0.8 * big.length &&
    big.length - capitalised <= 1;
  if (naming && (words.length < MAX_TITLE_WORDS || mostlyTitle)) return false;
  // "during a live “Money Hour” interview": a short quotation before a noun of a work or a show is its title.
  if (namesWorkAfter(model, open + 1 + text.length) && words.length < MAX_TITLE_WORDS && !/[.!?,]$/.test(text))
    return false;
  // (The title of a book or a report after which its author is named: "In her book “…,” Ada Vesk wrote".)
  if (attributedAfter) return !(mostlyTitle && big.length >= 4);
  // "Rivers and Roads: Maps from the Old Harbour", however long: every word but the small ones of a title
  // is capitalised, and no sentence ends in it.
  const titleWords = (w: string) => TITLE_WORD.test(w) || TITLE_SMALL_WORDS.has(w.toLowerCase());
  const titleCase =
    !/[.!?]$/.test(text) &&
    ((words.length <= 8 && words.every((w) => TITLE_WORD.test(w) || w.length <= 3)) ||
      (words.length <= MAX_LONG_TITLE_WORDS && words.every(titleWords) && TITLE_WORD.test(words[0])));
  if (titleCase && words.length > 1) return false;
  if (words.length >= 5) return true;
  return cue && words.length >= 2;
}

/**
 * Whether the text between two quotations is only their attribution, so that they are one
 * quotation: `"A," she said, "b."` or `"A," she said. "B."`. When the second part opens a
 * sentence and carries an attribution of its own (`"A," the league said. "B," it added.`), it
 * is a quotation of its own.
 */
const CLAUSE_JOINS = new Set(['and', 'but', 'or', 'then', 'while', 'before', 'after', 'because']);
const CLAUSE_LEADS = new Set([
  'that',
  'was',
  'were',
  'is',
  'are',
  'as',
  'be',
  'being',
  'called',
  'described',
  // `said Ivo Marr, author of “…”`: a title after a preposition or a naming word is his book's, not his words.
  'of',
  'in',
  'about',
  'for',
  'from',
  'with',
  'titled',
  'entitled',
  'named',
  'dubbed',
]);

function joinsParts(model: TextModel, from: number, to: number, secondClose: number): boolean {
  if (to - from > LOOK_CHARS) return false;
  const between = model.text.slice(from, to);
  if (/[“”"]/.test(between)) return false;
  // The first part breaks off at a comma (or ? ! —) and the attribution opens with its verb or speaker.
  if (!/[,!?—–]["'”’»]?\s*$/.test(model.text.slice(Math.max(0, from - 3), from)) && !/^\s*[,—–]/.test(between))
    return false;
  const words = wordsIn(model.text, from, to);
  const attribution =
    words.length > 0 &&
    words.length <= MAX_ATTRIBUTION_WORDS &&
    // "continued", "went on": between two parts of one quotation they attribute it as "said" does.
    words.slice(0, 4).some((w, i) => SAY_VERBS.has(w.text) || continuesSpeech(words, i));
  if (!attribution) return false;
  // `“A,” Marr told Vesk, which meant making the “B”`: the second part is the object of words after the
  // attribution, not the quotation going on; an attribution between parts ends on its comma or full stop.
  if (!/[,.:;!?—–]\s*$/.test(between)) return false;
  // "she told Tarn TV during a live “Money Hour” interview": the second quotation names a show, not her words.
  if (namesWorkAfter(model, secondClose)) return false;
  // `"for years", and said it was "shameful …"`: a second reported clause, not an attribution breaking one
  // quotation; an interruption never opens with a conjunction nor ends introducing a clause.
  if (CLAUSE_JOINS.has(words[0].text.toLowerCase()) || CLAUSE_LEADS.has(words[words.length - 1].text.toLowerCase()))
    return false;
  // `“A?” Ola asked. I said, “B.”`: a new sentence between the parts with a verb of saying of its own attributes
  // the second part to its own speaker, a reply.
  const restart = /[.!?]\s+(?=\p{Lu})/u.exec(between);
  if (restart) {
    const after = wordsIn(model.text, from + restart.index + restart[0].length, to);
    if (after.some((w, i) => SAY_VERBS.has(w.text) || continuesSpeech(after, i))) return false;
  }
  // `“A,” he said. Ivo Marr fled, “B.”`: a new sentence with words of its own before the second part is about
  // somebody else, and its quotation is a phrase of that sentence, not the speaker going on.
  const second = sentenceAt(model, to);
  if (
    second !== sentenceAt(model, from) &&
    wordsIn(model.text, Math.max(from, model.sentences[second].start), to).length > 0
  )
    return false;
  if (secondClose < 0 || sentenceAt(model, from - 1) === sentenceAt(model, to)) return true;
  const closing = sentenceAt(model, Math.max(to, secondClose - 1));
  // (`“… Will you come?” Vesk said.`: a question ends its sentence at the quotation; its tag is the next one's.)
  const asks = /[?!]["”’']?\s*$/.test(model.text.slice(Math.max(0, secondClose - 3), secondClose + 1));
  const sentenceEnd = model.sentences[asks ? Math.min(closing + 1, model.sentences.length - 1) : closing].end;
  return !sayVerbAfter(model, secondClose, Math.min(sentenceEnd, secondClose + LOOK_CHARS));
}

function groups(model: TextModel, paraStart: number, spans: QuoteSpan[]): Group[] {
  const out: Group[] = [];
  for (const span of spans) {
    const open = paraStart + span.open;
    const close = paraStart + span.close;
    let last: Group | undefined;
    for (let j = out.length - 1; j >= Math.max(0, out.length - NEIGHBOURS) && !last; j -= 1) {
      if (out[j].depth === span.depth) last = out[j];
    }
    const sameLevel = last !== undefined && last.close <= open;
    if (
      last &&
      sameLevel &&
      !last.unclosed &&
      last.parts.length < 4 &&
      joinsParts(model, last.close, open, span.unclosed ? -1 : close)
    ) {
      last.parts.push(span);
      last.close = close;
      last.unclosed = span.unclosed;
    } else out.push({ parts: [span], open, close, unclosed: span.unclosed, depth: span.depth });
  }
  return out;
}

/**
 * The date of the quotation's own sentence, outside the quotation, before it if there are
 * several. A date elsewhere in the paragraph may date something else ("since 2020").
 */
function whenOf(
  model: TextModel,
  dates: readonly DateMatch[],
  sentenceFrom: number,
  sentenceTo: number,
  g: Group,
): string | null {
  let found: DateMatch | null = null;
  for (
    let k = partitionPoint(dates.length, (i) => dates[i].start < sentenceFrom);
    k < dates.length && dates[k].start < sentenceTo;
    k += 1
  ) {
    const d = dates[k];
    if (d.iso === null || !/^\d/.test(d.iso) || (d.start >= g.open && d.start < g.close)) continue;
    if (d.start < sentenceFrom || d.start >= sentenceTo) continue;
    if (/\b(?:since|until|by|before|after)\s+$/i.test(model.text.slice(Math.max(0, d.start - 7), d.start))) continue;
    // "on the day after losses in the 2023 elections - Velm noted “…”": a date in a clause of what came before
    // or after dates that, not the words.
    const lead = model.text.slice(Math.max(sentenceFrom, d.start - 160), d.start);
    const clause = lead.slice(Math.max(0, ...[',', ';', ' - ', ' – ', ' — ', '('].map((c) => lead.lastIndexOf(c))));
    if (/\b(?:after|before|since|until|following|ahead\s+of|prior\s+to)\b/i.test(clause)) continue;
    if (!found || d.start < g.open) found = d;
  }
  return found?.when ?? null;
}

/** The text around a quotation that may attribute it: up to its neighbours, inside the quotation enclosing it. */
function boundsOf(list: Group[], k: number, paraStart: number, paraEnd: number): Bounds {
  const g = list[k];
  let from = paraStart;
  let to = paraEnd;
  let enclosing: Group | null = null;
  for (let j = k - 1; j >= Math.max(0, k - NEIGHBOURS); j -= 1) {
    const o = list[j];
    if (o.close <= g.open) from = Math.max(from, o.close);
    else if (o.close >= g.close && !enclosing) enclosing = o;
  }
  for (let j = k + 1; j < Math.min(list.length, k + NEIGHBOURS); j += 1)
    if (list[j].open >= g.close) to = Math.min(to, list[j].open);
  if (enclosing) {
    // Only the part of a split quotation that holds this one: not the attribution after it.
    const part = enclosing.parts.find((p) => paraStart + p.open < g.open && paraStart + p.close >= g.close);
    from = Math.max(from, paraStart + (part?.open ?? enclosing.open - paraStart) + 1);
    to = Math.min(to, paraStart + (part?.close ?? enclosing.close - paraStart) - 1);
  }
  return { from, to, enclosing };
}

/** A quotation inside another counts only when the outer speaker reports someone's words: "… and said, “…”". */
function isReportedInside(model: TextModel, g: Group, outer: Group, text: string): boolean {
  if (text.split(/\s+/).length < 5) return false;
  const from = Math.max(outer.open, g.open - LOOK_CHARS);
  const before = wordsIn(model.text, from, g.open).slice(-6);
  return before.some((w) => SAY_VERBS.has(w.text)) || /:\s*$/.test(model.text.slice(from, g.open));
}

type Bounds = { from: number; to: number; enclosing: Group | null };

/** The quotation before: its attribution, where it closed and in which paragraph. */
type Previous = { said: Attribution; end: number; para: number };

type State = {
  previous: Previous | null;
  /** Words already quoted, and the quotation that gave them (to hand them on to a person who says them later). */
  seen: Map<string, QuoteFact>;
  sayVerbIn: Map<number, boolean>;
  /** Attributions of the quotations of the current paragraph, for the quotations nested in them. */
  byGroup: Map<Group, Attribution>;
};

/** Whether the sentence(s) [from, to) hold a verb of saying or reporting; cached, as one sentence may hold many quotations. */
function sentenceHasCue(model: TextModel, state: State, from: number, to: number): boolean {
  const key = from * 2 ** 22 + Math.min(to - from, 2 ** 22 - 1);
  let known = state.sayVerbIn.get(key);
  if (known === undefined) {
    known = wordsIn(model.text, from, to).some((w) => SAY_VERBS.has(w.text) || REPORTING_VERBS.has(w.text));
    state.sayVerbIn.set(key, known);
  }
  return known;
}

type Site = {
  preFrom: number;
  postTo: number;
  sFrom: number;
  attributedAfter: boolean;
  firstClose: number;
  bounds: Bounds;
  /** Where the paragraph starts: the parts' offsets count from it. */
  paraStart: number;
};

/** Whether only punctuation stands in [from, to) outside quotation marks. */
const bare = (model: TextModel, from: number, to: number): boolean => wordsIn(model.text, from, to).length === 0;

/**
 * The speaker sieve (speaker.ts) plus the steps that need the quotations around: a quotation that continues
 * the one before, one nested in another, and a speaker the text withholds on purpose.
 */
function speakerOf(model: TextModel, idx: SpeakerIndex, g: Group, state: State, site: Site): Attribution {
  const { preFrom, bounds } = site;
  // "A diplomat, who asked not to be named, described it as “…”": the text withholds the speaker on purpose.
  if (ANONYMOUS.test(model.text.slice(preFrom, g.open))) return { actor: null, sieve: 'anonymous', confidence: 'low' };
  // “‘Rates will stay high’ until spring, said Deputy Governor Ada Vesk on Monday.”: a quoted passage that
  // names its own speaker is a report of somebody's words; whoever is quoting it did not say them.
  const { paraStart } = site;
  if (g.parts.some((part) => REPORTS_INSIDE.test(model.text.slice(paraStart + part.open, paraStart + part.close))))
    return { actor: null, sieve: 'reported-inside', confidence: 'low' };
  // `Ada Vesk described hiding and “cowering with her grandson …,” as Tarn Radio's Ivo Marr reported`: words
  // a reporter wrote about the subject are the reporter's, not the subject's.
  if (AS_REPORTED.test(model.text.slice(g.close, g.close + LOOK_CHARS)))
    return { actor: null, sieve: 'reported-by', confidence: 'low' };
  // "PROFITS — Tarn Wire’s Ivo Marr: “Many big firms say …”": a round-up's excerpt of a reporter's story, in
  // the third person, is what they wrote about others, not words they said.
  const line = model.text.slice(Math.max(model.text.lastIndexOf('\n', g.open) + 1, g.open - LOOK_CHARS), g.open);
  if (CREDIT.test(line) && !FIRST_PERSON.test(model.text.slice(g.open, g.close)))
    return { actor: null, sieve: 'excerpt', confidence: 'low' };
  const prev = state.previous;
  const last = prev && prev.said.actor !== null ? { actor: prev.said.actor, at: prev.end } : null;
  const s = sentenceAt(model, g.open);
  const para = model.sentences[s].para;
  // Called only once the quotation before is in this paragraph or the one before: the scan stays local.
  const nobodyBetween = (): boolean =>
    prev !== null &&
    !mentionsIn(idx, prev.end, g.open).some(
      (m) => idx.actors[m.actor].kind === 'person' && m.actor !== prev.said.actor && !isQuoted(idx, m.start),
    );
  // `"A," said X, who heads … . "B."`: the next sentence opens with a quotation and nothing else attributes it.
  if (
    prev !== null &&
    prev.said.actor !== null &&
    prev.para === para &&
    !site.attributedAfter &&
    !bounds.enclosing &&
    sentenceAt(model, prev.end) === s - 1 &&
    bare(model, preFrom, g.open) &&
    nobodyBetween() &&
    // `"No, not even," "Tom" countered: "…"`: a verb of saying right after it, past a quoted name, gives it a
    // speaker of its own.
    !sayVerbAfter(model, g.close, Math.min(model.sentences[sentenceAt(model, g.close)].end, g.close + LOOK_CHARS))
  )
    return { actor: prev.said.actor, sieve: 'continuation', confidence: prev.said.confidence };
  const said = attribute(model, idx, {
    open: g.open,
    close: g.parts.length > 1 ? site.firstClose : g.close,
    unclosed: g.unclosed,
    preFrom,
    postTo: site.postTo,
    last,
    sentenceFrom: bounds.enclosing ? preFrom : site.sFrom,
    nested: bounds.enclosing !== null,
    split: g.parts.length > 1,
  });
  // A quotation inside another one's words, with no speaker of its own: the outer speaker quotes it.
  const outer = bounds.enclosing ? state.byGroup.get(bounds.enclosing) : undefined;
  if (said.actor === null && (said.sieve === 'none' || said.sieve === 'no-subject') && outer && outer.actor !== null)
    return { actor: outer.actor, sieve: 'nested', confidence: 'low' };
  if (said.actor !== null || said.sieve !== 'none') return said;
  // A paragraph that holds only a quotation continues the previous paragraph's, when that one was attributed
  // and closed its paragraph (no narration after it). Sure where that attribution was and its paragraph
  // names no other person: the speaker goes on in the next paragraph, as in an interview (issue 10:
  // readers found the "to confirm" flag on such cards needless, all right).
  const paragraph = model.paragraphs[para];
  // (Narration after it may go on about the same speaker, "Marr also blamed …", but its next sentence names no
  // one else; the reader then confirms.)
  // (Read only for a quotation that opens its paragraph: once a paragraph.)
  const onlyQuote = (): boolean => bare(model, g.close + 1, paragraph.end);
  const sameAfter = (): boolean => {
    const nextEnd = Math.min(paragraph.end, model.sentences[sentenceAt(model, g.close) + 1]?.end ?? paragraph.end);
    return (
      prev !== null &&
      !mentionsIn(idx, g.close, nextEnd).some(
        (m) => idx.actors[m.actor].kind === 'person' && m.actor !== prev.said.actor && !isQuoted(idx, m.start),
      )
    );
  };
  if (
    prev !== null &&
    prev.said.actor !== null &&
    prev.para === para - 1 &&
    !bounds.enclosing &&
    bare(model, paragraph.start, g.open) &&
    (onlyQuote() || sameAfter()) &&
    model.sentences[sentenceAt(model, prev.end) + 1]?.para !== prev.para &&
    // `“Will you deny that?” Velm asked.` then `“It may rise a little.”`: words after a question are the
    // answer, someone else's.
    !/\?/.test(model.text.slice(Math.max(0, prev.end - 2), prev.end + 1)) &&
    nobodyBetween()
  ) {
    const before = model.paragraphs[prev.para];
    const alone =
      prev.said.confidence === 'high' &&
      !mentionsIn(idx, before.start, before.end).some(
        (m) => idx.actors[m.actor].kind === 'person' && m.actor !== prev.said.actor && !isQuoted(idx, m.start),
      );
    return { actor: prev.said.actor, sieve: 'continuation', confidence: alone && onlyQuote() ? 'high' : 'low' };
  }
  return said;
}

/**
 * Parts of a split quotation joined as the speaker said them: the comma the attribution interrupted
 * stays ("A, b"); a part that opens a new sentence ("A," she said. "B …") follows a full stop, never a
 * comma before a capital. "I" and names that open the next part are read as a continued sentence only
 * when the first part did not end a sentence of its own.
 */
function joinPart(all: string, part: string): string {
  if (all === '') return part;
  if (/[.!?…]["'”’]?$/.test(all)) return `${all} ${part}`;
  const head = all.replace(/[,;:\s]+$/, '');
  return /^\p{Lu}/u.test(part) && !/^I\b/.test(part) ? `${head}. ${part}` : `${head}, ${part}`;
}

function quoteOf(
  model: TextModel,
  idx: SpeakerIndex,
  g: Group,
  paraStart: number,
  bounds: Bounds,
  paraDates: DateMatch[],
  state: State,
): QuoteFact | null {
  const text = g.parts.map((p) => model.text.slice(paraStart + p.start, paraStart + p.end)).reduce(joinPart, '');
  const key = lowerWords(text);
  if (key === '') return null;
  // The same words again: "The Velm Party said the mayor ‘must resign’" over the story, then "party leader Ada
  // Vesk said the mayor “must resign”": words a body was given first are the person's who says them after.
  const prior = state.seen.get(key);
  if (prior !== undefined && !(key.length >= 20 && saidByBody(idx, prior))) return null;
  const sFrom = model.sentences[sentenceAt(model, g.open)].start;
  const closing = sentenceAt(model, Math.max(g.open, g.close - 1));
  // "“… right?” Ivo Marr told reporters.": a question or exclamation ends its sentence at the quotation, but the
  // words after it still say who asked it (in the same paragraph).
  const asked = /[?!]["”’']?\s*$/.test(model.text.slice(Math.max(g.open, g.close - 3), g.close + 1));
  const next = model.sentences[closing + 1];
  // Only a quotation that opens its sentence: "…, asking if he would “…?” Marr replied …" was asked by the subject.
  const opens = model.text.slice(model.sentences[closing].start, g.open).trim() === '';
  const sTo =
    asked && opens && next && next.para === model.sentences[closing].para ? next.end : model.sentences[closing].end;
  const postTo = Math.min(sTo, bounds.to, g.close + LOOK_CHARS);
  const firstClose = paraStart + g.parts[0].close;
  const attributedAfter =
    !g.unclosed && sayVerbAfter(model, g.parts.length > 1 ? firstClose : g.close, postTo, g.parts.length > 1);
  const sayNear =
    sentenceHasCue(model, state, sFrom, sTo) ||
    /:\s*$/.test(model.text.slice(Math.max(sFrom, bounds.from, g.open - 8), g.open));
  if (!isQuotation(model, g.open, text, sayNear || g.parts.length > 1, attributedAfter)) return null;
  if (bounds.enclosing && !isReportedInside(model, g, bounds.enclosing, text)) return null;
  const preFrom = Math.max(sFrom, bounds.from, g.open - LOOK_CHARS);
  const said = speakerOf(model, idx, g, state, {
    preFrom,
    postTo,
    sFrom,
    attributedAfter,
    firstClose,
    bounds,
    paraStart,
  });
  if (prior !== undefined) {
    if (said.actor !== null && said.confidence === 'high' && idx.actors[said.actor].kind === 'person') {
      const first = g.parts[0];
      const last = g.parts[g.parts.length - 1];
      Object.assign(prior, {
        speaker: idx.actors[said.actor].name,
        sieve: said.sieve,
        confidence: said.confidence,
        when: whenOf(model, paraDates, sFrom, sTo, g),
        source: { start: paraStart + first.start, end: paraStart + last.end },
      });
    }
    return null;
  }
  state.previous = { said, end: g.close, para: model.sentences[sentenceAt(model, g.open)].para };
  state.byGroup.set(g, said);
  const first = g.parts[0];
  const last = g.parts[g.parts.length - 1];
  const quote: QuoteFact = {
    text,
    speaker: said.actor === null ? null : idx.actors[said.actor].name,
    sieve: said.sieve,
    confidence: said.actor === null ? 'low' : said.confidence,
    when: whenOf(model, paraDates, sFrom, sTo, g),
    source: { start: paraStart + first.start, end: paraStart + last.end },
  };
  state.seen.set(key, quote);
  return quote;
}

const BODY_NAMES = new WeakMap<SpeakerIndex, Set<string>>();
/** Whether a quotation's words were given to a body (a party, a ministry), not to a person. */
function saidByBody(idx: SpeakerIndex, q: QuoteFact): boolean {
  let bodies = BODY_NAMES.get(idx);
  if (!bodies) {
    bodies = new Set(idx.actors.filter((a) => a.kind !== 'person').map((a) => a.name));
    BODY_NAMES.set(idx, bodies);
  }
  return q.speaker !== null && bodies.has(q.speaker);
}

export function extractQuotes(model: TextModel, idx: SpeakerIndex, dates: readonly DateMatch[]): QuoteFact[] {
  const quotes: QuoteFact[] = [];
  const state: State = { previous: null, seen: new Map(), sayVerbIn: new Map(), byGroup: new Map() };
  let dateCursor = 0;
  model.paragraphs.forEach((para, paraIndex) => {
    if (para.isPull) return;
    const spans = idx.spans[paraIndex];
    if (spans.length === 0) return;
    while (dateCursor < dates.length && dates[dateCursor].start < para.start) dateCursor += 1;
    let dateEnd = dateCursor;
    while (dateEnd < dates.length && dates[dateEnd].start < para.end) dateEnd += 1;
    const paraDates = dates.slice(dateCursor, dateEnd);
    const list = groups(model, para.start, spans);
    state.byGroup.clear();
    list.forEach((g, k) => {
      const quote = quoteOf(model, idx, g, para.start, boundsOf(list, k, para.start, para.end), paraDates, state);
      if (quote) quotes.push(quote);
    });
  });
  return quotes;
}
