/** Date cards: the event's clause with its date blanked (choices of the same form), date -> event, one timeline. */
import type { CardDraft, OrderedItem } from '../../../../electron/contract';
import { FNV_OFFSET, fnv1a } from '../../../../shared/hash';
import { partitionPoint } from '../../../../shared/search';
import { LEAD_CHARS } from '../document/text-model';
import { TWO_YEARS } from '../extract/dates/anchor';
import { figuresIn } from '../extract/numbers/figure';
import { cardId, factKey, seededShuffle } from '../hash';
import { EVENT_NOUNS } from '../lexicon/dates';
import { CLAUSE_VERBS, COMMON, IRREGULAR_PARTICIPLES, MONTHS, SAY_VERBS } from '../lexicon/words';
import type { DateFact } from '../types';
import { type ChoicePool, choicePool, datePhrase, isRelative, pickChoices } from './card-kit';
import { dateForm, dateStyle, hasYear } from './quality';
import { type Review, reviewOfDate } from './review';
import {
  blankOut,
  clauseAround,
  hasPastVerb,
  hasUnresolvedReference,
  isFragment,
  leaningOf,
  priorNames,
  standAlone,
  words,
} from './spans';
import { noSubjects, type SubjectResolver, withSubject } from './subject';

const MAX_TIMELINE = 6;
const MIN_TIMELINE = 4;
/**
 * "Her son Ivo Marr Vesk was born on ___" in a life of Ada Vesk: the birth or death of someone else than
 * the article's main person is a detail of that life, not one of its events (readers rejected these cards).
 */
function otherBirth(l: Located, mainNames: readonly string[]): boolean {
  if (mainNames.length === 0) return false;
  // (Within a window before the date: a sentence thousands of characters long is read once, not once a date.)
  const from = Math.max(0, l.at - WINDOW);
  const m = /\b(?:was|were)\s+(?:born|buried)\b|\bdied\b/.exec(l.sentence.slice(from, l.at));
  if (!m) return false;
  // The subject's names: the main person's own ("Ada Vesk", "Vesk"), not another's that shares a word of it.
  const head = l.sentence.slice(from, from + m.index);
  let runs: string[] = head.match(NAME_RUNS) ?? [];
  // "Ada Vesk married Ivo Marr, who died in ___": the relative word stands for the name just before it.
  if (/,\s*who\s+$/.test(head)) runs = runs.slice(-1);
  return !runs.some((run) => mainNames.includes(run));
}

/** How far (characters) around a date its sentence is read for a subject, a birth or a projection. */
const WINDOW = 240;
const NAME_RUNS = /\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*/gu;

/** Words of a projection: what would, will or is expected to happen. */
const PROJECTION =
  /\b(?:would|will|could|might|may|is\s+expected|are\s+expected|projected|forecast|predicted|estimated|expected|exceeded|exceed)\b/i;

/** A year counted before the common era: "1310 BC", "300 BCE", "44 B.C.". */
const ERA_BEFORE = /^\s*(?:BCE?|B\.C\.(?:E\.)?)(?![\p{L}])/u;
const MAX_EVENT_WORDS = 12;

/** Where the fact's date sits in the article: its sentence and the offsets of `when` in it. */
type Located = { d: DateFact; sentence: string; at: number; before: string; after: string };

function locate(d: DateFact, text: string, resolve: SubjectResolver = noSubjects): Located | null {
  const written = text.slice(d.source.start, d.source.end);
  const found = written.indexOf(d.when);
  if (found === -1) return null;
  // "She returned in 1925" about the article's main person reads "Ada Vesk returned in ___" (subject.ts).
  const { sentence, shift, from } = withSubject(written, d.source.start, resolve(d.source.start));
  const at = from < found ? found + shift : found;
  if (at === -1) return null;
  // One end of a range ("1921–1924") asks half a fact.
  if (
    /[–—-]\s?$/.test(sentence.slice(Math.max(0, at - 2), at)) ||
    /^\s?[–—-]\s?\d/.test(sentence.slice(at + d.when.length))
  )
    return null;
  // A date inside a quotation belongs to the quote's cards.
  const before = sentence.slice(0, at);
  const open = (before.match(/“/g) ?? []).length - (before.match(/”/g) ?? []).length;
  if (open > 0 || (before.match(/"/g) ?? []).length % 2 === 1) return null;
  return {
    d,
    sentence,
    at,
    before: text.slice(Math.max(0, d.source.start - 80), d.source.start),
    after: text.slice(d.source.end, d.source.end + 6),
  };
}

/** A name closing the words before a relative clause ("… Ida Moss, who …"), not the object of "of" ("the son of Ida Moss, who"). */
const NAME_BEFORE_WHO = /(?:^|[.;:]\s+|\b(?!of\b)\p{Ll}+\s+)(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3}),\s*$/u;

/**
 * "who ran the ferry office in ___" stands for the name just before it ("Ida Moss, who ran …"): the clause
 * is asked with that name as its subject, the words otherwise as the text writes them. Null where no full
 * name (two capitalised words or more) stands right before it.
 */
function relativeWithName(l: Located, clauseStart: number, blanked: string): string | null {
  if (!/^who\s+\p{Ll}/u.test(blanked)) return null;
  const before = `${l.before}${l.sentence.slice(0, clauseStart)}`;
  const name = NAME_BEFORE_WHO.exec(before)?.[1];
  if (!name) return null;
  // "Ida Moss, who turned forty in ___, has run …": the relative clause ends at the comma before the main verb.
  const rest = blanked.slice(4);
  const end = /,\s+(?:has|have|had|is|was|were|are|will|would|can|could|\p{Ll}{3,}ed)\b/u.exec(rest);
  return `${name} ${end && end.index > rest.indexOf('___') ? rest.slice(0, end.index) : rest}`;
}

/**
 * Verbs that need what follows them: a clause ending on one was cut (no form that is also a noun, "report", nor
 * one mostly read as a passive, "is expected to …").
 */
const REPORTED =
  /^(?:found|finds|known|summarized|summarised|reported|noted|shows|showed|shown|concluded|estimated|predicts|predicted|remembers|remembered|recalls|recalled|suggests|suggested|expects|projected|believes|thinks|indicates|indicated|reveals|revealed)$/;

/** A web address or a DOI: a citation line or a link, the page's furniture, no event of the article. */
const PAGE_ADDRESS = /https?:\/\/|\bwww\.|\bdoi\.org\b|\bDOI:/i;

/** A verb of telling, then only phrases of place and time up to the clause's end. */
const TOLD_NOTHING =
  /\b(?:said|says|told|wrote|writes|noted|notes|pointed\s+out|points\s+out|announced|explained|argued|claimed|stated|remarked|added)(?:\s+(?:at|in|on|during|to|before|after|from|via|through)\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|its\s+|their\s+)?(?:\p{Lu}[\p{L}.'’&-]*|___|\d[\d,]*|\p{Ll}+)(?:\s+(?:\p{Lu}[\p{L}.'’&-]*|of|and|___|\d[\d,]*))*)+$/u;

/** (What was told may stand before the tag: "Eight million have applied, Ada Velm said on ___" tells it.) */
function toldNothing(clause: string): boolean {
  const m = TOLD_NOTHING.exec(clause);
  return m !== null && !/[,;:]/.test(clause.slice(0, m.index));
}

/** "… on 5 May as expected": such a verb after "as" ends a whole clause. */
const AS_REPORTED = /\bas\s+\p{L}+\s*…?$/u;

/**
 * Words that show a clause says what happened: a verb of the lexicon, a past form, "-s" after a name,
 * or a noun naming an event ("the attack in ___").
 */
const EVENTS = new Set(EVENT_NOUNS);
const NOT_WORD = /[^\p{L}'’-]+/u;
const PARTICIPLE = /^\p{Ll}{3,}(?:ed|en)$/u;
const NAME_NO_HYPHEN = /^\p{Lu}[^-]*$/u;
const THIRD_PERSON = /^\p{Ll}{3,}s$/u;
/** A phrase after a comma with no subject of its own: "after having left …", "before joining …", "leaving …". */
const SUBJECTLESS_PHRASE = /,\s*(?:(?:after|before|since|while|upon)\s+)?(?:having\s+\p{Ll}+|\p{Ll}{2,}ing)\b[^,;]*/gu;
function hasVerb(text: string, cut = false): boolean {
  const list = text.split(NOT_WORD);
  // A loop, not a callback: this runs for every clause tried (the bench's tsx names each closure it creates).
  for (let i = 0; i < list.length; i += 1) {
    const w = list[i];
    if (
      CLAUSE_VERBS.has(w) ||
      EVENTS.has(w.toLowerCase()) ||
      IRREGULAR_PARTICIPLES.has(w) ||
      (PARTICIPLE.test(w) && !COMMON.has(w)) ||
      // "Ames resigns": a name, then a verb in -s. Not the capital of a cut piece's first word: "Persistent
      // attempts by the settlers" (cut from "… led the council to act") is a noun phrase, not an event.
      (i > (cut ? 1 : 0) && NAME_NO_HYPHEN.test(list[i - 1]) && THIRD_PERSON.test(w) && !/ss$/.test(w))
    )
      return true;
  }
  return false;
}

/**
 * The date's clause with the date written as a blank, or null when the clause points at words it does
 * not hold or says nothing happened (no verb: "On ___, at the behest of the government, the envoy").
 * A last piece of one or two words after a comma was cut from its complement ("led strikes, known") and goes.
 */
/** The name right before a bracket: "the Velen Trust (", "Ida Moss (". */
const NAME_BEFORE_BRACKET =
  /((?:the\s+)?\p{Lu}[\p{L}\p{N}.'’-]*(?:\s+(?:(?:of|for|the|and)\s+)*\p{Lu}[\p{L}\p{N}.'’-]*)*)\s*$/u;

