/** The quality rules every card obeys; the generator drops cards that break them, the tests assert them. */
import type { CardDraft } from '../../../../electron/contract';
import { partitionPoint } from '../../../../shared/search';
import { factKey } from '../hash';
import { leaningOf, priorNames } from './spans';

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
    // A one-digit answer counts too ("Tarn Star ___ … Tarn Star 6").
    if ((key.length >= 2 || /^\d$/.test(key)) && prompt.includes(` ${key} `)) return true;
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

/** Words that carry a clause's event, by their first five letters: "Syrian forces withdrew" → syria, force, withd. */
function eventStems(prompt: string): { stem: string; lower: boolean }[] {
  const own = prompt.replace(/^Which [a-z ]+ fills the blank\?\s*/, '');
  return (own.match(/\p{L}{4,}/gu) ?? [])
    .filter((w) => !EVENT_FILLER.has(w.toLowerCase()))
    .map((w) => ({ stem: w.toLowerCase().slice(0, 5), lower: /^\p{Ll}/u.test(w) }));
}
const EVENT_FILLER = new Set(
  'that this these those with from into over after before when which what would could should their there were have been being about than then also only more most some such other'.split(
    ' ',
  ),
);

/**
 * One fact, one card, across the article (issue 10): a figure asked again in another sentence ("22 minutes" in a
 * quotation and in the narration), and a date whose event is told twice ("In ___, Velm forces withdrew …", "The
 * Velm government withdrew … in ___": a name and a word of the event alike), keep their first card.
 */
export function dropRepeatedFacts(cards: CardDraft[]): CardDraft[] {
  const answers = new Set<string>();
  const events = new Map<string, { stem: string; lower: boolean }[][]>();
  const out: CardDraft[] = [];
  for (const card of cards) {
    // ("10,000" people and a "$10,000" bounty are two figures: the answer as written, not its fact key.)
    const written = card.answer.trim().toLowerCase();
    // (A score, "2-1", is the same in many matches.)
    if (card.kind === 'number' && answers.has(written) && !/^\d+\s*[-–]\s*\d+$/.test(written)) continue;
    const key = factKey(card.answer);
    if (card.kind === 'event-date') {
      const mine = eventStems(card.prompt);
      const told = (events.get(key) ?? []).some((other) => {
        const shared = mine.filter((m) => other.some((o) => o.stem === m.stem && o.lower === m.lower));
        return shared.some((m) => m.lower) && shared.some((m) => !m.lower);
      });
      if (told) continue;
      events.set(key, [...(events.get(key) ?? []), mine]);
    }
    if (!isListCard(card)) answers.add(written);
    out.push(card);
  }
  return out;
}

// ---- Card quality figures (issue 10): measured over whole decks in the tests and in `npm run eval`. ----

export const wordCount = (text: string): number => text.split(/\s+/).filter((w) => w !== '').length;

/** Cards whose answer is a set of items (timeline, "the N factors") are measured apart. */
const isListCard = (card: Pick<CardDraft, 'items'>): boolean => card.items !== undefined;

export type DateForm =
  | 'full'
  | 'month-year'
  | 'month-day'
  | 'year'
  | 'part-year'
  | 'month'
  | 'decade'
  | 'season'
  | 'other';

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const FULL = new RegExp(
  `^(?:(?:\\w+,?\\s+)?(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)?(?:\\s+of)?\\s+${MONTH},?\\s+\\d{4}|(?:\\w+,?\\s+)?${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{4}-\\d\\d-\\d\\d)$`,
  'i',
);
const MONTH_ONLY = new RegExp(`^${MONTH}$`, 'i');
const MONTH_YEAR = new RegExp(`^(?:(?:early|mid|late|mid-)\\s*-?\\s*)?${MONTH},?\\s+(?:of\\s+)?\\d{4}$`, 'i');
const MONTH_DAY = new RegExp(
  `^(?:\\w+,?\\s+)?(?:(?:the\\s+)?\\d{1,2}(?:st|nd|rd|th)?(?:\\s+of)?\\s+${MONTH}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?)$`,
  'i',
);

