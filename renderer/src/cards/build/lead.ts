/**
 * The lead card: who did what the article leads with. A news story, a release or a history puts its
 * main point in the first sentence of its first paragraphs ("Velm has told its neighbours they must pay
 * for gas in crowns"); the card blanks the actor that sentence opens on, with choices among the
 * article's other actors of the same kind. Readers of every fresh set asked for a card of the article's
 * main point (issue 10); the other builders only reach it when it holds a quotation, a date or a figure.
 */
import type { CardDraft } from '../../../../electron/contract';
import { countWords, type TextModel } from '../document/text-model';
import type { Mention } from '../extract/actors/actors';
import { cardId } from '../hash';
import { CLAUSE_VERBS, SAY_VERBS } from '../lexicon/words';
import type { ActorFact } from '../types';
import { choicePool, clip, pickChoices } from './card-kit';

/** How many prose paragraphs the lead may open: a standfirst or a caption may stand before the story's first one. */
const LEAD_PARAGRAPHS = 2;
const MIN_LEAD_WORDS = 10;
const MAX_PROMPT_WORDS = 32;
/**
 * The kinds of actor a lead card asks: a state or a body ("Velm has told …", "The Tarn Bank will cut …").
 * A person opening a lead was, for blind readers, mostly a feature's anecdote ("Ada Vesk is paying more for
 * bread"), a reporter's line ("… reported from Orsk") or colour; they kept 1 of 5 such cards.
 */
const DOERS = new Set(['organisation', 'state']);

/** What may stand before the actor: nothing, or "The" of a body's name ("The Velm Bank has …"). */
const OPENING = /^(?:The\s)?$/;
/** An apposition after the actor ("Ada Vesk, the bank's chief executive, said"): skipped on the way to the verb. */
const APPOSITION = /^,\s[^,;:()“”"]{2,90},\s/u;
/** The verb right after the actor: one of the lexicon's verbs, or a past form ("raised", "agreed"). */
const VERB = /^\s*([\p{Ll}]+)\b/u;
/**
 * A sentence that describes the actor rather than says what it did ("Velm is a top producer of gas"), or
 * an author's line at the top of a page ("Ada Vesk has covered the harbour since 2030", "… writes about
 * shipping"): background, not the story's point.
 */
const DESCRIBES =
  /^\s*(?:(?:is|are|was|were)\s+(?:a|an|the|one)\s|(?:has\s+)?cover(?:s|ed)\s|writes\s+(?:about|on)\s|report(?:s|ed)\s+(?:on|from)\s)/;
const isVerb = (w: string): boolean => CLAUSE_VERBS.has(w) || SAY_VERBS.has(w) || /^\p{Ll}{3,}ed$/u.test(w);

/** A sentence that reads as a sentence: closing punctuation, no quotation opening it, no question. */
const CLOSED = /[.!]["”’)]?$/;
const QUOTED_OPENING = /^["“‘'«]/;

function leadSentences(model: TextModel): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let paragraphs = 0;
  let s = 0;
  for (let p = 0; p < model.paragraphs.length && paragraphs < LEAD_PARAGRAPHS; p += 1) {
    const para = model.paragraphs[p];
    if (para.isHeading || para.isPull) continue;
    while (s < model.sentences.length && model.sentences[s].para < p) s += 1;
    if (s >= model.sentences.length) break;
    const first = model.sentences[s];
    if (first.para !== p) continue;
    const text = model.text.slice(first.start, first.end);
    // A one-line caption or a byline is no paragraph of the story.
    if (countWords(text) < MIN_LEAD_WORDS) continue;
    paragraphs += 1;
    if (CLOSED.test(text) && !QUOTED_OPENING.test(text)) out.push(first);
  }
  return out;
}

/**
 * At most one card: the first lead sentence that opens on an actor who does something ("Velm has told",
 * "The Tarn Bank, the country's largest lender, raised"), never on an actor that only qualifies a noun
 * ("The Velm war has led", "Velm's army"), one of a list, or one of a longer name.
 */
export function leadCards(model: TextModel, actors: readonly ActorFact[], mentions: readonly Mention[]): CardDraft[] {
  const { text } = model;
  let m = 0;
  for (const s of leadSentences(model)) {
    while (m < mentions.length && mentions[m].start < s.start) m += 1;
    const mention = mentions[m];
    if (!mention || mention.start >= s.end || mention.locative) continue;
    const before = text.slice(s.start, mention.start);
    if (!OPENING.test(before)) continue;
    const actor = actors[mention.actor];
    if (!actor || !DOERS.has(actor.kind)) continue;
    let rest = text.slice(mention.end, s.end);
    const apposition = APPOSITION.exec(rest);
    const afterName = apposition ? rest.slice(apposition[0].length) : rest;
    const verb = VERB.exec(afterName);
    if (!verb || !isVerb(verb[1]) || DESCRIBES.test(afterName)) continue;
    // Named once only, the actor is a lead's passer-by (an anecdote's shopper, an author's line), not its subject.
    if (actor.mentions < 2) continue;
    // Of the same kind, named in the article, and not named in the prompt (it would stand beside the blank).
    rest = clip(rest, MAX_PROMPT_WORDS);
    const shown = `${before}${rest}`.toLowerCase();
    const others = actors
      .filter((a) => a !== actor && a.kind === actor.kind && a.mentions >= 2 && !shown.includes(a.name.toLowerCase()))
      .sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name))
      .map((a) => a.name);
    const id = cardId('lead-actor', `${actor.name}|${text.slice(s.start, s.end)}`);
    const choices = pickChoices(actor.name, choicePool(others), id);
    if (!choices || choices.length < 3) continue;
    return [
      {
        id,
        kind: 'lead-actor',
        facet: 'actors',
        prompt: `Who fills the blank in the article’s lead? ${before}___${rest}`,
        answer: actor.name,
        choices,
        actors: [actor.name],
        ...(actor.role ? { context: `${actor.name}, ${actor.role}` } : {}),
        source: { start: s.start, end: s.end },
      },
    ];
  }
  return [];
}
