/** Article text -> facts -> cards. Pure and deterministic: the same text always gives the same output. */
import type { CardDraft, SourceSpan } from '../../../electron/contract';
import { actorCards } from './build/actors';
import { argumentCards } from './build/arguments';
import { dateCards } from './build/dates';
import { leadCards } from './build/lead';
import { numberCards } from './build/numbers';
import { dedupeCards, dropRepeatedFacts, limitPerSentence, promptRevealsAnswer } from './build/quality';
import { quoteCards } from './build/quotes';
import { forgetPriorNames, type Names, priorNames, withLeadBody } from './build/spans';
import { mainBody, mainPerson, mainPersonSubjects } from './build/subject';
import { markPullQuotes } from './document/pull-quotes';
import { buildTextModel, countWords, LEAD_CHARS, sentenceAt, type TextModel } from './document/text-model';
import { extractActors, type Mention } from './extract/actors/actors';
import { namesOffice } from './extract/actors/roles';
import { extractArguments } from './extract/arguments/arguments';
import { findAnchor } from './extract/dates/anchor';
import { extractDateFacts } from './extract/dates/facts';
import { findDates } from './extract/dates/find';
import { extractNumbers } from './extract/numbers/numbers';
import { extractQuotes } from './extract/quotes/quotes';
import { buildSpeakerIndex, isQuoted } from './extract/quotes/speaker-index';
import { factKey, forgetFactKeys } from './hash';
import { isDateLine } from './parse/published';
import type { ActorFact, FactsDoc, GenerateOptions } from './types';

/** Bodies the article mostly writes with "the" ("the Taliban") keep it in prompts; people never do. */
/** A writer's line: "senior editor for the Tarn Globe", "a freelance writer", "staff reporter". */
const WRITER_ROLE =
  /\b(?:editor|reporter|writer|correspondent|columnist|contributor|journalist|author|blogger|freelancer)s?\b/i;

/**
 * The actors the article writes with "the": a body in most of its mentions ("the Velm Council"), a one-word
 * "person" twice or more ("joining the Orsani", "fought the Orsani"), for no one's own name takes "the".
 */
function writtenWithThe(text: string, actors: ActorFact[], mentions: readonly Mention[]): Set<ActorFact> {
  const withThe = new Array<number>(actors.length).fill(0);
  const total = new Array<number>(actors.length).fill(0);
  for (const m of mentions) {
    total[m.actor] += 1;
    if (/\bthe\s$/i.test(text.slice(Math.max(0, m.start - 4), m.start))) withThe[m.actor] += 1;
  }
  return new Set(
    actors.filter((a, i) => (a.kind === 'person' ? !/\s/.test(a.name) && withThe[i] >= 2 : withThe[i] * 2 > total[i])),
  );
}

function nameInProse(withThe: ReadonlySet<ActorFact>) {
  return (actor: ActorFact): string =>
    actor.kind !== 'person' && withThe.has(actor) && !/^the\s/i.test(actor.name) ? `the ${actor.name}` : actor.name;
}

/**
 * A title that is only a file's name ("harbour-report-2031", "notes_v2"): lower-case words joined by
 * hyphens or underscores, or the importer's stand-in. A prompt never shows it (issue 10).
 */
export function isFileSlug(title: string): boolean {
  const t = title.trim().replace(/\.[a-z0-9]{2,4}$/i, '');
  return /^[\p{Ll}\p{N}]+(?:[-_.]+[\p{Ll}\p{N}]+)+$/u.test(t) || /^untitled article$/i.test(t);
}

/** The article's name in a prompt: its title, else its first heading, never a file's name; '' for "this article". */
export function promptTitle(text: string, title: string): string {
  if (title && !isFileSlug(title)) return withoutSiteName(title);
  const heading = titleOf(text, undefined);
  return heading && !isFileSlug(heading) ? withoutSiteName(heading) : '';
}

/**
 * "Ada's Home | The Harbour's Long Road", "The Harbour's Long Road - Tarn Post", "… -- Tarn Post": a page title with
 * its site's name beside a bar or a spaced dash; the card names the article, the longest part.
 */
function withoutSiteName(title: string): string {
  const parts = title.split(/\s+(?:[|–—-]|--)\s+|\s*\|\s*/).filter((p) => p.trim() !== '');
  if (parts.length < 2) return title;
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a));
  return longest.split(/\s+/).length >= 3 ? longest.trim() : title;
}