/**
 * "… held by the Velen Trust (which was renamed the Velen Oil Company in 1929)": a date inside a bracketed
 * relative clause dates that clause, whose subject is the name before the bracket ("the Velen Trust was
 * renamed the Velen Oil Company in 1929"). Null where the date sits in no such bracket.
 */
function bracketClause(l: Located): { start: number; text: string } | null {
  const open = l.sentence.lastIndexOf('(', l.at);
  if (open < 0 || l.sentence.slice(open, l.at).includes(')')) return null;
  const close = l.sentence.indexOf(')', l.at);
  const rel = /^(?:which|who)\s+(?=\p{Ll})/u.exec(l.sentence.slice(open + 1));
  if (close < 0 || !rel) return null;
  const name = NAME_BEFORE_BRACKET.exec(l.sentence.slice(0, open))?.[1];
  if (!name) return null;
  const from = open + 1 + rel[0].length;
  const subject = name.replace(/^the\s/, 'The ');
  // Offsets stay those of the sentence: the text is as long as the sentence up to the bracket's end.
  return { start: from - subject.length - 1, text: `${subject} ${l.sentence.slice(from, close)}` };
}

/** A preposition that opens a phrase qualifying something outside it, never a clause of its own. */
const PHRASE_OPENING = /^(?:for|of|to|with|from|against|about|among|between|towards?|without|including|such as)\s/i;

function blankedClause(l: Located, names: Names): string | null {
  const clause = bracketClause(l) ?? clauseAround(l.sentence, l.at, l.at + l.d.when.length);
  const at = l.at - clause.start;
  if (at < 0) return null;
  let text = clause.text;
  const tail = text.match(/,\s+\S+(?:\s+\S+)?$/);
  // (Not the verb after a relative clause set off by commas: "In ___, Orsk, which is not a member, went further".)
  const closesRelative =
    tail?.index !== undefined && /,\s+(?:which|who|whom|whose)\s[^,]*$/i.test(text.slice(0, tail.index));
  if (tail?.index !== undefined && tail.index > at + l.d.when.length && !closesRelative)
    text = text.slice(0, tail.index);
  if (words(text) < 5 || hasUnresolvedReference(text) || PAGE_ADDRESS.test(l.sentence)) return null;
  let blanked = subjectComma(blankOut(text, { start: at, end: at + l.d.when.length }, 32));
  // "The port board today is to begin …": a day written as an adverb is asked as "on ___".
  if (/^(?:yesterday|today|tomorrow)$/i.test(l.d.when) && !/\b(?:on|of|from|until|since|by)\s+___/i.test(blanked))
    blanked = blanked.replace(/(^|\s)___/, (_m, space: string) => `${space}on ___`).replace(/^on ___/, 'On ___');
  // The verb must stand outside a phrase set off by a comma that has none of its own subject ("…, after
  // having left the board", "…, leaving"): a caption ("Ida Moss in ___, after having left …") dates no event.
  if (!hasVerb(blanked.replace('___', ' ').replace(SUBJECTLESS_PHRASE, ' '))) return null;
  // A date inside what someone told ("told the paper that on ___ after flying back, …") dates the told
  // event: with that event's verb cut off, the card would date the telling.
  const tell = TELLING.exec(blanked);
  const that = tell ? blanked.indexOf(' that ', tell.index) : -1;
  if (that >= 0 && that < blanked.indexOf('___')) {
    const told = blanked
      .slice(that + 6)
      .replace('___', ' ')
      .replace(SUBJECTLESS_PHRASE, ' ');
    if (!hasVerb(told)) return null;
  }
  // "Around ___, the judge declared the log “…”": a clause that stops where a quotation opens lost its object.
  const clauseEnd = clause.start + clause.text.length;
  // So does a telling that stops at the colon before it ("On ___, the minister told the Tarn Post: “…”"), not a
  // clause whole in itself ("the log for ___ records the day the deck closed: “…”"). The sentence may end at
  // that colon: the text after it is read too.
  const next = `${l.sentence.slice(clauseEnd)}${l.after}`.slice(0, 6);
  const telling = clause.text
    .split(/\s+/)
    .slice(-4)
    .some((w) => SAY_VERBS.has(w.toLowerCase()) || REPORTED.test(w.toLowerCase()));
  if (!clause.text.endsWith('…') && (/^\s*[“"«]/.test(next) || (telling && /^\s*:\s*[“"«]/.test(next)))) return null;
  // A verb of saying or finding with what was said cut off ("an analysis prepared in ___ summarized"),
  // or a bracket cut open, leaves the clause unfinished.
  const last = blanked.replace(/\s*…$/, '').split(/\s+/).pop()!.toLowerCase();
  if (SAY_VERBS.has(last) || (REPORTED.test(last) && !AS_REPORTED.test(blanked))) return null;
  // "Velm pointed out in the Tarn Times in ___", "Marr said at the Orsk Conference in ___": a telling followed by
  // nothing but where and when leaves out what was told.
  if (toldNothing(blanked.replace(/\s*…$/, ''))) return null;
  // "Velm Press published it in ___": what "it" is, the card does not say.
  if (/\b\p{Ll}{3,}(?:ed|s)\s+(?:it|them)\s+(?:in|on|at|by|during)\s+(?:the\s+)?___/u.test(blanked)) return null;
  if ((blanked.match(/\(/g) ?? []).length !== (blanked.match(/\)/g) ?? []).length) return null;
  const named = relativeWithName(l, clause.start, blanked);
  if (named) blanked = named;
  else if (lacksSubject(blanked)) return null;
  // "for the victims of an attack in the arena on ___": a phrase cut from the clause it qualifies.
  if (PHRASE_OPENING.test(blanked) && !/,\s/.test(blanked)) return null;
  // "… to the town—whether it was performing for the sick in ___": a clause of condition or of alternatives, cut
  // from the clause it hangs on, tells no event.
  if (
    /^whether\s/i.test(blanked) ||
    (/^(?:if|unless|because|although|though)\s/i.test(blanked) && !/,\s/.test(blanked))
  )
    return null;
  // A clause cut before its object ("had warned against", "its theme will be") asks half a sentence.
  if (DANGLING.test(blanked)) return null;
  // "___ The Tarn Post interviewed …": a date glued to the sentence without a frame is a dateline, no event's date.
  if (/^___\s+\p{Lu}/u.test(blanked)) return null;
  // "___ -- Peanut allergies have risen …": a date line before a dash opens a story; it dates no event of it.
  if (/^___\s*(?:--?|[–—]|:)\s/u.test(blanked)) return null;
  // "… made a town on May 4, 1885 and in ___": the date frames the clause after it, which the prompt cut off.
  if (/\b(?:and|but)\s+(?:(?:in|on|by|during|from)\s+)?(?:the\s+)?___$/.test(blanked)) return null;
  // "… made a town on ___ and in 1890": the frame of the next clause, cut from it, goes.
  // (Not a list of the same event's dates: "awarded in ___ and again in 1876 and in 1877".)
  let asked =
    (blanked.match(/\b\d{4}\b/g) ?? []).length === 1
      ? blanked.replace(/,?\s+(?:and|but)\s+(?:in|on|by|during)\s+(?:the\s+)?[\p{L}\d,]+(?:\s+\d{4})?$/u, '')
      : blanked;
  // "the last match was played on ___" names nothing: it takes the place the sentence gives next
  // (", at Port Vell") or is not asked.
  if (namesNothing(blanked)) {
    const end = clause.start + clause.text.length;
    const place = clause.text.endsWith('…') ? null : PLACE_AFTER.exec(l.sentence.slice(end));
    if (!place) return null;
    asked = `${blanked}, ${place[1]}`;
  }
  // "In ___, when the prime minister opposed the talks": the frame and its "when" clause, cut before the main clause
  // they frame, take that clause ("…, the president held back the loans") or are not asked.
  if (FRAME_THEN_WHEN.test(asked) && !/,\s[^,]*,\s/.test(asked)) {
    const end = clause.start + clause.text.length;
    const main = clause.text.endsWith('…') ? null : /^,\s+([^,;:()“”"]+)/.exec(l.sentence.slice(end));
    if (!main) return null;
    asked = `${asked}, ${main[1].replace(/[.!?]+$/, '').trim()}`;
  }
  // Over 30 words a prompt is no focused question (a clause with an aside cut at both ends).
  if (words(asked) > MAX_PROMPT_WORDS || isFragment(asked)) return null;
  // "Ada Vesk said in a statement on ___": when someone spoke, with nothing of what was said, is no fact to learn.
  if (SPOKE_ON.test(asked)) return null;
  // "It was in ___ that a doctor found …": a cleft cut from its "It was" is no clause.
  if (/^(?:in|on|at|by|during|around|until)\s+___\s+that\s/i.test(asked)) return null;
  // "Later in ___ a revolt broke out": "later" than what the card does not show; the date alone frames it.
  asked = asked.replace(/^(?:later|earlier|subsequently|afterwards|then)\s+(?=(?:in|on|that)\s)/i, '');
  // "After Ivo Marr left the company in ___, Velmbank": the main clause's subject cut from its verb goes.
  const bareSubject = /,\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}$/u.exec(asked);
  // (Not a list of names: "incorporated by Banzi, Cuartielles, Mellis".)
  const beforeComma = bareSubject ? (asked.slice(0, bareSubject.index).split(/\s+/).pop() ?? '') : '';
  if (bareSubject && bareSubject.index > asked.indexOf('___') && !/^\p{Lu}/u.test(beforeComma)) {
    asked = asked.slice(0, bareSubject.index);
    if (words(asked) < 5) return null;
  }
  // The clause reads alone: "the telescope" written with the name the text gave it, or no card (issue 10).
  return standAlone(asked.charAt(0).toUpperCase() + asked.slice(1), (head) => names(head, l.d.source.start), true);
}

