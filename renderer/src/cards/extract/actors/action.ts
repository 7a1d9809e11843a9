/**
 * Roles of people the article names without a title: what it says they did, read from a clause
 * whose subject they are ("Tomas Vell saved the late penalty" -> "saved the late penalty").
 */

import { type TextModel, tokenAt } from '../../document/text-model';
import { CLAUSE_VERBS, COMMON, NAMING, REPORT_VERBS, SAY_VERBS } from '../../lexicon/words';

const set = (words: string): Set<string> => new Set(words.trim().split(/\s+/));

/** An action role holds at most this many words; a longer clause is not cut short (it may lose its sense). */
export const MAX_ACTION_WORDS = 8;

/** Verbs after a name that tell no action: being, having, thinking, seeming, going on. */
const NOT_ACTIONS = set(`
is are was were be been being am has have had do does did will would shall should can could may might must
seems seemed appears appeared believes believed thinks thought feels felt hopes hoped wants wanted wished knows
knew expects expected became become becomes remains remained continues continued says tells hears heard sees saw
looks looked sounds sounded gets got goes went comes came lets let tries tried needs needed likes liked used
need try want seem appear hope wish like expect
`);

/** Irregular past forms (and participles) that open an action, besides the verbs of CLAUSE_VERBS. */
const IRREGULAR_PAST = set(`
struck hit threw thrown caught shot broke broken chose chosen drove driven flew flown grew grown overtook overtaken
rode ridden sank sunk shook shaken stole stolen swept taught tore torn withdrew withdrawn wore worn undertook
undertaken oversaw overseen bought fled hid hidden bore borne dealt dug fed hung laid lent lit slew spun spread
sprang sprung stuck strove swore sworn swam swung upheld beaten begun drawn drew fallen forgave forgiven given
taken written won led made built fought sought sold paid kept ran stood spent met signed launched
`);

/** Words between the name and the verb that do not belong to the action: "Vell also saved …". */
const LEAD_ADVERBS = set(
  'also then later once soon again finally eventually initially originally first subsequently previously quickly',
);

/** A particle or preposition that belongs to the verb when it comes right after it: "met with", "voted against". */
const PARTICLES = set('with to for on up out off into against back down over about away');

/** Words that end the action's object: prepositions (not "of"), conjunctions, relatives, time words. */
const ENDS_OBJECT = set(`
in at on during for with from to by against into over under after before through within without between among
across around near despite amid toward towards via per than like off onto upon since until
and or but nor so yet that which who whom whose when whenever while whilst where because although though if unless
as whereas once today yesterday tomorrow now then later earlier again also too still already
`);

/** Finite verbs that cannot stand inside an object. */
const FINITE = set('is are was were has have had will would can could may might should must do does did');

/** "the day", "last week", "that night": a time phrase that ends an object. */
const TIME_LEADS = set('the a that this last next every each');
const TIME_NOUNS = set(
  'day days week weeks month months year years morning afternoon evening night weekend season time',
);

/** Words that may stand before a subject: the sentence's own openers of a clause. */
const CLAUSE_LEADS = set(
  'that when while whilst after before because as since until although though if once but so then where whereas',
);

/** Pronouns that leave an action unclear on its own: "raised its offer", "thanked them". */
const PRONOUNS = set(
  'he him his she her hers it its they them their theirs this these those we us our i me my you your',
);

/** Words that compare with something said elsewhere: "another candidate", "the same seat", "other rivals". */
const POINTING = set('another other others same such similar former latter remaining rest further');

/** "largest", "most", "first": a superlative whose scope the words cut off may hold. */
const SUPERLATIVE_WORD = /^(?:most|least|first|last|only|best|worst|\p{Ll}{3,}est)$/u;

/**
 * Whether the object of an action cut short (tokens from..to) names what was acted on: a name, or "the" with a
 * noun, and no superlative (its scope may be in the words cut off).
 */
function namesItsObject(model: TextModel, from: number, to: number): boolean {
  if (from > to) return false;
  const { tokens } = model;
  let named = tokens[from].text.toLowerCase() === 'the' && to > from;
  for (let j = from; j <= to; j += 1) {
    const w = tokens[j].text;
    if (SUPERLATIVE_WORD.test(w.toLowerCase()) && !COMMON.has(w.toLowerCase())) return false;
    if (tokens[j].cap) named = true;
  }
  return named;
}

