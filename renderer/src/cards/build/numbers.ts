/**
 * Number cards: the clause that gives a headline figure, trimmed from its sentence, with the
 * figure blanked ("the board expects that up to ___ boats will use the new quay"); the
 * answer is the figure with its unit. The most salient figures first, a few per article, one per
 * sentence, no figure asked twice.
 */
import type { CardDraft } from '../../../../electron/contract';
import { SHARE_LINK } from '../extract/numbers/figure';
import type { NumberFact, NumberKind } from '../extract/numbers/numbers';
import { cardId, factKey } from '../hash';
import { FIGURE_VERBS } from '../lexicon/numbers';
import { CLAUSE_VERBS, COMMON, SAY_VERBS } from '../lexicon/words';
import { figurePool, numberChoices, typedForms, valueKey, valuesOf } from './number-choices';
import {
  blankOut,
  CAPTION_LABEL,
  clauseAround,
  hasUnresolvedReference,
  isFragment,
  LIVE_LABEL,
  priorNames,
  standAlone,
  words,
} from './spans';

/** The whole after a blanked share, up to the noun it counts: "of 50 ", "of the 13 ". */
const WHOLE_AFTER = new RegExp(`^${SHARE_LINK}\\d[\\d,]*\\s+`);

/** What the prompt asks for, by the kind of figure. */
const ASKS: Record<NumberKind, string> = {
  money: 'Which amount fills the blank?',
  percent: 'Which percentage fills the blank?',
  count: 'Which number fills the blank?',
  duration: 'Which length of time fills the blank?',
  measure: 'Which measurement fills the blank?',
  multiple: 'Which figure fills the blank?',
  score: 'Which score fills the blank?',
};

const MAX_TRIES_PER_CARD = 8;

/** How many number cards an article of this many words gets: 2 for a short report, 5 at most. */
export const numberCap = (articleWords: number): number => Math.min(5, Math.max(2, Math.round(articleWords / 250)));

