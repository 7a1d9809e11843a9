/**
 * Short spans for cards (issue 10): the clause of a sentence that holds a fact, the
 * informative span of a text to blank, and the test for words a card cannot carry
 * ("this move", "he") without their referent. Every function is linear in its input.
 */
import { isUpper, spacedWords } from '../document/chars';
import { REGION_ADJECTIVES, STATE_INDEX } from '../lexicon/geo';
import { CLAUSE_VERBS, COMMON, IRREGULAR_PARTICIPLES, NUMBER_WORDS, SAY_VERBS } from '../lexicon/words';

export type Span = { start: number; end: number };

/** Words between white space (counted without splitting: builders ask this of every clause they try). */
export const words = spacedWords;

/** Clause marks: commas, semicolons, colons and dashes followed by a space, quotation marks (a bracket stays in its clause). */
const MARK = /[,;:]\s|\s[—–-]\s|[—“”"«»]/g;

/** Words that open a clause without belonging to its fact. */
const LEAD =
  /^(?:(?:and|but|or|so(?!\s+(?:far|much|many|long|few|little)\b)|yet|while|whereas|although|though|then|also|even|such as|including|as well as|where|when)\s+)+/i;

/** "since" or "because" opening a clause with its own subject (not "since 1990", "since March", "because of"). */
const REASON_LEAD =
  /^(?:since|because)\s+(?=(?:the|a|an|its|their|his|her)\s|(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)\p{Lu})/iu;

/** A date's apposition: "the day after …", "the week before …", "a year to the day after …". */
const DATE_APPOSITION =
  /^(?:the|a)\s+(?:day|night|morning|afternoon|evening|week|weekend|month|year)\s+(?:after|before|when|of|that)\b/i;

/** The label of a caption ("Figure 2.3 ", "Table 4: "): the picture's number, no part of what the caption says. */
/** A live page's label before its news: "Update: …", "Breaking: …", "Latest: …". */
export const LIVE_LABEL = /^\s*(?:update|updated|breaking|latest|correction|live)\s*:\s+(?=\p{L})/iu;

export const CAPTION_LABEL =
  /^\s*(?:Figure|Fig\.|Table|Map|Plate|Image|Photo|Illustration)\s+\d+(?:[.-]\d+)*[.:]?\s+(?=\p{Lu})/u;

/**
 * The clause of `sentence` around [at, end): the sentence cut at its clause marks,
 * the piece holding the span joined to its neighbour while shorter than six words,
 * stripped of leading conjunctions, at most `maxWords` words (cut with "…"). A mark inside the
 * span (the comma of "May 4, 2011") is no cut.
 * Offsets are within `sentence`. Null when the span sits inside a quotation.
 */
export function clauseAround(sentence: string, at: number, end: number, maxWords = 28): Span & { text: string } {
  const cuts: number[] = [0];
  const marks: { start: number; end: number; quote: boolean }[] = [];
  MARK.lastIndex = 0;
  for (let m = MARK.exec(sentence); m !== null; m = MARK.exec(sentence)) {
    // The span itself is never cut: "May 4, 2011" keeps its comma.
    if (m.index >= at && m.index < end) continue;
    // Nor another date's comma ("is May 4, 2011, with notices by June"), nor a place's before and after its
    // abbreviated state ("from the Orlo, Fla., area").
    if (
      m[0][0] === ',' &&
      (DATE_COMMA.test(sentence.slice(Math.max(0, m.index - 3), m.index + 7)) || inPlace(sentence, m.index))
    )
      continue;
    marks.push({ start: m.index, end: m.index + m[0].length, quote: /[“”"«»]/.test(m[0]) });
  }
  const pieces: { start: number; end: number; quote: boolean; dashed?: boolean }[] = [];
  let from = 0;
  let dashed = false;
  for (const mark of marks) {
    if (mark.start > from) pieces.push({ start: from, end: mark.start, quote: mark.quote, dashed });
    from = mark.end;
    dashed = /^\s[—–-]\s$/.test(sentence.slice(mark.start, mark.end));
    cuts.push(from);
  }
  if (from < sentence.length) pieces.push({ start: from, end: sentence.length, quote: false, dashed });
  let k = pieces.findIndex((p) => p.start <= at && end <= p.end);
  if (k === -1)
    k = Math.max(
      0,
      pieces.findIndex((p) => p.end >= end),
    );
  let lo = k;
  let hi = k;
  const span = () => words(sentence.slice(pieces[lo].start, pieces[hi].end));
  // A short piece ("In October 2023") takes the clause after it (or before it at the end of the sentence),
  // never across a quotation mark.
  while (span() < 8) {
    if (hi + 1 < pieces.length && !pieces[hi].quote) hi += 1;
    else if (lo > 0 && !pieces[lo - 1].quote) lo -= 1;
    else break;
  }
  // "In May 2024, participating in a briefing, the minister explained": a participle or prepositional
  // piece takes the clause after it.
  while (
    hi + 1 < pieces.length &&
    !pieces[hi].quote &&
    hi > k &&
    (/^(?:\p{L}+ing|with|without|at|in|on|by|after|before|during|under|for)\b/iu.test(
      sentence.slice(pieces[hi].start, pieces[hi].end).trim(),
    ) ||
      // "On 21 May, the day after the talks in Tarn, the court …": the date's apposition says which day; the
      // clause after it says what happened.
      DATE_APPOSITION.test(sentence.slice(pieces[hi].start, pieces[hi].end).trim()))
  )
    hi += 1;
  // "On 3 May, Ana Ames, the mayor of Velen, opened the dock": a name and its apposition take the
  // clause after them, which says what happened.
  const piece = (i: number) => sentence.slice(pieces[i].start, pieces[i].end).trim();
  while (
    hi + 1 < pieces.length &&
    hi > lo &&
    !pieces[hi].quote &&
    /^(?:the|a|an)\s/i.test(piece(hi)) &&
    /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}$/u.test(piece(hi - 1)) &&
    words(sentence.slice(pieces[lo].start, pieces[hi + 1].end)) <= maxWords
  )
    hi += 1;
  // "In ___, the bank, which held the mill, sold its shares": a relative clause set off by commas
  // sits between a subject and its verb; the clause goes on to the verb after it.
  while (
    hi + 1 < pieces.length &&
    hi > lo &&
    !pieces[hi].quote &&
    /^(?:which|who|whom|whose)\s/i.test(piece(hi)) &&
    words(sentence.slice(pieces[lo].start, pieces[hi + 1].end)) <= maxWords
  )
    hi += 1;
  // "Ana Ames, a former teacher, left the dock in ___" / "Ana Ames, who ran it, left …": a clause that would
  // open on an apposition or a relative clause takes the name before it, the subject of its verb.
  while (
    lo > 0 &&
    lo < k &&
    !pieces[lo - 1].quote &&
    /^(?:the|a|an|who|which|whom|whose)\s/i.test(piece(lo)) &&
    /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}$/u.test(piece(lo - 1)) &&
    words(sentence.slice(pieces[lo - 1].start, pieces[hi].end)) <= maxWords
  )
    lo -= 1;
  // "The price of crude – the global benchmark – rose to $130 on ___": a clause opening on its verb after an
  // aside between dashes takes the subject before the aside (the aside stays: the span is one piece of text).
  if (
    lo === k &&
    lo >= 2 &&
    pieces[lo].dashed &&
    pieces[lo - 1].dashed &&
    !pieces[lo - 2].quote &&
    /^\p{Ll}/u.test(piece(lo)) &&
    words(sentence.slice(pieces[lo - 2].start, pieces[hi].end)) <= maxWords
  )
    lo -= 2;
  // "… starred opposite Ada Vesk, Ola Brandt, and Ivo Marr in Harbour Lights": a list of names is never cut
  // before its last name (what the list belongs to comes after it).
  const bareName = (i: number) => /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}$/u.test(piece(i));
  const endsWithName = (i: number) => /(?:^|\s)\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}$/u.test(piece(i));
  while (
    hi + 1 < pieces.length &&
    !pieces[hi].quote &&
    endsWithName(hi) &&
    (bareName(hi + 1) || /^(?:and|or)\s+\p{Lu}/u.test(piece(hi + 1))) &&
    words(sentence.slice(pieces[lo].start, pieces[hi + 1].end)) <= maxWords
  )
    hi += 1;
  // "… in Tarn, Orsk, Velm, and Lisk on a date in ___": a clause opening on a list's last name takes the list
  // back to the words it belongs to.
  if (lo > 0 && /^(?:and|or)\s+\p{Lu}/u.test(piece(lo)) && bareName(lo - 1)) {
    let back = lo - 1;
    while (back > 0 && bareName(back) && !pieces[back - 1].quote) back -= 1;
    if (endsWithName(back) && words(sentence.slice(pieces[back].start, pieces[hi].end)) <= maxWords + 12) lo = back;
  }
  let start = pieces[lo]?.start ?? 0;
  // "… in Velm, a town 25 miles west of Tarn where the income is ___": a place's apposition opening on "a" or
  // "an" says which one by the name before its comma.
  // (A place's apposition only: "a roaster who visited …" says who well enough, "RAM, a 1 TB drive" is a list.)
  if (
    lo > 0 &&
    lo <= k &&
    !pieces[lo - 1].quote &&
    /^(?:a|an)\s[^,;]*\swhere\s/i.test(piece(lo)) &&
    endsWithName(lo - 1)
  ) {
    const prior = sentence.slice(pieces[lo - 1].start, pieces[lo - 1].end).trimEnd();
    const name = /\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}$/u.exec(prior);
    if (name && !COMMON.has(name[0].toLowerCase())) start = pieces[lo - 1].start + name.index;
  }
  let stop = pieces[hi]?.end ?? sentence.length;
  const bullet = sentence.slice(start, stop).match(/^\s*[-–—•*]\s+/);
  if (bullet && start + bullet[0].length <= at) start += bullet[0].length;
  const label = sentence.slice(start, stop).match(CAPTION_LABEL);
  if (label && start + label[0].length <= at) start += label[0].length;
  const lead = sentence.slice(start, stop).match(LEAD);
  if (lead && start + lead[0].length <= at) start += lead[0].length;
  // "Since Tarn had closed its ports in ___": the reason's clause stands alone without its "since".
  const reason = sentence.slice(start, stop).match(REASON_LEAD);
  // ("Since the 1960s, …": the date itself follows; "since" is its preposition.)
  // (Not when a main clause follows the reason's comma: "Since testing began in ___, only Tarn has …".)
  if (
    reason &&
    words(sentence.slice(start + reason[0].length, at)) >= 2 &&
    !/,\s+\p{L}/u.test(sentence.slice(end, stop))
  )
    start += reason[0].length;
  // Cap the length, keeping the span: words after it go first, then words before it.
  let text = sentence.slice(start, stop).trim();
  start += sentence.slice(start, stop).indexOf(text);
  stop = start + text.length;
  if (words(text) > maxWords) {
    const after = sentence.slice(end, stop).split(/(\s+)/);
    const before = words(sentence.slice(start, end));
    const keep = Math.max(0, maxWords - before);
    const tail = after
      .slice(0, keep * 2)
      .join('')
      .trimEnd();
    stop = end + tail.length;
    // "… by ___ and that by 2050": a clause joined after the blank and cut before its verb goes whole.
    const joinedAt = /\s(?:and|but|or)\s+(?:that\s+)?(?:(?!\s(?:and|but|or)\s).)*$/.exec(sentence.slice(end, stop));
    if (joinedAt && !hasFiniteVerb(joinedAt[0])) stop = end + joinedAt.index;
    text = `${sentence
      .slice(start, stop)
      .replace(/[,;:]$/, '')
      .replace(TRAIL, '')} …`;
  }
  // A clause that runs to its sentence's end may close on a particle or a preposition ("as the day wore on",
  // "what they hoped for"); there only a word that closes no clause goes.
  const atEnd = /^[\s.!?”"’)]*$/.test(sentence.slice(stop));
  text = text.replace(/[.,;:!?]+$/, '').replace(atEnd ? UNCLOSING : TRAIL, '');
  return { start, end: stop, text };
}

