/** Actor cards: role of a person, person of a role, and what an acronym stands for. */
import type { CardDraft } from '../../../../electron/contract';
import { isSpaceCode } from '../document/chars';
import { isRoleNoun } from '../extract/actors/roles';
import { cardId, factKey } from '../hash';
import { STATE_INDEX } from '../lexicon/geo';
import { isKinNoun, ROLE_WORDS } from '../lexicon/words';
import type { ActorFact } from '../types';
import { isSide, nameWords, roleSort, sameRole } from './alike';
import { type ChoicePool, choicePool, personPool, pickChoices } from './card-kit';
import {
  type Review,
  reviewOfAcronym,
  reviewOfRole,
  spellsAcronym,
  TRADE_ENDING,
  trimRole,
  withoutModifiers,
} from './review';
import { words } from './spans';

const MAX_ROLE_WORDS = 8;
const TRAILING_PLACE = /\s+in\s+(?:the\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,3}$/u;
/** A phrase about the person, not a role: it opens with a preposition or a possessive ("her second husband"). */
const NOT_A_ROLE = /^(?:of|in|on|at|by|with|for|from|to|his|her|their|its|whose|who|which|that)\b/i;

/** A role that names whose it is: "Kelso Rovers’ coach", "the Harbour Board's chair". */
const POSSESSIVE_ROLE = /^(?:the\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*['’]s?\s/u;

/**
 * Whether a role's words read as a role (issue 10: readers rejected these): it holds a role word or a
 * lower-case word ("Tarn Bird Reserve" is a place's name); it is no title before someone else's name
 * ("Senator Vesk", "Mayor Brandt"); it opens on no kin word ("son of King …") and holds no verb of a
 * headline ("Tarn Post meets poet Ada Vesk").
 */
function readsAsRole(role: string): boolean {
  const list = role.split(/\s+/);
  // "2 Abbot" (of "2 Abbot Velm Monastery"): a list's number read into a name.
  if (/^\d+\s/.test(role)) return false;
  const lower = list.map((w) => w.toLowerCase().replace(/['’]s$/, ''));
  // A role word, also in a hyphened title ("Solicitor-General"), or an agent noun ("Surveyor", "Methodist").
  const roleWord = (w: string) => isRoleNoun(w) || w.split('-').some((p) => ROLE_WORDS.has(p)) || AGENT.test(w);
  if (!lower.some(roleWord) && !list.some((w) => /^\p{Ll}/u.test(w))) return false;
  const last = lower[lower.length - 1];
  // "the Bureau’s first" (of "first confirmed director"): a role cut before its noun.
  if (
    /^(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|former|current|new|then|longtime|acting)$/.test(
      last,
    )
  )
    return false;
  if (list.length >= 2 && !/\bof\b/i.test(role) && /^\p{Lu}/u.test(list[list.length - 1]) && !roleWord(last))
    if (isRoleNoun(lower[list.length - 2])) return false;
  // "son of King …", "friend", "younger daughter": a kinship or friendship relates the person to someone the
  // role does not name ("Adela Lima’s father" names her).
  if (isKinNoun(lower[0]) || (isKinNoun(lower[lower.length - 1]) && !/['’]s?\s/u.test(role))) return false;
  // "the player she defeated in the last final": a clause about someone else, whom the card would not name.
  if (lower.some((w) => /^(?:he|she|they|we|i)$/.test(w))) return false;
  return !lower.some((w) => HEADLINE_VERBS.has(w));
}

/**
 * A "person" whose name is a place: a state or city the text names ("Velen" read as "the gentleman from
 * Velen"), or a building or site ("Orsk Monastery", "Velm Basilica"). Its role would be someone else's.
 */
function namesAPlace(name: string): boolean {
  if (STATE_INDEX.has(name.toLowerCase())) return true;
  const last = name.split(/\s+/).pop()!.toLowerCase();
  return SITE_HEADS.has(last);
}

/** Heads of a site's name that are no one's surname ("Hall", "Park", "Church" and "Temple" are). */
const SITE_HEADS = new Set(
  `mosque cathedral museum stadium airport station plaza palace castle lodge reserve gardens square creek lake lakes
river bay beach island islands mountain mountains valley falls canyon desert monastery basilica`.split(/\s+/),
);

const AGENT = /^\p{Ll}{3,}(?:er|or|ist|ian|ant|ent)$/u;
/** Verbs a headline puts before a name ("… meets poet Ada Vesk"). */
const HEADLINE_VERBS = new Set([
  'interviews',
  'interviewed',
  'says',
  'said',
  'tells',
  'told',
  'speaks',
  'meets',
  'talks',
]);

/** A role that tells what the article says the person did ("saved the late penalty"), not a title. */
const isAction = (a: ActorFact): boolean => a.roleBasis === 'action';

function flag(review: Review | null): Pick<CardDraft, 'needsReview' | 'unsure'> {
  return review ? { needsReview: true, unsure: review } : {};
}

function actorRole(a: ActorFact, roles: readonly ChoicePool[], notHers: ReadonlySet<string>): CardDraft {
  const id = cardId('actor-role', a.name);
  // The pools from the nearest sort to the widest ("Velenian envoy": Velenian roles, then any state's).
  let choices: string[] | undefined;
  for (const pool of roles) {
    choices = pickChoices(a.role!, pool, id, notHers);
    if (choices) break;
  }
  return {
    id,
    kind: 'actor-role',
    facet: 'actors',
    prompt: `What role does the article give ${a.name}?`,
    answer: a.role!,
    ...(choices ? { choices } : {}),
    actors: [a.name],
    source: a.source,
    ...flag(reviewOfRole(a)),
  };
}

/** "Moss's father" -> "Ida Moss's father": a person named by surname as a role's owner, named in full. */
const OWNER_SURNAME = /^(?:the\s+)?(\p{Lu}[\p{L}-]+)(['’]s?\s)/u;

export function ownerInFull(role: string, fullNames: ReadonlyMap<string, string>): string {
  const m = OWNER_SURNAME.exec(role);
  const full = m ? fullNames.get(m[1]) : undefined;
  return m && full ? `${full}${m[2]}${role.slice(m[0].length)}` : role;
}

/** Each person's surname (an alias, the last word of the full name) -> the full name; a surname two people bear names neither. */
function fullNamesBySurname(actors: readonly ActorFact[]): Map<string, string> {
  const out = new Map<string, string>();
  const seen = new Set<string>();
  for (const a of actors) {
    if (a.kind !== 'person' || !a.name.includes(' ')) continue;
    const surname = a.name.split(' ').pop()!;
    if (!a.aliases.includes(surname)) continue;
    if (seen.has(surname)) out.delete(surname);
    else out.set(surname, a.name);
    seen.add(surname);
  }
  return out;
}

/**
 * Relations more than one person may hold towards someone ("Ada Vesk's colleague", "her brother"); a wife, a
 * husband, a father or a mother is one person and keeps the question.
 */
const SHARED_RELATIONS = new Set(
  'colleague coworker co-worker teammate classmate neighbour neighbor friend partner brother sister son daughter child cousin uncle aunt nephew niece grandson granddaughter grandchild twin'.split(
    ' ',
  ),
);

/** Whether a role's head (its last word before any "at", "in", "from" …) is a relation more than one person may hold. */
function relational(role: string): boolean {
  const head = role.split(/\s+(?:at|in|from|of|for|on|with)\s+/)[0];
  return SHARED_RELATIONS.has((head.split(/\s+/).pop() ?? '').toLowerCase().replace(/s$/, ''));
}

function roleActor(a: ActorFact, people: ChoicePool, fullNames: ReadonlyMap<string, string>): CardDraft {
  const id = cardId('role-actor', a.role!);
  const choices = pickChoices(a.name, people, id, new Set(a.aliases.map(factKey)));
  const role = ownerInFull(a.role!, fullNames);
  return {
    id,
    kind: 'role-actor',
    facet: 'actors',
    prompt: POSSESSIVE_ROLE.test(a.role!)
      ? `Who is ${role.replace(/^the\s+/, '')}?`
      : `Who is described as the ${role}?`,
    answer: a.name,
    ...(choices ? { choices } : {}),
    ...(a.aliases.length > 0 ? { acceptable: a.aliases.slice(0, 30) } : {}),
    actors: [a.name],
    source: a.source,
    ...flag(reviewOfRole(a)),
  };
}

/** Typed, never multiple choice: among real names only one has the acronym's initials, which gives it away. */
function acronym(a: ActorFact, alias: string): CardDraft {
  const id = cardId('actor-alias', `${alias}|${a.name}`);
  return {
    id,
    kind: 'actor-alias',
    facet: 'actors',
    prompt: `What does ${alias} stand for?`,
    answer: a.name,
    actors: [a.name],
    source: a.source,
    ...flag(reviewOfAcronym(a)),
  };
}

/**
 * A role the name already says ("Queen" of "Queen Ann Ross", "President" of "President Ames"): the
 * card asks what any reader of the name knows.
 */
function roleInName(a: ActorFact): boolean {
  const named = new Set([a.name, ...a.aliases].flatMap((n) => n.toLowerCase().split(/\s+/)));
  return a
    .role!.toLowerCase()
    .split(/\s+/)
    .every((w) => named.has(w));
}

/**
 * Whether the article teaches the acronym: it writes the full name and the letters side by side,
 * one in brackets after the other ("Harbour Trust Fund (HTF)", "HTF (Harbour Trust Fund)").
 * An acronym it only uses is one it takes as known, and one whose full name keeps a word of it
 * ("KX-B" for "KX-Beta") asks nothing.
 */
/** The article lower-cased, kept for the next acronym: lower-casing the whole text for each one made long articles slow. */
let lastLowered = { text: '', lower: '' };
function lowerCased(text: string): string {
  if (lastLowered.text !== text) lastLowered = { text, lower: text.toLowerCase() };
  return lastLowered.lower;
}

function taughtAcronym(alias: string, a: ActorFact, text: string): boolean {
  const parts = alias.split('-').filter((w) => w.length >= 2);
  if (a.name.split(/[\s-]+/).some((w) => parts.includes(w))) return false;
  const lower = lowerCased(text);
  const name = a.name.toLowerCase();
  for (let at = text.indexOf(alias); at !== -1; at = text.indexOf(alias, at + alias.length)) {
    const before = lower.slice(Math.max(0, at - name.length - 6), at);
    if (new RegExp(`${escapeRegExp(name)}s?\\s*\\(\\s*$`).test(before)) return true;
    if (
      lower
        .slice(at + alias.length, at + alias.length + name.length + 6)
        .replace(/^s?\s*\(\s*/, '')
        .startsWith(name)
    )
      return true;
  }
  return false;
}

/**
 * Whether the acronym is just the initials of its name, word by word ("HTF": Harbour Trust Fund; a
 * small word may give its letter or not: "VAT" or "VT" for Velen and Tarnow). Readers judged such a card
 * general knowledge: the name shown on the back spells it out. An acronym that takes letters from inside
 * a word, or in another order or language ("ISIS-K"), is not derivable and keeps its card.
 */
export function initialsOf(alias: string, name: string): boolean {
  const letters = alias.replace(/[^\p{L}]/gu, '').toUpperCase();
  const parts = name.split(/[\s-]+/).filter((w) => /\p{L}/u.test(w));
  const small = (w: string) => /^\p{Ll}/u.test(w);
  // reach[i]: the first i letters are spelt by the words read so far.
  let reach = new Set([0]);
  for (const w of parts) {
    const next = new Set<number>();
    for (const i of reach) {
      if (small(w)) next.add(i);
      if (letters[i] === w[0].toUpperCase()) next.add(i + 1);
    }
    reach = next;
  }
  return letters.length > 0 && reach.has(letters.length);
}

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** For each capitalised word, the capitalised words the text writes after it ("President" -> "Ames", "Ruiz"). */
function titledNames(text: string): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const m of text.matchAll(/(?<![\p{L}])(\p{Lu}\p{Ll}+)\s+(\p{Lu}[\p{L}'’-]*)/gu)) {
    const set = out.get(m[1]) ?? new Set<string>();
    if (set.size < 50) set.add(m[2].replace(/['’]s$/, ''));
    out.set(m[1], set);
  }
  return out;
}

/**
 * A role readers could not place: one bare word ("President", "Commodore", "campaigner": of what?), or the
 * name of a body with no role word ("Lower Velen Harbour Trust" as a person's role: a body, not a role).
 */
function unplacedRole(role: string, bodies: string[]): boolean {
  if (!/\s/.test(role.trim())) return true;
  const lower = role.toLowerCase();
  // A role word, or a trade by its ending ("microbiologist", "statistician").
  const roleWord = lower.split(/[\s-]+/).some((w) => ROLE_WORDS.has(w) || TRADE_ENDING.test(w));
  return !roleWord && bodies.some((b) => lower === b || lower.endsWith(` ${b}`));
}

/**
 * A role that is someone's (a secretary, a spokesman, a coach, a wife: of whom?) or "fellow" anything:
 * readers found "private secretary" or "fellow minister" as an answer meant nothing without whose.
 */
const RELATIONAL_HEAD =
  /(?:^|\s)(?:secretary|spokes(?:man|woman|person)|chief\s+executive(?:\s+officer)?|managing\s+director|chief\s+(?:operating|financial|technology|information)\s+officer|(?:executive|finance)\s+director|director[\s-]general|vice[\s-]president|chair(?:man|woman|person)?|(?:party|deputy)\s+leader|coach|aide|advis[eo]r|assistant|deputy|colleague|lawyer|attorney|agent|bodyguard|chauffeur|driver|wife|husband|son|daughter|brother|sister|father|mother|widow|widower|friend|partner|fianc[ée]e?|professor(?:\s+emerit(?:us|a))?|chief\s+of\s+staff)$/i;
/** Capitalised words that say what kind of role it is, not whose ("Private Secretary", "Press Officer"). */
const KIND_WORDS = new Set(
  'private personal press principal chief senior junior deputy assistant special head first fellow former acting interim emeritus'.split(
    ' ',
  ),
);

/**
 * Whether a role needs an owner the article did not give with it: "fellow …", or a relational head
 * ("private secretary", "coach") with no possessive, no "of/for/at …" and no name of a body or place
 * ("Kelso Rovers’ coach", "spokesman for the ministry", "NORSA spokesman" name theirs).
 */
export function lacksOwner(role: string): boolean {
  const r = role.trim();
  if (/^fellow\b/i.test(r)) return true;
  if (!RELATIONAL_HEAD.test(r) && !(OFFICE_HEAD.test(r) && !STANDING_OFFICE.test(r))) return false;
  if (/['’]s?\s|\b(?:of|for|to|at|with|in|from)\s+\S/i.test(r)) return false;
  const words = r.split(/\s+/);
  const head = words.length - 1;
  // A nationality names a state's office ("Chinese leader") but no owner of a private one: "American owner" of what?
  const privately = PRIVATE_HEAD.test(r);
  return !words.some(
    (w, i) =>
      i < head &&
      /^\p{Lu}/u.test(w) &&
      !KIND_WORDS.has(w.toLowerCase()) &&
      !(privately && STATE_INDEX.get(w.toLowerCase())?.via === 'demonym'),
  );
}

/**
 * An office of a body written in lower case ("founder and leader", "airline boss", "new president", "owner"):
 * of which body, the role must say (readers marked each such answer to fix). A title in capitals ("President")
 * reads as the office itself.
 */
const OFFICE_HEAD = /(?:^|\s)(?:founder|co-founder|owner|co-owner|boss|leader|president|chief|captain)$/;
/** Heads of a private body's office, which no state holds. */
const PRIVATE_HEAD = /(?:^|\s)(?:founder|co-founder|owner|co-owner|boss)$/i;
/** Offices that name their body themselves: "opposition leader", "majority leader". */
const STANDING_OFFICE = /\b(?:opposition|majority|minority|house|senate)\s+leader$/i;

/** A head of state's or government's title ("President of Velen", "12th President of Velen", "Prime Minister"). */
const HEAD_OF_STATE =
  /^(?:the\s+)?(?:\d+(?:st|nd|rd|th)\s+)?(?:(?:current|sitting|incumbent)\s+)?(?:President|Prime\s+Minister|Premier|Chancellor|King|Queen|Emperor|Empress|Pope|Monarch)(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*)?$/iu;

/** Words before a head's title that say only when or where: "former", "outgoing", "then-". */
const TIME_WORDS = new Set([
  'former',
  'outgoing',
  'incoming',
  'then',
  'then-',
  'late',
  'current',
  'sitting',
  'us',
  'u.s.',
]);

/** A head of state's or government's title with at most its state's name or adjective and a word of time before it. */
function bareHeadTitle(role: string): boolean {
  const m = /^(?:the\s+)?(.*?)\s*\b(?:President|Prime\s+Minister|Premier|Chancellor|King|Queen|Emperor|Pope)$/iu.exec(
    role,
  );
  if (!m) return false;
  const before = m[1].split(/\s+/).filter((w) => w !== '');
  return (
    before.length <= 2 &&
    before.every((w) => TIME_WORDS.has(w.toLowerCase()) || STATE_INDEX.has(w.toLowerCase().replace(/['’]s$/, '')))
  );
}

/**
 * The title everyone knows of the person the article is about (its most mentioned person, a head of
 * state): a weak card, the article adds nothing to it. A role the article adds ("former mayor of …")
 * keeps its card.
 */
function knownTitle(a: ActorFact, actors: readonly ActorFact[]): boolean {
  // "Russian President", "former Prime Minister", "outgoing President": a head's title with only its state or
  // its time is what a reader of the news knows already; readers of fresh news kept none of these.
  if (bareHeadTitle(a.role!.trim())) return true;
  if (!HEAD_OF_STATE.test(a.role!.trim()) || a.mentions < 3) return false;
  return !actors.some((o) => o !== a && o.kind === 'person' && o.mentions >= a.mentions);
}

/**
 * Wrong roles of the answer's sort (issue 10): a title among "Representative (R-VL)" choices, or a
 * "Velenian envoy" among titles of office, is picked by its form alone. A state's role is asked among
 * roles of the same state where the article gives two, else among roles of any state. Roles reworded
 * ("Harbour Board chair", "chair of the Harbour Board") are never two choices.
 */
function rolePools(roles: readonly string[], groups: ReadonlySet<string>): (role: string) => ChoicePool[] {
  const bySort = new Map<string, string[]>();
  const add = (key: string, role: string) => {
    const list = bySort.get(key);
    if (list) list.push(role);
    else bySort.set(key, [role]);
  };
  for (const r of roles) {
    const sort = roleSort(r, groups);
    add(sort, r);
    if (isSide(sort)) add('side', r);
  }
  const pools = new Map([...bySort].map(([sort, list]) => [sort, choicePool(list, sameRole)] as const));
  const none = choicePool([]);
  return (role) => {
    const sort = roleSort(role, groups);
    const own = pools.get(sort) ?? none;
    return isSide(sort) ? [own, pools.get('side') ?? none] : [own];
  };
}

/**
 * The keys of roles also true of a person, or that name the person, never offered as wrong: the roles of
 * another name of theirs ("Senator" of "Ames" beside "Representative" of "Ana Ames"), and roles that hold
 * their name ("Ames's spokesman" is no role of Ames). Looked up by name word: linear in the roles.
 */
function rolesOfSamePerson(
  holders: readonly ActorFact[],
  asked: readonly ActorFact[],
  text: string,
): (a: ActorFact) => Set<string> {
  const byWord = new Map<string, string[]>();
  for (const h of holders) {
    const key = factKey(h.role!);
    const ownWords = nameWords(h.name).slice(-1);
    const roleNames = (h.role!.match(/\p{Lu}[\p{L}-]+/gu) ?? []).map((w) => w.toLowerCase());
    for (const w of new Set([...ownWords, ...roleNames])) {
      const list = byWord.get(w) ?? [];
      if (list.length < 20) list.push(key);
      byWord.set(w, list);
    }
  }
  const byRole = new Map(holders.map((h) => [h.role!.toLowerCase(), factKey(h.role!)] as const));
  const surnamesOf = (a: ActorFact) => [a.name, ...a.aliases].slice(0, 10).map((n) => nameWords(n).slice(-1)[0] ?? '');
  let written: Map<string, string[]> | undefined;
  return (a) => {
    const own = factKey(a.role!);
    const out = new Set<string>();
    const surnames = surnamesOf(a);
    for (const w of surnames) for (const k of byWord.get(w) ?? []) if (k !== own) out.add(k);
    // Another role the article writes beside their name ("… Harbour Master Ames", "Ames, the harbour chair").
    written ??= besideNames(text, new Set(asked.flatMap(surnamesOf)));
    for (const w of surnames)
      for (const phrase of written.get(w) ?? []) {
        const k = byRole.get(phrase);
        if (k && k !== own) out.add(k);
      }
    return out;
  };
}

const BESIDE_WORDS = 6;
/** The phrases kept beside one name. */
const MAX_PHRASES = 200;
// Patterns of the scan over every word (constants: a regular expression literal is a new object each time it is read).
const NAME_EDGES = /^[^\p{L}]+|(?:['’]s)?[^\p{L}]*$/gu;
const NAME_START = /^\p{Lu}\p{L}/u;
const CAPITALISED = /^\p{Lu}/u;

/** Codes of . ! ? ; : — a run of white space after one ends a sentence of `besideNames`. */
const isBreakMark = (code: number): boolean => code === 46 || code === 33 || code === 63 || code === 59 || code === 58;

/**
 * Calls `sentence(starts, ends, count)` for each sentence of `text` as `text.split(/(?<=[.!?;:])\s+|\n+/)` cuts
 * it, with its words as `sentence.split(/\s+/).filter(Boolean)` gives them, as offsets (words `0..count-1`):
 * two words are in one sentence unless the white space between them holds a line break or follows one of
 * . ! ? ; :. One scan, no string a word, one buffer reused (a growing array of every word costs more).
 */
export function eachSpacedSentence(
  text: string,
  sentence: (starts: Int32Array, ends: Int32Array, count: number) => void,
): void {
  let starts = new Int32Array(256);
  let ends = new Int32Array(256);
  let count = 0;
  let newline = false;
  for (let i = 0; i < text.length; ) {
    const code = text.charCodeAt(i);
    if (isSpaceCode(code)) {
      if (code === 10) newline = true;
      i += 1;
      continue;
    }
    const from = i;
    while (i < text.length && !isSpaceCode(text.charCodeAt(i))) i += 1;
    if (count > 0 && (newline || isBreakMark(text.charCodeAt(ends[count - 1] - 1)))) {
      sentence(starts, ends, count);
      count = 0;
    }
    if (count === starts.length) {
      const grownStarts = new Int32Array(count * 2);
      const grownEnds = new Int32Array(count * 2);
      grownStarts.set(starts);
      grownEnds.set(ends);
      starts = grownStarts;
      ends = grownEnds;
    }
    starts[count] = from;
    ends[count] = i;
    count += 1;
    newline = false;
  }
  if (count > 0) sentence(starts, ends, count);
}

/**
 * For each capitalised word among `wanted` (lower-cased: the surnames asked about), the phrases the
 * article writes right before it ("Harbour Master" of "Harbour Master Ames", each of its last one to six
 * words) and after it past a comma and an article ("harbour chair" of "Ames, the harbour chair,"),
 * lower-cased. Built once: a lookup a name. Phrases are gathered only for wanted words: gathering them
 * for every capitalised word of a long article was a large share of the generator's time. The words are
 * read as offsets and made strings only around a wanted name.
 */
function besideNames(text: string, wanted: ReadonlySet<string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (name: string, phrase: string) => {
    const list = out.get(name) ?? [];
    if (list.length < MAX_PHRASES) list.push(phrase);
    out.set(name, list);
  };
  eachSpacedSentence(text, (starts, ends, count) => {
    const word = (k: number): string => text.slice(starts[k], ends[k]);
    for (let i = 0; i < count; i += 1) {
      // Most words open with a lower-case letter: no name, and nothing to strip.
      const first = text.charCodeAt(starts[i]);
      if (first >= 97 && first <= 122) continue;
      const t = word(i);
      const name = t.replace(NAME_EDGES, '');
      if (!NAME_START.test(name)) continue;
      const key = name.toLowerCase();
      // A name with all the phrases it keeps takes no more: a long article names its people hundreds of times.
      if (!wanted.has(key) || (out.get(key)?.length ?? 0) >= MAX_PHRASES) continue;
      // Before the name, past up to two first names ("Harbour Master Ana Ames").
      for (let end = i; end >= Math.max(0, i - 2); end -= 1) {
        if (end < i && !CAPITALISED.test(word(end))) break;
        const before: string[] = [];
        for (let k = Math.max(0, end - BESIDE_WORDS); k < end; k += 1) before.push(word(k).toLowerCase());
        for (let k = 0; k < before.length; k += 1) add(key, before.slice(k).join(' '));
      }
      if (!t.endsWith(',')) continue;
      // A phrase a name follows is the next item of a list ("Ames, Harbour Master Ivo Sand"), not hers.
      const after: string[] = [];
      for (let j = i + 1; j < Math.min(count, i + 2 + BESIDE_WORDS); j += 1) {
        const w = word(j);
        after.push(w.replace(/[,;]$/, '').toLowerCase());
        if (after.length === 1 && /^(?:the|a|an)$/.test(after[0])) after.pop();
        else if (/[,;.]$/.test(w) || !CAPITALISED.test(j + 1 < count ? word(j + 1) : ''))
          add(key, after.join(' ').replace(/\.$/, ''));
        if (/[,;]$/.test(w)) break;
      }
    }
  });
  return out;
}

/**
 * `text`: the article. "Who is described as the President?" has one answer only where the article
 * writes that one-word title before no other name ("President Ruiz" beside the holder "Ana Ames").
 */
/** A role without its gendered form or article: "the spokeswoman", "spokesman" and "spokesperson" are one role. */
function neutralRole(role: string): string {
  return factKey(
    role
      .replace(/^(?:the|a|an)\s+/i, '')
      .replace(
        /\b(spokes|chair|congress|business|council|alder|fire|police)(?:wo)?(?:man|men|person|people)\b/gi,
        '$1person',
      ),
  );
}

/** A role whose last word is a plural of a role or kin noun: "Schultz brothers", "the club's founders". */
function pluralHead(role: string): boolean {
  // ("analyst at Lehman Brothers", "president of Cesar organisers": the head comes before the preposition.)
  const parts = role.split(/\s+/);
  if (parts.some((w) => /^(?:of|at|for|with|in|to|from|on)$/i.test(w))) return false;
  const last = parts.pop() ?? '';
  if (!/^\p{Ll}/u.test(last) || !/[^s]s$/.test(last)) return false;
  const one = last.replace(/ies$/, 'y').replace(/s$/, '');
  return isRoleNoun(one) || isKinNoun(one) || isKinNoun(last.replace(/s$/, ''));
}

/**
 * "the most anticipated witness in the inquiry", "a passenger on the ferry": a part many in the story play,
 * not an office; offered as a wrong choice it is often true of that person too (readers marked such cards false).
 */
const STANDINGS = new Set(
  'witness witnesses victim victims suspect suspects defendant defendants passenger passengers resident residents voter voters fan fans customer customers participant participants attendee attendees survivor survivors'.split(
    ' ',
  ),
);
function sharedStanding(role: string): boolean {
  const head =
    role
      .split(/\s+(?:in|of|on|at|for|from|with|to)\s+/)[0]
      .split(/\s+/)
      .pop() ?? '';
  return STANDINGS.has(head.toLowerCase());
}

export function actorCards(actors: ActorFact[], text = ''): CardDraft[] {
  const cards: CardDraft[] = [];
  // A role cut open ("son of"), or one that opens with a preposition or a possessive ("of the party",
  // "her second husband": a phrase about the person, not a role), teaches nothing.
  // "pleased President": the words before the role that do not belong to it go.
  actors = actors.map((a) => {
    if (a.kind !== 'person' || !a.role || NOT_A_ROLE.test(a.role) || isAction(a)) return a;
    let role = trimRole(a.role);
    // "data scientist and business advisor in the Bay Area": where a role runs long, the place it is held
    // in goes first.
    if (role && words(role) > MAX_ROLE_WORDS) role = role.replace(TRAILING_PLACE, '');
    // "maritime security researcher at the University of …": then the modifiers before its noun.
    if (role && words(role) > MAX_ROLE_WORDS) role = withoutModifiers(role);
    return role === a.role ? a : { ...a, role };
  });
  // "Marsh" beside "Ola Marsh", another person: a card asking of "Marsh" names neither for sure.
  const otherNames = new Map<string, number>();
  for (const a of actors)
    if (a.kind === 'person')
      for (const n of new Set([a.name, ...a.aliases])) otherNames.set(n, (otherNames.get(n) ?? 0) + 1);
  const ambiguous = (a: ActorFact): boolean => (otherNames.get(a.name) ?? 0) > 1;
  const withRole = actors.filter(
    (a) =>
      a.kind === 'person' &&
      !ambiguous(a) &&
      a.role &&
      !isAction(a) &&
      words(a.role) <= MAX_ROLE_WORDS &&
      !/\b(?:of|and|the|a|an|to|for|in|on|at|by|with)$/i.test(a.role) &&
      !sharedStanding(a.role) &&
      // "judge who was heavily", "best writer I've come across": a clause, not a role.
      !/\b(?:who|which|was|were|is|are|I|I['’]ve|I['’]m|we)\b|ly$/.test(a.role) &&
      // "Justice League NYC's" (cut before its noun), "the two Schultz brothers" (a pair, not this person's role).
      !/['’]s?$/u.test(a.role) &&
      !pluralHead(a.role) &&
      !NOT_A_ROLE.test(a.role) &&
      !roleInName(a) &&
      readsAsRole(a.role) &&
      !namesAPlace(a.name),
  );
  const bodies = actors
    .filter((a) => a.kind !== 'person' && a.kind !== 'state')
    .flatMap((a) => [a.name, ...a.aliases])
    .map((n) => n.toLowerCase());
  // Wrong choices are roles of people too: never a bare word or a body's name.
  const placedActors = withRole.filter((a) => !unplacedRole(a.role!, bodies));
  const groups = new Set(actors.filter((a) => a.kind === 'group').map((a) => a.name.toLowerCase()));
  const roles = rolePools(
    placedActors.map((a) => a.role!),
    groups,
  );
  const notHers = rolesOfSamePerson(placedActors, withRole, text);
  // People the article gives a role are surely people: they are the choices when there are enough.
  const roleHolders = new Set(withRole);
  const people = personPool(actors, (a) => roleHolders.has(a));
  // "Who is the President?" has one answer only where one person holds the role in the article.
  const holders = new Map<string, number>();
  for (const a of withRole) holders.set(factKey(a.role!), (holders.get(factKey(a.role!)) ?? 0) + 1);
  // "What role does the article give X?" has no answer of X's own when another person holds the same
  // role ("Harbour Board spokeswoman" beside "Harbour Board spokesperson"): the two cards read as one.
  const fullNames = fullNamesBySurname(actors);
  const sameRole = new Map<string, number>();
  for (const a of withRole) sameRole.set(neutralRole(a.role!), (sameRole.get(neutralRole(a.role!)) ?? 0) + 1);
  // Read from the whole text only when a one-word role asks (a possessive role never does: it holds a space).
  let titled: Map<string, Set<string>> | undefined;
  const shared = (a: ActorFact): boolean => {
    if (/\s/.test(a.role!)) return false;
    titled ??= titledNames(text);
    const own = new Set([a.name, ...a.aliases].flatMap((n) => n.split(/\s+/)));
    return [...(titled.get(a.role!) ?? [])].some((w) => !own.has(w));
  };
  // One card a person and role, never the fact both ways round (the second card answers the first):
  // a role that names its owner ("Kelso Rovers’ coach") one person holds is asked from the role
  // ("Who is Kelso Rovers’ coach?"); any other role is asked from the person.
  for (const a of withRole) {
    if (lacksOwner(a.role!) || knownTitle(a, actors)) continue;
    // "Who is Ada Vesk's colleague?": a relation many may hold (kin, colleague, friend) has no one answer, and
    // another person offered may hold it too (a reader marked such a card false); it is asked from the person.
    const owned = POSSESSIVE_ROLE.test(a.role!) && !relational(a.role!);
    if (owned && holders.get(factKey(a.role!)) === 1 && !shared(a)) cards.push(roleActor(a, people, fullNames));
    else if (!unplacedRole(a.role!, bodies) && sameRole.get(neutralRole(a.role!)) === 1)
      cards.push(actorRole(a, roles(a.role!), notHers(a)));
  }
  // An action role (what the article says the person did: "saved the late penalty") makes no card: readers
  // who had read the articles kept none of those asked as "Who saved …?" (it needs the match, the day, the
  // scope the clause gave), so the action stays a fact on the actor only.
  for (const a of actors) {
    const alias = a.aliases.find((x) => /^\p{Lu}[\p{Lu}\p{N}-]+$/u.test(x));
    // Only where the letters spell the name: an acronym linked to another long name nearby makes no card.
    if (
      alias &&
      a.kind !== 'person' &&
      a.kind !== 'state' &&
      a.name.includes(' ') &&
      spellsAcronym(alias, a.name) &&
      !initialsOf(alias, a.name) &&
      taughtAcronym(alias, a, text)
    )
      cards.push(acronym(a, alias));
  }
  return cards;
}
