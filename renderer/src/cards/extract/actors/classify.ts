/** What a capitalised run names: a state, an organisation, a forum, an initiative, a place, or a person. */

import { REGION_ADJECTIVES, STATE_INDEX, type StateRef } from '../../lexicon/geo';
import {
  COMMON,
  FORUM_WORDS,
  HONORIFICS,
  INITIATIVE_WORDS,
  NAME_PARTICLES,
  NON_ACTOR_HEADS,
  ORG_WORDS,
  PLACE_WORDS,
  ROLE_GIVEN_NAMES,
  ROLE_QUALIFIERS,
  ROLE_SURNAMES,
  ROLE_WORDS,
} from '../../lexicon/words';
import type { ActorKind } from '../../types';
import { CREDENTIAL, isRoleNoun } from './roles';
import { NAME_ADJECTIVES, POST_NOMINALS } from './runs';

export type RunClass =
  | { type: 'state'; ref: StateRef; alias: string | null }
  | { type: 'body'; kind: ActorKind; name: string }
  | { type: 'person'; nameFrom: number; name: string }
  | { type: 'single'; word: string }
  | { type: 'skip' };

/** Words that complete a role ("Minister of Industry and Trade") rather than start a name. */
const ROLE_COMPLEMENTS = new Set(
  'water resources natural emergency emergencies situations digital fisheries forestry land maritime ocean oceans climate power electricity infrastructure works roads railways aviation telecommunications media arts heritage family welfare social employment children veterans trade industry commerce affairs defence defense finance justice health education interior energy economy economic agriculture culture labour labor transport environment information development security state foreign planning tourism communications technology science research housing water mines petroleum oil women youth sports religious refugees immigration treasury intelligence relations cooperation external internal home public national general human rights and of on for the to at in with'.split(
    ' ',
  ),
);
const STATE_BODIES = new Set([
  'government',
  'federation',
  'state',
  'regime',
  'administration',
  'authorities',
  'leadership',
  'republic',
]);
const DIRECTIONS = new Set([
  'north',
  'south',
  'east',
  'west',
  'central',
  'northern',
  'southern',
  'eastern',
  'western',
  'upper',
  'lower',
  'greater',
  'inner',
  'outer',
  'middle',
  'far',
  'near',
]);

/**
 * Words no personal name is made of: abstract nouns and adjectives by their endings ("Improvements", "Assistance",
 * "Regulatory", "Technical", "Advisories", "Division", "Community"). A run holding one is a title or a thing.
 */
const NOT_NAME_WORD =
  /(?:[^e]tions?|sions?|[^l]ments?|nesses|ness|ities|ity|isms?|ologies|ology|ships?|ical|ional|ionary|atory|itory|ories|aries|ated|ised|ized|ssed|ics|ances|ences|istance|istence)$/u;

/** True when `word` cannot be part of a personal name. */
export function notNameWord(word: string): boolean {
  const w = word.toLowerCase();
  return w.length >= 7 && NOT_NAME_WORD.test(w);
}

const isAcronym = (word: string): boolean => /^\p{Lu}[\p{Lu}\p{N}.&-]+$/u.test(word) && /\p{Lu}.*\p{Lu}/u.test(word);
/** The letters that close a sports club's name ("Orsk FC", "Velm RFC", "Tarn AC"). */
const CLUB_LETTERS = new Set(['FC', 'AFC', 'RFC', 'CF', 'AC', 'SC', 'CC', 'RUFC', 'RLFC', 'HC']);
const COMPANY_WORDS = new Set([
  'construction',
  'engineering',
  'industries',
  'holdings',
  'group',
  'systems',
  'technologies',
  'motors',
  'airlines',
  'corporation',
  'company',
  'corp',
  'inc',
  'ltd',
  'llc',
  'plc',
  'consortium',
  'partners',
  'bank',
]);

/** "Hanbit Construction of Seoul": the firm, without where it is based. */
function withoutSeat(words: readonly string[]): readonly string[] {
  const of = words.lastIndexOf('of');
  if (of < 2 || !COMPANY_WORDS.has(words[of - 1].toLowerCase())) return words;
  return STATE_INDEX.has(
    words
      .slice(of + 1)
      .join(' ')
      .toLowerCase(),
  )
    ? words.slice(0, of)
    : words;
}