/** The comma between a day and its year ("4, 2011"). */
const DATE_COMMA = /\d,\s\d{4}(?!\d)/;
/** A town's abbreviated state set off by commas: ", Fla.," (the comma before it, or the one after). */
const STATE_ABBREVIATION = /^,\s\p{Lu}\p{Ll}{0,4}\.,/u;
const inPlace = (sentence: string, at: number): boolean =>
  STATE_ABBREVIATION.test(sentence.slice(at, at + 10)) ||
  /,\s\p{Lu}\p{Ll}{0,4}\.$/u.test(sentence.slice(Math.max(0, at - 9), at));

/** Words that cannot end a clause: what follows them was cut. */
const TRAIL = /(?:\s+(?:that|which|who|whom|whose|and|or|but|with|of|to|the|a|an|in|on|at|by|for|from|as))+$/i;
/** Words that close no clause: a clause cut after one lost what came next. */
const UNCLOSING = /(?:\s+(?:that|which|who|whom|whose|and|or|but|of|the|a|an))+$/i;

const PERSONAL = /\b(?:he|she|him|his|her|hers|they|them|their|theirs|himself|herself|themselves)\b/i;
const DEMONSTRATIVE_START =
  /^(?:this|these|that|those|it|its|such|there|here|the latter|the former|which|whom|whose|(?:some|many|most|others|several|both|all|few|none|each)\s+(?:are|were|is|was|have|had|of\s+(?:them|these|those)))\b/i;
const DEMONSTRATIVE =
  /\b(?:this|these|those|the latter|the former|the same|(?:a|an|the)\s+(?:previous|earlier|aforementioned|prior))\s+\p{L}/iu;

/**
 * The narrator's own person outside quotation marks ("the choir I founded", "our harvest", "you can see"): in an
 * interview's answer or a speech the words stand for someone the card does not name. Case matters: "US" is a
 * country, and an "I" after a capitalised word is a numeral ("World War I", "Charles I").
 */
const FIRST_OR_SECOND =
  /\b(?:[Mm]y|[Mm]e|[Mm]ine|[Mm]yself|[Ww]e|[Oo]ur|[Oo]urs|[Oo]urselves|us|[Yy]ou|[Yy]our|[Yy]ours)\b/u;
/** "Built in ___, it is now …", "In ___ it sold …": "it" as the subject after a frame stands for what the card does not name. */
const IT_AFTER_FRAME =
  /(?:[,;]\s+it\s+(?:is|was|has|had|became|becomes|remains|remained|will|would|can|could)\b)|(?:^|[,;]\s+)(?:in|on|by|at|from|during|since|after|before)\s+(?:the\s+)?(?:___|\S+)\s+it\s+\p{Ll}/iu;