const MAX_PROMPT_WORDS = 30;
/** A date's frame followed by a subordinate clause: "In ___, when …", "On ___, after …". */
const FRAME_THEN_WHEN =
  /^(?:in|on|by|during|around)\s+(?:the\s+)?___,\s+(?:when|as|after|before|while|because|although|though|since|once)\s/i;

/** The full names the article gives before an offset, by head (`priorNames`), read once per article. */
type Names = ReturnType<typeof priorNames>;

/** A last word that needs words after it: a preposition, an article, a copula, "that". */
const DANGLING = /\s(?:against|about|of|to|for|with|from|into|the|a|an|its|their|his|her|that|be|is|are|was|were)$/i;

/** A place phrase right after a clause: ", in the Bay of Tarn", " at Port Vell". */
const PLACE_AFTER =
  /^,?\s+((?:in|at|near|off|outside|on)\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}.'’-]*)*)/u;

/**
 * A clause whose subject is a bare noun phrase ("the last match was", "a truce was") and that has no
 * name, number or other date after its first word: it says what happened, not to what.
 */
export function namesNothing(clause: string): boolean {
  if (!/^(?:the|a|an)\s+(?:\S+\s+)?\S+\s+(?:was|were|is|are|had|has|have)\b/i.test(clause)) return false;
  const rest = clause.replace('___', ' ').split(/\s+/).slice(1).join(' ');
  return !/[\p{Lu}\d]/u.test(rest);
}

/** Words a verb of a cut clause is followed by ("meets one of …", "signs the …"). */
const OBJECT_START = /^(?:the|a|an|one|two|three|its|their|his|her|this|that|these|those|___)$/;
const AUXILIARY = /^(?:was|were|is|are|has|have|had|will|would|did|does|do|can|could|may|might|be|been)$/;
/** A frame that only sets the scene ("With the treaty signed in ___"), or a participle opening. */
const SCENE = /^(?:with|without|following|despite|amid|having|\p{Ll}+ing)\s/u;

/**
 * Whether a clause was cut from its subject, so the card does not say who did what: it opens with a
 * verb ("meets one of the aims set in ___", "was signed in ___"), or it is a frame alone with no
 * comma after it ("With the treaty signed in ___").
 */
export function lacksSubject(clause: string): boolean {
  const [first = '', second = ''] = clause.split(/\s+/, 2);
  if (LOWER_START.test(first)) {
    if (AUXILIARY.test(first) || RELATIVE.test(first)) return true;
    // "successfully sent up supplies in ___" (cut after "Velm Space, the agency's shipper,"): an adverb, then a verb.
    if (/^\p{Ll}{3,}ly$/u.test(first) && (PAST_FORM.test(second) || /^\p{Ll}{3,}s$/u.test(second))) return true;
    if ((CLAUSE_VERBS.has(first) || /^\p{Ll}{3,}(?:s|ed)$/u.test(first)) && OBJECT_START.test(second)) return true;
    // Cut out of its sentence after the subject: "reached the port in ___", "launched in ___, pays …",
    // "and had spent …", "for a week in ___, did not …" (issue 10: the prompt must read on its own).
    const after = /,\s+(\S+)/.exec(clause)?.[1] ?? '';
    const subjectAfter = SUBJECT_START.test(after);
    if (PAST_FORM.test(first) && AFTER_PAST.test(second) && !subjectAfter) return true;
    if (/^(?:and|but|or|nor|then)$/.test(first) && (AUXILIARY.test(second) || PAST_FORM.test(second))) return true;
    if (after && !subjectAfter && (AUXILIARY.test(after) || MODAL.test(after) || PAST_FORM.test(after))) return true;
    // "… and in ___ entered the school": a date frame, then the verb whose subject the sentence gave before.
    // "In ___, began a campaign …": the frame, then a verb whose subject was cut off before it.
    if (
      /^(?:[Ii]n|[Oo]n|[Bb]y|[Aa]t|[Ff]rom|[Dd]uring|[Aa]fter|[Bb]efore|[Uu]ntil|[Aa]round|[Aa]bout)\s+(?:the\s+)?___,\s+\p{Ll}/u.test(
        clause,
      )
    ) {
      const next = /___,\s+(\p{Ll}+)/u.exec(clause)?.[1] ?? '';
      if (!LOWER_SUBJECT.test(next)) return true;
    }
    const framed = /^(?:in|on|by|at|from|during|after|before|until|around|about)\s+___\s+(\S+)/.exec(clause);
    if (framed && (PAST_FORM.test(framed[1]) || AUXILIARY.test(framed[1]))) return true;
  }
  return SCENE.test(clause.toLowerCase()) && !clause.includes(', ');
}

const LOWER_START = /^\p{Ll}/u;
const CAPITAL_START = /^\p{Lu}/u;

/** A word that can open a subject: a name, a number, the blank, a determiner or a pronoun. */
const SUBJECT_START = /^(?:\p{Lu}|\d|___|(?:the|a|an|this|these|its|their|his|her|he|she|they|we|it|i)$)/u;
/** A lower-case word that can open a subject (a determiner, a pronoun, a quantifier, a number word) or another frame. */
const LOWER_SUBJECT =
  /^(?:the|a|an|this|these|those|that|its|their|his|her|he|she|they|we|it|i|our|my|your|some|many|most|several|both|all|each|every|no|one|two|three|four|five|six|seven|eight|nine|ten|few|more|over|about|nearly|almost|only|another|such|there|after|before|when|while|as|in|on|at|with|despite|following|during|amid|under|once|though|although|if|because|since)$/;
/** A relative word that opens a clause whose subject stays in the sentence it was cut from ("who ran …"). */
const RELATIVE = /^(?:who|whom|whose|which)$/;
const MODAL = /^(?:shall|should|must|may|might|will|would|can|could)$/;
/** A past form opening a clause: "-ed", an irregular participle or a verb of the lexicon in the past. */
const PAST_FORM =
  /^(?:\p{Ll}{3,}ed|begun|born|built|drawn|fought|held|known|led|made|paid|run|sent|set|shown|sold|sworn|taken|won|written)$/u;
/** What follows a verb cut from its subject: a preposition, a determiner, a name or the blank. */
const AFTER_PAST =
  /^(?:in|on|at|by|to|for|from|with|into|onto|over|under|during|since|until|after|before|as|that|the|a|an|its|their|his|her|___|\p{Lu}.*)$/u;

const CUT = /,\s|\s(?=(?:and|which|who|that|when|while|after|before|because|as)\s)/g;
/** An opening that is a frame, not an event ("with X telling…", "participating in…"). */
const FRAME = /^(?:with|without|after|before|during|for|of|to|at|by|from|as|while|when|since|\p{L}+ing)\b/iu;

/** Verbs of telling whose point is the "that" clause after them ("notified the council that …"). */
const TELLING =
  /\b(?:notified|told|informed|warned|assured|reminded|convinced|persuaded|advised|promised|announced|declared|claimed|stated|argued|decided|ruled|confirmed|revealed|agreed)\b/i;

/** Where the date stood in an event being trimmed (a private-use character, in no text's words). */
const DATE_MARK = '\uE000';
/** What opens a clause of its own between a cut and the date: the date is that clause's ("and" may join the same subject's verbs). */
const OWN_CLAUSE = /^[\s,]*(?:before|after|until|when|while|since|because|whereas|although|which|who|whom|where)\s/i;

/**
 * The shortest head of 4–12 words that ends after a lower-case content word (a verb, likely). `dateAt`:
 * where the date stood in `event` (-1 when unknown). A head that ends before a clause of its own holding
 * the date is no event of that date: "Ames spent ten years at Tarn and a year at Velm before joining the
 * board in ___" dates the joining, not the ten years.
 */
function firstCut(event: string, dateAt = -1): string | null {
  CUT.lastIndex = 0;
  for (let m = CUT.exec(event); m !== null; m = CUT.exec(event)) {
    const head = event.slice(0, m.index);
    const n = words(head);
    if (n > MAX_EVENT_WORDS) return null;
    if (dateAt > m.index) {
      const between = event.slice(m.index, dateAt);
      if (OWN_CLAUSE.test(between)) {
        if (n >= 4 && hasVerb(head, true)) return null;
        continue;
      }
    }
    // Cut before what was told, the event says nothing: "the mayor notified the council".
    if (/^\s?that\s/.test(event.slice(m.index, m.index + 6)) && TELLING.test(head)) return null;
    // "The Velm office estimates that the yield will climb … in ___": the date is the "that" clause's, and the
    // head before it (the estimate, a bill "that passed in ___") is not what happened then.
    if (/^\s?that\s/.test(event.slice(m.index, m.index + 6)) && dateAt > m.index) return null;
    // "the bank, which held the mill": the only verb is the relative clause's, the event's is still to come.
    if (/,\s+(?:which|who|whom|whose)\s[^,]*$/i.test(head)) continue;
    // "at the corner of Harlow and Main streets": "and" between two names joins them, it ends no clause.
    if (/\p{Lu}\S*$/u.test(head) && /^\s(?:and|or)\s+\p{Lu}/u.test(event.slice(m.index))) continue;
    if (n >= 4 && hasVerb(head, true)) return head;
  }
  return null;
}

const PARTICIPLE_OPENING = /^\p{L}{3,}ed\s+(?:on|in|at|by|to|for|from|with|during|as|upon|into|over)\b/iu;