/** A word that can carry a clause: a verb of the lexicon, a past or third-person form. */
const hasVerb = (text: string): boolean =>
  text.split(/[^\p{L}'’-]+/u).some(
    (w) =>
      CLAUSE_VERBS.has(w) ||
      SAY_VERBS.has(w) ||
      FIGURE_VERBS.has(w) ||
      /^\p{Ll}{3,}(?:ed|es)$/u.test(w) ||
      // ("thickness", "status", "basis" end so too, and are nouns.)
      /^\p{Ll}{3,}[^siu]s$/u.test(w),
  );

/** Words before the figure up to which the prompt starts at the sentence's subject rather than at the clause. */
const MAX_HEAD_WORDS = 20;
/** An aside between commas before the figure ("…, which spans two seasons, …"): the prompt goes without it. */
// (Not one a relative clause after it points back into: ", including Orsk Mons, which is ___ wide".)
const ASIDE =
  /,\s(?:which|who|whose|whom|with|including|among|despite|after|before)\s[^,;:()“”"]*,\s(?!(?:which|who|whom|whose|where)\b)/gi;
/** A connective between commas ("The farmers of Velm, in contrast, paid …"): it points at a sentence the card does not show. */
const CONNECTIVE_ASIDE =
  /,\s(?:in contrast|by contrast|however|meanwhile|moreover|therefore|in turn|in fact|for example|for instance|of course|too|also|though)\s?,\s/gi;
/** "it" or "this" standing for something the clause does not name ("said it would cost ___"). */
const POINTER = /\b(?:it|this)\b(?!\s+(?:year|month|week|season)\b)/i;
/** Words a cut clause cannot end on. */
const TRAIL = /(?:\s+(?:that|which|who|and|or|but|with|of|to|the|a|an|in|on|at|by|for|from|as))+$/i;
/** How a clause taken from the middle of a sentence may start: with a name or a determiner. */
const MID_START =
  /^(?:\p{Lu}|(?:the|a|an|its|their|some|more|about|nearly|almost|over|only|up|all|each|every|both)\b)/u;
/** Nothing before a figure but words that round it ("Some", "Nearly", "More than"). */
const BARE_HEAD =
  /^\s*(?:(?:some|about|around|roughly|nearly|almost|over|under|more|less|fewer|than|only|just|up|to|at|least|most|another)\s+)*$/i;
/** A figure restated in brackets right after it: "(£30m)", "(about 40 km)", "(US$4.1 billion)". */
const RESTATED =
  /^\s*\((?:about|around|roughly|some|nearly|almost|over|under|approximately|c\.)?\s*(?:[A-Z]{0,3}[£$€¥₹])?\s?\d[\d,.]*\s?(?:[\p{L}%]+\.?)?(?:\s\p{L}+)?\)/u;

/** A figure in a prompt and the words after it. */
const STAT_FIGURE = /(?<![\p{L}\d])\.?\d[\d,.]*(\s+\p{L}+)?/gu;
const TIME_AFTER = /^\s+(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|centuries)$/;
/** A condition or a supposition before the figure: what follows is an example, not what happened. */
const HYPOTHETICAL = /\b(?:[Ii]f|[Uu]nless|[Ss]uppose|[Ss]upposing|[Ii]magine|[Hh]ypothetically)\b/;
/** A dateline before the first sentence: "GENEVA, 3 March 2025 -- ". */
const DATELINE = /^\p{Lu}[\p{Lu}\s.'’-]+,[^—–]{0,40}?\s(?:--|—|–)\s+/u;
/** A connective or time word opening the sentence ("However, ", "Today, "): not part of the fact. */
const OPENER = /^(?:[\p{L}'’]+(?:\s[\p{L}'’]+){0,2}),\s/u;
const isConnective = (words: string): boolean =>
  /^in addition$/i.test(words) || words.split(/\s+/).every((w) => COMMON.has(w.toLowerCase()));

/** A counted noun with a bare participle after it and no "in …" to say where ("___ nations involved"). */
const UNSAID_SCOPE =
  /^\s*[\p{L}-]+\s+(?:involved|concerned|affected|participating|present|mentioned|listed)\b(?!\s+(?:in|with|by|at)\b)/u;

/**
 * The figure's clause with the figure blanked, or null when it cannot be asked on its own. The clause
 * runs from the sentence's start (its subject says what the figure is) when the figure comes early
 * enough, without asides between commas, to the end of the figure's own clause.
 */
function blankedClause(f: NumberFact, text: string, names: Names): string | null {
  const sentence = text.slice(f.source.start, f.source.end);
  const at = f.blank.start - f.source.start;
  const end = f.blank.end - f.source.start;
  const clause = clauseAround(sentence, at, end, 28);
  if (at < clause.start) return null;
  const whole = words(sentence.slice(0, at)) <= MAX_HEAD_WORDS;
  let head = whole ? sentence.slice(0, at) : sentence.slice(clause.start, at);
  // A clause taken from the middle of its sentence names its subject and verb before the figure
  // ("the turnout fell to ___"), never opens on a participle ("burning all ___ letters").
  // Its first word is its subject's: a name or a determiner, not a verb or a subordinator ("where the…").
  if (!whole && (!hasVerb(head) || !MID_START.test(head.trim()))) return null;
  head = head
    .replace(/^\s*[-–—•*]\s+/, '')
    .replace(DATELINE, '')
    .replace(CAPTION_LABEL, '')
    .replace(LIVE_LABEL, '')
    .replace(LABEL, '')
    .replace(ASIDE, ' ')
    .replace(CONNECTIVE_ASIDE, ' ');
  for (let k = 0; k < 2; k += 1) {
    const opener = OPENER.exec(head);
    if (!opener || !isConnective(opener[0].slice(0, -2)) || words(head) - words(opener[0]) < 1) break;
    head = head.slice(opener[0].length);
  }
  head = head.replace(/^(?:(?:and|but|or|so(?!\s+(?:far|much|many|long|few|little)\b)|yet|also|then)\s+)+/i, '');
  const capped = clause.text.endsWith(' …');
  // "raised $52m (£30m) from investors": the same figure restated in brackets gives the answer away.
  let tail = sentence
    .slice(end, Math.max(end, clause.start + clause.text.replace(/\s…$/, '').length))
    .replace(RESTATED, '');
  // The figure's own clause ends at the next clause mark once the prompt is long enough to stand alone.
  const mark = /[,;:]\s|\s[–—]\s/.exec(tail);
  // (Not inside a list of names: "included Velm, Orsk and Tarn" stays whole.)
  const inList = mark !== null && LIST_GOES_ON.test(tail.slice(mark.index));
  // "With just ___ left in power, Ivo Marr …": a figure in a phrase fronted before the main clause is asked with
  // that clause, up to its own end, or not at all (the phrase alone says nothing of whom).
  if (FRONTED_PHRASE.test(head.trimStart()) && whole && !/[,;:]\s/.test(head)) {
    const after = sentence.slice(end);
    let comma = /^[^,;:]*?,\s/.exec(after);
    // ("Excluding the ___ jobs created in Tarn, which has led the growth, the nation …": a relative clause
    // between is no main clause; the one after it is.)
    if (comma && /^(?:which|who|whom|whose|where)\b/i.test(after.slice(comma[0].length))) {
      const past = /^[^,;:]*?,\s/.exec(after.slice(comma[0].length));
      comma = past ? /^[^,;:]*?,\s[^,;:]*?,\s/.exec(after) : null;
    }
    if (comma) {
      const next = /[,;:]\s|\s[–—]\s|[.!?]$/.exec(after.slice(comma[0].length));
      tail = next ? after.slice(0, comma[0].length + next.index) : after;
      if (words(head) + words(tail) > MAX_LIST_PROMPT_WORDS) return null;
    }
  } else if (mark && !inList && words(head) + words(tail.slice(0, mark.index)) >= 5) tail = tail.slice(0, mark.index);
  else if (capped) tail = `${tail.replace(TRAIL, '')} …`;
  // "executed in the US, Britain, Australia and Finland": a cut inside a list of names would drop its other
  // items; the list goes in whole, to the end of its clause, or the figure is not asked.
  const kept = tail.replace(/\s…$/, '');
  const tailAt = kept.trim() === '' ? end : sentence.indexOf(kept, end);
  const rest = tailAt >= 0 ? sentence.slice(tailAt + kept.length) : '';
  // "say that the main offense — its attempt to coerce Tarn — was wrong": an aside between dashes in the middle
  // of the clause goes, and the clause goes on to its verb after it.
  const resumed = RESUMED.exec(rest);
  if (resumed && !/[,;:]\s/.test(kept)) tail = `${kept} … ${resumed[1]}`;
  else if (LIST_GOES_ON.test(rest)) {
    const list = LIST_THROUGH.exec(rest);
    if (!list || words(head) + words(kept) + words(list[0]) > MAX_LIST_PROMPT_WORDS) return null;
    tail = `${kept}${list[0]}`;
  }
  // The full stop goes, an initial's or abbreviation's stays ("the U.S.S.R.").
  const own = `${head}${sentence.slice(at, end)}${tail}`.replace(/(?<!\b\p{Lu})[.,;:!?]+$/u, '');
  const from = head.length;
  const to = from + (end - at);
  // A counted figure says what it counts: the noun stays in the prompt after the blank.
  // ("___ of 50 states": a share names the whole it is taken from before the noun.)
  const counted = own.slice(to).trimStart().replace(WHOLE_AFTER, '');
  if (f.noun && !counted.startsWith(f.noun)) return null;
  // "Some ___ were farmers": a bare figure as the subject counts what the sentence before named.
  if (BARE_HEAD.test(own.slice(0, from)) && /^\s*(?:were|was|are|is|had|have|has|did|do)\b/.test(own.slice(to)))
    return null;
  // "the ___ nations involved" without what in: the prompt does not say what is counted.
  if (UNSAID_SCOPE.test(own.slice(to))) return null;
  if (words(own) < 6 || hasUnresolvedReference(own) || POINTER.test(own) || /[“”"«»]/.test(own)) return null;
  // "If a mill makes ___ sacks a day, …": a figure supposed for an example is no fact of the article.
  // (A condition closed by a comma before the figure's clause conditions something else: "if storms come, the
  // office will issue its advisory every ___".)
  const supposed = sentence.slice(0, at).split(/,\s/).pop() ?? '';
  if (HYPOTHETICAL.test(supposed)) return null;
  // "Even patient owners are unlikely to need ___ to service it", "no one would need ___": a figure said not to
  // apply is no fact of the clause (it is another's, told before).
  if (
    /\b(?:unlikely\s+to|would\s+(?:not|never)|wouldn['’]t|could\s+(?:not|never)|couldn['’]t|hardly|never)\s+(?:\p{L}+\s+){0,2}$/iu.test(
      supposed,
    )
  )
    return null;
  // "25.9 cases per ___ people": the figure after "per" is the unit of a rate, no fact of its own.
  if (/\bper\s*$/i.test(own.slice(0, from))) return null;
  // "held a rally about ___ away in Velm", "a town ___ north of Tarn": how far one place is from another is where
  // the story happened, a side detail (readers rejected such cards).
  if (
    f.kind === 'measure' &&
    /^\s*(?:away\b|(?:north|south|east|west)(?:-?(?:east|west))?(?:wards?)?\s+of\b)/i.test(own.slice(to))
  )
    return null;
  // "had 7 million subscribers as of May 2031": a running count read on one day, out of date by the next.
  if (/\b[Aa]s\s+of\s+(?:\p{Lu}|\d)/u.test(sentence)) return null;
  const blanked = blankOut(own, { start: from, end: to }, 36);
  if (!hasVerb(blanked.replace('___', ' ')) || isFragment(blanked)) return null;
  if ((blanked.match(/\(/g) ?? []).length !== (blanked.match(/\)/g) ?? []).length) return null;
  // The clause reads alone: "the telescope" written with the name the text gave it, or no card (issue 10).
  return standAlone(blanked.charAt(0).toUpperCase() + blanked.slice(1), (head) => names(head, f.source.start), false);
}

/** A one-word label before a sentence ("Accuracy: The error rate is …"): the page's layout, no part of the clause. */
const LABEL = /^\s*\p{Lu}\p{Ll}+:\s+(?=\p{Lu}\p{Ll})/u;

/** An aside between dashes and the verb its clause goes on with: " — the mayor's plan — was wrong". */
const RESUMED =
  /^\s[–—]\s[^–—]{1,200}?\s[–—]\s((?:was|were|is|are|has|had|have|will|would|could|can|did|does|do)\b[^,;:–—.!?]*)/;

/** A phrase or a clause fronted before a sentence's main clause: "With just …", "After nearly …", "Given that …". */
const FRONTED_PHRASE =
  /^(?:(?:even|only|just|still)\s+(?:in|at|by|for|from|under|within|around|among)|(?:(?:even|only|just|still)\s+)?(?:with|without|after|before|given|despite|since|following|amid|unlike|as|while|when|if|although|though|to|excluding|including|except|besides|beyond))\b/i;

/** A list of names going on after a comma: ", Britain, Australia and Finland", ", Velm Oil and Tarn Gas". */
const LIST_GOES_ON =
  /^,\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:,\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})*,?\s+(?:and|or)\s+(?:the\s+)?\p{Lu}/u;

/** The whole list and the rest of its clause: ", Orsk and Tarn on the northern coast". */
const LIST_THROUGH =
  /^,\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:,\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})*,?\s+(?:and|or)\s+(?:the\s+)?\p{Lu}[^,;:.!?]*/u;