/** "I" as a word; a numeral after a capitalised name word ("World War I", "Charles I"), not after "After", "When". */
const CAPITAL_I = /(?<![\p{L}\p{N}])I(?![\p{L}\p{N}.])/gu;
const NAME_WORD_BEFORE = /(?:^|[^\p{L}.,;:!?])\s*(\p{Lu}[\p{L}.]*)\s+$/u;
const firstPersonI = (text: string): boolean => {
  for (const m of text.matchAll(CAPITAL_I)) {
    const before = NAME_WORD_BEFORE.exec(text.slice(Math.max(0, m.index - 30), m.index))?.[1];
    if (before === undefined || COMMON.has(before.toLowerCase())) return true;
  }
  return false;
};

/** Words outside quotation marks that point back to something the card does not say. */
export function hasUnresolvedReference(text: string): boolean {
  const own = text.replace(/“[^”]*(?:”|$)/g, ' ').replace(/"[^"]*(?:"|$)/g, ' ');
  return (
    PERSONAL.test(own) ||
    DEMONSTRATIVE_START.test(own.trim()) ||
    DEMONSTRATIVE.test(own) ||
    FIRST_OR_SECOND.test(own) ||
    IT_AFTER_FRAME.test(own) ||
    firstPersonI(own)
  );
}

type Tok = { start: number; end: number; text: string };

const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{N}'’.,%-]*[\p{L}\p{N}%])?/gu;
const UNITS = new Set([
  'percent',
  'per',
  'cent',
  'million',
  'billion',
  'trillion',
  'thousand',
  'hundred',
  'km',
  'kilometres',
  'kilometers',
  'miles',
  'tonnes',
  'tons',
  'people',
  'years',
  'dollars',
  'euros',
]);
const MONTH_WORD =
  /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)$/i;
const NAME_GLUE = new Set(['of', 'and', 'the', 'for', 'de', 'la', 'von', 'van', 'al']);

function tokens(text: string): Tok[] {
  const out: Tok[] = [];
  TOKEN.lastIndex = 0;
  // A token ends on a letter, a digit or %: never on a full stop or a comma, so there is nothing to trim.
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}