/** An event's words tidied: spaces, edge marks, a leading connective, a relative aside, a leading frame. */
function tidyEvent(text: string): string {
  const event = text
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;:–—-]+|[\s,;:–—-]+$/g, '')
    // (Not before a decimal: "batted .317".)
    .replace(/\s+([,;:]|\.(?!\d))/g, '$1')
    .replace(/ …$/, '')
    // "However, the bank sold": a connective points at a sentence the card does not show.
    .replace(/^(?:however|moreover|meanwhile|nevertheless|instead|thus|therefore|still),\s+/i, '')
    // "Back in 2015, Velm Tel …" without its date: the words that led up to the date go with it.
    .replace(/^(?:(?:way\s+)?back|as\s+(?:early|late|recently|far\s+back)\s+as|even|only|already)\s*,\s+/i, '')
    // "Later a revolution broke out": later than what the timeline does not say.
    .replace(/^(?:later|then|afterwards|subsequently)\s+(?=(?:a|an|the)\s)/i, '')
    // "a group of weavers, who had lost the looms, marched": the aside goes, the event stays.
    .replace(/,\s+(?:who|which)\s[^,]*,\s*/gi, ' ');
  return subjectComma(tidyFrame(event));
}

/**
 * "Ivo Brandt Vesk, was born on ___" (cut from "Their son, Ivo Brandt Vesk, was born …"): the comma that
 * closed the apposition goes, the name is the subject.
 */
function subjectComma(text: string): string {
  return text.replace(
    /^(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}),\s+(?=(?:was|were|is|are|has|had|will|\p{Ll}{2,}ed)\s)/u,
    '$1 ',
  );
}

function tidyFrame(event: string): string {
  // "participating in a briefing, the minister explained": the frame goes, the clause stays.
  return FRAME.test(event) && event.includes(', ') ? event.slice(event.indexOf(', ') + 2) : event;
}

/** A list of names going on after a cut: ", Ola Brandt, and …", " and Ivo Marr". */
const NAME_LIST_GOES_ON =
  /^(?:,\s+|\s+and\s+)\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}(?:,|\s+and\b|\s+or\b|\s+in\b|$)/u;

