/** Quote cards: who said it, fill in its key phrase, and when it was said (only where no other card asks). */
import type { CardDraft } from '../../../../electron/contract';
import { sentenceRanges } from '../document/text-model';
import { figuresIn, type NumberKind } from '../extract/numbers/figure';
import { cardId, factKey } from '../hash';
import { COMMON, NAMING, REPORT_VERBS, SAY_VERBS } from '../lexicon/words';
import type { ActorFact, DateFact, QuoteFact } from '../types';
import { sameName } from './alike';
import { type ChoicePool, choicePool, clip, looksLikeBody, pickChoices, roleOwners } from './card-kit';
import { dateForm, dateStyle, hasYear } from './quality';
import { reviewOfQuote } from './review';
import { blankOut, type Span, words } from './spans';
import { articleSpeakerSentence, informative } from './speaker-quote';
import { articleSpeakers } from './speakers';

const MAX_PROMPT_WORDS = 80;
const SPEAKING_KINDS = new Set(['person', 'state', 'organisation', 'group']);

/**
 * Choices of the speaker's kind, each someone the article has speaking (issue 10: readers rejected
 * people who never said a word): people among people, bodies among bodies of the same kind where there
 * are enough, else among the bodies that are no country (a country among all bodies). Never the one person
 * among bodies or the one body among people
 * (its form gives it away): where too few of the kind speak, the card is typed.
 */
function speakerPools(
  actors: ActorFact[],
  quotes: QuoteFact[],
  article: string,
  grouped: (actor: ActorFact) => boolean,
) {
  const speaks = articleSpeakers(article, actors, quotes);
  const speaking = actors.filter((a) => speaks.has(a.name) && SPEAKING_KINDS.has(a.kind) && !/\d/.test(a.name));
  const pool = (keep: (a: ActorFact) => boolean) =>
    choicePool(
      speaking.filter(keep).map((a) => a.name),
      sameName,
    );
  const owns = roleOwners(actors);
  // A name the article writes with "the" ("the Orsani", "the Velm Four") is a group's, never one person's.
  const isPerson = (a: ActorFact) => a.kind === 'person' && !looksLikeBody(a.name) && !owns(a) && !grouped(a);
  const people = pool(isPerson);
  const bodies = pool((a) => a.kind !== 'person' || grouped(a));
  const byKind = new Map<string, ChoicePool>();
  for (const kind of SPEAKING_KINDS)
    if (kind !== 'person')
      byKind.set(
        kind,
        pool((a) => a.kind === kind),
      );
  // A body that speaks is asked among bodies that do, never among countries ("Velm Surfers Trust" beside a
  // country: readers marked the country the wrong kind of choice); a country among all bodies.
  const organised = pool((a) => a.kind === 'organisation' || a.kind === 'group' || (a.kind === 'person' && grouped(a)));
  return (speaker: ActorFact): ChoicePool[] =>
    speaker.kind === 'person'
      ? [people]
      : speaker.kind === 'state'
        ? [byKind.get('state') ?? bodies, bodies]
        : [byKind.get(speaker.kind) ?? organised, organised];
}

/**
 * Keys of the choices the quotation itself names ("President Ames is right"): a person the speaker
 * talks about is a giveaway as a wrong answer, so none is offered. A name counts when one of its words
 * (three letters or more) stands in the quotation as a whole word.
 */
function namedInside(text: string, pool: ChoicePool): string[] {
  const inside = new Set(text.match(/\p{Lu}\p{L}{2,}/gu) ?? []);
  const out: string[] = [];
  const names = nameWordsOf(pool);
  // (Any word of the name: "Lin said, ‘…’" inside the words names Lin Wei, whose family name comes first.)
  for (let i = 0; i < pool.items.length; i += 1) if (names[i].some((w) => inside.has(w))) out.push(pool.keys[i]);
  return out;
}

/** The capitalised words (three letters or more) of each of a pool's items, read once a pool: every quotation of a
 *  long article asks the same pools. */