function titleOf(text: string, given: string | undefined): string {
  if (given && given.trim() !== '' && !isDateLine(given)) return given.trim();
  const first = text.split('\n', 1)[0]?.trim() ?? '';
  if (isDateLine(first)) return '';
  return first.split(/\s+/).length <= 14 && !/[.!?]$/.test(first) ? first : '';
}

/**
 * The names the whole article is about (the most mentioned actors): a blank on one of them can be
 * filled without having read the sentence, so clozes blank another phrase.
 */
function obviousNames(actors: readonly ActorFact[], title: string): (span: string) => boolean {
  const top = Math.max(0, ...actors.map((a) => a.mentions));
  const names = new Set<string>();
  for (const a of actors) {
    if (a.mentions < 3 || a.mentions * 2 < top) continue;
    for (const n of [a.name, ...a.aliases]) names.add(n.toLowerCase());
  }
  const inTitle = new Set(
    title
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 2),
  );
  return (span) => {
    const key = span.toLowerCase().replace(/^the\s+/, '');
    return names.has(key) || names.has(span.toLowerCase()) || (!key.includes(' ') && inTitle.has(key));
  };
}

/**
 * The year the article is about when nothing dates it: named in its lead and at least three times in
 * all, more than twice as often as any other year ("the 2030 season" of a report on that season).
 */