/** The event without its date, at most 12 words: "Nooruddin Azizi came to Moscow". */
export function shortEvent(l: Located): string | null {
  if (PAGE_ADDRESS.test(l.sentence) || stillAt(l)) return null;
  const clause = clauseAround(l.sentence, l.at, l.at + l.d.when.length, 40);
  const at = l.at - clause.start;
  if (at < 0) return null;
  const phrase =
    /(?:\b(?:back\s+)?(?:in|on|by|during|since|from|until|as of|of|around|about|circa|approximately)\s+)?(?:the\s+)?$/i;
  // "Around ___, X declared the work “…”": an event that runs to where a quotation opens lost its object.
  const clauseEnd = clause.start + clause.text.length;
  const quoteAfter = !clause.text.endsWith('…') && /^\s*[“"«]/.test(l.sentence.slice(clauseEnd, clauseEnd + 4));
  // "This can be demonstrated when Russia held drills in April 2024": the event is what follows "when".
  const whole = clause.text.slice(0, at).replace(phrase, '');
  // "a council that ruled until ___": the date ends a span, and the event without it ("a council that ruled")
  // would be dated by the span's end as if it began then. ("since ___" opens a span: its start is the event's.)
  if (/\b(?:until|till|through)\s+(?:the\s+)?$/i.test(clause.text.slice(0, at))) return null;
  // "X married Ada Vesk, who died in ___": the date is the relative clause's, which the event would lose.
  if (/,\s+(?:who|which)\s[^,;:]*$/i.test(whole)) return null;
  // "Established in ___, Orsk Data worked with …": the date is the opening participle's, whose subject stands after
  // it; without the date the participle would seem to date the clause.
  if (
    /^\s*\p{Lu}\p{Ll}+(?:ed|en|n|t)\s*$/u.test(whole) &&
    /^[^,;:]{0,30},/.test(clause.text.slice(at + l.d.when.length))
  )
    return null;
  // "Figures show that in ___, women held …": the date opens the clause that was shown, not the showing.
  if (/\bthat\s*$/i.test(whole)) return null;
  // "found a letter from ___": the date is the thing's, not the event's ("from ___ to …" is a span; "most of ___"
  // times the event).
  if (
    /\b\p{Ll}{3,}\s+(?:from|dated|dating\s+from)\s+(?:the\s+)?$/iu.test(clause.text.slice(0, at)) &&
    !/^\s*(?:to|until|till|through|and|[–—-])\s/i.test(clause.text.slice(at + l.d.when.length))
  )
    return null;
  // Only a clause after the conjunction: "elected Ida Moss as first master" keeps its verb.
  const after = whole.replace(/^.*\b(?:when|after|as|since|once)\s+(?=\S+\s+\S+)/i, '');
  const head = after === whole || hasVerb(after, true) ? after : whole;
  // "This area was reflected in the Moscow Talks held in May 2024": the named event before the date
  // stands alone when the clause's own subject points back.
  // Only a name with its participle ("the Moscow Talks held"): an object of the pointing clause ("he ran
  // under the Green party") is not an event.
  const named = hasUnresolvedReference(head)
    ? head.trimEnd().match(/\b(?:the|a|an)\s+\p{Lu}[^,;:]*\s(?:\p{Ll}+ed|held|fought|won|begun|built)$/u)
    : null;
  // "at the corner of Harlow and Main (now Bridge) streets": an aside in brackets goes, on either side of the
  // date (a bracket the date stands in stays open, and the event is then no event).
  const aside = (part: string) => part.replace(/\s+\([^()]*\)(?=[\s,;:.]|$)/g, '');
  // "… made a town on May 4, 1885 and in ___, Velm lost its farms": a date after "and" frames the clause that
  // follows it; the clause before is another event, of another date.
  const tailAfter = clause.text.slice(at + l.d.when.length);
  if (/\b(?:and|but|while)\s*$/i.test(whole)) {
    if (!/^,?\s+(?:the\s+)?\p{Lu}/u.test(tailAfter)) return null;
  }
  const headText = /\b(?:and|but|while)\s*$/i.test(whole) ? '' : aside(named ? named[0] : head);
  // "the lead role in 2008's The Christmas Cottage": without its date the owner's mark would stand alone.
  if (/^['’]s\b/.test(clause.text.slice(at + l.d.when.length))) return null;
  const tailText = aside(clause.text.slice(at + l.d.when.length));
  let event = tidyEvent(`${headText} ${tailText}`);
  if (words(event) > MAX_EVENT_WORDS) {
    // Where the date stood, from the same tidying with a mark at the date; unknown (-1) where the mark moved the tidying.
    const marked = tidyEvent(`${headText}${DATE_MARK} ${tailText}`);
    const dateAt = marked.replace(/\s*\uE000/, '').replace(/\s{2,}/g, ' ') === event ? marked.indexOf(DATE_MARK) : -1;
    const cut = firstCut(event, dateAt);
    if (!cut) return null;
    // "starred opposite Ada Vesk, Ola Brandt and Ivo Marr": a cut inside a list of names drops the rest of it.
    const tailEnd = clause.text.indexOf(cut.slice(-20));
    if (tailEnd >= 0 && NAME_LIST_GOES_ON.test(clause.text.slice(tailEnd + Math.min(20, cut.length)))) return null;
    event = cut;
  }
  // "won Fox Harbour's": an event that ends on an owner lost what was owned.
  if (/['’]s$/.test(event.replace(/[,;:]$/, ''))) return null;
  event = event
    .replace(/[\s,;:–—-]+$/, '')
    .replace(/(?:\s+(?:in|on|at|by|of|to|for|from|with|and|or|the|a|an|that))+$/i, '');
  if (words(event) < 3 || hasUnresolvedReference(event) || !/^\p{L}/u.test(event) || FRAME.test(event)) return null;
  // "Velm Press published it": an event whose object is "it" says not what was done to what.
  if (/\b\p{Ll}{3,}(?:ed|s)\s+(?:it|them)[\s.*]*$/u.test(event)) return null;
  // "arrived illegally before to become eligible": the date was a preposition's object, and the event kept the
  // preposition without it.
  if (/\b(?:before|after|since|until|during|in|on|by|from|of|at)\s+(?:to|and|or|but)\s/i.test(event)) return null;
  // A participle with no subject is a fragment, not an event ("focused on during the talks"); so is an adverb
  // and a verb whose subject stood before the date ("simultaneously occupied the top spot").
  if (PARTICIPLE_OPENING.test(event)) return null;
  const [w1 = '', w2 = ''] = event.toLowerCase().split(/\s+/, 2);
  if (/^\p{L}{3,}ly$/u.test(w1) && PAST_FORM.test(w2)) return null;
  // A fragment, not an event: brackets cut open, another date left in (it would give the order away),
  // no word that can carry the event (a noun or a finite verb), or a verb of saying with what was said cut off.
  if (/[()]/.test(event) || /\b(?:1[5-9]|20)\d\d\b/.test(event)) return null;
  if (!hasVerb(event)) return null;
  // "… the Arden Club, which the Tarn board had chartered in ___": the relative word was the verb's object, and the
  // event would lose it.
  if (/\b(?:which|whom)\s+(?:the\s|a\s|an\s|\p{Lu})[^,;:()]*$/u.test(l.sentence.slice(0, l.at))) return null;
  const last = event.split(/\s+/).pop()!.toLowerCase();
  if (SAY_VERBS.has(last) || (REPORTED.test(last) && !AS_REPORTED.test(event)) || toldNothing(event)) return null;
  // "The last attack in Tarn was (in ___, when …)": a copula or an auxiliary left at the end lost its predicate.
  if (AUXILIARY.test(last)) return null;
  // "who founded the firm", "and had spent …", "published, showed …": cut from its subject.
  if (lacksSubject(event)) return null;
  // "The pair married": people the event does not name.
  if (/^the\s+(?:pair|couple|duo|trio|twins|brothers|sisters|siblings|partners)\b/i.test(event)) return null;
  // "Debates are new here — the first took place in ___": an ordinal standing for a noun the event does not give.
  if (
    /^the\s+(?:first|second|third|last|latest|next|former|latter|other)\s+(?:was|were|is|are|took|came|had|began|won|went|saw|made|opened|arrived|appeared|happened|occurred|followed)\b/i.test(
      event,
    )
  )
    return null;
  if (quoteAfter && clause.text.replace(/[\s,;:]+$/, '').endsWith(event.slice(-24))) return null;
  return event.charAt(0).toUpperCase() + event.slice(1);
}

/** Same-form choices, each a date the article gives for another sentence, with a year wherever the answer has one. */
type DatePools = {
  byForm: Map<string, ChoicePool>;
  /** Each form's dates with their years, sorted by year: a card's near rivals are found by halving, not by a scan. */
  byYear: Map<string, { item: string; y: number }[]>;
  sentenceKeys: Map<number, Set<string>>;
  articleHasYear: boolean;
};

/** The article's dates grouped once by form (with a year where the article gives years), and by sentence. */
function datePools(all: Located[]): DatePools {
  const articleHasYear = all.some((l) => hasYear(l.d.when));
  const lists = new Map<string, string[]>();
  const sentenceKeys = new Map<number, Set<string>>();
  for (const l of all) {
    const keys = sentenceKeys.get(l.d.source.start) ?? new Set<string>();
    keys.add(factKey(l.d.when));
    sentenceKeys.set(l.d.source.start, keys);
    if (articleHasYear && !hasYear(l.d.when)) continue;
    // Of the answer's form and written its way: "12 May 1958" is never asked among "2001-06-03".
    const form = `${dateForm(l.d.when)}|${dateStyle(l.d.when)}`;
    const list = lists.get(form);
    if (list) list.push(l.d.when);
    else lists.set(form, [l.d.when]);
  }
  const byForm = new Map([...lists].map(([form, list]) => [form, choicePool(list)]));
  const byYear = new Map(
    [...byForm].map(([form, pool]) => [
      form,
      pool.items
        .map((item) => ({ item, y: yearIn(item) }))
        .filter((c): c is { item: string; y: number } => c.y !== null)
        .sort((a, b) => a.y - b.y),
    ]),
  );
  return { byForm, byYear, sentenceKeys, articleHasYear };
}

/** The first year a date phrase names (a decade's first year), or null. */
const yearIn = (when: string): number | null => {
  const m = /(?<!\d)(1\d{3}|20\d{2})(?!\d)/.exec(when);
  return m ? Number(m[1]) : null;
};

/** How far (in years) another date of the article may lie from the answer and still be a rival a reader weighs. */
const NEAR_YEARS = 12;
/** How many of the article's dates nearest the answer are weighed as its rivals. */
const MAX_NEAR = 12;
/**
 * Steps from the answer's year to variations of it, one set picked by the card id, with choices on both sides of
 * the answer (a set all after it gives it away where the event must come first); then spares.
 */
const YEAR_STEPS: readonly (readonly number[])[] = [
  [-2, 1, 3],
  [-1, 2, -3],
  [1, 2, -2],
  [-3, -1, 2],
  [2, -1, 3],
  [-2, -1, 2],
];
/** Steps in days for a full date's variations ("March 16" and "April 6" beside "March 9"), one set by the card id. */
const DAY_STEPS: readonly (readonly number[])[] = [
  [-9, 12, 26],
  [-16, 7, 23],
  [11, -6, -20],
  [-24, -12, 8],
  [5, 19, -13],
];
/** Steps in months for a month-year's variations. */
const MONTH_STEPS: readonly (readonly number[])[] = [
  [-2, 1, 3],
  [-1, 2, -3],
  [1, 3, -2],
  [-3, -1, 2],
];
const SPARE_YEAR_STEPS = [4, -4, 5, -5, 6, -6];
/** Steps for a round year to come ("by 2050"): other round years. */
const ROUND_YEAR_STEPS: readonly (readonly number[])[] = [
  [-10, 10, 20],
  [-20, -10, 10],
  [10, -10, 20],
];
/** From this year on, a round year is read as a target. */
const ROUND_TARGETS_FROM = 2030;
/** "(born ___", "was born on ___": a birth, before every other date of the life, so no other date is its rival. */
const BIRTH_BEFORE = /(?:\bborn|\bb\.)\s*(?:on|in)?\s*$/i;

/** The months as a date is written: "March". */
const MONTH_NAMES = MONTHS.map((m) => m.charAt(0).toUpperCase() + m.slice(1));
const FULL_MDY =
  /^(January|February|March|April|May|June|July|August|September|October|November|December) (\d{1,2}), (\d{4})$/;
const FULL_DMY =
  /^(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})$/;
const MONTH_YEAR_WORDS =
  /^(January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})$/;

/**
 * The answer moved a little, written its way: a year a few years either way (never all on one side: readers
 * rule out choices that all fall after the event); a full date some days or weeks either way in its year; a
 * month a few months either way. None for a decade, a season or "early 1851" (it overlaps its neighbours).
 */
function variations(when: string, form: string, year: number, id: string): string[] {
  const pick = <T>(sets: readonly (readonly T[])[]) => sets[fnv1a(id, FNV_OFFSET) % sets.length];
  // "by 2050": a target year to come is a round one, and so are its rivals (not "2049", "2048").
  if (form === 'year' && year % 10 === 0 && year >= ROUND_TARGETS_FROM)
    return [...pick(ROUND_YEAR_STEPS), 30, -30].map((k) => when.replace(String(year), String(year + k)));
  if (form === 'year')
    return [...pick(YEAR_STEPS), ...SPARE_YEAR_STEPS].map((k) => when.replace(String(year), String(year + k)));
  if (form === 'full') {
    const mdy = FULL_MDY.exec(when);
    const dmy = mdy ? null : FULL_DMY.exec(when);
    if (!mdy && !dmy) return [];
    const month = MONTH_NAMES.indexOf(mdy ? mdy[1] : dmy![2]);
    const day = Number(mdy ? mdy[2] : dmy![1]);
    const out: string[] = [];
    for (const k of [...pick(DAY_STEPS), 30, -30]) {
      const d = new Date(Date.UTC(year, month, day + k));
      if (d.getUTCFullYear() !== year) continue;
      const m = MONTH_NAMES[d.getUTCMonth()];
      out.push(mdy ? `${m} ${d.getUTCDate()}, ${year}` : `${d.getUTCDate()} ${m} ${year}`);
    }
    return out;
  }
  if (form === 'month-year') {
    const my = MONTH_YEAR_WORDS.exec(when);
    if (!my) return [];
    const month = MONTH_NAMES.indexOf(my[1]);
    return [...pick(MONTH_STEPS), 4, -4].map((k) => {
      const d = new Date(Date.UTC(year, month + k, 1));
      return `${MONTH_NAMES[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
    });
  }
  return [];
}

/** The years of the article's main person's life where the text gives them (no end for one still alive). */
export type Life = { from: number; to: number } | null;

/**
 * Choices of a date card, of the answer's form and written its way (issue 10; readers found choices that gave
 * the answer away): the article's other dates within a dozen years of the answer, nearest first, none outside
 * the main person's life when the answer is within it; then the answer moved a little (`variations`). A birth
 * takes only such variations: every other date of a life is later. None is a date its own sentence also gives.
 */
function dateChoices(l: Located, pools: DatePools, id: string, life: Life = null): string[] | undefined {
  const form = dateForm(l.d.when);
  if (form === 'other' || (pools.articleHasYear && !hasYear(l.d.when))) return undefined;
  const pool = pools.byForm.get(`${form}|${dateStyle(l.d.when)}`);
  const exclude = pools.sentenceKeys.get(l.d.source.start);
  const answerYear = yearIn(l.d.when);
  if (answerYear === null || form === 'month-day' || form === 'month')
    return pool ? pickChoices(l.d.when, pool, id, exclude) : undefined;
  const taken = new Set([factKey(l.d.when), ...(exclude ?? [])]);
  const birth = BIRTH_BEFORE.test(l.sentence.slice(Math.max(0, l.at - 14), l.at));
  const lived = life !== null && answerYear >= life.from && answerYear <= life.to;
  const fits = (y: number) => !lived || (y >= life.from && y <= life.to);
  const picked: string[] = [];
  const offer = (when: string) => {
    const key = factKey(when);
    if (picked.length >= 3 || taken.has(key)) return;
    taken.add(key);
    picked.push(when);
  };
  const sorted = pools.byYear.get(`${form}|${dateStyle(l.d.when)}`);
  if (!birth && sorted) {
    // The nearest dozen within reach, outward from the answer's year (bounded: a deck of thousands of dates stays linear).
    const found: { item: string; y: number }[] = [];
    let hi = partitionPoint(sorted.length, (i) => sorted[i].y < answerYear);
    let lo = hi - 1;
    while (found.length < MAX_NEAR && (lo >= 0 || hi < sorted.length)) {
      const left = lo >= 0 ? answerYear - sorted[lo].y : Number.POSITIVE_INFINITY;
      const right = hi < sorted.length ? sorted[hi].y - answerYear : Number.POSITIVE_INFINITY;
      if (Math.min(left, right) > NEAR_YEARS) break;
      const c = left <= right ? sorted[lo--] : sorted[hi++];
      if (fits(c.y)) found.push(c);
    }
    const near = seededShuffle(found, `${id}#near`).sort(
      (a, b) => Math.abs(a.y - answerYear) - Math.abs(b.y - answerYear),
    );
    for (const c of near) offer(c.item);
  }
  for (const v of variations(l.d.when, form, answerYear, id)) if (fits(yearIn(v) ?? answerYear)) offer(v);
  return picked.length < 2 ? undefined : seededShuffle([l.d.when, ...picked], `${id}#order`);
}

/**
 * The main person's years: a bracket in the opening lines with two years ("(4 June 1702 – 11 March 1768)"), else
 * "(born …)" or "was born in …" and "died in …" of a sentence that names that person. Null when no birth is given.
 */
function lifeOf(text: string, located: readonly Located[], mainNames: readonly string[]): Life {
  if (mainNames.length === 0) return null;
  const lead = LIFE_BRACKET.exec(text.slice(0, 600));
  if (lead) return { from: Number(lead[1]), to: Number(lead[2]) };
  let from: number | null = null;
  let to: number | null = null;
  for (const l of located) {
    const y = yearIn(l.d.when);
    if (y === null) continue;
    const head = l.sentence.slice(Math.max(0, l.at - WINDOW), l.at);
    if (!(head.match(NAME_RUNS) ?? []).some((run) => mainNames.includes(run))) continue;
    if (from === null && BIRTH_BEFORE.test(head.slice(-14))) from = y;
    if (to === null && /\bdied\b[^.;]{0,30}$/i.test(head)) to = y;
  }
  return from === null ? null : { from, to: to ?? Number.POSITIVE_INFINITY };
}

/** A bracket of a life's two years: "(1702–1768)", "(4 June 1702 – 11 March 1768)". */
const LIFE_BRACKET = /\((?:[^()]{0,24}?)(1\d{3}|20\d{2})\s*[–—-]\s*(?:[^()]{0,24}?)(1\d{3}|20\d{2})\s*\)/;

/**
 * Whether a date's clause states an amount or a share ("inflation in ___ surged 7.5%", "On ___, the firm
 * said it would invest $20 billion"): the date is the period the figure measures or the day it was told,
 * and the figure is the fact. Blind readers of news marked such date cards "blanks the wrong element"
 * again and again; the figure's own card asks it instead (issue 10). A count stays beside its date ("a
 * blockade on ___ and a call for 9,000 volunteers"): in a history the day is the fact.
 */
function statesFigure(clause: string): boolean {
  return figuresIn(clause).some((f) => f.kind === 'money' || f.kind === 'percent');
}

const MONTH_NAME = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;
/**
 * "New loans in ___ fell to 77,000, from 85,000 in October": a figure compared across months gives the blanked
 * month away (the one before or after the other); the figure is the news, not the month.
 */
function comparesMonths(prompt: string): boolean {
  if (!MONTH_NAME.test(prompt)) return false;
  // A figure compared ("from 85,000", "higher than"), not a day of a month ("on 5 May"), a year or a name ("U2").
  const months = MONTH_NAME.source.slice(2, -2);
  const days = new RegExp(`\\b\\d{1,2}\\s+${months}|${months}\\s+\\d{1,2}\\b|\\b(?:1[5-9]|20)\\d\\d\\b`, 'g');
  const rest = prompt.replace(days, '');
  return /\b(?:from|than|compared\s+with|against)\b/.test(rest) && /(?<![\p{L}\d])\d[\d,.]*(?![\p{L}\d])/u.test(rest);
}

/** "costly still in 2031", "even in May": a state that lasts up to the date, no event that happened on it. */
const stillAt = (l: Located): boolean =>
  /\b(?:still|even)\s+(?:in|on|by|at|as\s+of)\s+(?:the\s+)?$/i.test(l.sentence.slice(Math.max(0, l.at - 20), l.at));

function eventDate(l: Located, pools: DatePools, names: Names, life: Life = null): CardDraft | null {
  if (stillAt(l)) return null;
  const prompt = blankedClause(l, names);
  if (!prompt || statesFigure(prompt) || comparesMonths(prompt)) return null;
  const { d } = l;
  const id = cardId('event-date', `${d.when}|${d.event}`);
  // "(c. ___ BC)": the article's other years are of our era; offered beside a year before it they are no rivals.
  const beforeEra = ERA_BEFORE.test(l.sentence.slice(l.at + d.when.length));
  const offered = beforeEra ? undefined : dateChoices(l, pools, id, life);
  // "By ___, more than 90 ferries crossed": a later date is true as well; only earlier ones are wrong answers.
  const choices = /\b[Bb]y\s+___(?!\s+\p{Ll})/u.test(prompt) && offered && d.iso ? byDateChoices(offered, d) : offered;
  const review = reviewOfDate(d);
  // "July 14" of a story set in 1831: the answer says the year the reader should know too (readers marked
  // yearless answers "fix" where the article spans several years). A year worked out less surely is on the
  // card to be confirmed (`reviewOfDate`).
  // ("was last held in ___ in 1974": the prompt gives the year itself, so the answer is the month alone.)
  const shownYear = d.iso !== null && new RegExp(`\\b${d.iso.slice(0, 4)}\\b`).test(prompt);
  const answer = !hasYear(d.when) && d.iso && !shownYear ? withYear(d.when, d.iso) : d.when;
  return eventDateDraft(d, id, prompt, answer, choices, review);
}

/** The choices of a "by ___" card that come before its date (a later one would be true too); none when fewer than two. */
function byDateChoices(choices: string[], d: DateFact): string[] | undefined {
  const year = Number(d.iso?.slice(0, 4));
  const kept = choices.filter((c) => {
    if (c === d.when) return true;
    const y = /\b(\d{4})\b/.exec(c)?.[1];
    return y !== undefined && Number(y) < year;
  });
  return kept.length >= 3 ? kept : undefined;
}

/** An event-date card: the blanked clause, its answer (and the date as written, where the answer differs). */
function eventDateDraft(
  d: DateFact,
  id: string,
  prompt: string,
  answer: string,
  choices: string[] | undefined,
  review: Review | null,
): CardDraft {
  return {
    id,
    kind: 'event-date',
    facet: 'dates',
    prompt: `Which date fills the blank? ${prompt}`,
    answer,
    ...(answer !== d.when ? { acceptable: [d.when] } : {}),
    ...(choices ? { choices } : {}),
    ...(d.iso ? { context: d.iso } : {}),
    ...(d.actors.length > 0 ? { actors: d.actors.slice(0, 40) } : {}),
    source: d.source,
    ...(review ? { needsReview: true, unsure: review } : {}),
  };
}

/** A subordinating word right before the date's preposition: the date dates that clause. */
const SUBORDINATE_BEFORE =
  /\b(?:although|though|because|while|whereas|when|since|unless|if|but)\s+(?:(?:in|on|at|by|during|from)\s+)?(?:the\s+)?$/i;
/** A past participle with no auxiliary before it, then the date's preposition: a reduced relative clause. */
const PARTICIPLE_BEFORE = /(?:^|\s)(\p{Ll}+)\s+(\p{Ll}{3,}ed)\s+(?:in|on|during|by|from|since|at)\s+(?:the\s+)?$/u;
const AUXILIARY_WORD = /^(?:is|are|was|were|be|been|being|has|have|had|having|get|gets|got)$/;

/** Whether the words before a date (in its sentence) leave it the date of the sentence's own event. */
function dateOfEvent(before: string): boolean {
  if (SUBORDINATE_BEFORE.test(before)) return false;
  const m = PARTICIPLE_BEFORE.exec(before);
  return !(m && !AUXILIARY_WORD.test(m[1]));
}

function dateEvent(l: Located, event: string, events: ChoicePool, unique: boolean): CardDraft | null {
  const { d } = l;
  if (!unique || words(event) > 8 || namesNothing(event)) return null;
  // "The company has struggled with debts": which company, the answer alone does not say.
  const leaning = leaningOf(event, () => [], true);
  if (leaning === 'definite' || leaning === 'no-owner') return null;
  // "Ivo Marr told the Tarn Post": that someone spoke, with nothing of what was said, is no event to learn.
  if (SPOKE.test(event)) return null;
  // The date belongs to a clause the event is not: "Both began as ferry lines, although in ___, when …", or
  // a participle's ("sanctions imposed in ___ after the tests were lifted": imposed then, not lifted).
  if (!dateOfEvent(l.sentence.slice(Math.max(0, l.at - 40), l.at))) return null;
  // "What happened in May?" names no moment: any May of the story fits. Asked only of a date with its year.
  if (!hasYear(d.when)) return null;
  const id = cardId('date-event', `${d.when}|${d.event}`);
  const choices = pickChoices(event, events, id);
  const review = reviewOfDate(d);
  return {
    id,
    kind: 'date-event',
    facet: 'dates',
    prompt: `According to the article, what happened ${datePhrase(d.when)}?`,
    answer: event,
    ...(choices ? { choices } : {}),
    ...(d.actors.length > 0 ? { actors: d.actors.slice(0, 40) } : {}),
    source: d.source,
    ...(review ? { needsReview: true, unsure: review } : {}),
  };
}

/** Up to `max` events spread evenly over the sorted list (first and last kept): a long history stays whole. */
function spread<T>(sorted: T[], max: number): T[] {
  if (sorted.length <= max) return sorted;
  const out: T[] = [];
  for (let k = 0; k < max; k += 1) out.push(sorted[Math.round((k * (sorted.length - 1)) / (max - 1))]);
  return out;
}

/**
 * A timeline item's date with the year its order rests on: "April 20" among "February 15, 1898" items reads
 * "April 20, 1898" (readers: the one date without a year). A date that has a year, or another form, stays.
 */
export function withYear(when: string, iso: string): string {
  const year = iso.slice(0, 4);
  if (hasYear(when) || !/^\d{4}/.test(iso)) return when;
  if (/^\p{Lu}\p{Ll}+\.?\s\d{1,2}(?:st|nd|rd|th)?$/u.test(when)) return `${when}, ${year}`;
  if (/^(?:\d{1,2}\s)?\p{Lu}\p{Ll}+$/u.test(when)) return `${when} ${year}`;
  return when;
}

function timeline(events: { l: Located; event: string }[], title: string, shown: string): CardDraft | null {
  const seen = new Set<string>();
  const dated: { l: Located; event: string }[] = [];
  for (const e of events) {
    const { d } = e.l;
    if (d.iso === null || !/^\d{4}/.test(d.iso) || d.confidence === 'low') continue;
    const key = factKey(e.event);
    if (seen.has(key) || seen.has(d.iso)) continue;
    seen.add(key);
    seen.add(d.iso);
    dated.push(e);
  }
  dated.sort((a, b) =>
    a.l.d.iso! < b.l.d.iso! ? -1 : a.l.d.iso! > b.l.d.iso! ? 1 : a.l.d.source.start - b.l.d.source.start,
  );
  // An item dated by a year or month alone cannot be ordered against an item dated within it
  // ("1990" against "May 3, 1990"): it goes.
  const orderable = dated.filter((e) => {
    const iso = e.l.d.iso!;
    return (
      iso.length >= 10 || !dated.some((o) => o !== e && o.l.d.iso!.length > iso.length && o.l.d.iso!.startsWith(iso))
    );
  });
  if (orderable.length < MIN_TIMELINE) return null;
  const picked = spread(orderable, MAX_TIMELINE);
  const items: OrderedItem[] = picked.map((e) => ({
    text: e.event,
    when: withYear(e.l.d.when, e.l.d.iso!),
    iso: e.l.d.iso,
  }));
  return {
    id: cardId('timeline', title || orderable[0].l.d.event),
    kind: 'timeline',
    facet: 'dates',
    prompt: `Put these ${items.length} events from ${shown ? `“${shown}”` : 'this article'} in chronological order.`,
    answer: items.map((i) => `${i.when}: ${i.text}`).join('\n'),
    items,
    source: {
      start: Math.min(...picked.map((e) => e.l.d.source.start)),
      end: Math.max(...picked.map((e) => e.l.d.source.end)),
    },
  };
}

/**
 * `ownYears`: the article's own year and its title's; a bare year among them is asked by no card (the
 * reader knows it before reading: "In ___ alone, the city received …" of an article dated that year).
 */
/** Verbs of saying a date card may end on: "… said in a statement on ___", "Ivo Marr told the Tarn Post". */
const SPEECH = String.raw`\b(?:said|says|told|wrote|tweeted|noted|stated|commented|remarked)\b`;
/** An event that is only someone speaking to someone: "Ivo Marr told the Tarn Post". */
const SPOKE = new RegExp(String.raw`${SPEECH}(?:\s+[^\s]+){0,5}$`, 'u');
/** A prompt that ends on the date of a verb of saying: "… said in a statement on ___", "… told reporters on ___". */
const SPOKE_ON = new RegExp(String.raw`${SPEECH}(?:\s+[^\s_]+){0,6}?\s+(?:on\s+|last\s+)?___[\s.,;:!?"”’)]*$`, 'u');

/** Words before a year that make it a modifier of the noun after it ("the 2030 budget", "its 2030 target"). */
const DETERMINER = /(?:\b(?:the|a|an|its|their|his|her|our|your|this|that|next|last)|['’]s)\s$/i;

/** A bare year written as a modifier ("will revise the 2030 budget"): it names a thing, not when an event was. */
export function isYearModifier(l: Located): boolean {
  if (DAY_NAMING.test(l.d.when) && !/\d{4}/.test(l.d.when)) {
    // "January 6 rioters", "the Sept. 11 attacks": a day with no year before a noun names an event; the
    // year it would take from the article's date is not that event's.
    const next = /^\s+(\p{Ll}+)/u.exec(l.sentence.slice(l.at + l.d.when.length));
    return next !== null && !NOT_A_NOUN.has(next[1]);
  }
  if (dateForm(l.d.when) !== 'year') return false;
  const before = l.sentence.slice(Math.max(0, l.at - 12), l.at);
  const after = l.sentence.slice(l.at + l.d.when.length);
  // "10% of ___ levels", "in 1990 prices": a year before a measure is a baseline, whatever stands before it.
  return (DETERMINER.test(before) && /^\s["“]?[\p{L}]/u.test(after)) || MEASURE_AFTER.test(after);
}

/** A month and day: "January 6", "Sept. 11", "6 January". */
const DAY_NAMING = /^(?:\p{Lu}\p{Ll}+\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+\p{Lu}\p{Ll}+)$/u;
/** Words that may follow a date in its clause without the date naming them. */
const NOT_A_NOUN = new Set(
  'and or but nor to in on at of for with by from as that when while after before until since than was were is are will would could should can may might has had have the a an this last next at about against into onto over under between during through so yet if unless because which who where there then'.split(
    ' ',
  ),
);

/** Measures a year qualifies as their baseline ("1990 levels", "1985 prices", "2010 dollars"). */
const MEASURE_AFTER = /^\s(?:levels?|prices?|figures?|values?|rates?|baselines?|dollars|terms|averages?)\b/i;

/** A superlative, a first or a record before "since": "the highest since ___", "the first club to win since ___". */
const SUPERLATIVE =
  /\b(?:first|last|only|most|least|fewest|best|worst|record|ever|(?:high|low|larg|bigg|small|great|strong|weak|fast|slow|long|short|warm|cold|hott|wett|dri|deep|heavi|bus|quiet|lat|earli)est)\b/i;

/**
 * A year the sentence compares with, not the date of its event (issue 10): "than (in) ___", "compared
 * with ___", a superlative or a first "since ___" ("the highest since 1998", "the first club to win since
 * 2009"), "last this high in ___", "not seen since ___". "She has led the board since 2019" keeps its date.
 */
export function isBaseline(l: Located): boolean {
  const before = l.sentence.slice(Math.max(0, l.at - 120), l.at);
  if (
    /\b(?:than|compared\s+(?:with|to)|relative\s+to|against)(?:\s+(?:in|on|during|at|those\s+of|that\s+of))?\s+(?:the\s+)?$/i.test(
      before,
    )
  )
    return true;
  if (/\blast\s+(?:this|that|so|as)\s+[\p{L}-]+(?:\s+as)?\s+(?:in|on|during)\s+(?:the\s+)?$/iu.test(before))
    return true;
  if (!/\bsince\s+(?:the\s+)?$/i.test(before)) return false;
  // The words of its clause before "since": a superlative, or a sight not seen since.
  const clause =
    before
      .slice(0, before.search(/\bsince\s+(?:the\s+)?$/i))
      .split(/[;:]|,\s/)
      .pop() ?? '';
  return (
    SUPERLATIVE.test(clause) ||
    /\b(?:not|never)\s+(?:been\s+)?(?:seen|recorded|matched|reached|won|held)\b|\bun(?:seen|matched|precedented)\b/i.test(
      clause,
    ) ||
    // "has had 19 searches since ___": a count kept since a date; the count is the fact.
    /\b(?:has|have|had)\s+(?:\p{L}+\s+){0,2}\d[\d,.]*\s+(?:[\p{L}-]+\s+)?[\p{L}-]+s\s+$/u.test(clause)
  );
}

/** "by Ames and Holt (", "Ames et al. (": a work's authors before the year in brackets. */
const CITED_BEFORE = /(?:\b(?:by|and)\s+\p{Lu}[\p{L}'’-]+|&\s*\p{Lu}[\p{L}'’-]+|\bet\s+al\.?)\s*\(\s*$/u;
/** "(Ames, ", "(Ames and Holt ", "(Ames et al., ": the authors inside the brackets before the year. */
const CITED_INSIDE = /\(\s*\p{Lu}[\p{L}'’-]+(?:\s+(?:et\s+al\.?|(?:and|&)\s+\p{Lu}[\p{L}'’-]+))?,?\s+$/u;

/** "Harbour Lights (Les Lumières, ": a capitalised title, then in brackets another title of it and a comma. */
const WORK_ALSO_BEFORE = /\p{Lu}[^\s()]*\s\(\s*\p{Lu}[^(),]{0,60},\s*$/u;

/** "Stone Quay (", "The Quiet Port (": a title, then its year in brackets (a film's, a book's, a list's item). */
const WORK_BEFORE = /[\p{Lu}\d][^\s()]*\s\(\s*$/u;

/**
 * A year that cites a work ("the survey by Ames and Holt (2004) begins …", "(Ames et al., 2019)"): it
 * dates a publication the sentence refers to, not the event the sentence tells.
 */
export function isCitation(l: Located): boolean {
  if (dateForm(l.d.when) !== 'year') return false;
  const before = l.sentence.slice(Math.max(0, l.at - 60), l.at);
  const after = l.sentence.slice(l.at + l.d.when.length, l.at + l.d.when.length + 4);
  if (/^\s*\)/.test(after) && WORK_BEFORE.test(before)) return true;
  // "The Quiet Port (Le Port Calme, 1959)": a title, then its other title and year in brackets.
  if (/^\s*\)/.test(after) && WORK_ALSO_BEFORE.test(before)) return true;
  return /^\p{Ll}?\s*[);,]/u.test(after) && (CITED_BEFORE.test(before) || CITED_INSIDE.test(before));
}

/**
 * Who a date card's clause is about: the first of its first words that is a word of one of the date's
 * actors ("Marsh" of "On ___, Mayor Marsh signed …"), lower-cased, or null.
 */
function subjectKey(prompt: string, actors: readonly string[]): string | null {
  const own = new Set(actors.flatMap((a) => a.toLowerCase().split(/\s+/)));
  if (own.size === 0) return null;
  const words = prompt
    .replace(/^Which date fills the blank\?\s+/, '')
    .replace(/^(?:[^,]{0,30}___[^,]{0,10},\s+)/, '')
    .split(/\s+/)
    .slice(0, 4);
  for (const w of words) {
    const key = w.replace(/['’]s?$|[^\p{L}-]/gu, '').toLowerCase();
    if (!CAPITAL_START.test(w) || !own.has(key)) continue;
    // "Ada Vesk …" and "Vesk …" are one subject: the longest name holding the word stands for both.
    let whole = key;
    for (const a of actors)
      if (a.toLowerCase().split(/\s+/).includes(key) && a.length > whole.length) whole = a.toLowerCase();
    return whole;
  }
  return null;
}

/**
 * One card a date and its subject: "Ames was sworn in on ___" and "Ames took office on ___" (one day, one
 * person) ask the same fact twice; the first written is kept.
 */
function oneDatePerSubject(cards: CardDraft[], mainNames: readonly string[] = []): CardDraft[] {
  const seen = new Set<string>();
  return cards.filter((c) => {
    if (c.kind !== 'event-date') return true;
    // The article's main person is the subject of most of its sentences without being a card's actor.
    const who = subjectKey(c.prompt, [...(c.actors ?? []), ...mainNames]);
    if (who === null) return true;
    const key = `${c.context ?? factKey(c.answer)}|${who}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** A day the text names only relative to its publication: "on Sunday", "yesterday", "last Friday". */
const RELATIVE_DAY =
  /^(?:(?:last|this|on)\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)$|^(?:yesterday|today)$/i;

/** An ISO day written as the article writes its full dates ("4 September 2016" or "September 4, 2016"). */
function writtenLike(iso: string, located: readonly Located[]): string {
  const [y, m, d] = iso.split('-').map(Number);
  const month = MONTH_NAMES[m - 1];
  const dayFirst = located.some((l) => dateForm(l.d.when) === 'full' && /^\d/.test(l.d.when.trim()));
  return dayFirst ? `${d} ${month} ${y}` : `${month} ${d}, ${y}`;
}

/**
 * "The election was held on Sunday" in an article published on Friday, 9 September 2016: the day the event
 * fell on, worked out from the publication date, asked as a date to fill in. The reader confirms it first:
 * the text gives the weekday, not the date (issue 10: the main event of a news story is often dated so).
 * Only in the lead (`LEAD_CHARS`), where the weekday dates the story's news: further on it dates a step of
 * the story ("the shares fell on Monday", "he told staff on Tuesday"), and blind readers kept 6 of 27 such
 * cards. Nor where the clause states an amount or a share (`statesFigure`).
 */
function relativeDayDate(l: Located, located: readonly Located[], pools: DatePools, names: Names): CardDraft | null {
  const { d } = l;
  // Past the lead, a day named by its weekday is a step of the story, no date to learn (readers kept 6 of 27).
  if (!d.iso || !/^\d{4}-\d\d-\d\d$/.test(d.iso) || d.source.start >= LEAD_CHARS) return null;
  const prompt = blankedClause(l, names);
  if (!prompt || statesFigure(prompt)) return null;
  // "Today, Velm Bank employs 30 people": "today" in the present is these days, no day of an event.
  if (/^today$/i.test(d.when.trim()) && !hasPastVerb(prompt)) return null;
  const answer = writtenLike(d.iso, located);
  const id = cardId('event-date', `${d.when}|${d.event}`);
  const pool = pools.byForm.get(`full|${dateStyle(answer)}`);
  const choices = pool ? pickChoices(answer, pool, id, pools.sentenceKeys.get(d.source.start)) : undefined;
  return eventDateDraft(d, id, prompt, answer, choices, {
    reason: `date worked out from the publication date: the text says “${d.when}”`,
  });
}

/**
 * The article's first line when it is a headline that ends on a full date ("Velm mayor interviewed by the
 * Tarn Post Monday, March 3, 2031"): that date is when the piece appeared, no event of it. Null otherwise.
 */
function titleDateline(text: string): { end: number } | null {
  const start = text.search(/\S/);
  if (start < 0) return null;
  const stop = text.indexOf('\n', start);
  const end = stop < 0 ? text.length : stop;
  const line = text.slice(start, end).trimEnd();
  if (/[.!?”"]$/.test(line) || !FULL_DATE_END.test(line)) return null;
  return { end: start + line.length };
}

/** A full date closing a line: "… Monday, March 3, 2031", "… 3 March 2031". */
const FULL_DATE_END =
  /(?:\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2},?\s+\d{4}|\b\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4})$/;

export function dateCards(
  dates: DateFact[],
  title: string,
  text: string,
  ownYears: ReadonlySet<string> = new Set(),
  shown: string = title,
  resolve: SubjectResolver = noSubjects,
  /** The article's main person's name and the names it goes by ("Ada Vesk", "Vesk"), when one person dominates it. */
  mainNames: readonly string[] = [],
  /** The article's names by head (`priorNames`, with its lead body: `withLeadBody`); read from `text` when not given. */
  named?: Names,
): CardDraft[] {
  const cards: CardDraft[] = [];
  const trivial = (d: DateFact) => dateForm(d.when) === 'year' && ownYears.has(d.when);
  const located = dates
    .filter((d) => !isRelative(d.when) && dateForm(d.when) !== 'other')
    .map((d) => locate(d, text, resolve))
    .filter((l): l is Located => l !== null);
  // A year the sentence compares with, or one that cites a work, is no event's date ("the highest since ___").
  // "had 5 million views as of ___": the date a figure was read, not an event's (the figure is the fact).
  // So is "statistics (through ___)" or "(updated ___)" under a table.
  const snapshot = (l: Located) =>
    /\bas\s+of\s+$|\(\s*(?:through|updated|correct\s+as\s+of|accurate\s+as\s+of)\s+$/i.test(
      l.sentence.slice(Math.max(0, l.at - 24), l.at),
    );
  // A day or month that could be in either of two years the text gives ("on July 6" after "December 26, 2012"
  // and "the 2013 season") is asked by no card.
  const dateline = titleDateline(text);
  // "By ___, the catch would fall by 30 percent": the year is the horizon of a projection, whose figure is the fact.
  const horizon = (l: Located) =>
    /\bby\s+(?:the\s+)?$/i.test(l.sentence.slice(Math.max(0, l.at - 8), l.at)) &&
    PROJECTION.test(l.sentence.slice(Math.max(0, l.at - WINDOW), l.at + WINDOW)) &&
    /\d\s*(?:%|per\s*cent|percent)|\d[\d,.]*\s+(?:million|billion|thousand)/i.test(
      l.sentence.slice(Math.max(0, l.at - WINDOW), l.at + WINDOW),
    );
  const askable = located.filter(
    (l) =>
      !isYearModifier(l) &&
      !isBaseline(l) &&
      !isCitation(l) &&
      l.d.basis !== TWO_YEARS &&
      !snapshot(l) &&
      !horizon(l) &&
      !(dateline && l.d.source.start < dateline.end && text.slice(0, dateline.end).endsWith(l.d.when)),
  );
  const counts = new Map<string, number>();
  // One day written twice ("August 12", "August 12, 1990") is one date: its events are not unique to it.
  const dayOf = (l: Located) => l.d.iso ?? factKey(l.d.when);
  for (const l of located) counts.set(dayOf(l), (counts.get(dayOf(l)) ?? 0) + 1);
  const events: { l: Located; event: string }[] = [];
  const byWhen = new Map<string, string>();
  for (const l of askable) {
    const event = shortEvent(l);
    if (!event) continue;
    events.push({ l, event });
    if (!byWhen.has(factKey(l.d.when))) byWhen.set(factKey(l.d.when), event);
  }
  const eventOf = new Map(events.map((e) => [e.l, e.event]));
  // A year before the common era is no rival to one of ours ("1310" BC among 1820 and 1904).
  const pools = datePools(located.filter((l) => !ERA_BEFORE.test(l.sentence.slice(l.at + l.d.when.length))));
  // One short event per date for "what happened then?" choices (other dates' events are not also true).
  const eventPool = choicePool([...byWhen.values()]);
  let read: Names | undefined = named;
  const names: Names = (head, before) => {
    read ??= priorNames(text);
    return read(head, before);
  };
  const life = lifeOf(text, located, mainNames);
  for (const l of askable) {
    if (trivial(l.d)) continue;
    if (otherBirth(l, mainNames)) continue;
    const asked = eventDate(l, pools, names, life);
    if (asked) {
      cards.push(asked);
      continue;
    }
    // Only where the blanked clause cannot be asked: the date with a short event to choose.
    const event = eventOf.get(l);
    const reverse = event ? dateEvent(l, event, eventPool, counts.get(dayOf(l)) === 1) : null;
    if (reverse) cards.push(reverse);
  }
  // A day named only by its weekday or as "yesterday" in a dated news article: one card a day, the first.
  const relativeDays = new Set<string>();
  for (const d of dates) {
    if (!RELATIVE_DAY.test(d.when.trim()) || (d.anchor !== 'published' && d.anchor !== 'dateline')) continue;
    if (!d.iso || relativeDays.has(d.iso)) continue;
    // "on Sunday night (March 4)": the sentence gives the date itself; "on Saturday Night" would read
    // "on ___ Night" with a date for the blank.
    if (dates.some((o) => o !== d && o.source.start === d.source.start && o.iso === d.iso)) continue;
    // "March 3, 2031: shares opened lower on Monday": the clause is dated by its own full date, and a weekday
    // reckoned from the publication date that is another day contradicts it; which is right the text does not say.
    if (dates.some((o) => o.source.start === d.source.start && o.iso !== d.iso && dateForm(o.when) === 'full'))
      continue;
    const l = locate(d, text, resolve);
    if (l && /^\s+(?:night|morning|afternoon|evening)\b/i.test(l.sentence.slice(l.at + d.when.length))) continue;
    const card = l ? relativeDayDate(l, located, pools, names) : null;
    if (!card) continue;
    relativeDays.add(d.iso);
    cards.push(card);
  }
  // The id keeps the given title (progress survives); the prompt names the article as a reader knows it.
  const t = timeline(events, title, shown);
  const asked = oneDatePerSubject(cards, mainNames);
  if (t) asked.push(t);
  return asked;
}