/** Name tokens, particles ("van der") allowed inside; a run kept with a common first word has a given name there ("Per"). */
const nameTokens = (words: readonly string[]): boolean =>
  !words.some(notNameWord) &&
  // "The Young Sailor Who Swam to Velm": a question word in capitals is a title's, never a name's.
  !words.some((w) => WH_WORDS.has(w.toLowerCase())) &&
  words.every(
    (w, i) =>
      nameLike(w) ||
      (i === 0 && words.length > 1 && /^\p{Lu}\p{Ll}+$/u.test(w) && !NAME_ADJECTIVES.has(w.toLowerCase())) ||
      (i > 0 && i < words.length - 1 && NAME_PARTICLES.has(w)) ||
      (i > 0 && /^\p{Lu}\p{Ll}{1,2}$/u.test(w) && nameLike(words[0])),
  );

const WH_WORDS = new Set(['who', 'whom', 'whose', 'what', 'when', 'where', 'why', 'how', 'which']);

const PREFIXED_NAME = /^(?:al|el|ad|ar|as|at|az|an|ash|ibn|bin|abu|bint|ben)-\p{Lu}[\p{L}\p{M}'’-]*$/u;

const nameLike = (word: string): boolean => {
  const w = word.toLowerCase();
  return (
    (/^\p{Lu}[\p{L}\p{M}'’-]*$/u.test(word) || /^\p{Lu}\.$/u.test(word) || PREFIXED_NAME.test(word)) &&
    !COMMON.has(w) &&
    !STATE_INDEX.has(w) &&
    !REGION_ADJECTIVES.has(w) &&
    !ORG_WORDS.has(w)
  );
};
const CUT_AT = new Set(['of', 'at', 'from', 'for']);

/** Words that qualify a place's name ("Metro Manila", "Greater Lima"), never a given name. */
const PLACE_QUALIFIERS = new Set(
  'metro metropolitan greater grand central downtown old new upper lower inner outer east west north south northern southern eastern western rural urban historic ancient modern medieval imperial colonial occupied free royal fort port saint st'.split(
    ' ',
  ),
);

/** Words that open a place's name and never a person's: "San Tarno", "Los Velmos", "New Orsk", "Fort Tarn". */
const PLACE_HEADS = new Set('san são sao los las new fort port mount lake cape puerto porto'.split(' '));

/** Two or three words: given names (name-like, no place words), then one word naming a capital or a state. */
function placeSurname(words: readonly string[]): boolean {
  if (words.length < 2 || words.length > 3) return false;
  const last = words[words.length - 1];
  const via = STATE_INDEX.get(last.toLowerCase())?.via;
  if ((via !== 'capital' && via !== 'name') || !/^\p{Lu}\p{Ll}+$/u.test(last)) return false;
  const given = words.slice(0, -1);
  return given.every(
    (w) =>
      nameLike(w) &&
      /^\p{Lu}\p{Ll}+$/u.test(w) &&
      !NAME_ADJECTIVES.has(w.toLowerCase()) &&
      !PLACE_QUALIFIERS.has(w.toLowerCase()),
  );
}

/** "Priya Raghunathan of IITM" names a person; the organisation after "of" is another actor. */
function personBeforeConnector(words: readonly string[], from: number): string | null {
  const cut = words.findIndex((w, i) => i >= from && CUT_AT.has(w));
  const rest = words.slice(from, cut === -1 ? words.length : cut);
  if (rest.length === 0 || rest.length > 4 || !nameTokens(rest)) return null;
  if (cut === -1 && from === 0) return null;
  return rest.join(' ');
}

/** Last words that make a run a company or a body: "Semiconductor Equipment", "Health Access Watch". */
const BODY_TAILS = new Set(
  'equipment electronics semiconductor semiconductors logistics solutions software energy watch capital steel chemicals mining shipping airways telecom international market markets foods stores supermarket supermarkets farms brewery bakery hotels restaurants online'.split(
    ' ',
  ),
);

/** "Authorities" -> "authority", "Agencies" -> "agency": a plural body word is still a body word. */
const singular = (w: string): string => w.replace(/ies$/, 'y').replace(/([^s])s$/, '$1');

/** Endings of a compound body word ("Teleservices", "Airways", "Holdings"); no surname ends so. */
const BODY_SUFFIX =
  /\p{L}(?:services|systems|airways|airlines|holdings|industries|technologies|networks|communications|electronics|pharmaceuticals|telecom|motors|insurance)$/u;

/** Words that close the name of a club, a party or a firm ("Velm United", "Orsk Labour", "Tarn Research"). */
const CLUB_TAILS = new Set(
  'united rovers wanderers rangers athletic albion hotspur harriers labour democrat democrats dem dems research digital films music theatre'.split(
    ' ',
  ),
);

/** Words that name a party, or its member, before a name ("Tory", "Lib Dem", "Liberal Democrat"). */
const PARTY_WORDS = new Set(
  'labour tory conservative liberal lib democrat dem republican green socialist unionist nationalist communist'.split(
    ' ',
  ),
);

/**
 * "Lib Dem Ivo Marr", "Velm Labour Kai Toms": the number of words of a party's or a club's name before a
 * person's name of two or three words in one run; 0 when the run opens on no such name.
 */
function partyBefore(words: readonly string[], lower: string[]): number {
  for (let k = Math.min(3, words.length - 2); k >= 1; k -= 1) {
    const rest = words.length - k;
    if (rest > 3) break;
    const head = lower.slice(0, k);
    const party =
      head.every((w) => PARTY_WORDS.has(w)) ||
      (k >= 2 && (PARTY_WORDS.has(head[k - 1]) || CLUB_TAILS.has(head[k - 1])) && !head.includes('and'));
    if (!party || PARTY_WORDS.has(lower[k]) || CLUB_TAILS.has(lower[k])) continue;
    const tail = words.slice(k);
    // (A role noun may be the surname: "Lib Dem Ada Baker".)
    const role = (w: string, i: number) => ROLE_WORDS.has(w) && !(i === rest - 1 && ROLE_SURNAMES.has(w));
    // (Not "Green MEP Ada Baker": letters open no name.)
    const named = nameTokens(tail) && tail.every((w) => /^\p{Lu}\p{Ll}/u.test(w));
    if (named && !lower.slice(k).some((w, i) => role(w, i) || ORG_WORDS.has(w))) return k;
  }
  return 0;
}

/** Words that open the name of a club and never a person's ("Real Velm", "Sporting Orsk", "Dynamo Tarn"). */
const CLUB_HEADS = new Set(
  'real sporting atletico atlético athletic dynamo dinamo olympique deportivo borussia racing'.split(' '),
);

function bodyKind(lower: string[]): ActorKind | null {
  const last = lower[lower.length - 1];
  if (lower.length >= 2 && lower.length <= 4 && CLUB_HEADS.has(lower[0]) && !lower.includes('and'))
    return 'organisation';
  if (lower.length > 1 && BODY_TAILS.has(last)) return 'organisation';
  // "Velm United", "Orsk Labour", "Tarn Research": a club, a party or a firm (not "Ivo Marr and Velm United",
  // two actors).
  // (Not "U.S. Research" read across a sentence's end.)
  if (lower.length > 1 && CLUB_TAILS.has(last) && !lower.includes('and') && !/\.$/.test(lower[lower.length - 2]))
    return 'organisation';
  // "Secretary of State", "Minister of State": a title, not a body.
  if (last === 'state' && ROLE_WORDS.has(lower[0])) return null;
  const byWord = (w: string): ActorKind | null =>
    INITIATIVE_WORDS.has(w) ? 'initiative' : FORUM_WORDS.has(w) ? 'forum' : ORG_WORDS.has(w) ? 'organisation' : null;
  // "House of Lords", "the Ohio House of Delegates": a chamber of a legislature.
  if (/(?:^|\s)house of (?:representatives|commons|lords|delegates|councillors|assembly)$/.test(lower.join(' ')))
    return 'organisation';
  const lastKind = byWord(last) ?? (ORG_WORDS.has(singular(last)) ? 'organisation' : null);
  if (lastKind) return lastKind;
  // "Velm Teleservices", "Velm Airways", "Orsk Holdings": a body's word closing the last word of the name.
  if (lower.length > 1 && BODY_SUFFIX.test(last)) return 'organisation';
  if (PLACE_WORDS.has(last)) {
    for (const w of lower) if (ORG_WORDS.has(w)) return 'organisation';
    return null;
  }
  for (let k = 0; k < lower.length; k += 1) {
    const w = lower[k];
    // "Centers for Blight Control": a body word in the plural, before "for" or "of", heads a body's name too.
    const linked = lower[k + 1] === 'for' || lower[k + 1] === 'of';
    const kind = byWord(w) ?? (linked && w.length > 4 && ORG_WORDS.has(singular(w)) ? 'organisation' : null);
    if (kind && w !== 'state') return kind;
  }
  return null;
}

/** Index where the name starts after a role written in capitals ("Russian Foreign Minister Sergey Lavrov"). */
function nameStart(words: readonly string[], lower: string[]): number {
  const roles: number[] = [];
  // "Kai Toms and MS Vesk": an honorific's letters in capitals, in a run that is not all capitals, are initials.
  const shouting = words.every((w) => !/\p{Ll}/u.test(w));
  for (let k = 0; k < lower.length; k += 1) {
    const w = lower[k].replace(/\.$/, '');
    // "Centre for Study of …": a role noun that is also a body word, before "for" or "of", heads a body's name;
    // after a name's word ("Velm Space Center Guest Complex") it ends one.
    const bodyHead =
      ORG_WORDS.has(w) &&
      (lower[k + 1] === 'for' ||
        lower[k + 1] === 'of' ||
        (k > 0 && !isRoleNoun(lower[k - 1]) && !HONORIFICS.has(lower[k - 1])));
    // "Generals Ivo Marr" (a genitive in a foreign title): a plural title is no part of the name either.
    const plural = k === 0 && /s$/.test(w) && isRoleNoun(w.slice(0, -1));
    const honorific = HONORIFICS.has(w) && (shouting || /\p{Ll}/u.test(words[k]) || words[k].endsWith('.'));
    if ((isRoleNoun(w) || honorific || plural) && !bodyHead) roles.push(k);
  }
  let n = roles.length;
  if (roleSurnameAt(lower) >= 0) n -= 1;
  // "Secretary of State Dean Lundgren": a role word that is also a given name, after a complete title, opens the name.
  const given = roles[n - 1];
  if (
    n >= 2 &&
    ROLE_GIVEN_NAMES.has(lower[given]) &&
    given < lower.length - 1 &&
    roles[n - 2] < given - 1 &&
    !ROLE_QUALIFIERS.has(lower[given - 1])
  )
    n -= 1;
  const lastRole = n === 0 ? -1 : roles[n - 1];
  if (lastRole === -1) return 0;
  let k = lastRole + 1;
  // Complements after the role noun: "of Industry and Trade", "of Russia on Afghanistan".
  if (k < lower.length && ROLE_COMPLEMENTS.has(lower[k]) && ['of', 'for', 'on', 'to'].includes(lower[k])) {
    while (k < lower.length && (ROLE_COMPLEMENTS.has(lower[k]) || STATE_INDEX.has(lower[k]))) k += 1;
    // "of Agriculture and Rural Development": after "and" the portfolio goes on to its head noun.
    if (lower[k - 1] === 'and') k = portfolioEnd(lower, k);
  }
  return k;
}

/** "Jonas Porter", "Mara Cook": a role noun that is also a surname, last in the run after a name word, is the surname. */
/** Where a role noun that is a surname closes the name ("Ada King", "Ivo King Jr."), or -1. */
function roleSurnameAt(lower: string[]): number {
  // A suffix after the surname ("Jr.", "III") leaves the surname last.
  const suffixed = lower.length > 2 && /^(?:jr|sr|ii|iii|iv)\.?$/.test(lower[lower.length - 1]);
  const core = suffixed ? lower.slice(0, -1) : lower;
  return endsWithRoleSurname(core) ? core.length - 1 : -1;
}

function endsWithRoleSurname(lower: string[]): boolean {
  const n = lower.length;
  if (n < 2 || !ROLE_SURNAMES.has(lower[n - 1])) return false;
  const before = lower[n - 2].replace(/\.$/, '');
  return (
    /^\p{L}/u.test(before) &&
    !isRoleNoun(before) &&
    !HONORIFICS.has(before) &&
    !ROLE_QUALIFIERS.has(before) &&
    !COMMON.has(before) &&
    !ORG_WORDS.has(before) &&
    !STATE_INDEX.has(before) &&
    !REGION_ADJECTIVES.has(before) &&
    !ROLE_COMPLEMENTS.has(before)
  );
}

/** Nouns that end a ministry's portfolio ("Environmental Surveillance", "Rural Development"). */
const PORTFOLIO_HEADS = new Set(
  'surveillance services service protection control prevention management conservation safety statistics innovation reform reforms regulation policy sanitation medicine care resources development affairs relations works planning security trade industry health'.split(
    ' ',
  ),
);

function portfolioEnd(lower: string[], from: number): number {
  for (let j = from; j < Math.min(lower.length, from + 3); j += 1) if (PORTFOLIO_HEADS.has(lower[j])) return j + 1;
  return lower.length;
}

/** The run opens with a role ("Deputy Minister of …"): an "and" inside it joins a portfolio, not two actors. */
export function opensWithRole(words: readonly string[]): boolean {
  const first = words.findIndex((w) => w === 'and' || w === '&');
  return words.slice(0, first === -1 ? words.length : first).some((w) => isRoleNoun(w.replace(/\.$/, '')));
}

/** Ships ("MV Kestrel Dawn"), natural features ("Lake Suwa"), venues ("Copper Box Arena"), holidays: no actors. */
const VESSEL = /^(?:MV|M\/V|MS|MT|SS|RMS|HMS|HMAS|HMCS|USS|USNS|FV|RV|SY|MY)$/;
const FEATURE_FIRST = /^(?:lake|mount|mt|river|bay|gulf|cape|loch|glacier|strait|isle)$/;
const FEATURE_LAST =
  /^(?:lake|river|mountains?|bay|glacier|valley|sea|strait|arena|stadium|velodrome|ballpark|racecourse)$/;
const HOLIDAY =
  /^(?:new year|new year['’]s(?: day| eve)?|christmas(?: day| eve)?|easter(?: sunday| monday)?|boxing day|good friday|thanksgiving|ramadan|eid(?: al-\w+)?|diwali|hanukkah|passover|lunar new year|labou?r day|may day|halloween)$/;

/** The name of a ship after its prefix: later bare mentions ("the Kestrel Dawn") are no actor either. */
export function vesselName(words: readonly string[]): string | null {
  return words.length > 1 && VESSEL.test(words[0]) ? words.slice(1).join(' ') : null;
}

/** "Centre for Study of Coastal Erosion Hazards": a body word before "for" or "of" heads the name. */
function bodyBeforeLink(lower: string[]): boolean {
  const link = lower.findIndex((w) => w === 'for' || w === 'of');
  return link > 0 && ORG_WORDS.has(singular(lower[link - 1]));
}

export function isNonActorName(words: readonly string[]): boolean {
  if (words.length === 0) return false;
  const lower = words.map((w) => w.toLowerCase().replace(/['’]s?$/u, ''));
  // "the Northern War", "Chronic Salt Retention Disorder", "the Coastal Surge Model": events and things.
  // "the Second Coastal War II", "Coastal War Two": a number after the head still names the event.
  const numbered = lower.length > 2 && /^(?:[ivx]+|\d+|one|two|three|four)$/.test(lower[lower.length - 1]);
  const head = lower[lower.length - (numbered ? 2 : 1)].split('-').pop() ?? '';
  if (words.length > 1 && NON_ACTOR_HEADS.has(head) && !bodyBeforeLink(lower)) return true;
  // "La Niña", "El Niños", "Los Angeles": a Romance article and one word name a thing or a place, not a person.
  if (words.length === 2 && /^(?:La|El|Los|Las|Le|Les)$/.test(words[0])) return true;
  // "I Won't Leave My Town": a clause (a verb with "n't", a pronoun) is a title, never a name.
  if (words.some((w) => /n['’]t$/i.test(w)) || lower.some((w) => /^(?:my|your|our|their|his|her|its|we|you)$/.test(w)))
    return true;
  if (VESSEL.test(words[0])) return true;
  const short = words.length === 2 || lower[1] === 'of';
  if ((short && FEATURE_FIRST.test(lower[0])) || (words.length > 1 && FEATURE_LAST.test(lower[lower.length - 1])))
    return true;
  return HOLIDAY.test(words.join(' ').toLowerCase());
}

/** Letters after a name ("KC", "MP", "PhD") are honours, not part of the name and never an alias. */
const POST_NOMINAL = /\s+(?:KC|QC|SC|MP|MSP|MEP|MLA|PhD|MD|MBE|OBE|CBE|KBE|DBE|FRS)$/u;

/** Words that close the name of a competition or an honour. */
const EVENT_TAILS = new Set('cup slam prix award awards prize trophy championship championships tournament'.split(' '));

/** Classes of the article's runs already read: a pure function of the words, and an article names its actors again and again. */
const CLASSES = new Map<string, RunClass>();
const MAX_CLASSES = 20_000;

/** A new article: its runs are read afresh (so that timing one article never profits from another). */
export function forgetRunClasses(): void {
  CLASSES.clear();
}

/** What the run's words name. The result is shared between equal runs: callers read it, never change it. */
/** Ranks that are also adjectives ("General", "Major", "Private"): after another capitalised word, a body's. */
const RANK_ADJECTIVES = new Set(['general', 'major', 'private']);

export function classifyRun(words: readonly string[]): RunClass {
  const key = words.join('\u0000');
  const known = CLASSES.get(key);
  if (known) return known;
  let result = classifyWords(words);
  // "World Cup", "Grand Slam", "Velm Prize": a competition or an honour, never a person (kept as the body it
  // was read as, if any).
  if (result.type === 'person' && EVENT_TAILS.has(result.name.split(' ').pop()?.toLowerCase() ?? ''))
    result = { type: 'skip' };
  // "Blue Is The Warmest Color": a title in capitals, with a verb or an article inside, is no one's name.
  if (
    result.type === 'person' &&
    result.name
      .split(' ')
      .slice(1, -1)
      .some((w) => TITLE_INNER.has(w))
  )
    result = { type: 'skip' };
  if (result.type === 'person' && POST_NOMINAL.test(result.name)) {
    const name = result.name.replace(POST_NOMINAL, '');
    if (name.includes(' ')) result = { ...result, name };
  }
  if (CLASSES.size >= MAX_CLASSES) CLASSES.clear();
  CLASSES.set(key, result);
  return result;
}

/** Words inside a capitalised title that no person's name has: "Is", "The", "Are", "Was". */
const TITLE_INNER = new Set(['Is', 'Are', 'Was', 'Were', 'The', 'An', 'It', 'Its', 'This', 'That', 'With', 'Without']);

/** A word with a capital after a small letter, not after a surname's prefix: "OpenOffice", not "McBride". */
const camelCased = (words: readonly string[]): boolean =>
  words.some((w) => /\p{Ll}\p{Lu}/u.test(w) && !/^(?:Mc|Mac|Di|De|Da|Du|La|Le|Van|Von|Fitz)\p{Lu}\p{Ll}+$/u.test(w));

function classifyWords(words: readonly string[]): RunClass {
  // "M.D", "PhD" after a name: a degree, not a body or a person.
  if (words.length === 1 && CREDENTIAL.test(words[0])) return { type: 'skip' };
  const lower = words.map((w) => w.toLowerCase());
  const phrase = lower.join(' ');
  if (isNonActorName(words)) return { type: 'skip' };
  // "Orsk FC", "Velm AC": a club. "Tarn XP", "Velm WTO", "Team GB": a product, a team or two names run
  // together in a headline; a person's name never ends on letters other than honours or a regnal number.
  const last = words[words.length - 1];
  // (A name written all in capitals, "OLA VESK", is a name; "LCD TV" is no one's.)
  if (
    words.length >= 2 &&
    isAcronym(last) &&
    (words.some((w) => /\p{Ll}/u.test(w)) || words.some((w) => w.length < 3 || !/[AEIOUY]/.test(w))) &&
    // "University of NSW": a body's own word names it, read as such below.
    !words.some((w) => w === 'of' || ORG_WORDS.has(w.toLowerCase())) &&
    !POST_NOMINALS.has(last) &&
    !/^[IVXLCDM]+$/.test(last)
  )
    return CLUB_LETTERS.has(last) ? { type: 'body', kind: 'organisation', name: words.join(' ') } : { type: 'skip' };
  // "(R Kansas)", "H.R.2210", "OK-3": a party letter, a bill or a district number is no actor.
  if (/^\p{Lu}$/u.test(words[0]) && words.length > 1) return { type: 'skip' };
  if (words.length === 1 && /\p{Lu}[.-]\d|\.\p{Lu}?\d/u.test(words[0])) return { type: 'skip' };
  // "U.S" as a run ends before its last dot.
  // "People’s Republic of China": the gazetteer writes straight apostrophes.
  const plain = phrase.replace(/’/g, "'");
  const ref = STATE_INDEX.get(plain) ?? (/\.\p{L}$/u.test(phrase) ? STATE_INDEX.get(`${phrase}.`) : undefined);
  if (ref)
    return ref.via === 'demonym'
      ? { type: 'skip' }
      : {
          type: 'state',
          ref,
          alias:
            words.join(' ') === ref.state.name
              ? null
              : ref === STATE_INDEX.get(plain)
                ? words.join(' ')
                : `${words.join(' ')}.`,
        };
  if (words.length === 2 && STATE_INDEX.has(lower[0]) && STATE_BODIES.has(lower[1])) {
    return { type: 'state', ref: STATE_INDEX.get(lower[0])!, alias: words.join(' ') };
  }
  // "Government of Chile": the state acting through its government.
  const of = lower.indexOf('of');
  const owner = of === 1 ? STATE_INDEX.get(lower.slice(2).join(' ')) : undefined;
  if (owner?.via === 'name' && STATE_BODIES.has(lower[0])) return { type: 'state', ref: owner, alias: words.join(' ') };
  // "Fly-half Ivo Marr", "Film-maker Ada Vesk": a capitalised compound with a lower-case second part is a
  // description before the name (names join capitalised parts: "Jean-Paul", "Heathcoat-Amory").
  let described = words.length >= 3 && /^\p{Lu}\p{Ll}+-\p{Ll}/u.test(words[0]) ? 1 : 0;
  // "Two-time Olympic (champion …)": such a description with one more word is no one's name.
  if (words.length <= 2 && /^\p{Lu}\p{Ll}+-\p{Ll}/u.test(words[0])) return { type: 'skip' };
  // "Top-seeded Americans Ivo Marr and …": a people's name in the plural after the description describes too
  // (a singular one may open a body's name: "Velenian Chambers of Commerce").
  // "Americans Ivo Marr and …" opening the run is such a description too.
  const peoples = (w: string) => /s$/.test(w) && STATE_INDEX.get(w.replace(/s$/, ''))?.via === 'demonym';
  if (
    words.length - described >= 3 &&
    peoples(lower[described]) &&
    words.slice(described + 1).every((w) => /^\p{Lu}/u.test(w))
  )
    described += 1;
  // "Sink Or Swim", "Rock And Roll Hall": a capitalised conjunction inside the run makes no one's name.
  if (words.length >= 3 && words.slice(1, -1).some((w) => /^(?:Or|And|Nor)$/.test(w)))
    return { type: 'body', kind: 'organisation', name: words.join(' ') };
  const start = Math.max(nameStart(words, lower), described, partyBefore(words, lower));
  // "Associated General Contractors", "Velm Major Works": a rank that is also an adjective, after a capitalised word
  // that is no title and before one plural noun, is inside a body's name.
  if (
    start >= 2 &&
    start - 2 >= described &&
    RANK_ADJECTIVES.has(lower[start - 1]) &&
    !ROLE_WORDS.has(lower[start - 2]) &&
    (words.length - start === 1 || lower[start + 1] === 'of') &&
    /\p{Ll}s$/u.test(words[start])
  )
    return { type: 'body', kind: 'organisation', name: words.join(' ') };
  if (start > 0 && start < words.length) {
    const name = personBeforeConnector(words, start);
    // "President Bill Vesk", "Director Mark Orsk": after a title, a body's word that opens a name of two words
    // or more is a given name (a body's word ends its name: "the Harbour Bill").
    const parts = name?.toLowerCase().split(' ') ?? [];
    if (name && !bodyKind(parts.length > 1 ? parts.slice(1) : parts)) return { type: 'person', nameFrom: start, name };
  }
  // "Daily Courier", "Daily Harbour": a newspaper.
  if (words.length === 2 && lower[0] === 'daily') return { type: 'body', kind: 'organisation', name: words.join(' ') };
  // "LG Energy Solution", "FC Norda": an acronym opening a short name makes it a body, not a person.
  if (
    start === 0 &&
    words.length <= 4 &&
    isAcronym(words[0]) &&
    !STATE_INDEX.has(lower[0]) &&
    !STATE_INDEX.has(`${lower[0]}.`) &&
    // "CEP Pablo VI": a regnal number may close the name the acronym opens.
    words.slice(1).every((w, i) => /^\p{Lu}\p{Ll}/u.test(w) || (i > 0 && i === words.length - 2 && /^[IVX]+$/.test(w)))
  )
    return { type: 'body', kind: bodyKind(lower) ?? 'organisation', name: withoutSeat(words).join(' ') };
  if (start === 0 && words.length > 2) {
    const name = personBeforeConnector(words, 0);
    const tail = name ? words.slice(name.split(' ').length + 1) : [];
    // "Ilse Varga for Water Quality Norway Sweden": a body named with a state in it.
    const tailIsBody =
      tail.length > 0 &&
      (bodyKind(tail.map((w) => w.toLowerCase())) ||
        camelCased(tail) ||
        isAcronym(tail[0]) ||
        STATE_INDEX.has(tail.join(' ').toLowerCase()) ||
        (tail.length > 2 && tail.some((w) => STATE_INDEX.get(w.toLowerCase())?.via === 'name')));
    if (name?.includes(' ') && tailIsBody) return { type: 'person', nameFrom: 0, name };
    // "Marisol Gutiérrez Vázquez of Harbour Chambers": a three-part name, then its affiliation.
    const parts = name?.split(' ') ?? [];
    const tailWords = tail.map((w) => w.toLowerCase());
    if (
      name &&
      parts.length === 3 &&
      tail.length >= 2 &&
      !bodyKind(parts.map((w) => w.toLowerCase())) &&
      !tailWords.some((w) => STATE_INDEX.has(w))
    )
      return { type: 'person', nameFrom: 0, name };
  }
  // "Apache OpenOffice", "Velm PlayHouse": a capital inside a word after a small letter makes a product's or a
  // firm's name; a person's has one only after a surname's prefix ("McBride", "DiCaprio", "LeBlanc", "O'Neill").
  if (words.length >= 2 && camelCased(words)) return { type: 'body', kind: 'organisation', name: words.join(' ') };
  const kind = bodyKind(lower);
  if (kind) {
    if (words.length === 1 && !isAcronym(words[0])) return { type: 'skip' };
    return { type: 'body', kind, name: withoutSeat(words).join(' ') };
  }
  if (
    PLACE_WORDS.has(lower[lower.length - 1]) ||
    ((DIRECTIONS.has(lower[0]) || PLACE_HEADS.has(lower[0])) && words.length <= 3)
  )
    return { type: 'skip' };
  if (lower.some((w) => REGION_ADJECTIVES.has(w) || (STATE_INDEX.get(w)?.via === 'demonym' && words.length <= 2)))
    return { type: 'skip' };
  if (words.length === 1) {
    if (isAcronym(words[0]) || /^\p{Lu}\p{Ll}+\p{Lu}/u.test(words[0]))
      return { type: 'body', kind: 'organisation', name: words[0] };
    if (/[-‐]/.test(words[0]) || ROLE_WORDS.has(lower[0])) return { type: 'skip' };
    return { type: 'single', word: words[0] };
  }
  // "Tokyo Electron": a firm named after its city (a person is never named after a capital).
  if (words.length <= 3 && STATE_INDEX.get(lower[0])?.via === 'capital' && nameTokens(words.slice(1)))
    return { type: 'body', kind: 'organisation', name: words.join(' ') };
  const surname = roleSurnameAt(lower);
  // "Walter Berlin", "Ada Lima": a given name before a word the gazetteer knows as a capital or a state is a
  // person whose surname it is (a place's name is never led by a given name).
  if (placeSurname(words)) return { type: 'person', nameFrom: 0, name: words.join(' ') };
  if (words.length <= 5 && nameTokens(words) && !lower.some((w, i) => ROLE_WORDS.has(w) && i !== surname)) {
    return { type: 'person', nameFrom: 0, name: words.join(' ') };
  }
  return { type: 'skip' };
}