/** The form of a date phrase: choices of a date card must all share the answer's. */
export function dateForm(when: string): DateForm {
  const w = when.trim().replace(/^(?:in|on|by|since|from|during)\s+/i, '');
  if (FULL.test(w)) return 'full';
  if (MONTH_YEAR.test(w)) return 'month-year';
  if (MONTH_DAY.test(w)) return 'month-day';
  if (/^(?:\d{4}|'\d\d)$/.test(w)) return 'year';
  // "early 1923" is not a choice among years: it overlaps the year 1923 (both would be true).
  if (/^(?:early|mid|late)[\s-]+(?:\d{4}|'\d\d)$/i.test(w)) return 'part-year';
  if (MONTH_ONLY.test(w)) return 'month';
  if (/^(?:(?:early|mid|late)[\s-]+)?(?:the\s+)?\d{2,4}['’]?s$/i.test(w)) return 'decade';
  if (/\b(?:spring|summer|autumn|fall|winter)\b/i.test(w)) return 'season';
  return 'other';
}

/**
 * How a date is written, numbers and words aside ("12 May 1958" and "3 June 2001" alike; "May 12, 1958",
 * "1958-05-12" and "the 12th of May, 1958" each otherwise): the one choice written otherwise than the
 * rest gives itself away.
 */
const LETTER_RUNS = /\p{L}+/gu;
export const dateStyle = (when: string): string =>
  when.trim().replace(/\./g, '').replace(/\d+/g, '9').replace(LETTER_RUNS, 'w');

export const hasYear = (when: string): boolean => /\b\d{4}\b|['’]\d\d\b/.test(when);

const isDateCard = (card: Pick<CardDraft, 'kind'>): boolean => card.kind === 'event-date' || card.kind === 'quote-when';

/**
 * The quotations of a prompt (“…” after ": ", where a prompt quotes the article; a title after
 * "of"/"from" is not one), each piece between blanks, ellipses, commas and sentence ends, longer
 * than two words: a quotation the article interrupts ("…,” she said. “…") is joined at those.
 */
function quotedPieces(prompt: string): string[] {
  const out: string[] = [];
  for (const m of prompt.matchAll(/:\s“([^”]*)”/g))
    for (const piece of m[1].split(/_{3,}|…|\.\.\.|,\s|[.!?]\s/u)) if (wordCount(piece) > 2) out.push(piece.trim());
  return out;
}

const squash = (s: string): string => s.replace(/[‘’]/g, "'").replace(/\s+/g, ' ');

export type QualityFigures = {
  cards: number;
  /** Cards with a single answer (timeline and list cards aside). */
  answers: number;
  answersShort: number;
  answersOver15: number;
  dateChoiceCards: number;
  dateChoicesSameForm: number;
  dateChoicesTotal: number;
  /** Choices (answer included) of date cards with no year although the article gives years. */
  dateChoicesNoYear: number;
  /** Extra cards repeating an answer already given by another card from the same sentence. */
  duplicateAnswers: number;
  maxCardsPerSentence: number;
  /** The most cards of one facet from one sentence. */
  maxCardsPerSentenceFacet: number;
  sentencesOverTwo: number;
  /** Quoted text in a prompt that is not in the article word for word (a name written into a quotation). */
  falseQuotations: number;
  /** Cards flagged for the reader to confirm. */
  flagged: number;
  /** Cards whose prompt leans on the sentence before it (a pronoun, "the telescope" named in full earlier, "at that time" alone). */
  leaning: number;
};

export function emptyFigures(): QualityFigures {
  return {
    cards: 0,
    answers: 0,
    answersShort: 0,
    answersOver15: 0,
    dateChoiceCards: 0,
    dateChoicesSameForm: 0,
    dateChoicesTotal: 0,
    dateChoicesNoYear: 0,
    duplicateAnswers: 0,
    maxCardsPerSentence: 0,
    maxCardsPerSentenceFacet: 0,
    sentencesOverTwo: 0,
    falseQuotations: 0,
    flagged: 0,
    leaning: 0,
  };
}

/** The question before a blanked clause ("Which date fills the blank? "): the clause after it is the article's. */
const BLANK_QUESTION = /^Which [\p{L} ]+ fills the blank\?\s+/u;

/**
 * Whether a card's prompt leans on the sentence before it (issue 10): the clause of a fill-the-blank card
 * (dates, figures) read by `leaningOf` against the article before its sentence. Quotations, questions
 * about a named person and a date's "what happened" name their fact and are not read.
 */
export function leaningPrompt(
  card: Pick<CardDraft, 'prompt' | 'kind' | 'source'>,
  names: ReturnType<typeof priorNames>,
): boolean {
  const question = BLANK_QUESTION.exec(card.prompt);
  if (!question) return false;
  const clause = card.prompt.slice(question[0].length);
  return leaningOf(clause, (head) => names(head, card.source.start), card.kind === 'event-date') !== null;
}

/** The index of the sentence holding `at` among sorted sentence starts. */
function sentenceAt(starts: readonly number[], at: number): number {
  return Math.max(0, partitionPoint(starts.length, (i) => starts[i] <= at) - 1);
}

/**
 * The figures of issue 10 over one deck: answer length, date-choice form and year,
 * answers repeated from one sentence, cards per sentence, quotations kept verbatim.
 * `sentenceStarts` are the article's sentence offsets (from the text model).
 */
export function qualityFigures(
  cards: readonly CardDraft[],
  text: string,
  sentenceStarts: readonly number[],
): QualityFigures {
  const f = emptyFigures();
  const articleHasYear = /\b(?:1[5-9]|20)\d\d\b/.test(text);
  const flat = squash(text);
  const perSentence = new Map<number, CardDraft[]>();
  const names = priorNames(text);
  for (const card of cards) {
    f.cards += 1;
    if (card.unsure) f.flagged += 1;
    if (leaningPrompt(card, names)) f.leaning += 1;
    for (const piece of quotedPieces(card.prompt)) if (!flat.includes(squash(piece))) f.falseQuotations += 1;
    if (isListCard(card)) continue;
    const words = wordCount(card.answer);
    f.answers += 1;
    if (words <= 8) f.answersShort += 1;
    if (words > 15) f.answersOver15 += 1;
    if (isDateCard(card) && card.choices) {
      const form = dateForm(card.answer);
      f.dateChoiceCards += 1;
      if (card.choices.every((c) => dateForm(c) === form)) f.dateChoicesSameForm += 1;
      f.dateChoicesTotal += card.choices.length;
      if (articleHasYear) f.dateChoicesNoYear += card.choices.filter((c) => !hasYear(c)).length;
    }
    if (sentenceStarts.length === 0) continue;
    const s = sentenceAt(sentenceStarts, card.source.start);
    const list = perSentence.get(s);
    if (list) list.push(card);
    else perSentence.set(s, [card]);
  }
  for (const list of perSentence.values()) {
    f.maxCardsPerSentence = Math.max(f.maxCardsPerSentence, list.length);
    if (list.length > 2) f.sentencesOverTwo += 1;
    const facets = new Map<string, number>();
    for (const card of list) facets.set(card.facet, (facets.get(card.facet) ?? 0) + 1);
    f.maxCardsPerSentenceFacet = Math.max(f.maxCardsPerSentenceFacet, ...facets.values());
    const answers = new Set<string>();
    for (const card of list) {
      const key = factKey(card.answer);
      if (answers.has(key)) f.duplicateAnswers += 1;
      answers.add(key);
    }
  }
  return f;
}

/** Sums figures over articles (the max stays a max). */
export function addFigures(a: QualityFigures, b: QualityFigures): QualityFigures {
  const out = { ...a };
  for (const key of Object.keys(b) as (keyof QualityFigures)[])
    out[key] =
      key === 'maxCardsPerSentence' || key === 'maxCardsPerSentenceFacet' ? Math.max(a[key], b[key]) : a[key] + b[key];
  return out;
}

/** Which card a sentence keeps first when it gives more than two (lower first): the fact's importance. */
const KEEP_ORDER: Record<string, number> = {
  'quote-speaker': 0,
  'lead-actor': 0,
  'actor-role': 2,
  'event-date': 3,
  'actor-alias': 4,
  'date-event': 5,
  'quote-finish': 6,
  'role-actor': 7,
  thesis: 8,
  'argument-choice': 8,
  'argument-single': 9,
  'quote-when': 10,
};

/**
 * A number (an amount, a score, a count) is a headline fact: a card that blanks one ranks just after
 * the quotation's speaker. A card the reader must confirm (unsure fact, loose rule) ranks after every
 * sure card of its sentence.
 */
const asksNumber = (card: CardDraft): boolean =>
  ((card.kind as string) === 'number' || card.kind === 'quote-finish') && /\d/.test(card.answer);
const keepRank = (card: CardDraft): number =>
  (asksNumber(card) ? 1 : (KEEP_ORDER[card.kind] ?? 11)) + (card.needsReview ? 20 : 0);

/**
 * The fact a card asks: an actor's cards share the actor, a number is its own fact, a quotation's
 * other cards share its span, a date's its sentence.
 */
const factOf = (card: CardDraft): string => {
  if (card.facet === 'actors' && card.actors?.[0]) return `actor:${card.actors[0]}`;
  if (asksNumber(card)) return `number:${factKey(card.answer)}`;
  return `${card.facet}:${card.source.start}:${card.source.end}`;
};

/** Two cards of one kind from one sentence, one's prompt holding the other's answer. */
function sameKindReveal(a: CardDraft, b: CardDraft): boolean {
  return (
    a.kind === b.kind &&
    (promptRevealsAnswer({ prompt: b.prompt, answer: a.answer }) ||
      promptRevealsAnswer({ prompt: a.prompt, answer: b.answer }))
  );
}

/**
 * One fact, one card: at most `max` cards from one source sentence whatever their facets (the
 * issue's target: ≤ 2 cards per sentence), never two with the same answer from one sentence; sure
 * cards first, then the kinds in KEEP_ORDER. Timeline and list cards span sentences and stay. Order
 * is kept. Linear in the cards (one binary search each).
 */
export function limitPerSentence(cards: CardDraft[], sentenceStarts: readonly number[], max = 2): CardDraft[] {
  if (sentenceStarts.length === 0) return cards;
  const groups = new Map<number, number[]>();
  cards.forEach((card, i) => {
    if (isListCard(card)) return;
    const s = sentenceAt(sentenceStarts, card.source.start);
    const list = groups.get(s);
    if (list) list.push(i);
    else groups.set(s, [i]);
  });
  const drop = new Set<number>();
  for (const list of groups.values()) {
    if (list.length === 1) continue;
    const ranked = [...list].sort((a, b) => keepRank(cards[a]) - keepRank(cards[b]) || a - b);
    const answers = new Set<string>();
    const facts = new Set<string>();
    const keep = new Set<number>();
    // First one card per fact (a second question on the same fact waits), then the rest by rank.
    for (const pass of [0, 1])
      for (const i of ranked) {
        if (keep.size >= max || keep.has(i)) continue;
        const key = factKey(cards[i].answer);
        if (answers.has(key) || (pass === 0 && facts.has(factOf(cards[i])))) continue;
        // "awarded in 1851 and again in ___": two cards of one kind where each shows the other's answer.
        if ([...keep].some((k) => sameKindReveal(cards[k], cards[i]))) continue;
        keep.add(i);
        answers.add(key);
        facts.add(factOf(cards[i]));
      }
    for (const i of list) if (!keep.has(i)) drop.add(i);
  }
  return cards.filter((_, i) => !drop.has(i));
}