const MAX_LIST_PROMPT_WORDS = 30;

/** The full names the article gives before an offset, by head (`priorNames`). */
type Names = ReturnType<typeof priorNames>;

function numberCard(
  f: NumberFact,
  text: string,
  all: readonly NumberFact[],
  pool: ReturnType<typeof figurePool>,
  names: Names,
) {
  const clause = blankedClause(f, text, names);
  if (!clause) return null;
  // "may stay ___ at the gate and then ask for a 40 day extension" (40 days): the prompt shows the answer's number.
  const shownValues = valuesOf(clause.replace('___', ' '));
  if (valuesOf(f.value).some((n) => shownValues.includes(n))) return null;
  // "In ___ games, Ola Brandt batted .317 with 5 runs": one figure of a line of statistics asks a detail among
  // details. (Spans of time beside it, "within 4 years instead of 15", are the fact's frame, not more statistics.)
  const stats = [...clause.replace('___', ' ').matchAll(STAT_FIGURE)].filter((m) => !TIME_AFTER.test(m[1]));
  if (stats.length >= 2) return null;
  const sentence = text.slice(f.source.start, f.source.end);
  const id = cardId('number', `${f.value}|${sentence}`);
  const prompt = `${ASKS[f.kind]} ${clause}`;
  const shown = ` ${factKey(prompt)} `;
  const acceptable = typedForms(f).filter((a) => !shown.includes(` ${factKey(a)} `));
  const choices = numberChoices(f, all, pool, id, prompt);
  const card: CardDraft = {
    id,
    kind: 'number',
    facet: 'arguments',
    prompt,
    answer: f.value,
    ...(choices ? { choices } : {}),
    ...(acceptable.length > 0 ? { acceptable } : {}),
    source: f.source,
  };
  return card;
}