const CAPITAL_START = /^\p{Lu}/u;
const HAS_LETTER = /\p{L}/u;
const isCap = (t: Tok) => CAPITAL_START.test(t.text);
const isNumber = (t: Tok) => /\d/.test(t.text) || (t.text.length > 3 && t.text.toLowerCase() in NUMBER_WORDS);
const isContent = (t: Tok) => !COMMON.has(t.text.toLowerCase()) && HAS_LETTER.test(t.text);
/** A sentence opening inside the text: its first word is capitalised for that reason alone. */
const opensSentence = (text: string, t: Tok) =>
  /(?:^|[.!?…]["”’]?\s+|^\s*[-–—•*]\s+)$/.test(text.slice(Math.max(0, t.start - 4), t.start)) &&
  !/(?:^|\s)\p{Lu}\.\s+$/u.test(text.slice(Math.max(0, t.start - 5), t.start));

/** A month name at `k` (a number beside it is part of a date). Closures stay out of the loops below: they run per word. */
const nearMonth = (toks: Tok[], k: number) => k >= 0 && k < toks.length && MONTH_WORD.test(toks[k].text);
/** Only white space between two words of a name; "Harry F. Lindqvist": an initial's full stop stays inside the name. */
const gap = (text: string, a: Tok, b: Tok) =>
  /^\s+$/.test(text.slice(a.end, b.start)) || (/^\p{Lu}$/u.test(a.text) && /^\.\s+$/.test(text.slice(a.end, b.start)));

/**
 * The informative span of a text to blank: a number with its unit, else a name
 * (capitalised run, not a sentence opening), else the richest run of 2–4 content
 * words, else one long content word. Never function words; never chosen by position.
 */
export function keyPhrase(text: string, avoid: (span: string) => boolean = () => false): Span | null {
  const toks = tokens(text);
  // Asked of each word several times below: once each.
  const cap = toks.map(isCap);
  const content = toks.map(isContent);
  type Cand = Span & { score: number };
  let best: Cand | null = null;
  const offer = (i: number, j: number, score: number) => {
    if (j < i) return;
    const span = { start: toks[i].start, end: toks[j].end };
    const s = text.slice(span.start, span.end);
    if (avoid(s) || words(s) > 6) return;
    if (!best || score > best.score) best = { ...span, score };
  };
  for (let i = 0; i < toks.length; i += 1) {
    const t = toks[i];
    // A number glued to others by "/" or ":" (a date "10/1/2008", a time) is not one to blank.
    const glued =
      /[/:]\d|\d[/:]$/.test(text.slice(Math.max(0, t.start - 2), t.start)) ||
      /^[/:]\d/.test(text.slice(t.end, t.end + 2));
    if (isNumber(t) && /\d/.test(t.text) && !glued && !nearMonth(toks, i - 1) && !nearMonth(toks, i + 1)) {
      let j = i;
      while (j + 1 < toks.length && UNITS.has(toks[j + 1].text.toLowerCase()) && j - i < 2) j += 1;
      if (!/^(?:1[5-9]|20)\d\d$/.test(t.text) || j > i) offer(i, j, 4 + (j - i) * 0.1);
    }
    // A month name is part of a date, asked by the date cards, never a name to blank.
    if (cap[i] && !opensSentence(text, t) && content[i] && !MONTH_WORD.test(t.text)) {
      let j = i;
      while (j + 1 < toks.length) {
        const n = toks[j + 1];
        if (!gap(text, toks[j], n)) break;
        if (cap[j + 1] && !opensSentence(text, n)) j += 1;
        else if (NAME_GLUE.has(n.text) && j + 2 < toks.length && cap[j + 2] && gap(text, n, toks[j + 2])) j += 2;
        else break;
      }
      offer(i, j, 3 + Math.min(j - i, 3) * 0.2);
      i = j;
    }
  }
  for (let i = 0; i < toks.length; i += 1) {
    if (!content[i] || cap[i]) continue;
    let j = i;
    while (j + 1 < toks.length && content[j + 1] && !cap[j + 1] && j - i < 3) {
      // a clause mark between two words ends the phrase
      if (/[,;:]/.test(text.slice(toks[j].end, toks[j + 1].start))) break;
      j += 1;
    }
    const letters = text.slice(toks[i].start, toks[j].end).replace(/[^\p{L}]/gu, '').length;
    if (j > i) offer(i, j, 1 + Math.min(letters, 30) / 30);
    else if (letters >= 7) offer(i, i, 0.5 + letters / 100);
  }
  if (!best) return null;
  const { start, end } = best as Cand;
  // "NORSA’s pledge": the blank is the name, the possessive stays in the prompt.
  const possessive = /['’]s$/.test(text.slice(start, end)) ? 2 : 0;
  // "$40 million": the currency sign goes into the blank with its number.
  const currency = /\d/.test(text[start] ?? '') && /[$€£¥]$/.test(text.slice(Math.max(0, start - 1), start)) ? 1 : 0;
  return { start: start - currency, end: end - possessive };
}

/** The text with `span` replaced by a blank, clipped to `maxWords` around it with "…". */
/** A reference's number after a word: " (2)", " [12]", " (3, 4)" (not the blank's own brackets). */
const REFERENCE_MARK = /(?<=\p{L}|[.,;:%])\s*[([]\d{1,3}(?:\s*[,–-]\s*\d{1,3})*[)\]](?=\s|$|[.,;:])/gu;

export function blankOut(text: string, span: Span, maxWords = 40): string {
  const before = text.slice(0, span.start).split(/\s+/).filter(Boolean);
  const after = text.slice(span.end).split(/(?=\s)/);
  const tailWords = text.slice(span.end).split(/\s+/).filter(Boolean);
  // Words before the blank keep the room the words after it leave ("The origins of … can be traced to ___").
  const keepBefore = Math.min(before.length, Math.max(8, maxWords - Math.min(12, tailWords.length)));
  const head =
    before.length > keepBefore ? `… ${before.slice(-keepBefore).join(' ')}` : text.slice(0, span.start).trimEnd();
  const room = Math.max(4, maxWords - keepBefore);
  // A cut tail ends on a word that carries something, not "for the …".
  const tail =
    tailWords.length > room
      ? `${after
          .slice(0, room + 1)
          .join('')
          .trimEnd()
          .replace(TRAIL, '')
          .replace(/[,;:]$/, '')} …`
      : text.slice(span.end);
  const sep = head === '' || /\s$/.test(text.slice(0, span.start)) ? ' ' : '';
  // "… binge eating (2)", "… body fat [3]": a reference's number is no part of what the clause says.
  return `${head}${head === '' ? '' : sep}___${tail}`.replace(REFERENCE_MARK, '').trim();
}

// ---- Prompts that stand alone (issue 10): a prompt is the clause holding the fact, read without the sentence before. ----

/** Why a prompt's clause leans on the text before it, or null when it reads alone. */
export type Leaning = 'pronoun' | 'definite' | 'relative-time' | 'no-subject' | 'no-owner';

/**
 * A measure as the subject ("Sales rose …", "Consumer spending was up …", "Exports for the year …"): whose, or
 * where, the clause must say itself, by a name ("Sales of Velm Motors", "Growth in Tarn").
 */
const MEASURE_SUBJECT =
  /^(?:(?:annual|quarterly|monthly|net|pre-tax|operating|total|overall|full-year|first-half|half-year|(?:first|second|third|fourth)-quarter|underlying|retail|consumer|industrial|core|economic|average|headline|domestic|foreign|overseas|export|online|global)\s+)*(?:sales|revenues?|profits?|turnover|earnings|output|exports|imports|growth|inflation|unemployment|prices|spending|borrowing|margins|losses|income|demand|orders|deliveries|production|debts?|costs|gdp|gross\s+domestic\s+product|(?:the\s+)?economy|(?:the\s+)?workforce)\b/i;
/** A subject that is one of a series, with no name of the series: "Version 2.1", "the first one", "The sequel". */
const INSTALMENT_SUBJECT =
  /^(?:the\s+)?(?:(?:first|second|third|next|last|latest|new|final|original)\s+)?(?:version|edition|release|one|sequel|prequel|episode|instal?lment|volume|update)\b(?:\s+v?\d[\d.]*)?/i;
/** A capitalised word that names no owner: a month, a weekday, a quarter's label. */
const NO_OWNER_CAPITAL =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Christmas|Q[1-4])$/;
const namesOwner = (text: string): boolean =>
  (text.match(/(?<![\p{L}\p{N}])\p{Lu}[\p{L}\p{N}'’&.-]*/gu) ?? []).some((w) => !NO_OWNER_CAPITAL.test(w));

/** A frame before the subject: the blank or a date ("On ___, "), or a connective ("Additionally, "). */
const FRAME_BEFORE_SUBJECT =
  /^(?:(?:on|in|by|at|after|before|during|since|until|from)\s[^,;:]{0,30}|(?:\p{L}+\s+){0,2}___|\p{L}+ly|however|meanwhile|then|later|today|yesterday|also|still)(?:,\s+)/iu;

/** Where the clause's subject starts: past a leading ellipsis and a frame ("On ___, the agency …" -> "the agency …"). */
function subjectOf(clause: string): string {
  let text = clause.replace(/^…\s*/, '');
  // "Today, ___, the board …": up to two frames.
  for (let k = 0; k < 2; k += 1) {
    const frame = FRAME_BEFORE_SUBJECT.exec(text);
    if (!frame) break;
    text = text.slice(frame[0].length);
  }
  return text;
}

/** A subject that is a pronoun or a pointer: "it", "they", "we", "this", "these …" (the referent is in another sentence). */
/** Adverbs and conjunctions that may stand before a clause's subject without a comma: "But now its banks …". */
const LEADING_ADVERBS = /^(?:(?:but|and|so|yet|now|still|meanwhile|however|also|then|instead)\b,?\s+)+/i;
const PRONOUN_SUBJECT = /^(?:it|its|they|their|this|these|that|those|he|she|his|her|such|we|our|i|my|you|your)\b/i;

/**
 * A time phrase that dates nothing alone ("at that time", "the next day", "a month later", "then"): a prompt
 * whose only time anchor it is asks of a moment the card does not give.
 */
const RELATIVE_TIME =
  /\b(?:at\s+(?:that|the)\s+(?:time|point|moment)|by\s+then|until\s+then|since\s+then|(?<![-–])then(?![-–])|(?:the|that)\s+(?:next|following|previous|same)\s+(?:day|week|month|year|morning|evening|night|season)|(?:a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+few|\d+)\s+(?:days?|weeks?|months?|years?)\s+(?:later|earlier|afterwards)|that\s+(?:day|week|month|year|night|morning|evening)|(?:later|earlier)\s+that\s+\p{L}+|the\s+day\s+(?:before|after))\b/iu;
const ABSOLUTE_TIME =
  /\b(?:1[5-9]|20)\d\d\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;

/** An opening adjective or participle with no subject: "Designed to carry …", "Located in …". */
const NO_SUBJECT_OPENING =
  /^\p{Lu}\p{Ll}+(?:ble|ed|ent|ant|ive|ous|ful|wn)\s+(?:of|to|for|in|on|at|by|with|from|as)\b/u;

/** The lower-case words after "the" a definite subject may run to before its verb. */
const STOP_AFTER_THE =
  /^(?:it|its|they|their|he|she|his|her|this|these|is|are|was|were|has|have|had|will|would|can|could|may|might|must|shall|should|did|does|do|be|been|not|that|which|who|whom|whose|of|in|on|at|by|for|from|with|to|and|or|but|as|\p{Ll}+ed|\p{Ll}+ing)$/u;

/** Capitalised words that open a sentence or a phrase without being part of a name. */
const NAME_FUNCTION_WORDS =
  /^(?:the|a|an|in|on|at|by|of|for|from|to|with|and|or|but|as|this|that|these|those|its|his|her|their|our|when|why|how|what|where|who|which|whose|after|before|while|since|during|under|over|new|if|so|then|also|both|one|two|three|four|five|six|seven|eight|nine|ten|another|each|every|some|several|many|most|all|other)$/i;

/**
 * A capitalised run of one to six words (a name), with a lower-case word right after it, and "of/for …" after that,
 * all on one line (a headline's last word is no part of the next line's name).
 * Sticky: `priorNames` tries it only where a capital opens a word.
 */
const NAME_RUN =
  /(?<![\p{L}\p{N}])((?:\p{Lu}[\p{L}\p{N}.'’&-]*)(?:[^\S\n]+\p{Lu}[\p{L}\p{N}.'’&-]*){0,5})(?:[^\S\n]+(?!(?:of|for|on|and|or|the|a|an|in|at|to|by|with|from|as|is|was|are|were|has|had|have|will|would|said|says)\b)(\p{Ll}[\p{L}-]+))?((?:[^\S\n]+(?:of|for|on)(?:[^\S\n]+the)?(?:[^\S\n]+\p{Lu}[\p{L}.'’-]*)+)?)/uy;

/** Words for a faith or a people that describe rather than name ("Muslim", "Catholic", "Arab"). */
const FAITHS_AND_PEOPLES = new Set(
  'muslim muslims christian christians jewish jew jews catholic catholics protestant hindu hindus sikh sikhs buddhist islamic arab arabs asian asians african africans european europeans black white western eastern'.split(
    ' ',
  ),
);
const isPeopleWord = (word: string): boolean => {
  const w = word.toLowerCase();
  return FAITHS_AND_PEOPLES.has(w) || STATE_INDEX.get(w)?.via === 'demonym' || REGION_ADJECTIVES.has(w);
};

/** A capitalised word and "and" or "&" right before a run of capitalised words: the run ends a longer name. */
const COORDINATED_TAIL = /\p{Lu}[\p{L}.'’-]*[^\S\n]+(?:and|&)[^\S\n]+$/u;

/** A number written in words opening a sentence ("Forty envoys", "Twelve towns"): a count, no name. */
const SPELLED_NUMBER =
  /^(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundreds?|thousands?|dozens?)$/i;

type NameAt = { name: string; lower: string; at: number };
/** A run's word that ends a sentence ("March."), not an initial or "U.S.". */
const SENTENCE_END_WORD = /\p{Ll}{2}\.$/u;

export type Names = (head: string, before: number) => string[];
/** The names of the last text read: the date and the figure builders ask the same article's. */
let namesOf: { text: string; names: Names } | undefined;

/** How far back (in characters, about 1,000 words) a name is taken for a bare definite subject. */
const NAME_REACH = 6000;

/** Forgets the text `priorNames` keeps (the article is done). */
export function forgetPriorNames(): void {
  namesOf = undefined;
}

/**
 * The full names of a text by their head, each with where it is first written: "Orla Deep Telescope" under
 * "telescope", "Kessel-9 mission" under "mission", "Kessel Alliance for Clean Ports" under
 * "alliance", "Treaty of Paris" under "treaty" (an owner's possessive and function words before a name aside). Read once per text (linear):
 * `names(head, before)` gives the distinct names written before an offset and within NAME_REACH, at most five.
 */
export function priorNames(text: string): Names {
  if (namesOf?.text === text) return namesOf.names;
  const byHead = new Map<string, NameAt[]>();
  /** The list `head` may still take a name into, or null when it is full. */
  const room = (head: string): NameAt[] | null => {
    const key = head.toLowerCase();
    let list = byHead.get(key);
    if (list === undefined) {
      list = [];
      byHead.set(key, list);
    }
    return list.length >= 12 ? null : list;
  };
  const add = (list: NameAt[] | null, name: string, at: number) => {
    if (list === null) return;
    const lower = name.toLowerCase();
    if (list.some((n) => n.lower === lower)) return;
    list.push({ name, lower, at });
  };
  // NAME_RUN as a global scan reads it: a match opens on a capital (\p{Lu}), so the offsets between are skipped.
  for (let p = 0; p < text.length; ) {
    const cp = text.codePointAt(p) as number;
    const size = cp > 0xffff ? 2 : 1;
    if (!isUpper(cp)) {
      p += size;
      continue;
    }
    NAME_RUN.lastIndex = p;
    const m = NAME_RUN.exec(text);
    if (m === null) {
      p += size;
      continue;
    }
    p = m[0].length === 0 ? p + size : NAME_RUN.lastIndex;
    const run = m[1].split(/\s+/);
    // "the Orsk Water Quality and Waste Authority": the words after "and" end one name; alone they name nothing
    // ("the authority" later is not a "Waste Authority").
    if (
      COORDINATED_TAIL.test(text.slice(Math.max(0, m.index - 30), m.index)) &&
      BODY_HEADS.has(run[run.length - 1].toLowerCase())
    )
      continue;
    let from = 0;
    // "… in March. The Department for Education": a sentence ends inside the run (not an initial, not "U.S.").
    for (let k = 0; k < run.length - 1; k += 1) if (SENTENCE_END_WORD.test(run[k])) from = k + 1;
    // "Velen’s Kessel-9 mission": the owner goes; "The mission", "In Telescope …": function words are no name.
    while (
      from < run.length &&
      (NAME_FUNCTION_WORDS.test(run[from]) || SPELLED_NUMBER.test(run[from]) || /['’]s?$/.test(run[from]))
    )
      from += 1;
    const own = run.slice(from);
    const tail = m[3] ?? '';
    // Inside the run ("Orla Deep Telescope": "telescope"), and a lower-case head after it ("Kessel-9 mission").
    for (let k = 1; k < own.length; k += 1) {
      const list = room(own[k]);
      if (list !== null)
        add(list, `${own.slice(0, k + 1).join(' ')}${k === own.length - 1 && !m[2] ? tail : ''}`, m.index);
    }
    // "Velm centre Ivo Marr": a lower-case head before a person's name is that person's title, and "the centre"
    // later may be another player; it names nothing.
    const titleOf = m[2] && !tail && /^[^\S\n]+\p{Lu}\p{Ll}/u.test(text.slice(p, p + 3));
    // "Catholic police", "Velmish groups": a people's or a faith's word before a lower-case head describes some of
    // them; "the police" later is all of them, not a body of that name.
    const describes = own.length === 1 && isPeopleWord(own[0]);
    if (m[2] && own.length > 0 && !titleOf && !describes) add(room(m[2]), `${own.join(' ')} ${m[2]}${tail}`, m.index);
    // The head first: "Treaty of Paris", "Lake Mendota", "Comet Orla" under "treaty", "lake", "comet".
    if (own.length > 1 || (own.length === 1 && tail !== '' && !m[2]))
      add(room(own[0]), `${own.join(' ')}${m[2] ? '' : tail}`, m.index);
  }
  // "researchers at the University of Velm", "the port of Tarn": a common head named by the body or place after it
  // is a name of that head too (then "the researchers" after it and "the Orsk researchers" is either).
  HEAD_OF_NAME.lastIndex = 0;
  for (let m = HEAD_OF_NAME.exec(text); m !== null; m = HEAD_OF_NAME.exec(text)) {
    if (COMMON.has(m[1].toLowerCase()) || NO_HEAD.has(m[1].toLowerCase())) continue;
    add(room(m[1]), m[0], m.index);
  }
  // Only a name given not long before: "the agency" pages after one agency was named may be another body the
  // text calls by its own name ("DEP") since.
  const names: Names = (head, before) =>
    (byHead.get(head.toLowerCase()) ?? [])
      .filter((n) => n.at < before && n.at >= before - NAME_REACH)
      .slice(0, 5)
      .map((n) => n.name);
  namesOf = { text, names };
  return names;
}

/** Words for bodies a bare definite subject ("the agency", "the company") stands for: a body named elsewhere. */
const BODY_HEADS = new Set(
  `organization organisation council union ministry agency bank fund committee commission group army movement
corporation company university institute institution court parliament congress senate government party assembly
federation league association alliance coalition office department bureau service foundation trust society club
board authority administration cabinet secretariat tribunal consortium cooperative co-operative syndicate firm
observatory team side squad outfit visitors hosts holders pair couple duo trio twins brothers sisters siblings
partners business concern giant conglomerate carmaker airline carrier retailer supermarket chain operator insurer
lender broadcaster publisher producer manufacturer maker developer utility regulator watchdog charity label studio
network channel station newspaper magazine unit subsidiary division brand`.split(/\s+/),
);

/**
 * Heads any kind of body goes by ("the company", "the group"): a story about one body calls it so after
 * naming it. Only these are written as the article's lead body (`withLeadBody`); "the bank" or "the
 * airline" may be another body the story names without that word.
 */
/** Words that make a body public, never a "company": "Tarn Union", "Ministry of Ports", "Velm Council". */
const PUBLIC_BODY_WORDS = new Set(
  `union nations government ministry council commission parliament congress senate agency authority board court
police army navy party department office committee assembly league federation state states republic kingdom
administration bureau tribunal`.split(/\s+/),
);
const GENERIC_BODY_HEADS = new Set('company firm group business concern corporation giant conglomerate'.split(' '));

/** A lower-case head, a preposition and a capitalised name after it: "researchers at the University of Velm". */
const HEAD_OF_NAME =
  /(?<![\p{L}'’-])(\p{Ll}{4,})\s+(?:at|from|of)\s+(?:the\s+)?\p{Lu}[\p{L}.'’&-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}.'’&-]*){0,4}/gu;
/** Words before "of" that head no name: "some of Velm", "most of Tarn", "instead of Orsk". */
const NO_HEAD = new Set([
  'some',
  'most',
  'many',
  'part',
  'rest',
  'none',
  'much',
  'each',
  'both',
  'instead',
  'ahead',
  'outside',
  'inside',
]);

/**
 * Heads of things and events a story calls by a common noun after naming them ("the film", "the deal", "the
 * report"): a prompt that opens on one asks about something it does not say.
 */
const THING_HEADS = new Set(
  `film movie show series programme band album single song musical play book novel game console gadget device
handset product technology system scheme project plan deal bid offer move sale merger takeover report study survey
poll festival tournament ceremony bill law measure policy ruling decision case trial inquiry investigation probe
campaign tour summit agreement treaty accord contract referendum`.split(/\s+/),
);

/** Heads that stand for a person named before ("the striker", "the singer", "the 18-year-old"). */
const PERSON_EPITHETS =
  /^(?:player|striker|midfielder|defender|winger|forward|goalkeeper|keeper|centre|fly-half|scrum-half|flanker|full-back|prop|hooker|boss|singer|actor|actress|star|rapper|musician|songwriter|writer|author|artist|comedian|presenter|host|model|designer|veteran|youngster|teenager|champion|winner|driver|rider|golfer|batsman|bowler|boxer|sprinter|runner|swimmer|cyclist|jockey|trainer|\d+-year-old|(?:\p{Ll}+-)?(?:year|time)-old)$/u;

/** Whether a word after "the" stands for a person named before ("striker", "28-year-old", "singer"). */
export const isPersonEpithet = (word: string): boolean => PERSON_EPITHETS.test(word);

/**
 * A head a definite subject points back with: a body, a thing or event named before, or a person by an
 * epithet. (An office alone, "the chancellor", reads as the office; "the Tarnish coach" is one of many.)
 */
const pointsBack = (head: string): boolean =>
  BODY_HEADS.has(head) || THING_HEADS.has(head) || PERSON_EPITHETS.test(head);

/** Nouns that need no referent after a bare "the": there is one of each ("the world", "the public"). */
const ONE_OF_A_KIND = new Set(
  `world public sun moon earth internet web weather sky sea planet universe climate environment future past
weekend morning afternoon evening night day week month year season spring summer autumn fall winter rest first
last latter former majority minority average total`.split(/\s+/),
);

/** A bare definite noun that points back to a thing named before ("the resort", "the dividend"), not a title. */
const pointsBackBare = (head: string): boolean =>
  /^\p{Ll}[\p{Ll}-]{2,}$/u.test(head) && !ONE_OF_A_KIND.has(head) && !ROLE_HEADS.test(head) && !COMMON.has(head);

/** The body a story is about (`mainBody`): its name as the prose writes it, the names it goes by, where it is first named. */
export type LeadBody = { name: string; names: readonly string[]; at: number };

/**
 * The article's names by head with its lead body: "the company" or "the group", which the text never named
 * with that word, is the body the story is about once the story has named it ("Velen Shipping … The company
 * will open …"). And a head the text named once stands for that name only when no other body leads the
 * story: "the bank" in a story about Velen Shipping that once names the Bank of Tarn may be either
 * (`standAlone` then makes no card).
 */
export function withLeadBody(names: Names, body: LeadBody | null): Names {
  if (body === null) return names;
  const own = new Set(body.names.map((n) => n.toLowerCase()));
  const publicBody = body.names.some((n) => n.split(/\s+/).some((w) => PUBLIC_BODY_WORDS.has(w.toLowerCase())));
  return (head, before) => {
    const found = names(head, before);
    const key = head.toLowerCase();
    if (body.at >= before || !BODY_HEADS.has(key)) return found;
    // "the company" in a story led by the Tarn Union is some firm, not the union.
    if (GENERIC_BODY_HEADS.has(key) && publicBody) return found;
    if (found.length === 0) return GENERIC_BODY_HEADS.has(key) ? [body.name] : found;
    if (found.some((n) => own.has(n.toLowerCase()))) return found;
    return [...found, body.name];
  };
}

/** Heads a nationality does not make one ("the English side", "the Dutch club"): which of its sides? */
const EPITHET = /^[Tt]he\s+(\p{Lu}\p{Ll}+)\s+(\p{Ll}[\p{L}-]*)\b/u;
/** Nouns of a nationality standing for a person named before ("the Dutchman", "the Spaniard"). */
const NATIONAL =
  /^[Tt]he\s+(?:(?:French|Dutch|English|Irish|Welsh|Scots|Cornish|Manx)(?:man|woman)|Spaniard|Briton|Scot|Swede|Dane|Finn|Pole|Turk|Serb|Croat|Argentine|Kiwi|Aussie)\s+(?:\p{Ll}+)/u;
/**
 * Bodies a nationality makes one ("the Tarnish government", "the Velmish army"): the state's own. A company,
 * a side or a film of a nation is one of many.
 */
const NATIONAL_BODIES = new Set(
  `government army navy parliament congress senate assembly cabinet ministry court administration police
embassy authority authorities federation association league union people public economy`.split(/\s+/),
);
const isEpithet = (subject: string): boolean => {
  if (NATIONAL.test(subject)) return true;
  const m = EPITHET.exec(subject);
  if (m === null || NATIONAL_BODIES.has(m[2]) || !(pointsBack(m[2]) || ROLE_HEADS.test(m[2]))) return false;
  const w = m[1].toLowerCase();
  return STATE_INDEX.get(w)?.via === 'demonym' || REGION_ADJECTIVES.has(w) || /(?:ish|ese|ian|ch)$/.test(w);
};

/** The definite subject of a clause ("the telescope", "the new agency") and its head, or null. */
function definiteSubject(subject: string): { phrase: string; head: string; bare: boolean } | null {
  const m = /^([Tt]he)\s+([^,;:()“”"]*)/u.exec(subject);
  if (!m) return null;
  const kept: string[] = [];
  let length = m[1].length;
  const list = m[2].split(/\s+/).slice(0, 5);
  for (let i = 0; i < Math.min(list.length, 4); i += 1) {
    const w = list[i];
    // "The ___ deal": the blank (a figure) is a modifier of the head after it.
    if (w === '___' && kept.length === 0) continue;
    const word = w.replace(/['’]s$/, '');
    // "The company employs 30 …", "The tests cost ___ per sample": a word before a figure or the blank, after
    // the head, is the verb.
    if (kept.length > 0 && word === w && /^(?:___|\$?\d)/.test(list[i + 1] ?? '')) break;
    if (
      !/^(?:\p{Ll}|\d+-)[\p{L}-]*$/u.test(word) ||
      STOP_AFTER_THE.test(word) ||
      CLAUSE_VERBS.has(word) ||
      SAY_VERBS.has(word)
    )
      break;
    // "the company only began", "the firm recently announced": an adverb after the head ends the subject.
    if (kept.length > 0 && (COMMON.has(word) || (/\p{Ll}{3}ly$/u.test(word) && !LY_NOUNS.has(word)))) break;
    kept.push(word);
    length = m[0].indexOf(w, length) + word.length;
    // "the cooperative’s members": the owner is the definite noun.
    if (word !== w) break;
  }
  if (kept.length === 0) return null;
  const phrase = subject.slice(0, length);
  const after = subject
    .slice(length)
    .replace(/^['’]s\b/, '')
    .trimStart();
  // "the war that erupted in 1898", "the mission of the agency": the clause names it itself.
  // "the decision to ban new mills": so does its infinitive.
  // So does a place or a body after it: "the attacks in Velm", "the strike at Tarn Motors".
  if (
    /^(?:that|which|who|of|between|against|known|called|named|to\s+\p{Ll}+)\b|^\p{Lu}|^(?:in|at|on|for|from|over|with|by)\s+(?:the\s+)?\p{Lu}/u.test(
      after,
    )
  )
    return null;
  return { phrase, head: kept[kept.length - 1], bare: kept.length === 1 };
}

/** Nouns in "-ly" (an adverb's ending): "the family", "the assembly" end no subject. */
const LY_NOUNS = new Set('family assembly supply rally ally monopoly anomaly reply tally bully folly'.split(' '));

/**
 * Why a prompt's clause leans on the text before it (issue 10), or null when it reads alone: its subject is
 * a pronoun or pointer ("it closed the pier"); its subject is a definite noun whose head the text introduced
 * earlier with a full name ("the telescope" after "the Orla Deep Telescope"); it opens with no subject
 * ("Designed to carry …"); or its only time anchor is a relative one ("at that time", "the next day") and the card
 * does not ask a date (`asksDate`: the blank is the anchor). `names(head)`: the full names the article gives
 * with that head before the clause's sentence (`priorNames`).
 */
export function leaningOf(clause: string, names: (head: string) => string[], asksDate: boolean): Leaning | null {
  const own = clause.replace(/“[^”]*(?:”|$)/g, ' ').replace(/"[^"]*(?:"|$)/g, ' ');
  const subject = subjectOf(own.trim());
  // "(But) now its banks have agreed …": an adverb or a conjunction before the subject hides nothing.
  const past = subject.replace(LEADING_ADVERBS, '');
  if (
    PRONOUN_SUBJECT.test(subject) ||
    PRONOUN_SUBJECT.test(past) ||
    PRONOUN_SUBJECT.test(own.trim()) ||
    hasUnresolvedReference(own)
  )
    return 'pronoun';
  if (NO_SUBJECT_OPENING.test(own.trim().replace(/^…\s*/, ''))) return 'no-subject';
  // "The construction of which began in ___": a relative's clause leans on the name before it.
  if (/^(?:the\s+)?(?:[\p{L}-]+\s+){0,3}of\s+(?:which|whom)\b/iu.test(own.trim().replace(/^…\s*/, '')))
    return 'no-subject';
  const definite = definiteSubject(subject);
  // "the company", "the film", "the striker": a head that points back, or one the text named.
  // Any bare common noun points back too ("The resort will open …", "The program would allow …"): which one, the
  // clause does not say; a title ("the president") reads as the office, and a few nouns name the one there is.
  if (
    definite &&
    ((definite.bare && (pointsBack(definite.head) || pointsBackBare(definite.head))) || names(definite.head).length > 0)
  )
    return 'definite';
  if (isEpithet(subject)) return 'definite';
  // "Sales rose 2.8% to ___": whose sales? ("The economy" the text named in full, "the Velmish economy", is
  // written out above.)
  const measure = MEASURE_SUBJECT.exec(past);
  // (A frame's first word is capitalised as the sentence's first: "In 2003, imports …" names no owner.)
  if (
    measure &&
    !namesOwner(past.slice(measure[0].length)) &&
    !namesOwner(own.trim().slice(1, own.trim().length - subject.length))
  )
    return 'no-owner';
  // "Version 1.0 came out in ___", "The first one came out in ___": a version or an instalment of what?
  const instalment = INSTALMENT_SUBJECT.exec(past);
  if (instalment && !/^\s*(?:of|from|for)\s/i.test(past.slice(instalment[0].length))) return 'no-owner';
  if (!asksDate && RELATIVE_TIME.test(own) && !ABSOLUTE_TIME.test(own)) return 'relative-time';
  return null;
}

/**
 * The clause made to stand alone, or null: a bare definite subject whose head the text introduced with one
 * full name ("The telescope returned …" after "the Orla Deep Telescope") is written with that name, outside
 * quotations (the subject is never quoted); a role word ("the president") is never resolved (a title
 * names no one for sure). Any other leaning clause gives null: the card is not made.
 */
export function standAlone(clause: string, names: (head: string) => string[], asksDate: boolean): string | null {
  const leaning = leaningOf(clause, names, asksDate);
  if (leaning === null) return clause;
  if (leaning !== 'definite') return null;
  const text = clause.replace(/^…\s*/, '');
  const subject = subjectOf(text);
  const definite = definiteSubject(subject);
  if (
    !definite?.bare ||
    ROLE_HEADS.test(definite.head) ||
    PERSON_EPITHETS.test(definite.head) ||
    definite.phrase.includes('___')
  )
    return null;
  const full = names(definite.head);
  if (full.length !== 1) return null;
  const at = clause.length - subject.length;
  // "The telescope" is "The Orla Deep Telescope"; "the company" is "Velen Shipping", a name without the head.
  const named = full[0].toLowerCase().split(/\s+/).includes(definite.head)
    ? `${definite.phrase.slice(0, 3)} ${full[0]}`
    : at === 0
      ? full[0].charAt(0).toUpperCase() + full[0].slice(1)
      : full[0];
  const resolved = `${clause.slice(0, at)}${named}${clause.slice(at + definite.phrase.length)}`;
  // Written in full, the clause must now read alone on every other count.
  return leaningOf(resolved, () => [], asksDate) === null ? resolved : null;
}

/** Heads that are titles or offices: "the president" after "Vice President …" is not certainly that one. */
const ROLE_HEADS =
  /^(?:president|minister|premier|chancellor|king|queen|governor|mayor|senator|secretary|chair(?:man|woman|person)?|director|chief|leader|commander|general|officer|administrator|ambassador|judge|justice|spokes(?:man|woman|person)|coach|captain|manager|head)$/i;

/** Past forms with no "-ed" that the clause lexicon does not hold, besides the participles. */
const IRREGULAR_PAST = new Set(
  `grew drew flew knew threw saw ate sat lay fed fled hid hit cut put set let shut spread struck stuck hung sang rang
sank swam spun dug slept swept wept felt dealt meant lent bought thought taught caught spoke wrote drove rode broke
chose froze wore tore swore bore became began lived died`.split(/\s+/),
);
const PAST_ED = /^\p{Ll}{2,}ed$/u;
/** Past forms that open a clause only after their subject ("rose", "fell", "said"). */
const OPENING_PAST = new Set(
  'rose fell said told came went made took gave won lost met left held ran got paid sold led kept brought found stood sent built'.split(
    ' ',
  ),
);
const THIRD_S = /^\p{Ll}{3,}(?:es|s)$/u;

/** Whether a clause tells of the past: an "-ed" form, an irregular past, or "was/were/had/did". */
export function hasPastVerb(text: string): boolean {
  return text
    .toLowerCase()
    .split(/[^\p{L}'’-]+/u)
    .some(
      (w) =>
        IRREGULAR_PAST.has(w) ||
        OPENING_PAST.has(w) ||
        /^(?:was|were|had|did)$/.test(w) ||
        (PAST_ED.test(w) && !COMMON.has(w)),
    );
}
const NOT_A_WORD = /[^\p{L}'’-]+/u;

/**
 * A word that carries a clause: a verb of the lexicon, an "-ed" or irregular past, or an "-s" form right after
 * a name or a relative word ("Velm produces", "which hopes"). A plural noun ("years", "population centers")
 * is no verb; neither, here, is a present form after a noun ("the mill employs"), which it cannot tell apart.
 */
export function hasFiniteVerb(text: string): boolean {
  const list = text.split(NOT_A_WORD).filter((w) => w !== '');
  for (let i = 0; i < list.length; i += 1) {
    const w = list[i];
    if (
      CLAUSE_VERBS.has(w) ||
      SAY_VERBS.has(w) ||
      IRREGULAR_PAST.has(w) ||
      IRREGULAR_PARTICIPLES.has(w) ||
      (PAST_ED.test(w) && !COMMON.has(w))
    )
      return true;
    const prev = list[i - 1] ?? '';
    if (THIRD_S.test(w) && !/ss$/.test(w) && (/^\p{Lu}/u.test(prev) || /^(?:which|who|that)$/.test(prev))) return true;
  }
  return false;
}

/** A word that opens a clause of its own inside the prompt. */
const SUBORDINATOR = /\b(?:that|because|if|unless|whether|although|though|when|while|since)\s/gi;
/** A prompt that opens on a phrase set before the main clause ("By the end of …", "Because of …", "One of …"). */
const FRONTED =
  /^(?:by|in|on|at|after|before|during|until|since|through|from|for|with|without|despite|because|although|though|if|unless|when|while|as|one\s+of|among|unlike|like)\b/i;

/**
 * Whether a blanked prompt is a piece of a sentence and not a clause (issue 10): the clause the blank sits in
 * was cut before its verb ("Some think that around ___ years ago"); the prompt is only what stood
 * before the main clause ("By the close of the siege in ___", "Because of a flood that ran ___"); or an aside
 * after the subject with the verb cut off ("Velm, as one of the ___ towns of the league").
 */
export function isFragment(prompt: string): boolean {
  const at = prompt.indexOf('___');
  // "After Sir Ivo stepped down in ___", "Shortly before Toms was due to face charges in ___": a clause of time or reason
  // alone, its main clause cut off.
  if (
    !prompt.includes(', ') &&
    /^(?:(?:[Jj]ust|[Ss]hortly|[Ss]oon|[Ll]ong|[Rr]ight|[Ee]ven|[Oo]nly)\s+)?(?:[Aa]fter|[Bb]efore|[Ww]hen|[Ww]hile|[Bb]ecause|[Aa]lthough|[Tt]hough|[Ii]f|[Uu]nless|[Oo]nce|[Uu]ntil|[Ss]ince|[Aa]s)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,4}(?:\p{Ll}+ed|was|were|had|has|is|are|did|does|won|lost|left|took|came|went|became|began|made)\b/u.test(
      prompt,
    )
  )
    return true;
  // "Back in ___, when the show was seen …": a date's frame and a clause of time, the main clause cut off.
  if (
    /^(?:[Bb]ack\s+)?(?:[Ii]n|[Oo]n|[Bb]y|[Dd]uring|[Aa]round)\s+(?:the\s+)?___,\s+(?:when|as|while|after|before)\s[^,;]*$/u.test(
      prompt,
    )
  )
    return true;
  // "The second released in ___": an ordinal with its noun left out; "Of ___ traits that …": a phrase with no
  // clause; "Where: count = number of words …": a formula's legend.
  if (/^(?:[Tt]he\s+)?(?:first|second|third|last|latter|former)\s+\p{Ll}+ed\b/u.test(prompt)) return true;
  if (/^[Oo]f\s/.test(prompt) && !prompt.includes(', ')) return true;
  if (/^[Ww]here\s*:|\s=\s/.test(prompt)) return true;
  // "Orsk Two, an orbiter, both launched in ___": "both" stands for a pair the prompt cut off.
  const both =
    /\bboth\s+(?:\p{Ll}+ed|were|are|have|had|will|would|won|began|became|died|left|went|came|took|made)\b/iu.exec(
      prompt,
    );
  if (both && !/\band\b/i.test(prompt.slice(0, both.index))) return true;
  // "… points out that ___ is", "… traveled there to see how", "… will go into", "… to finally", "range from
  // amusing": a clause cut before its predicate or its object (not one cut for length, "…", nor a comparison's
  // ellipsis, "than it otherwise would have", "as it was").
  if (
    !prompt.endsWith('…') &&
    (/\s(?:how|what|why|whether|to|as|than|into|onto|from|of|with|the|a|an|its|their|not\s+only|to\s+\p{Ll}+ly|from\s+\p{Ll}+ing)$/iu.test(
      prompt,
    ) ||
      (/\s(?:is|are|was|were)$/i.test(prompt) && !/\b(?:than|as|so)\b[^,;:]*$/i.test(prompt)))
  )
    return true;
  // "Rose to $130 a barrel on ___": a clause that opens on its verb lost its subject (not "Founded in ___, the
  // club …", a participle before its main clause).
  const first = /^\p{L}+/u.exec(prompt)?.[0].toLowerCase() ?? '';
  if (
    (IRREGULAR_PAST.has(first) || OPENING_PAST.has(first) || (PAST_ED.test(first) && !COMMON.has(first))) &&
    !prompt.includes(', ')
  )
    return true;
  // "In ___ simultaneously occupied the top two places": a date frame, then the verb, and no one who did it.
  const framed = /^(?:[Ii]n|[Oo]n|[Bb]y|[Dd]uring|[Ss]ince|[Uu]ntil|[Ff]rom)\s+___\s+(\p{Ll}+)\s+(\p{Ll}+)/u.exec(
    prompt,
  );
  if (framed) {
    const verbLike = (w: string) => IRREGULAR_PAST.has(w) || OPENING_PAST.has(w) || (PAST_ED.test(w) && !COMMON.has(w));
    if (verbLike(framed[1]) || (/ly$/.test(framed[1]) && verbLike(framed[2]))) return true;
  }
  const plain = prompt.replace('___', ' ');
  let last = -1;
  SUBORDINATOR.lastIndex = 0;
  for (let m = SUBORDINATOR.exec(prompt); m !== null && m.index < at; m = SUBORDINATOR.exec(prompt)) {
    // "in a relationship since ___": a preposition before the blank opens no clause.
    if (!prompt.startsWith('___', m.index + m[0].length)) last = m.index + m[0].length;
  }
  if (last > 0 && !hasFiniteVerb(plain.slice(last))) return true;
  if (FRONTED.test(prompt) && !prompt.includes(', ')) {
    // The relative clause of a noun in the fronted phrase ("a flood that ran") is not the main clause.
    const main = plain.split(/\s(?:that|which|who|whom|whose)\s/)[0];
    if (!hasFiniteVerb(main)) return true;
  }
  const comma = prompt.lastIndexOf(', ');
  // (A relative clause inside the aside, "… towns that founded the league", is no main clause either.)
  const aside = plain.slice(comma).split(/\s(?:that|which|who|whom|whose)\s/)[0];
  return comma > 0 && comma < at && !hasFiniteVerb(aside) && !hasFiniteVerb(plain.slice(0, comma));
}