const NAME_WORDS = new WeakMap<ChoicePool, readonly string[][]>();
function nameWordsOf(pool: ChoicePool): readonly string[][] {
  let words = NAME_WORDS.get(pool);
  if (!words) {
    words = pool.items.map((item) => item.split(/\s+/).filter((w) => /^\p{Lu}\p{L}{2,}$/u.test(w)));
    NAME_WORDS.set(pool, words);
  }
  return words;
}

function quoteSpeaker(
  q: QuoteFact,
  shown: string,
  speaker: ActorFact,
  pools: readonly ChoicePool[],
  speakers: string[],
  alsoSaid: ReadonlySet<string>,
): CardDraft {
  // The id stays the whole quotation's: progress survives when the prompt shows less of it.
  const id = cardId('quote-speaker', q.text);
  // Never the speaker's other names, nor anyone the shown words name; the nearest pool that gives three.
  const aliases = speaker.aliases.map(factKey);
  let choices: string[] | undefined;
  for (const pool of pools) {
    choices = pickChoices(speaker.name, pool, id, new Set([...alsoSaid, ...aliases, ...namedInside(shown, pool)]));
    if (choices) break;
  }
  const review = reviewOfQuote(q, speakers);
  return {
    id,
    kind: 'quote-speaker',
    facet: 'quotes',
    prompt: `Who said: “${clip(shown, MAX_PROMPT_WORDS)}”?`,
    answer: speaker.name,
    ...(choices ? { choices } : {}),
    ...(speaker.aliases.length > 0 ? { acceptable: speaker.aliases.slice(0, 30) } : {}),
    ...(speaker.role || q.when ? { context: [speaker.role, q.when].filter(Boolean).join(', ') } : {}),
    actors: [speaker.name],
    source: q.source,
    ...(review ? { needsReview: true, unsure: review } : {}),
  };
}

/** How a prompt names an actor: "the Taliban" where the article writes the article. */
export type NameInProse = (actor: ActorFact) => string;