/**
 * Cards for the most salient figures: at most `numberCap(articleWords)`, one per sentence with room
 * for it, each figure (value and form) asked once.
 */
export function numberCards(
  facts: readonly NumberFact[],
  text: string,
  articleWords: number,
  /** Whether the figure's sentence has room for its card (the other builders' cards come first). */
  room: (source: NumberFact['source'], answer: string, prompt?: string) => boolean = () => true,
  /** The article's names by head (`priorNames`, with its lead body: `withLeadBody`); read from `text` when not given. */
  named?: Names,
): CardDraft[] {
  const cap = numberCap(articleWords);
  const pool = figurePool(facts);
  const ranked = facts
    .map((f, i) => ({ f, i }))
    .sort((a, b) => b.f.salience - a.f.salience || a.i - b.i)
    .map((x) => x.f);
  const sentences = new Set<number>();
  const asked = new Set<string>();
  const cards: CardDraft[] = [];
  // Each try reads its sentence: a bounded number of tries keeps a text of thousands of figures linear.
  let tries = 0;
  let read: Names | undefined = named;
  for (const f of ranked) {
    if (cards.length >= cap || tries >= cap * MAX_TRIES_PER_CARD) break;
    const key = valueKey(f.value);
    if (sentences.has(f.source.start) || asked.has(key) || !room(f.source, f.value)) continue;
    tries += 1;
    read ??= priorNames(text);
    const card = numberCard(f, text, facts, pool, read);
    // Its prompt shows the answer of another card of its sentence, or that card's prompt shows its figure.
    if (!card || !room(f.source, f.value, card.prompt)) continue;
    sentences.add(f.source.start);
    asked.add(key);
    cards.push(card);
  }
  // Reading order, as the other builders give theirs.
  return cards.sort((a, b) => a.source.start - b.source.start);
}