/** ", Tarn and Orsk", ", the council, the press or …": items of a list after a comma, up to its "and"/"or". */
const LIST_GOES_ON =
  /^,\s+(?:\p{Lu}|the\s)[^,.;:!?]{0,40}?(?:,\s+(?:\p{Lu}|the\s)[^,.;:!?]{0,40}?)*,?\s+(?:and|or)\s+(?:\p{Lu}|the\s)/u;

/** Quotation marks that make a sentence speech, not the narrator's (the apostrophe ’ is left out: it is also one). */
const QUOTE_MARKS = /["“”„«»]/;

/** A verb of action after a name: a regular past ("saved"), a listed verb, or a known irregular past. */
function isActionVerb(word: string): boolean {
  if (NOT_ACTIONS.has(word) || SAY_VERBS.has(word) || REPORT_VERBS.has(word) || NAMING.has(word)) return false;
  if (CLAUSE_VERBS.has(word) || IRREGULAR_PAST.has(word)) return true;
  return word.length >= 5 && /^\p{Ll}+ed$/u.test(word) && !COMMON.has(word);
}

/** A participle after "has" or "had": "had scored", "has won", "had taken". */
function isParticiple(word: string): boolean {
  return isActionVerb(word) || (word.length >= 5 && /^\p{Ll}+en$/u.test(word) && !COMMON.has(word));
}

/** A bare verb after "will" or "did not": any lower-case word that is not a function word. */
function isBareVerb(word: string): boolean {
  return /^\p{Ll}+$/u.test(word) && !COMMON.has(word) && !SAY_VERBS.has(word) && !NOT_ACTIONS.has(word);
}

/** `whole`: the action runs to the end of its clause, nothing after it was left out. */
export type ActionRole = { role: string; plain: boolean; start: number; end: number; whole?: boolean };

/** Whether the name that spans tokens `first`..`last` is the subject of the clause that follows it. */
function opensClauseAt(model: TextModel, first: number): { ok: boolean; opens: boolean } {
  const { tokens, text } = model;
  let before = first - 1;
  // "Kelso's Tomas Vell saved …": the owner of the name goes with it.
  if (before >= 0 && tokens[before].cap && /['’]s$/u.test(tokens[before].text)) before -= 1;
  if (before < 0 || tokens[before].sentence !== tokens[first].sentence)
    return { ok: true, opens: before === first - 1 };
  const gap = text.slice(tokens[before].end, tokens[before + 1].start);
  // "On Monday, Vell signed …": a comma or a colon ends what came before.
  if (/^[,;:—–]\s*$|^\s+[—–]\s+$/.test(gap)) return { ok: true, opens: false };
  return { ok: /^\s+$/.test(gap) && CLAUSE_LEADS.has(tokens[before].text.toLowerCase()), opens: false };
}

/**
 * "Tomas Vell saved the late penalty." -> "saved the late penalty"; "Vell will meet the mayor" -> "will meet the
 * mayor"; "Vell did not vote." -> "did not vote". Null unless the name opens a clause of the narrator's (not
 * in a quotation, not a heading), the word after it (or after "also", "will", "had", "did not") is a verb of
 * action (not of saying, being or thinking), and the clause ends within MAX_ACTION_WORDS words.
 * `plain`: the name opens its sentence and the verb (or its "will", "had", "did not") follows it directly.
 */
export function actionRole(model: TextModel, first: number, last: number): ActionRole | null {
  const { tokens, text } = model;
  const name = tokens[last];
  if (/['’]s?$/u.test(name.text) && /['’]/u.test(name.text)) return null;
  const sentence = model.sentences[name.sentence];
  if (model.paragraphs[sentence.para]?.isHeading) return null;
  const lead = opensClauseAt(model, first);
  if (!lead.ok) return null;
  const sameClause = (k: number): boolean =>
    k < tokens.length &&
    tokens[k].sentence === name.sentence &&
    /^\s+$/.test(text.slice(tokens[k - 1].end, tokens[k].start));
  let k = last + 1;
  let plain = lead.opens;
  if (sameClause(k) && LEAD_ADVERBS.has(tokens[k].text)) {
    k += 1;
    plain = false;
  }
  if (!sameClause(k)) return null;
  const from = k;
  const w = tokens[k].text;
  if (w === 'will' && sameClause(k + 1) && isBareVerb(tokens[k + 1].text)) k += 1;
  else if (/^(?:has|had|have)$/.test(w) && sameClause(k + 1) && isParticiple(tokens[k + 1].text)) k += 1;
  else if (
    /^(?:did|does)$/.test(w) &&
    sameClause(k + 2) &&
    tokens[k + 1].text === 'not' &&
    isBareVerb(tokens[k + 2].text)
  )
    k += 2;
  else if (!isActionVerb(w)) return null;
  // The verb's object: up to a comma, a preposition (after a particle right after the verb) or a conjunction.
  let end = k;
  if (sameClause(end + 1) && PARTICLES.has(tokens[end + 1].text)) end += 1;
  while (sameClause(end + 1) && end + 1 - from < MAX_ACTION_WORDS + 1) {
    const next = tokens[end + 1].text.toLowerCase();
    if (ENDS_OBJECT.has(next) || SAY_VERBS.has(next)) break;
    // "the players Vell selected were young": a finite verb after the object, so the name was no subject of it.
    if (FINITE.has(next)) return null;
    // "met the mayor the day before": a time phrase after the object is not part of it.
    if (end > k && TIME_LEADS.has(next) && TIME_NOUNS.has(tokens[end + 2]?.text.toLowerCase() ?? '')) break;
    end += 1;
  }
  // A clause that runs on past the limit is not cut: the words kept might say something else.
  const cut = sameClause(end + 1);
  if (cut && !ENDS_OBJECT.has(tokens[end + 1].text.toLowerCase())) return null;
  // "beat Kelso 2–0", "sold the club/stadium": a clause going on after a sign is not read.
  if (!cut && !/^(?:\s|[,.;:!?)]|$)/u.test(text.slice(tokens[end].end, tokens[end].end + 1))) return null;
  // "attacked Marr, Tarn and Orsk": an object that a list goes on from past its comma is one item of it.
  if (!cut && LIST_GOES_ON.test(text.slice(tokens[end].end, tokens[end].end + 200))) return null;
  // "did not take the defeat lightly": a denial cut short may deny something else.
  if (cut && tokens[k - 1]?.text === 'not') return null;
  // "ordered the police to close the road": an object with its own infinitive is not cut before it.
  if (cut && tokens[end + 1].text === 'to' && isBareVerb(tokens[end + 2]?.text ?? '')) return null;
  while (end > k && COMMON.has(tokens[end].text.toLowerCase()) && tokens[end].text !== 'not') end -= 1;
  // "received support online ranging from …": a participle cut from its complement says nothing alone.
  if (cut && end > k && /^\p{Ll}{3,}ing$/u.test(tokens[end].text)) return null;
  if (end - from + 1 < 2 || end - from + 1 > MAX_ACTION_WORDS) return null;
  // "raised its offer": a pronoun in the action refers to something the role alone does not say;
  // "defeated another candidate": so does a word comparing with something said before.
  for (let j = k + 1; j <= end; j += 1) {
    const w = tokens[j].text.toLowerCase();
    if (PRONOUNS.has(w) || POINTING.has(w)) return null;
  }
  // Cut before the rest of its clause, the action must name what it acted on: "received the largest vote"
  // (in one district only) overstates, "spent ten years" (where?) and "requested donations" (of whom?) say
  // too little to pick out one person.
  if (cut && !namesItsObject(model, k + 1, end)) return null;
  if (!narrated(model, name.sentence)) return null;
  return {
    role: text.slice(tokens[from].start, tokens[end].end),
    plain,
    start: sentence.start,
    end: sentence.end,
    whole: !cut,
  };
}

/** A sentence of the narrator's: no quotation mark in it, in a paragraph that opens with none, not a heading. */
function narrated(model: TextModel, sentenceIndex: number): boolean {
  const sentence = model.sentences[sentenceIndex];
  const paragraph = model.paragraphs[sentence.para];
  if (!paragraph || paragraph.isHeading) return false;
  return (
    !QUOTE_MARKS.test(model.text.slice(sentence.start, sentence.end)) &&
    !QUOTE_MARKS.test(model.text[paragraph.start] ?? '')
  );
}

type Span = { start: number; end: number; actor: number };

/** ", " or " and " between two names of a list. */
const LIST_GAP = /^(?:,\s+|,?\s+and\s+)$/u;
/** "Ruiz, whose tour includes meetings with …", "Ruiz's visit included meetings with …". */
const MEETINGS_OF =
  /^(?:['’]s?\s+|,\s+whose\s+)(?:\p{Ll}+\s+){1,3}(includes|include|included|will include|is to include)\s+(?:talks\s+and\s+)?meetings?\s+with\s+$/u;
/** "Ruiz will meet …", "Ruiz met with …", "Ruiz held talks with …". */
const MEETS =
  /^\s+(?:also\s+|then\s+|later\s+)?(will meet|is to meet|is due to meet|met|meets|held talks|holds talks|will hold talks)(?:\s+with)?\s+$/u;

/**
 * "Ana Ruiz, whose tour includes meetings with Ivo Lind, Bo Ek and Mara Quint" -> Lind, Ek and Quint
 * "to meet Ana Ruiz"; "Ruiz met Ivo Lind" -> "met Ruiz": the people a person meets, named without a title.
 * `mentions` in text order; `at` the mention read; `isPerson` tells a person's mention.
 */
export function meetingRole(
  model: TextModel,
  mentions: readonly Span[],
  at: number,
  isPerson: (actor: number) => boolean,
): ActionRole | null {
  const { text } = model;
  let head = at;
  while (
    head > 1 &&
    at - head < MAX_ACTION_WORDS &&
    isPerson(mentions[head - 1].actor) &&
    LIST_GAP.test(text.slice(mentions[head - 1].end, mentions[head].start))
  )
    head -= 1;
  if (head === 0) return null;
  const host = mentions[head - 1];
  if (!isPerson(host.actor) || host.actor === mentions[at].actor || mentions[head].start - host.end > 80) return null;
  const between = text.slice(host.end, mentions[head].start);
  const verb = (MEETINGS_OF.exec(between) ?? MEETS.exec(between))?.[1];
  if (!verb) return null;
  const sentence = model.tokens[tokenAt(model, host.start)].sentence;
  if (model.tokens[tokenAt(model, mentions[at].start)].sentence !== sentence || !narrated(model, sentence)) return null;
  const who = text.slice(host.start, host.end).replace(/['’]s?$/u, '');
  const s = model.sentences[sentence];
  const past = /^(?:included|met|held)/.test(verb);
  const present = /^(?:meets|holds)/.test(verb);
  return { role: `${past ? 'met' : present ? 'meets' : 'to meet'} ${who}`, plain: false, start: s.start, end: s.end };
}

/** The subject of a "whose" role: a short phrase opening the sentence ("The keeper", "Kelso's keeper"). */
const MAX_SUBJECT_WORDS = 4;
const MAX_OWNED_WORDS = 4;

/**
 * "The keeper saved Tomas Vell's late penalty." -> "whose late penalty was saved by the keeper": a person
 * named as the owner of what a short sentence-opening subject acted on. Only a regular past ("saved"), whose
 * participle is the same word, and only when the owned phrase ends the clause.
 */
export function possessedRole(model: TextModel, first: number, last: number): ActionRole | null {
  const { tokens, text } = model;
  const name = tokens[last];
  if (!/['’]s$/u.test(name.text) || first < 2) return null;
  const sentence = name.sentence;
  const spaced = (a: number, b: number): boolean => /^\s+$/.test(text.slice(tokens[a].end, tokens[b].start));
  const verb = tokens[first - 1];
  if (verb.sentence !== sentence || !spaced(first - 1, first)) return null;
  if (!/^\p{Ll}+ed$/u.test(verb.text) || IRREGULAR_PAST.has(verb.text) || !isActionVerb(verb.text)) return null;
  // The subject: every word from the sentence's first one to the verb, a few at most, with nothing between.
  let s = first - 2;
  while (s > 0 && tokens[s - 1].sentence === sentence && first - 1 - s < MAX_SUBJECT_WORDS) s -= 1;
  if (s > 0 && tokens[s - 1].sentence === sentence) return null;
  if (!tokens[s].cap) return null;
  for (let k = s; k < first - 1; k += 1) {
    const w = tokens[k].text.toLowerCase();
    if (!spaced(k, k + 1) || SAY_VERBS.has(w) || CLAUSE_VERBS.has(w) || PRONOUNS.has(w)) return null;
  }
  // The owned phrase: up to the end of the clause.
  let end = last;
  while (end + 1 < tokens.length && tokens[end + 1].sentence === sentence && spaced(end, end + 1)) {
    if (ENDS_OBJECT.has(tokens[end + 1].text.toLowerCase()) || end - last >= MAX_OWNED_WORDS) return null;
    end += 1;
  }
  if (end === last || !/^(?:[,.;:!?]|$)/u.test(text.slice(tokens[end].end, tokens[end].end + 1))) return null;
  for (let k = last + 1; k <= end; k += 1) if (PRONOUNS.has(tokens[k].text.toLowerCase())) return null;
  if (!narrated(model, sentence)) return null;
  const subject = text
    .slice(tokens[s].start, tokens[first - 2].end)
    .replace(/^(?:The|A|An)\s/u, (a) => a.toLowerCase());
  const owned = text.slice(tokens[last + 1].start, tokens[end].end);
  const s0 = model.sentences[sentence];
  return { role: `whose ${owned} was ${verb.text} by ${subject}`, plain: false, start: s0.start, end: s0.end };
}

/** Words that tell which holder of a title the article means: "the outgoing President". */
const HOLDER_QUALIFIERS =
  /\bthe\s+(outgoing|incoming|retiring|departing|former|late|acting|interim)\s+(\p{L}[\p{L}-]*)/gu;

/**
 * "Vell met President Ames …; the outgoing President expected …": a one-word title the person holds, qualified
 * later in the sentence that names them, with no one else named between who could hold it. `others` gives the
 * role of each person named between (null: none, so it could be theirs). Returns "outgoing President" or null.
 */
export function qualifiedTitle(
  model: TextModel,
  nameEnd: number,
  title: string,
  others: (from: number, to: number) => (string | null)[],
): string | null {
  const { text } = model;
  const sentence = model.sentences[model.tokens[tokenAt(model, nameEnd) - 1]?.sentence ?? -1];
  if (!sentence || /\s/.test(title)) return null;
  const rest = text.slice(nameEnd, sentence.end);
  for (const m of rest.matchAll(HOLDER_QUALIFIERS)) {
    if (m[2] !== title) continue;
    const at = nameEnd + (m.index ?? 0);
    const between = others(nameEnd, at);
    if (between.some((role) => role === null || role.toLowerCase() === title.toLowerCase())) return null;
    return `${m[1]} ${title}`;
  }
  return null;
}

/**
 * "the detention of Ana Ruiz" -> "was detained", "the resignation of Ana Ruiz" -> "resigned": an event named by a
 * noun whose "of" is the person it befell or who did it. Past forms only; the event's own time is the sentence's.
 */
const EVENT_NOUNS: ReadonlyMap<string, string> = new Map([
  ['detention', 'was detained'],
  ['arrest', 'was arrested'],
  ['release', 'was released'],
  ['dismissal', 'was dismissed'],
  ['removal', 'was removed'],
  ['ouster', 'was ousted'],
  ['impeachment', 'was impeached'],
  ['indictment', 'was indicted'],
  ['conviction', 'was convicted'],
  ['acquittal', 'was acquitted'],
  ['extradition', 'was extradited'],
  ['expulsion', 'was expelled'],
  ['kidnapping', 'was kidnapped'],
  ['abduction', 'was abducted'],
  ['assassination', 'was assassinated'],
  ['execution', 'was executed'],
  ['resignation', 'resigned'],
]);

/** An adjective before the event noun that says how it happened, made an adverb: "temporary" -> "temporarily". */
function asAdverb(adjective: string): string | null {
  if (!/^\p{Ll}{4,}$/u.test(adjective) || COMMON.has(adjective)) return null;
  if (/ary$/.test(adjective)) return `${adjective.slice(0, -1)}ily`;
  if (/(?:ful|ous|al|ent|ant|ive|ic|den|ef)$/.test(adjective))
    return /ic$/.test(adjective) ? `${adjective}ally` : `${adjective}ly`;
  return null;
}

export function eventRole(model: TextModel, first: number): ActionRole | null {
  const { tokens, text } = model;
  if (first < 2) return null;
  const spaced = (a: number): boolean => /^\s+$/.test(text.slice(tokens[a].end, tokens[a + 1].start));
  const of = tokens[first - 1];
  const noun = tokens[first - 2];
  if (of.text !== 'of' || noun.sentence !== tokens[first].sentence || !spaced(first - 1) || !spaced(first - 2))
    return null;
  const event = EVENT_NOUNS.get(noun.text.toLowerCase());
  if (!event) return null;
  const before = tokens[first - 3];
  const adverb = before && before.sentence === noun.sentence && spaced(first - 3) ? asAdverb(before.text) : null;
  if (!narrated(model, noun.sentence)) return null;
  const role = adverb ? event.replace(/(\S+)$/, `${adverb} $1`) : event;
  const s = model.sentences[noun.sentence];
  return { role, plain: false, start: s.start, end: s.end };
}

/**
 * "A late bid by Tomas Vell was rejected by the council." -> "whose late bid was rejected by the council": the
 * person whose act (named by a noun with "by") was acted on, in the passive, by a short subject at the clause end.
 */
export function passiveOwnedRole(model: TextModel, first: number, last: number): ActionRole | null {
  const { tokens, text } = model;
  const sentence = tokens[first].sentence;
  const spaced = (a: number): boolean => /^\s+$/.test(text.slice(tokens[a].end, tokens[a + 1].start));
  // "by Tomas Vell", "by Kelso's Tomas Vell".
  let by = first - 1;
  if (by >= 0 && tokens[by].cap && /['’]s$/u.test(tokens[by].text)) by -= 1;
  if (by < 1 || tokens[by].text !== 'by' || tokens[by].sentence !== sentence) return null;
  for (let k = by; k < first; k += 1) if (!spaced(k)) return null;
  // The act: every word from the sentence's first one to "by", without a determiner to open it.
  let s = by - 1;
  while (s > 0 && tokens[s - 1].sentence === sentence && by - s < MAX_OWNED_WORDS + 2) s -= 1;
  if ((s > 0 && tokens[s - 1].sentence === sentence) || !tokens[s].cap) return null;
  for (let k = s; k < by; k += 1) {
    const w = tokens[k].text.toLowerCase();
    if (!spaced(k) || SAY_VERBS.has(w) || CLAUSE_VERBS.has(w) || PRONOUNS.has(w)) return null;
  }
  if (/^(?:a|an|the|another)$/i.test(tokens[s].text)) s += 1;
  if (s >= by) return null;
  // "… was rejected by the council."
  const was = last + 1;
  const verb = tokens[was + 1];
  const agent = was + 2;
  if (!verb || tokens[agent]?.text !== 'by' || !/^(?:was|were)$/.test(tokens[was].text)) return null;
  if (!/^\p{Ll}+ed$/u.test(verb.text) || !isActionVerb(verb.text)) return null;
  if (!spaced(last) || !spaced(was) || !spaced(was + 1) || tokens[agent].sentence !== sentence) return null;
  let end = agent;
  while (
    end + 1 < tokens.length &&
    tokens[end + 1].sentence === sentence &&
    spaced(end) &&
    end - agent < MAX_SUBJECT_WORDS
  )
    end += 1;
  if (end === agent || !/^[,.;:!?]/u.test(text.slice(tokens[end].end, tokens[end].end + 1))) return null;
  if (!narrated(model, sentence)) return null;
  const act = text.slice(tokens[s].start, tokens[by - 1].end);
  const doer = text.slice(tokens[agent + 1].start, tokens[end].end);
  const s0 = model.sentences[sentence];
  return {
    role: `whose ${act} ${tokens[was].text} ${verb.text} by ${doer}`,
    plain: false,
    start: s0.start,
    end: s0.end,
  };
}
