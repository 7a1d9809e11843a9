/**
 * Argument cards: the thesis and each factor, risk, motive, condition or claim as a cloze of its
 * key phrase, and "which of these is a risk (factor) the article names?" among the article's
 * other arguments. No "the n-th of …" prompts and no whole sentences as answers.
 */
import type { CardDraft } from '../../../../electron/contract';
import { THESIS } from '../extract/arguments/arguments';
import { cardId } from '../hash';
import type { ArgumentFact } from '../types';
import { choicePool, pickChoices } from './card-kit';
import { blankOut, hasFiniteVerb, hasUnresolvedReference, keyPhrase, words } from './spans';

const REVIEW = { reason: 'argument found by a loose rule: check it says what the article argues' };

const LEAD =
  /^(?:(?:however|nevertheless|moreover|furthermore|in addition|additionally|also|first|second|third|firstly|secondly|thirdly|finally|lastly|meanwhile|thus|hence|therefore|indeed|still)\b,?\s+)+/i;

/** The argument's text without the connective that only ties it to the sentence before. */
const body = (text: string): string => text.replace(LEAD, '');

/** Key of the id, kept from before issue 10 so that progress on the same argument survives. */
const singleKey = (a: ArgumentFact): string => (a.list ? `${a.list.head}|${a.text}` : a.text);

/** A blank answered in at most three words: a longer one ("floods using radar readings") is vague. */
const MAX_ANSWER_WORDS = 3;
/** Words before a blank that make it the source of the claim, not the claim ("according to the ___"). */
const ATTRIBUTION = /\b(?:according\s+to|said|says|reported\s+by|cited\s+by)\s+(?:the\s+)?$/i;

/**
 * The article's lead: its first line (a paragraph) that ends like prose (a title or a date line does not).
 * Its closing sentence, after at least one other, is where an article states what it argues.
 */