/** A quoted fragment of the narrator's sentence (`said it was “damning …”`): it opens in lower case. */
const isFragment = (q: QuoteFact): boolean => /^[\s'‘"“«„]*\p{Ll}/u.test(q.text);

/** Which figure of a quote is its point: an amount before a share before a count. */
const FIGURE_RANK: Record<NumberKind, number> = {
  money: 3,
  percent: 2,
  multiple: 1,
  count: 1,
  measure: 1,
  duration: 1,
  score: 1,
};

/**
 * The figure a quote asserts ("$4 billion", "40%", "20 models"), read by the number reader, or null.
 * Years, ordinals, labels ("E.O. 14032"), codes ("5G", "A320") and bare numbers are no figure.
 */
function quoteFigure(text: string): Span | null {
  let best: { span: Span; rank: number } | null = null;
  for (const fig of figuresIn(text)) {
    const rank = FIGURE_RANK[fig.kind];
    if (!best || rank > best.rank) best = { span: { start: fig.start, end: fig.end }, rank };
  }
  return best?.span ?? null;
}

/**
 * The quote with the figure it asserts blanked; quotes of six words or more that stand as sentences of
 * their own (a fragment without the narrator's words around it can read as the opposite of what was
 * said). Readers kept every such card whose blank was a figure and none whose blank was a name or a
 * word ("Covid", "5G", "EVs", "Administration"): a name in a quote is a thing the reader knew before
 * reading, or a side detail; the figure is what the speaker claims (issue 10).
 */
function quoteFinish(q: QuoteFact, speaker: ActorFact | null, prose: NameInProse): CardDraft | null {
  if (words(q.text) < 6 || isFragment(q)) return null;
  const span = quoteFigure(q.text);
  if (!span) return null;
  const answer = q.text.slice(span.start, span.end);
  // "50, 60, ___ people": a figure that ends a run of figures is guessed from the run.
  if (/\d[\d.,]*%?\s*(?:,|or|to|-|–)\s*$/.test(q.text.slice(Math.max(0, span.start - 16), span.start))) return null;
  // Whose words they are is part of the card: a quote whose speaker is unsure ("I", "they" of whom?) is asked
  // only by the who-said card, where the reader confirms the speaker (readers kept 1 in 4 such cards, issue 10).
  if (!speaker || q.confidence === 'low') return null;
  const by = ` by ${prose(speaker)}`;
  return {
    id: cardId('quote-finish', q.text),
    kind: 'quote-finish',
    facet: 'quotes',
    prompt: `Fill the blank in the quote${by}: “${blankOut(q.text, span, 40)}”`,
    answer,
    ...(speaker.role ? { context: `${speaker.name}, ${speaker.role}` } : {}),
    actors: [speaker.name],
    source: q.source,
  };
}

/** Only where the quotation itself is dated and no date card asks the same date of its sentence. */
function quoteWhen(
  q: QuoteFact,
  speaker: ActorFact,
  datesByWhen: Map<string, DateFact[]>,
  pools: Map<string, ChoicePool>,
): CardDraft | null {
  if (!q.when || q.confidence === 'low') return null;
  const pool = pools.get(`${dateForm(q.when)}|${dateStyle(q.when)}`);
  if (!pool) return null;
  const asked = (datesByWhen.get(q.when) ?? []).some(
    (d) => d.source.start <= q.source.start && q.source.start < d.source.end,
  );
  if (asked) return null;
  const id = cardId('quote-when', q.text);
  const choices = pickChoices(q.when, pool, id);
  return {
    id,
    kind: 'quote-when',
    facet: 'quotes',
    prompt: `When did ${speaker.name} say: “${clip(q.text, 40)}”?`,
    answer: q.when,
    ...(choices ? { choices } : {}),
    actors: [speaker.name],
    source: q.source,
  };
}

/**
 * Words that only ask ("Can I give it to Ivo?", "What do you know that I don't?"): an interviewer's line or a
 * turn of talk, nothing the speaker stated; readers rejected "who said it" cards on them.
 */
export function onlyQuestions(text: string): boolean {
  const sentences = text
    .trim()
    .split(/(?<=[.!?…]["”’]?)\s+/)
    .filter((s) => /\p{L}/u.test(s));
  // (A question quoted inside a statement, "… will be ‘Whose box do you trust?’", asks nothing itself.)
  return sentences.length > 0 && sentences.every((s) => /\?["”]?$/.test(s.trim()));
}

/** At most this many words after a determiner ("her “Slow Tides”") name a thing rather than say something. */
const NAMED_THING_WORDS = 4;

/** Fragments shorter than this are only asked "who said it" where a verb of saying governs them. */
const SHORT_FRAGMENT = 10;

/** Verbs by which a person inside a reported clause gives an order or says something themselves. */
const INNER_SPEECH = new Set([
  ...SAY_VERBS,
  ...'ordered instructed directed demanded decreed promised pledged vowed undertook commanded required'.split(' '),
]);

/**
 * Whether the short fragment `q` is the speaker's own wording: a verb of saying (or naming) governs it in
 * its sentence, and no one else inside the reported clause between that verb and the fragment speaks or
 * orders it (`X told them that the board had ordered that …“…”`: the board's words, told by X). A fragment
 * that is the object of another verb or a noun (`to guard against “…”`) is no one's speech.
 */
function governedBySpeech(q: QuoteFact, article: string): boolean {
  // `Vesk says she follows her “Slow Tides.”`: a few words after a determiner are the name of a thing (the
  // object of "follows"), not words said, even written as a sentence.
  if (
    article &&
    words(q.text) <= NAMED_THING_WORDS &&
    /\b(?:his|her|their|its|my|our|your|the|a|an)\s*[“"‘']?$/i.test(
      article.slice(Math.max(0, q.source.start - 12), q.source.start),
    )
  )
    return false;
  if (!isFragment(q) || words(q.text) >= SHORT_FRAGMENT) return true;
  if (q.sieve === 'sentence-subject') return false;
  if (q.sieve !== 'reported-fragment' || !article) return true;
  const before = article.slice(Math.max(0, q.source.start - 400), q.source.start);
  const from = Math.max(0, before.search(/[.!?]["”’]?\s+(?=[^.!?]*$)/));
  const clause = before.slice(from);
  const tokens = [...clause.matchAll(/[\p{L}][\p{L}'’-]*/gu)].map((m) => m[0]);
  let verb = -1;
  for (let i = tokens.length - 1; i >= 0 && verb === -1; i -= 1) {
    const w = tokens[i].toLowerCase();
    if (SAY_VERBS.has(w) || REPORT_VERBS.has(w) || NAMING.has(w)) verb = i;
  }
  if (verb === -1) return false;
  for (let i = verb + 1; i < tokens.length; i += 1) {
    if (!INNER_SPEECH.has(tokens[i].toLowerCase())) continue;
    // The subject of the inner verb, past an auxiliary ("the minister had ordered").
    let j = i - 1;
    if (/^(?:had|has|have|was|were|would|then|also)$/i.test(tokens[j] ?? '')) j -= 1;
    const subject = (tokens[j] ?? '').toLowerCase();
    if (!/^(?:he|she|they|i|we|it)$/.test(subject)) return false;
  }
  return true;
}

/**
 * A short quoted fragment of the narrator's sentence that states nothing (“stable government”, “a
 * splendid day out”, “peace and quiet and order”): a scare quote or a borrowed phrase, not a claim of
 * the speaker's. Readers judged a "who said it" or "when was it said" card on one not worth keeping
 * (issue 10). A fragment that is a clause ("credentials are sound", "has acted within the law") says
 * something of its own and stays.
 */
const PHRASE_WORDS = 7;
/** A word that makes a fragment a clause: a finite auxiliary or copula, or a subject pronoun. */
const CLAUSE_WORD =
  /^(?:is|are|was|were|am|has|have|had|will|would|can|could|shall|should|must|may|might|does|did|do|i|we|you|he|she|they|\p{L}+n['’]t|\p{L}+['’](?:s|re|ve|ll|d|m))$/iu;

/** Words that point at what the quotation does not say: "People tell me that", "to do so", "in this". */
const POINTING_WORD = /^(?:this|that|that['’]s|it|it['’]s|these|those|so|there|there['’]s|here)$/i;
/** Talk that fills a reply: "yeah", "okay", "sure", "well". */
const FILLER_WORD = /^(?:yeah|yes|no|okay|ok|sure|well|oh|um|uh|right|really|just|kind|sort|lot|things?|stuff|thing)$/i;

/**
 * A short quotation whose few words of its own end on a "this" or a "that" it does not name ("People tell me
 * that", "Many of us are keen on this", "And it is only fair to do so"): readers could not answer
 * it and found it not worth remembering. Ten words at most, two of its own or fewer, no name or figure.
 */
export function saysLittle(text: string): boolean {
  const list = text
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}'’]+$/gu, ''))
    .filter(Boolean);
  if (list.length > 10 || list.some((w, i) => /\d/.test(w) || (i > 0 && /^\p{Lu}/u.test(w) && w !== 'I'))) return false;
  // The pointer closes the words: what they are about is left outside them.
  if (!/^(?:this|that|it|so|these|those)$/i.test(list[list.length - 1] ?? '')) return false;
  const own = list.filter((w) => {
    const lower = w.toLowerCase();
    return !COMMON.has(lower) && !POINTING_WORD.test(lower) && !FILLER_WORD.test(lower) && !CLAUSE_WORD.test(lower);
  });
  return own.length <= 2;
}

export function throwawayFragment(q: QuoteFact): boolean {
  if (!isFragment(q)) return false;
  const list = q.text.split(/\s+/).map((w) => w.replace(/^[^\p{L}]+|[^\p{L}'’]+$/gu, ''));
  // "because you have such a system", "so they cannot …", "getting in the way of …", "you can't go back": a
  // fragment that opens on a subordinator, a participle or a pronoun leans on words the card does not show
  // (readers kept half such cards, against four in five of other quotations).
  // (Short ones only: a long fragment says enough of its own.)
  const [w1 = '', w2 = ''] = list.map((w) => w.toLowerCase());
  const participle = /^\p{Ll}{3,}ing$/u.test(w1) && PARTICIPLE_NEXT.test(w2);
  const leaning = LEANING_OPENER.test(w1) || participle || (w1 === 'so' && PRONOUN_WORD.test(w2));
  if (leaning && words(q.text) < LEANING_FRAGMENT_WORDS) return true;
  const n = words(q.text);
  return n < 4 || (n < PHRASE_WORDS && !list.some((w) => CLAUSE_WORD.test(w)));
}

/** Words that open a fragment leaning on what stood before it ("in order to have a strong answer": to what?). */
const LEANING_OPENER =
  /^(?:because|that|since|if|whether|although|though|unless|while|whereas|which|who|it|they|them|you|he|she|him|we|us|in|to|for|with|by|from|on|at|into|of|and|or|but)$/;
/** What follows a participle opening a fragment ("getting in the way", "trying to buy"), not a noun it describes. */
const PARTICIPLE_NEXT =
  /^(?:to|in|on|at|for|with|from|into|of|about|up|out|down|off|some|the|a|an|them|him|her|it|us|their|his|its)$/;
/** A fragment leaning on what stood before it says enough of its own from this many words. */
const LEANING_FRAGMENT_WORDS = 10;
const PRONOUN_WORD = /^(?:it|they|you|he|she|we)$/;

/**
 * The main voice of an article (one speaker with more than half of its "who said it" cards) keeps at most
 * as many as the other speakers have together, two at least and three at most (one when nobody else
 * speaks): past that, the answer is the same name over and over and a reader guesses it unread. Sure attributions first, then the words
 * that tell most; the article's order stays.
 */
function capMainVoice(cards: CardDraft[]): CardDraft[] {
  const said = cards.filter((c) => c.kind === 'quote-speaker');
  const count = new Map<string, number>();
  for (const c of said) count.set(c.answer, (count.get(c.answer) ?? 0) + 1);
  const [main, most] = [...count].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  // The only voice of an article keeps one: a second card would have the same answer as the first.
  const cap = count.size === 1 ? 1 : Math.min(3, Math.max(2, said.length - most));
  if (most * 2 <= said.length || most <= cap) return cards;
  const theirs = said.filter((c) => c.answer === main);
  const ranked = [...theirs].sort(
    (a, b) =>
      Number(Boolean(a.needsReview)) - Number(Boolean(b.needsReview)) ||
      informative(shownWords(b)) - informative(shownWords(a)),
  );
  const dropped = new Set(ranked.slice(cap));
  return cards.filter((c) => !dropped.has(c));
}

/** The quotation a "who said it" prompt shows. */
const shownWords = (c: CardDraft): string => c.prompt.replace(/^Who said(?::| that [^“]*) “|”\?$/g, '');

/**
 * Rules that guess a speaker the sentence does not name: "he" or "she", the person the sentence (or the one
 * before) is about, a role noun, the quotation around it, a colon or a fragment in a sentence about somebody.
 * Readers judging decks of fresh pages found a quarter to three quarters of the unsure cards they made false
 * (issue 10, rounds 9 to 14: "he"/"she" 10 of 38, the others 12 of 21); the quotation keeps its speaker,
 * marked unsure, among the article's facts, and no "who said it" card teaches the guess.
 */
const GUESSING_SIEVES = new Set([
  'pronoun',
  'previous-subject',
  'sentence-subject',
  'role-noun',
  'salient',
  'topic',
  'nested',
  'reported-fragment',
  'colon-intro',
  // Carried over from a quotation before whose speaker was unsure: the same guess.
  'continuation',
]);
const guessedSpeaker = (q: QuoteFact): boolean => q.confidence === 'low' && GUESSING_SIEVES.has(q.sieve ?? '');

/** Words just before a quoted fragment that turn its meaning around (`did not “appreciate …”`). */
const NEGATED = /\b(?:not|never|no|n['’]t|nor|neither|hardly|denied|denies|deny|rejected|rejects)\W*$/i;

export function quoteCards(
  quotes: QuoteFact[],
  actors: ActorFact[],
  dates: DateFact[],
  prose: NameInProse = (a) => a.name,
  article = '',
  /** Actors the article writes with "the" ("the Orsani"): groups, whatever their kind. */
  grouped: (actor: ActorFact) => boolean = () => false,
): CardDraft[] {
  const byName = new Map(actors.map((a) => [a.name, a]));
  const cards: CardDraft[] = [];
  const poolFor = speakerPools(actors, quotes, article, grouped);
  // Who else the article has saying the same words (the same opening): never offered as the wrong choice.
  const opening = (q: QuoteFact) => factKey(q.text).slice(0, 40);
  const saidBy = new Map<string, Set<string>>();
  for (const q of quotes) {
    if (!q.speaker) continue;
    const key = opening(q);
    const set = saidBy.get(key) ?? new Set<string>();
    set.add(factKey(q.speaker));
    saidBy.set(key, set);
  }
  const speakers = [...new Set(quotes.map((q) => q.speaker).filter((s): s is string => s !== null && byName.has(s)))];
  // The other speakers of the article (the choices a reader weighs): words they share with the
  // speaker give nothing away.
  const speakerActors = speakers.map((s) => byName.get(s)!);
  const speakerSentence = articleSpeakerSentence(speakerActors);
  // "When was it said": choices of the answer's form, each with a year.
  // Written the answer's way too: "12 May 1958" is never asked among "2001-06-03".
  const byForm = new Map<string, string[]>();
  for (const d of dates) {
    if (!hasYear(d.when)) continue;
    const form = `${dateForm(d.when)}|${dateStyle(d.when)}`;
    const list = byForm.get(form);
    if (list) list.push(d.when);
    else byForm.set(form, [d.when]);
  }
  const datesByWhen = new Map<string, DateFact[]>();
  for (const d of dates) {
    const list = datesByWhen.get(d.when);
    if (list) list.push(d);
    else datesByWhen.set(d.when, [d]);
  }
  const datePools = new Map([...byForm].map(([form, list]) => [form, choicePool(list)] as const));
  const repeated = repeatedQuotes(quotes);
  // "The Velm Party said the mayor ‘must resign’" over the story, then "Party leader Ada Vesk said the mayor “must
  // resign”": the same words given to a body and to a person are the person's; the body's card goes.
  const personSaid = new Set<string>();
  for (const q of quotes) if (q.speaker && byName.get(q.speaker)?.kind === 'person') personSaid.add(factKey(q.text));
  for (const q of quotes) {
    // “… Fares have risen to …”: words the article quoted in full before (or after) are not asked twice.
    if (repeated.has(q)) continue;
    const teller = q.speaker ? byName.get(q.speaker) : undefined;
    if (teller && teller.kind !== 'person' && personSaid.has(factKey(q.text))) continue;
    // A negated fragment asked alone teaches the opposite of what was said.
    if (isFragment(q) && NEGATED.test(article.slice(Math.max(0, q.source.start - 24), q.source.start))) continue;
    const speaker = q.speaker ? (byName.get(q.speaker) ?? null) : null;
    const shown = speaker && !throwawayFragment(q) && !saysLittle(q.text) ? speakerSentence(q.text, speaker) : null;
    const said =
      speaker && shown && governedBySpeech(q, article) && !guessedSpeaker(q) && !onlyQuestions(q.text)
        ? quoteSpeaker(q, shown, speaker, poolFor(speaker), speakers, saidBy.get(opening(q)) ?? new Set())
        : null;
    // “raised, and I rejected, the theory …”: words that go on from a subject outside the quotation are asked
    // with that subject ("Who said that Ivo Marr “raised …”?").
    const lead = said && speaker && shown && q.text.startsWith(shown) ? subjectBefore(q, article, speaker) : null;
    const who = said && lead ? { ...said, prompt: said.prompt.replace(/^Who said: /, `Who said that ${lead} `) } : said;
    // One quotation, one card: "who said it" where other speakers weigh against the speaker, else the quote
    // with its figure blanked. (Readers judged a "Who said “… rose … ago”" beside its "Fill the blank" a
    // repeat, and the gap the pair left in the first card awkward.)
    // With no other speaker to weigh (no choices), "who said it" answers itself: the blank is the card.
    const weighed = who !== null && (who.choices?.length ?? 0) >= 2;
    const finish = weighed ? null : quoteFinish(q, speaker, prose);
    if (who && (weighed || !finish)) cards.push(who);
    // The blank names its speaker: readers could not place "I" or "they" in a quote with no one's name on it.
    if (finish) cards.push(finish);
    const when = speaker && !throwawayFragment(q) ? quoteWhen(q, speaker, datesByWhen, datePools) : null;
    if (when) cards.push(when);
  }
  return capMainVoice(oneStatement(cards, article));
}

/** The words that open the clause a quotation ends: after "that", "in which", "whom" … */
const CLAUSE_OPENER =
  /(?:^|\s)(?:that|which|whom|who|where|when|because|after|as|while|said|says|added|wrote|argued|insisted|warned)\s+((?:[\p{L}\p{M}.'’-]+\s+){0,4}?[\p{L}\p{M}.'’-]+)\s*[“"‘]$/u;
/** The same with a longer subject and its words ("that Ivo Marr is not a serious candidate and will “…”"). */
const LONG_CLAUSE_OPENER = /(?:^|\s)(?:that|because)\s+((?:[\p{L}\p{M}'’-]+\s+){5,9}?[\p{L}\p{M}'’-]+)\s*[“"‘]$/u;

/**
 * The subject a quotation that opens in the middle of a clause goes on from ("in which Ivo Marr “raised …”"): a
 * name or a phrase with "the" of at most five words, never a pronoun (who "he" is, the card does not say) nor
 * the speaker's own name (it would give the answer away).
 */
/** The words of a sentence before its opening quotation mark, up to five: the subject the quotation goes on from. */
const SENTENCE_SUBJECT = /(?:^|[.!?]["”’]?\s+|\n\s*)((?:[\p{L}\p{M}.'’-]+\s+){0,4}?[\p{L}\p{M}.'’-]+)\s*[“"‘]$/u;

function subjectBefore(q: QuoteFact, article: string, speaker: ActorFact): string | null {
  if (!/^\p{Ll}/u.test(q.text)) return null;
  const before = article.slice(Math.max(0, q.source.start - 80), q.source.start).replace(/\s+$/, '');
  // "Tarn and Orsk “are rubbing their hands …,” Velm said": a subject opening the sentence right before the quotation.
  const m = CLAUSE_OPENER.exec(before) ?? SENTENCE_SUBJECT.exec(before) ?? LONG_CLAUSE_OPENER.exec(before);
  if (!m || /[.!?;:]/.test(m[1])) return null;
  // (A sentence's first word is capitalised for the sentence: "The attack is “…”" is asked "that the attack is".)
  const lead = m[1].replace(/^(?:The|A|An)\s/, (w) => w.toLowerCase());
  // "condemned Orsk’s “illegal declaration of war”": a possessive before a noun phrase says nothing was said of it.
  if (/['’]s?$/u.test(lead) && !/\b(?:is|are|was|were|has|have|had|will|would|can|could)\b/.test(q.text)) return null;
  if (!/^(?:\p{Lu}|the\s)/u.test(lead) || /^(?:He|She|It|They|We|I|You|This|That|These|Those|There|Here)\b/.test(lead))
    return null;
  const own = [speaker.name, ...speaker.aliases].flatMap((n) => n.split(/\s+/)).filter((w) => w.length > 2);
  return own.some((w) => new RegExp(`\\b${w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(lead)) ? null : lead;
}

/**
 * Quotations whose words stand whole inside a longer quotation of the article by the same speaker (a tweet quoted
 * in full, then its second sentence again with "…"). Found through their first sentence, so no pair of quotations is compared
 * unless they share one.
 */
function repeatedQuotes(quotes: readonly QuoteFact[]): Set<QuoteFact> {
  const core = (q: QuoteFact) => factKey(q.text.replace(/^[\s.…]+|[\s.…]+$/g, ''));
  const bySentence = new Map<string, QuoteFact[]>();
  for (const q of quotes) {
    for (const { start, end } of sentenceRanges(q.text)) {
      const key = factKey(q.text.slice(start, end).replace(/^[\s.…]+/, ''));
      if (key.length < 12) continue;
      const list = bySentence.get(key) ?? [];
      if (list.length < 4 && !list.includes(q)) list.push(q);
      bySentence.set(key, list);
    }
  }
  const out = new Set<QuoteFact>();
  // "Velm said the mayor “must resign”" beside Velm's own “Both must resign and explain why …”: a short
  // fragment standing whole inside a longer quotation of the same speaker asks it again (a bounded look per
  // speaker: the first quotations only).
  const bySpeaker = new Map<string, QuoteFact[]>();
  for (const q of quotes) {
    if (!q.speaker) continue;
    const list = bySpeaker.get(q.speaker) ?? [];
    if (list.length < SAME_SPEAKER_LOOK) list.push(q);
    bySpeaker.set(q.speaker, list);
  }
  for (const q of quotes) {
    if (!q.speaker || words(q.text) > 12) continue;
    const mine = core(q);
    if (mine.length < 12) continue;
    if (
      (bySpeaker.get(q.speaker) ?? []).some((p) => p !== q && p.text.length > q.text.length && core(p).includes(mine))
    )
      out.add(q);
  }
  for (const q of quotes) {
    if (out.has(q)) continue;
    // (The first sentence with words: a leading "…" reads as a sentence of its own.)
    const first = sentenceRanges(q.text).find((r) => /[\p{L}\p{N}]/u.test(q.text.slice(r.start, r.end)));
    if (!first) continue;
    const mine = core(q);
    const key = factKey(q.text.slice(first.start, first.end).replace(/^[\s.…]+/, ''));
    for (const p of bySentence.get(key) ?? []) {
      if (p === q || out.has(p) || p.text.length <= q.text.length) continue;
      // (Two people saying the same words are two facts: the card that asks it keeps its choices apart.)
      if (q.speaker !== null && p.speaker !== null && q.speaker !== p.speaker) continue;
      if (core(p).includes(mine)) {
        out.add(q);
        break;
      }
    }
  }
  return out;
}

/** How many quotations of one speaker a short fragment is looked for in. */
const SAME_SPEAKER_LOOK = 40;

/** Narration between two quotations of one statement: "…," she said. "…" holds no more than this. */
const STATEMENT_GAP = 160;

/**
 * Quotations of one statement (the same speaker, one right after the other: `"A," she said. "B."`) make
 * one "who said it" card, of the words that tell most: a second card asks the same thing again.
 */
function oneStatement(cards: CardDraft[], article: string): CardDraft[] {
  const dropped = new Set<CardDraft>();
  let prev: CardDraft | null = null;
  for (const c of cards) {
    if (c.kind !== 'quote-speaker' || !c.source) continue;
    if (
      prev?.source &&
      prev.answer === c.answer &&
      c.source.start >= prev.source.end &&
      c.source.start - prev.source.end <= STATEMENT_GAP &&
      !/\n\s*\n/.test(article.slice(prev.source.end, c.source.start))
    ) {
      const weaker = informative(shownWords(c)) > informative(shownWords(prev)) ? prev : c;
      dropped.add(weaker);
      if (weaker === prev) prev = c;
      continue;
    }
    prev = c;
  }
  return dropped.size === 0 ? cards : cards.filter((c) => !dropped.has(c));
}