export function dominantYear(found: readonly { start: number; iso: string | null }[]): string | null {
  const counts = new Map<string, number>();
  const inLead = new Set<string>();
  for (const d of found) {
    const year = d.iso && /^\d{4}/.test(d.iso) ? d.iso.slice(0, 4) : null;
    if (!year) continue;
    counts.set(year, (counts.get(year) ?? 0) + 1);
    if (d.start < LEAD_CHARS) inLead.add(year);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [top, next] = ranked;
  if (!top || top[1] < 3 || !inLead.has(top[0]) || (next && next[1] * 2 >= top[1])) return null;
  return top[0];
}

/**
 * Years a year card would ask for nothing: the article's own (publication or dateline), its title's,
 * and the year that dominates its lead and its text.
 */
function ownYear(text: string, found: ReturnType<typeof findDates>, published: string | undefined, title: string) {
  const own = findAnchor(text, found, published);
  const years = new Set(title.match(/\b(?:1[5-9]|20)\d\d\b/g) ?? []);
  if (own && own.kind !== 'text') years.add(own.iso.slice(0, 4));
  const dominant = dominantYear(found);
  if (dominant) years.add(dominant);
  return years;
}

/**
 * Whether a figure's sentence has room for one more card (two at most) that asks something new. Given the
 * new card's prompt, also that no card of the sentence shows its answer and it shows no other's ("blockaded
 * the port on ___ and called for 9,000 volunteers" beside "called for ___ volunteers on 3 May").
 */
function roomFor(
  model: TextModel,
  cards: readonly CardDraft[],
): (source: SourceSpan, answer: string, prompt?: string) => boolean {
  const perSentence = new Map<number, CardDraft[]>();
  for (const card of cards) {
    if (card.items) continue;
    const s = sentenceAt(model, card.source.start);
    perSentence.set(s, [...(perSentence.get(s) ?? []), card]);
  }
  return (source, answer, prompt) => {
    const there = perSentence.get(sentenceAt(model, source.start)) ?? [];
    if (there.length >= 2 || there.some((c) => factKey(c.answer) === factKey(answer))) return false;
    return (
      prompt === undefined ||
      !there.some(
        (c) => promptRevealsAnswer({ prompt: c.prompt, answer }) || promptRevealsAnswer({ prompt, answer: c.answer }),
      )
    );
  };
}

export function generate(text: string, opts: GenerateOptions = {}): FactsDoc {
  const progress = opts.onProgress ?? (() => {});
  const model = buildTextModel(typeof text === 'string' ? text : '');
  markPullQuotes(model);
  progress(0.2);
  const { actors, mentions } = extractActors(model);
  progress(0.45);
  const idx = buildSpeakerIndex(model, actors, mentions);
  const found = findDates(model.text);
  const quotes = extractQuotes(model, idx, found);
  progress(0.65);
  const dates = extractDateFacts(model, found, actors, mentions, opts.published);
  const args = extractArguments(model);
  progress(0.8);
  const title = titleOf(model.text, opts.title);
  const numbers = extractNumbers(model, found, (at) => isQuoted(idx, at), title);
  const words = countWords(model.text);
  const obvious = obviousNames(actors, title);
  // The name prompts show: a file's name ("harbour-report-2031") is no title a reader knows.
  const shownTitle = promptTitle(model.text, title);
  // A pronoun is written as a name only where its referent is certain (subject.ts); else the card is not made (issue 10).
  const starts = model.sentences.map((s) => s.start);
  const withThe = writtenWithThe(model.text, actors, mentions);
  const display = nameInProse(withThe);
  // A "person" the article writes with "the" ("the Orsani") is a group: never a choice among people.
  const quoteDrafts = quoteCards(quotes, actors, dates, display, model.text, (a) => withThe.has(a));
  // "She returned in ___" about the article's main person asks "Ada Vesk returned in ___" (subject.ts).
  const subjects = mainPersonSubjects(model, actors, mentions, idx, display);
  const main = mainPerson(actors);
  // The main person's names ("Ada Vesk", "Vesk"): the birth of anyone else is a detail of that life.
  const mainNames = main < 0 ? [] : [actors[main].name, display(actors[main]), ...actors[main].aliases];
  // "The company will open …" in a story about one body is that body (withLeadBody); read once the builders ask.
  const body = mainBody(actors);
  let read: Names | undefined;
  const names: Names = (head, before) => {
    read ??= withLeadBody(
      priorNames(model.text),
      body < 0
        ? null
        : {
            name: display(actors[body]),
            names: [actors[body].name, display(actors[body]), ...actors[body].aliases],
            at: actors[body].source.start,
          },
    );
    return read(head, before);
  };
  // A quoted person's role shows on the back of the quote card; their role card (readers kept 6 of 8) takes only
  // the room the other cards leave, so it never pushes out a quote card.
  const quoted = new Set(quoteDrafts.filter((c) => c.kind === 'quote-speaker' && c.context).map((c) => c.answer));
  // A person named once, who says nothing and holds no office in the story ("Russian suprematist artist",
  // "teacher of primary education"): blind readers kept none of these role cards (issue 10).
  const speakers = new Set(quotes.map((q) => q.speaker));
  const byName = new Map(actors.map((a) => [a.name, a]));
  // The author's line closing the page ("Ivo Marr is the senior editor of the Tarn Globe. Before that …"): a
  // writer first named in the last paragraphs is the byline's, no actor of the story (readers rejected the card).
  const lastParagraphs = model.paragraphs.slice(-2)[0]?.start ?? model.text.length;
  const authorLine = (c: CardDraft, actor: ActorFact): boolean =>
    actor.source.start >= lastParagraphs && !speakers.has(actor.name) && WRITER_ROLE.test(c.answer);
  const peripheral = (c: CardDraft): boolean => {
    if (c.kind !== 'actor-role') return false;
    const actor = byName.get(c.actors?.[0] ?? '');
    if (actor !== undefined && authorLine(c, actor)) return true;
    return actor !== undefined && actor.mentions < 2 && !namesOffice(c.answer) && !speakers.has(actor.name);
  };
  const actorDrafts = actorCards(actors, model.text).filter((c) => !peripheral(c));
  const isQuotedRole = (c: CardDraft) => c.kind === 'actor-role' && quoted.has(c.actors?.[0] ?? '');
  const cards: CardDraft[] = limitPerSentence(
    dedupeCards([
      ...quoteDrafts,
      ...dateCards(
        dates,
        title,
        model.text,
        ownYear(model.text, found, opts.published, title),
        shownTitle,
        subjects,
        mainNames,
        names,
      ),
      ...actorDrafts.filter((c) => !isQuotedRole(c)),
      ...argumentCards(args, shownTitle, model.text, obvious),
    ]),
    starts,
  );
  const quotedRoles = actorDrafts.filter(isQuotedRole);
  const roleRoom = roomFor(model, cards);
  cards.push(...dedupeCards(quotedRoles.filter((c) => roleRoom(c.source, c.answer))));
  // Figures take the room the other cards leave: a card studied before is never pushed out by one.
  cards.push(...dedupeCards(numberCards(numbers, model.text, words, roomFor(model, cards), names)));
  // Who did what the article leads with: only where its lead sentence has no figure or quote card already.
  const leadRoom = roomFor(model, cards);
  cards.push(...dedupeCards(leadCards(model, actors, mentions).filter((c) => leadRoom(c.source, c.answer, c.prompt))));
  const asked = dropRepeatedFacts(cards);
  forgetFactKeys();
  forgetPriorNames();
  progress(1);
  return {
    article: { title, words },
    actors,
    dates,
    quotes,
    arguments: args.map(({ list: _list, ...a }) => a),
    numbers,
    cards: asked,
  };
}