export function leadParagraph(article: string): { start: number; end: number } | null {
  for (const m of article.matchAll(/[^\n]+/g)) {
    const para = m[0].trimEnd();
    if (/[.!?]["”’)]?$/.test(para) && words(para) >= 8) return { start: m.index, end: m.index + para.length };
  }
  return null;
}

/**
 * Words by which a sentence claims something rather than reports it: a cause or effect ("because",
 * "enabled", "led to"), a judgement ("should", "crucial", "a failure", "matters"), a forecast of effect
 * ("may do more … than any"), a contrast of reasons ("more to do with", "rather than") or an argument
 * ("argues", "shows that").
 */
const CLAIM =
  /\b(?:because|therefore|thus|hence|so\s+that|should|must|ought|needs?\s+to|argu(?:e|es|ed|ing)|contend\w*|shows?\s+that|proves?|demonstrat\w+|reveal(?:s|ed)?\s+(?:that|how)|means?\s+that|le(?:d|ads?)\s+to|(?<!\bto\s)enabl(?:e|es|ed|ing)|(?<!\bto\s)allow(?:s|ed)?|caus(?:e|es|ed|ing)|result(?:s|ed)?\s+in|due\s+to|driven\s+by|(?:was|is|were|are)\s+(?:a|an)\s+(?:failure|success|mistake|turning\s+point)|undermin\w+|transform\w*|reshap\w+|more\s+to\s+do\s+with|rather\s+than|not\s+(?:only|merely|simply|just)|crucial|critical|vital|essential|decisive|pivotal|inevitabl\w+|unprecedented|fundamental\w*|wrong|misguided|flawed|failed|succeeded|best|worst|matters|(?:may|might|could|will|would|can)\s+(?:well\s+)?(?:do|prove|help|hurt|matter|change|decide|shape|save|cost)|than\s+any)\b/i;
/** A sentence that reports someone else's words or figures ("According to the index …", "… , officials said"). */
const REPORTED =
  /^(?:according\s+to|as\s+\p{Lu}|\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*\s+(?:said|says|reported|told|wrote)\b)|,\s*(?:\p{L}+\s+){0,3}(?:said|says|reported|told)\.?$/iu;

/**
 * Whether a thesis is stated as one: with a cue ("ultimately …"), or closing a lead of two sentences or
 * more where it claims something in the article's own voice. A background line ("X is the eighth most
 * cited author") or a reported figure is no argument: readers marked one given as the central argument false.
 */
function statedThesis(a: ArgumentFact, text: string, article: string): boolean {
  if (REPORTED.test(text.trim())) return false;
  if (THESIS.test(text)) return true;
  if (!CLAIM.test(text)) return false;
  const lead = leadParagraph(article);
  if (!lead || a.source.start <= lead.start || a.source.start >= lead.end) return false;
  return !/\S/.test(article.slice(a.source.end, lead.end));
}

function cloze(a: ArgumentFact, title: string, article: string, obvious: (span: string) => boolean): CardDraft | null {
  const text = body(a.text);
  // The prompt quotes the article: only words it holds as they stand (not a list item rewritten).
  if (!article.slice(a.source.start, a.source.end).includes(text)) return null;
  if (words(text) < 6) return null;
  if (hasUnresolvedReference(text) || !hasFiniteVerb(text)) return null;
  // Readers kept no "central argument" card of a sentence the article does not state as one (a news
  // lead's first sentence, a match statistic further down).
  if (a.kind === 'thesis' && !statedThesis(a, text, article)) return null;
  // Readers kept no cloze of a factor, risk, motive or claim in two rounds (0 of 10): its blank was a
  // word the rest of the sentence gives away, or the sentence a raw copy with a label. Only the thesis.
  if (a.kind !== 'thesis') return null;
  const span = keyPhrase(text, (s) => obvious(s) || words(s) > MAX_ANSWER_WORDS);
  if (!span || ATTRIBUTION.test(text.slice(0, span.start))) return null;
  const prompt = blankOut(text, span, 40);
  const thesis = a.kind === 'thesis';
  return {
    id: thesis ? cardId('thesis', a.text) : cardId('argument-single', singleKey(a)),
    kind: thesis ? 'thesis' : 'argument-single',
    facet: 'arguments',
    prompt: thesis
      ? `Fill the blank in the central argument of ${title ? `“${title}”` : 'this article'}: “${prompt}”`
      : `Fill the blank in the ${a.kind} the article makes: “${prompt}”`,
    answer: text.slice(span.start, span.end),
    source: a.source,
    needsReview: true,
    unsure: REVIEW,
  };
}

/** The argument as a short phrase (its first clause, 3–8 words), or null. */
export function gist(a: ArgumentFact): string | null {
  const text = body(a.text);
  const clause = text.split(/[,;:]\s|\s[—–]\s|\s\(/)[0].replace(/[.!?]+$/, '');
  const n = words(clause);
  // A clause that opens with a preposition ("In the case of …") is a frame, not the argument.
  if (/^(?:in|on|at|for|with|despite|after|before|by|from|of|to|as|through|under|given)\b/i.test(clause)) return null;
  // A clause with no verb ("across the global landscape", "people with rights") claims nothing.
  return n >= 3 && n <= 8 && !hasUnresolvedReference(clause) && hasFiniteVerb(clause) ? clause : null;
}

const CHOICE_KINDS: Record<string, string> = { risk: 'risk', factor: 'factor' };

function choiceCard(a: ArgumentFact, answer: string, others: string[]): CardDraft | null {
  const id = cardId('argument-choice', a.text);
  const choices = pickChoices(answer, choicePool(others), id);
  if (!choices) return null;
  return {
    id,
    kind: 'argument-choice',
    facet: 'arguments',
    prompt: `Which of these is a ${CHOICE_KINDS[a.kind]} the article names?`,
    answer,
    choices,
    source: a.source,
    needsReview: true,
    unsure: REVIEW,
  };
}

export function argumentCards(
  args: ArgumentFact[],
  title: string,
  article: string,
  obvious: (span: string) => boolean = () => false,
): CardDraft[] {
  const cards: CardDraft[] = [];
  const gists = args.map(gist);
  // Other choices: the gists of the article's arguments of other kinds (not also true of this kind).
  const othersOf = new Map(
    Object.keys(CHOICE_KINDS).map((kind) => [
      kind,
      gists.filter((o, j): o is string => o !== null && args[j].kind !== kind),
    ]),
  );
  for (let i = 0; i < args.length; i += 1) {
    const a = args[i];
    const g = gists[i];
    if (g && CHOICE_KINDS[a.kind]) {
      const choice = choiceCard(a, g, othersOf.get(a.kind) ?? []);
      if (choice) {
        cards.push(choice);
        continue;
      }
    }
    const card = cloze(a, title, article, obvious);
    if (card) cards.push(card);
  }
  return cards;
}
