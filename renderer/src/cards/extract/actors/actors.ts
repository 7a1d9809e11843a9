/** Actors: people, states, organisations, forums and initiatives, with aliases, roles and mentions. */

import { partitionPoint } from '../../../../../shared/search';
import { sentenceAt, type TextModel, type Token, tokenAt } from '../../document/text-model';
import {
  CLOSING_ABBREVIATIONS,
  INNER_ABBREVIATIONS,
  NUMBER_ABBREVIATIONS,
  TITLE_ABBREVIATIONS,
} from '../../lexicon/abbreviations';
import { REGION_ADJECTIVES, STATE_INDEX, type StateEntry } from '../../lexicon/geo';
import { editDistance } from '../../lexicon/spelling';
import {
  CLAUSE_VERBS,
  COMMON,
  FAMILY_FIRST,
  HONORIFICS,
  INITIATIVE_WORDS,
  isKinNoun,
  MONTHS,
  NAME_PARTICLES,
  NON_ACTOR_HEADS,
  ORG_WORDS,
  PERSONAL_ROLES,
  PLACE_WORDS,
  REPORT_NOUNS,
  ROLE_ABBREVIATIONS,
  ROLE_WORDS,
  SAY_VERBS,
  WEEKDAYS,
} from '../../lexicon/words';
import type { ActorFact, ActorKind } from '../../types';
import { actionRole, eventRole, meetingRole, passiveOwnedRole, possessedRole, qualifiedTitle } from './action';
import { classifyRun, forgetRunClasses, isNonActorName, opensWithRole, type RunClass, vesselName } from './classify';
import { isLocative, type Mention, scanMentions } from './mentions';
import {
  affiliationAfter,
  asRole,
  bareWord,
  betterRole,
  COURTESY,
  copulaPastApposition,
  copulaRole,
  isRoleNoun,
  joined,
  leadsAfter,
  namesOffice,
  partyAfter,
  roleAfter,
  roleBefore,
  speaksFor,
  tidyRole,
} from './roles';
import { findRuns, opensClause, type Run, runWords } from './runs';
import { academicTitle, affiliatedBody, ampersandFirm, cityAsAdjective, nicknamed, shortNames } from './shapes';

export type { Mention } from './mentions';
export type ActorIndex = { actors: ActorFact[]; mentions: Mention[] };

/** Where a role came from: next to the name, or inferred from further away. */
type RoleBasis = 'title' | 'apposition' | 'copula' | 'as' | 'alias' | 'clause' | 'owner' | 'action';
type Draft = {
  name: string;
  kind: ActorKind;
  aliases: Set<string>;
  role: string | null;
  at: number;
  end: number;
  /** Signs that the name is an actor (a role, a verb it is the subject of, a definition); 0 = shape only. */
  evidence: number;
  roleBasis: RoleBasis | null;
  /** An action role read from a clause whose grammar is not plain (an adverb, an auxiliary, a clause before). */
  looseAction?: boolean;
  /** The sentence an action role was read from. */
  actionAt?: { start: number; end: number };
};
type SingleStats = { mid: number; subject: number; at: number; end: number; runs: Run[] };

function isSubjectLike(model: TextModel, index: number): boolean {
  const t = model.tokens[index];
  if (/['’]s?$/u.test(t.text) && /['’]/u.test(t.text)) return true;
  const next = model.tokens[index + 1];
  if (isLocative(model, index)) return false;
  if (!next || next.sentence !== t.sentence) return true;
  const gap = model.text.slice(t.end, next.start);
  if (/[,;:.)]/.test(gap)) return true;
  const w = next.text.toLowerCase();
  if (/n['’]t$/.test(w)) return true;
  return CLAUSE_VERBS.has(w) || SAY_VERBS.has(w);
}

type Confidence = 'high' | 'low';

class Registry {
  drafts: Draft[] = [];
  byKey = new Map<string, number>();
  byLastWord = new Map<string, number>();
  /** Drafts merged into another (an acronym into its full name, a surname into the full name). */
  merged = new Map<number, number>();
  add(name: string, kind: ActorKind, at: number, end: number): number {
    const key = name.toLowerCase();
    // "Revolving Funds" and "Revolving Fund": a body's name in the plural is the same body.
    const known =
      this.byKey.get(key) ??
      (kind !== 'person' && key.includes(' ')
        ? (this.byKey.get(key.replace(/s$/, '')) ?? this.byKey.get(`${key}s`))
        : undefined);
    if (known !== undefined) {
      if (key !== this.drafts[known].name.toLowerCase()) this.alias(known, name);
      return known;
    }
    this.drafts.push({ name, kind, aliases: new Set(), role: null, at, end, evidence: 0, roleBasis: null });
    this.byKey.set(key, this.drafts.length - 1);
    this.plainKey(key, this.drafts.length - 1);
    // "Northgate Rovers" found again as "Rovers": the last word of a body's name, to the body named latest.
    if (kind !== 'person' && key.includes(' '))
      this.byLastWord.set(key.slice(key.lastIndexOf(' ') + 1), this.drafts.length - 1);
    return this.drafts.length - 1;
  }
  /**
   * "Ḥalvik" is also found written "Halvik", "Völler" written "Voeller": a person's name keyed without its
   * accents too, and with an umlaut spelt out as a following "e".
   */
  plainKey(key: string, index: number): void {
    if (this.drafts[index].kind !== 'person') return;
    const spelt = key.replace(/[äöü]/g, (c) => `${unaccented(c)}e`).replace(/ß/g, 'ss');
    for (const plain of [unaccented(key), spelt])
      if (plain !== key && !this.byKey.has(plain)) this.byKey.set(plain, index);
  }
  /** A new actor even where its name is already another's alias (two people of one surname). */
  addNew(name: string, kind: ActorKind, at: number, end: number): number {
    this.drafts.push({ name, kind, aliases: new Set(), role: null, at, end, evidence: 0, roleBasis: null });
    return this.drafts.length - 1;
  }
  alias(index: number, alias: string): void {
    const key = alias.toLowerCase();
    // "Bao He": a name part that is also a pronoun ("He urged …") is never the short name.
    if (this.byKey.has(key) || alias.length < 2 || PRONOUN_WORDS.has(key)) return;
    this.drafts[index].aliases.add(alias);
    this.byKey.set(key, index);
    this.plainKey(key, index);
  }
  setRole(index: number, given: string | null, basis: RoleBasis): void {
    const d = this.drafts[index];
    // "Tarn resident who", "chief inspector from the": a role cut before its clause or its object keeps what is whole.
    const role = given?.replace(TRAILING_LINK, '') ?? null;
    if (!role || role.split(/\s+/).length < (given ?? '').split(/\s+/).length - 3) return;
    // "president of Velm General of Tarn. Commercial": a role read across a sentence's end is a misreading.
    if (
      [...role.matchAll(WORD_BEFORE_STOP)].some((m) => /\p{Ll}{3}$/u.test(m[1]) && !ABBREVIATED.has(m[1].toLowerCase()))
    )
      return;
    // A role already read stays, unless it describes the person's background and this one names their
    // office in the story ("engineer from Kessel" -> "mayor of Portvale"); an action role is neither.
    if (d.role && (basis === 'action' || d.roleBasis === 'action' || !betterRole(d.role, role))) return;
    d.role = role;
    d.roleBasis = basis;
  }
  /** `from` names the same actor as `into`: its name and aliases become aliases of `into`. */
  merge(from: number, into: number): void {
    const a = this.drafts[from];
    const b = this.drafts[into];
    for (const [key, index] of this.byKey) if (index === from) this.byKey.set(key, into);
    for (const alias of [a.name, ...a.aliases]) if (alias.toLowerCase() !== b.name.toLowerCase()) b.aliases.add(alias);
    if (a.role && (!b.role || (a.roleBasis !== 'action' && b.roleBasis !== 'action' && betterRole(b.role, a.role)))) {
      b.role = a.role;
      b.roleBasis = a.roleBasis === 'clause' || a.roleBasis === 'owner' ? a.roleBasis : 'alias';
    }
    b.evidence += a.evidence;
    if (a.at < b.at) {
      b.at = a.at;
      b.end = a.end;
    }
    this.merged.set(from, into);
  }
  live(index: number): number {
    let i = index;
    while (this.merged.has(i)) i = this.merged.get(i)!;
    return i;
  }
}

/** The run cut at each "and" / "&". */
function partsAtAnd(model: TextModel, run: Run): Run[] {
  const out: Run[] = [];
  let first = run.first;
  for (let k = run.first; k <= run.last + 1; k += 1) {
    const t = model.tokens[k];
    if (k > run.last || t.text === 'and' || t.text === '&') {
      if (k - 1 >= first) out.push({ first, last: k - 1, acronym: k > run.last ? run.acronym : null });
      first = k + 1;
    }
  }
  return out;
}

const actorType = (cls: RunClass): string =>
  cls.type === 'person' ? (cls.name.includes(' ') || cls.nameFrom > 0 ? 'person' : 'single') : cls.type;

/**
 * "Tajikistan and Turkmenistan", "Ilse Varga and Tomas Brandt" are two actors: the parts are complete names of one
 * kind. "Belt and Road Initiative", "Boreal Land and Sea", "Salt and Fresh Water Standards (SFWS)" are one.
 * "Mayor Lund and Treasurer Ada Horak": two titled people, so the first title is not the second one's role.
 */
function splitAtAnd(model: TextModel, run: Run): Run[] {
  const words = runWords(model, run);
  if (!words.some((w) => w === 'and' || w === '&')) return [run];
  if (run.acronym && abbreviates(run.acronym, words.join(' '))) return [run];
  const cls = classifyRun(words);
  if (cls.type === 'state') return [run];
  const parts = partsAtAnd(model, run);
  const kinds = parts.map((p) => classifyRun(runWords(model, p)));
  if (cls.type === 'person') {
    // A role that runs across "and" to the name ("Lund and Dorran Premier Oskar Vell").
    const lastPart = kinds[kinds.length - 1];
    const titled = lastPart.type === 'person' && lastPart.nameFrom > 0;
    const namesBefore = kinds
      .slice(0, -1)
      .every((k) => k.type === 'single' || (k.type === 'person' && (k.nameFrom > 0 || k.name.includes(' '))));
    // "Harold Pike and Jonas Porter": two full names.
    const allPeople = kinds.every((k) => k.type === 'person' && k.nameFrom === 0 && k.name.includes(' '));
    return (titled && namesBefore) || allPeople ? parts : [run];
  }
  if (cls.type === 'body') {
    // "NORSA and KVB": only acronyms or states on both sides make a body's name two.
    const ok = kinds.every((k, i) => k.type === 'state' || isAcronymName(runWords(model, parts[i]).join(' ')));
    // "Tarn Foods and Velm Market": bodies of two words or more, each closed by its own body word, are two
    // ("Department of Health and Human Services", whose first part runs on after "of", is one).
    const bodies = parts.every((p, i) => {
      const w = runWords(model, p);
      return kinds[i].type === 'body' && w.length >= 2 && !w.some((x) => x === 'of' || x === 'for');
    });
    return ok || bodies ? parts : [run];
  }
  if (opensWithRole(words)) return [run];
  const types = kinds.map(actorType);
  // "FC Norda and Vesta": a body and single names joined by "and" are a list of bodies.
  if (types.includes('body') && types.every((t) => t === 'body' || t === 'single')) return parts;
  // "Ivo Marr and Velm Democrat (leader Kai Toms)": a full name and a body's are two actors.
  if (types.includes('body') && types.every((t) => t === 'body' || t === 'person')) return parts;
  const complete = types.every((t) => t === 'state' || t === 'person' || t === 'body' || t === 'single');
  const same = types.every((t) => t === types[0]) || types.every((t) => t === 'state' || t === 'single');
  return complete && same ? parts : [run];
}

const ALL_CAPITALS = /^\p{Lu}{3,}$/u;

/** The news outlet a dateline names in brackets: "Velm City (Tarn News)", "TARN (AP)". */
const OUTLET_AFTER = /^\s*\(\p{Lu}[\p{L}.&'’ ]{0,40}\)/u;

/** "LAGOS —" or "Velm City (Tarn News)" opening a news story is a dateline, not an organisation or a person. */
function isDateline(model: TextModel, run: Run, words: readonly string[]): boolean {
  const t = model.tokens[run.first];
  const para = model.paragraphs[model.sentences[t.sentence].para];
  if (t.start !== para.start) return false;
  const after = model.text.slice(model.tokens[run.last].end, model.tokens[run.last].end + 48);
  if (words.length <= 3 && OUTLET_AFTER.test(after)) return true;
  return words.length <= 3 && words.every((w) => ALL_CAPITALS.test(w)) && /^\s*(?:[—–-]|,)/.test(after);
}

const isHonorific = (model: TextModel, index: number): boolean =>
  HONORIFICS.has(model.tokens[index].text.toLowerCase().replace(/\.$/, ''));

type Role = { role: string; basis: RoleBasis } | null;

/** Words a role never ends on: a relative word or a preposition whose clause or object was cut off. */
const TRAILING_LINK = /(?:\s+(?:who|whom|whose|which|that|from|of|for|at|in|on|with|by|to|and|or|the|a|an))+[\s,]*$/i;

/** "Rep. Paul Kessler": an abbreviated title right before the name is the role, written out. */
function abbreviatedTitle(model: TextModel, nameStart: number): string | null {
  const t = model.tokens[nameStart - 1];
  const full = t ? ROLE_ABBREVIATIONS.get(t.text.toLowerCase()) : undefined;
  if (!full || !/^\.?\s+$/.test(model.text.slice(t.end, model.tokens[nameStart].start))) return null;
  // "former Rep. Ivo Marr", "state Sen. Ada Velm", "former New Orsk Gov. Ivo Marr": the place the office is of
  // and a qualifier before them are the role's.
  const { tokens, text } = model;
  const glued = (k: number) =>
    tokens[k].sentence === t.sentence && /^\s+$/.test(text.slice(tokens[k].end, tokens[k + 1].start));
  let from = nameStart - 1;
  const placeWord = (k: number) =>
    tokens[k].cap &&
    STATE_LIKE.test(tokens[k].text) &&
    !COMMON.has(tokens[k].text.toLowerCase()) &&
    !isRoleNoun(tokens[k].text.toLowerCase()) &&
    !/^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/.test(
      tokens[k].text,
    );
  while (from - 1 >= 0 && nameStart - from <= 3 && glued(from - 1) && placeWord(from - 1)) from -= 1;
  const place = from < nameStart - 1 ? text.slice(tokens[from].start, tokens[nameStart - 2].end) : '';
  const lead = tokens[from - 1];
  const word = lead?.text.toLowerCase() ?? '';
  const qualified =
    lead && glued(from - 1) && /^(?:former|acting|interim|outgoing|incoming|retired|ex|state)$/.test(word);
  const title = place ? `${place} ${full[0].toUpperCase()}${full.slice(1)}` : full;
  return qualified ? `${word} ${title}` : title[0].toUpperCase() + title.slice(1);
}

/** A capitalised word that may name the place an office is of: "New", "Jersey", "Tarn" (no title, no common word). */
const STATE_LIKE = /^\p{Lu}[\p{Ll}.]+$/u;

/** "Treasurer Ada Lund, Clerk Bo Ring, and …": an apposition that is a title and a name is the next person of a list. */
function listedPerson(role: string | null): string | null {
  if (!role || !/^\p{Lu}/u.test(role)) return role;
  const cls = classifyRun(role.split(/\s+/));
  // "President of South Korea" is a title with its state, no name.
  return cls.type === 'person' && cls.nameFrom > 0 && !STATE_INDEX.has(cls.name.toLowerCase()) ? null : role;
}

/**
 * "According to Ivo Lind, a clerk at the port was paid …": after "according to" the words past the
 * comma are the reported clause, not an apposition to the name.
 */
function accordingTo(model: TextModel, nameStart: number): boolean {
  const at = model.tokens[nameStart]?.start ?? 0;
  return /\baccording\s+to\s+$/i.test(model.text.slice(Math.max(0, at - 16), at));
}

/**
 * "the member from Velen, …": the name is where a person the text does not name comes from, whatever is said
 * of that person after it ("It came from Ada Vesk, a roaster" is Ada Vesk's role).
 */
function fromPlace(model: TextModel, nameStart: number): boolean {
  const at = model.tokens[nameStart]?.start ?? 0;
  return /\b(?:gentleman|gentlewoman|lady|member|woman|man|senator|representative|congressman|congresswoman|delegate|colleague|friend)\s+from\s+$/i.test(
    model.text.slice(Math.max(0, at - 32), at),
  );
}

/** "in Orskar, Kazakhstan": a single name followed by a state's name after a comma is a place in that state. */
function placeInState(model: TextModel, nameLast: number): boolean {
  const { tokens, text } = model;
  const next = tokens[nameLast + 1];
  if (!next || next.sentence !== tokens[nameLast].sentence) return false;
  if (!/^,\s+$/.test(text.slice(tokens[nameLast].end, next.start))) return false;
  let words = '';
  for (let k = nameLast + 1; k <= nameLast + 3 && tokens[k]?.cap; k += 1) {
    words = words === '' ? tokens[k].text : `${words} ${tokens[k].text}`;
    if (STATE_INDEX.get(words.toLowerCase().replace(/[.,]$/, ''))?.via === 'name') return true;
  }
  return false;
}

/** A title with its owner's capitalised name before a lower-case head ("Velm finance minister"). */
const OWNED_TITLE = /^\p{Lu}\S*(?:\s+\S+)*\s+\p{Ll}+$/u;
const AT_PLACE = /^\s+at\s/;
const NOT_VERBS = new Set(['the', 'a', 'an', 'by', 'of', 'for', 'with', 'and', 'or', 'to', 'from', 'in', 'on', 'as']);

/** The title before the name follows a plain lower-case word: a verb whose object is the person ("to host …"). */
function objectOfVerb(model: TextModel, nameStart: number, title: string): boolean {
  const lead = model.tokens[nameStart - title.split(/\s+/).length - 1];
  return lead !== undefined && !lead.cap && /^\p{Ll}+$/u.test(lead.text) && !NOT_VERBS.has(lead.text);
}

/** A title whose last word is a thing's noun, which a clause about the name after it may qualify. */
const REDUCED_RELATIVE_HEAD =
  /\b(?:the|a|an)\s+(?:company|firm|business|group|band|team|club|party|magazine|newspaper|site|website|school|shop|store|restaurant|charity|label|studio|agency|organi[sz]ation|foundation|network|show|brand)$/i;

/** Whether `title` before a name is the object of a clause about that name: "CEO of the company Marr co-founded". */
const clauseObject = (title: string, after: string): boolean =>
  REDUCED_RELATIVE_HEAD.test(title) && /^\s+[\p{Ll}-]+ed\b/u.test(after);

/** The fuller of the roles before and after the name ("Professor" < "professor who led the team"). */
function chooseRole(model: TextModel, nameStart: number, nameEnd: number): Role {
  let before = tidyRole(
    roleBefore(model, nameStart) ??
      (nameStart > 0 && isHonorific(model, nameStart - 1) ? roleBefore(model, nameStart - 1) : null),
  );
  before ??= academicTitle(model, nameStart) ?? abbreviatedTitle(model, nameStart);
  // "named CEO of the company Marr co-founded": a title ending on a thing's noun, then the name and its verb, is
  // the object of a clause about the name, not the name's title.
  if (before && clauseObject(before, model.text.slice(model.tokens[nameEnd].end))) before = null;
  // "the member from Velen, head of the Dock Board,": the apposition is the gentleman's; the
  // name after "from" is where he comes from.
  const origin = fromPlace(model, nameStart);
  const apposed = accordingTo(model, nameStart) || origin ? null : listedPerson(roleAfter(model, nameEnd));
  const after = origin ? null : (apposed ?? copulaRole(model, nameEnd) ?? asRole(model, nameEnd));
  const afterBasis: RoleBasis = apposed ? 'apposition' : copulaRole(model, nameEnd) ? 'copula' : 'as';
  // "to host Velm finance minister Petr Orsk at the Treasury": a title with its own owner is whole; a place
  // after the name with "at" is where something happens ("Professor Ada Vesk at Tarn University" is hers).
  const owned = before !== null && OWNED_TITLE.test(before) && objectOfVerb(model, nameStart, before);
  const affiliation =
    before && !after && !(owned && AT_PLACE.test(model.text.slice(model.tokens[nameEnd].end)))
      ? affiliationAfter(model, nameEnd)
      : null;
  if (before && affiliation) before = `${before} ${fromPlaceOfSeat(before, affiliation.replace(/\.$/, ''))}`;
  const party = partyAfter(model, nameEnd);
  if (before && party) before = `${before} ${party}`;
  if (!before) return after ? { role: after, basis: afterBasis } : null;
  if (!after || !startsWithRoleNoun(after)) return { role: before, basis: 'title' };
  return after.split(' ').length > before.split(' ').length
    ? { role: after, basis: afterBasis }
    : { role: before, basis: 'title' };
}

/** Members of a legislature: "Senator Ada Velm of Tarnshire" sits for Tarnshire. */
const LEGISLATOR =
  /(?:^|\s)(?:senator|representative|congressman|congresswoman|congressmember|assemblyman|assemblywoman|assemblymember|delegate|MP|MEP|MSP)$/i;

/** "Senator" + "of Tarnshire" is "Senator from Tarnshire": the place a member sits for, not a body they head. */
function fromPlaceOfSeat(title: string, affiliation: string): string {
  if (!LEGISLATOR.test(title) || !/^of\s/.test(affiliation)) return affiliation;
  const words = affiliation.split(/\s+/).slice(1);
  if (words.some((w) => ORG_WORDS.has(w.toLowerCase()))) return affiliation;
  return `from ${words.join(' ')}`;
}

/** A clause role ("led the negotiations") does not replace a title ("Foreign Secretary"). */
const startsWithRoleNoun = (role: string): boolean =>
  !/^(?:leads|heads|runs|chairs|directs|manages|oversees|founded|co-founded|led|headed|ran|chaired|directed)\s/.test(
    role,
  );

/** A name of two capitalised words or more ("Velm Dock Caucus", "Bank of Tarn"). */
const OWNER_RUN = /\p{Lu}[\p{L}'’-]+(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}'’-]+)+/gu;

/** Whether a role ends on the full name of a person the article names ("BBC editor Ivo Marr"): its last words looked up. */
function endsOnPerson(role: string, reg: Registry): boolean {
  const words = role.split(/\s+/);
  for (let k = 2; k < words.length && k <= MAX_NAME_WORDS; k += 1) {
    const key = words.slice(-k).join(' ').toLowerCase();
    const index = reg.byKey.get(key);
    // The person's own full name, not an alias ("under Mr Blair" names whom the role served).
    if (index === undefined || reg.drafts[index].kind !== 'person' || reg.drafts[index].name.toLowerCase() !== key)
      continue;
    // "director general of Velm Music Rights": a body after "of" may have been read as a person's name.
    return !/^(?:of|for|at|to|with|in|on|from|the)$/i.test(words[words.length - k - 1]);
  }
  return false;
}
/** Whether a role is the full name of a person the article names, with letters after it ("Orla Vesk MP"). */
function startsOnPerson(role: string, reg: Registry): boolean {
  const words = role.split(/\s+/);
  for (let k = 2; k < words.length && k <= MAX_NAME_WORDS; k += 1) {
    if (!words.slice(k).every((w) => /^\p{Lu}{2,4}$/u.test(w))) continue;
    const key = words.slice(0, k).join(' ').toLowerCase();
    const index = reg.byKey.get(key);
    if (index !== undefined && reg.drafts[index].kind === 'person' && reg.drafts[index].name.toLowerCase() === key)
      return true;
  }
  return false;
}

/** A word, a full stop and a capital after it: a sentence's end, unless the word is an abbreviation. */
const WORD_BEFORE_STOP = /(\p{L}+)\.\s+\p{Lu}/gu;
const ABBREVIATED = new Set([
  ...TITLE_ABBREVIATIONS,
  ...NUMBER_ABBREVIATIONS,
  ...INNER_ABBREVIATIONS,
  ...CLOSING_ABBREVIATIONS,
]);

/**
 * An honorific or a courtesy title and a full name, the whole of a "role": "Senator the Hon. Ivo Marr", "Dr. Ada
 * K. Vesk" (not an office and a body's name, "President Velm North America").
 */
const TITLED_NAME =
  /^(?:(?:\p{Lu}\p{Ll}+\s+)?the\s+(?:Rt\.?\s+)?Hon(?:ourable|\.)?|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Sir|Dame|Lord|Lady|Rev\.|Reverend)\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2}$/u;

/** The most words a name looked up at a role's end may have. */
const MAX_NAME_WORDS = 5;

/** How far into the sentence before "Its chair" its subject may start ("The Velmish Department of …"). */
const SUBJECT_REACH = 32;
/** A run of capitalised words: a name, a body, a place, or a word opening a sentence. */
const CAPITAL_RUN = /\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*/gu;

/** "Its president, Martin Mallet": the role belongs to the body named last before it. */
function ownerOfRole(model: TextModel, reg: Registry, found: Role, nameAt: number): Role {
  if (!found) return found;
  const { role } = found;
  // "In an interview with BBC editor Ivo Marr, Mr Vesk said": a role that ends on another person's name is
  // that person's title, read across the comma; it is not this person's.
  if (endsOnPerson(role, reg)) return null;
  // "Orla Vesk MP, Nina Tarn, …": a role that opens on another person's full name is that person's.
  if (startsOnPerson(role, reg)) return null;
  // "Minister of Ports and Trade, Senator the Hon. Ivo Marr, said": a title and a full name after the
  // comma are that person, not a role of the word before (whether or not the name is known yet).
  if (TITLED_NAME.test(role)) return null;
  const before = model.text.slice(Math.max(0, nameAt - role.length - 12), nameAt);
  const at = before.lastIndexOf(role);
  if (at < 0 || !/\b(?:its|their)\s+$/i.test(before.slice(0, at))) return found;
  // "Their son, Ivo Marr": a kinship is the people's, never a body's.
  if (role.split(/\s+/).some((w) => isKinNoun(w.toLowerCase()))) return found;
  // "the Velm Dock Caucus and its Chair, …": a name written before "its" in the same sentence is its owner,
  // whether or not the article made it an actor; else the body named last before (the sentence before named it).
  const itsAt = nameAt - before.length + before.slice(0, at).search(/\b(?:its|their)\s+$/i);
  const sentenceStart = Math.max(model.text.lastIndexOf('. ', itsAt), model.text.lastIndexOf('\n', itsAt)) + 1;
  const runs = [...model.text.slice(sentenceStart, itsAt).matchAll(OWNER_RUN)].map((m) => m[0]);
  const named = runs[runs.length - 1];
  if (named && !reg.drafts.some((d) => d.kind === 'person' && d.name === named))
    return { role: `${role} of the ${named.replace(/^the\s+/i, '')}`, basis: 'owner' };
  const s = sentenceAt(model, itsAt);
  const own = model.sentences[s]?.start ?? itsAt;
  const previous = model.sentences[Math.max(0, s - 1)].start;
  // "Velm Oil claims … the ambitions of its founder": mid-sentence, "its" is first the sentence's own subject's;
  // at a sentence's start ("Rovers led early. Their captain, …"), the sentence before says whose.
  const windows = itsAt - own > 3 ? [own, previous] : [previous];
  for (const from of windows) {
    const owner = ownerIn(model.text.slice(from, itsAt), reg, nameAt);
    if (owner === null) continue;
    return owner === '' ? found : { role: `${role} of ${/^the\s/i.test(owner) ? '' : 'the '}${owner}`, basis: 'owner' };
  }
  return found;
}

/**
 * The body that owns "its"/"their" in `window` (the text before it): the one the window opens with (its
 * subject: "Halvard Systems, the Eindhoven-based maker …, lost orders"), else the only body it names; ''
 * when it names several and none opens it ("Italy lost to Ireland and Wales": whose coach is a guess);
 * null when it names none.
 */
function ownerIn(window: string, reg: Registry, nameAt: number): string | null {
  const found = bodiesIn(window, reg, nameAt);
  // The body the window opens with; else, below, the one body it names.
  if (found.length > 0 && found[0].at <= SUBJECT_REACH) return reg.drafts[found[0].index].name;
  const people = (n: string) => {
    const index = reg.byKey.get(n.toLowerCase());
    return index !== undefined && reg.drafts[index].kind === 'person';
  };
  const bodies = new Set(
    (window.match(CAPITAL_RUN) ?? []).filter((n) => {
      const lower = n.toLowerCase();
      return !COMMON.has(lower) && !WEEKDAYS.has(lower) && !MONTHS.includes(lower) && !people(n);
    }),
  );
  if (bodies.size > 1) return '';
  let owner = -1;
  for (const f of found) if (owner < 0 || reg.drafts[f.index].at > reg.drafts[owner].at) owner = f.index;
  // "Rovers had the better of it": the one body named, by the last word of its name.
  const only = bodies.size === 1 ? ([...bodies][0] as string).toLowerCase() : null;
  if (owner < 0 && only !== null) {
    const index = reg.byLastWord.get(only) ?? reg.byKey.get(only);
    if (index !== undefined && reg.drafts[index].kind !== 'person' && reg.drafts[index].at < nameAt) owner = index;
  }
  return owner >= 0 ? reg.drafts[owner].name : only !== null ? '' : null;
}

/** Words of a name: capitalised, or the small words inside one ("Department of Migrant Workers"). */
const NAME_WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.&-]*/gu;
const INNER_WORDS = new Set(['of', 'the', 'for', 'and', 'on', 'in', 'at', 'to', 'de', 'du', 'la', '&']);
/** The most words a body's name looked up in a window may have. */
const MAX_BODY_WORDS = 7;

/**
 * Bodies named in `window` (before `nameAt`), in order, by looking up each run of up to MAX_BODY_WORDS words
 * that opens on a capital: O(window), whatever the number of actors.
 */
function bodiesIn(window: string, reg: Registry, nameAt: number): { index: number; at: number }[] {
  const words = [...window.matchAll(NAME_WORD)].map((m) => ({ text: m[0], at: m.index ?? 0 }));
  const out: { index: number; at: number }[] = [];
  for (let i = 0; i < words.length; i += 1) {
    if (!/^\p{Lu}/u.test(words[i].text)) continue;
    for (let j = i; j < words.length && j < i + MAX_BODY_WORDS; j += 1) {
      if (j > i && !/^\p{Lu}/u.test(words[j].text) && !INNER_WORDS.has(words[j].text)) break;
      const key = window
        .slice(words[i].at, words[j].at + words[j].text.length)
        .replace(/['’]s?$/, '')
        .toLowerCase();
      const index = reg.byKey.get(key);
      if (index !== undefined && reg.drafts[index].kind !== 'person' && reg.drafts[index].at < nameAt)
        out.push({ index, at: words[i].at });
    }
  }
  return out;
}

/** Bodies named in lower case after a nationality: "the Chinese foreign ministry", "the Turkish army". */
const LOWER_BODIES = new Set(['ministry', 'army', 'navy', 'embassy', 'parliament', 'military', 'police', 'coastguard']);

/** End offset of "Chinese foreign ministry" when the run is a nationality followed by such a body, else null. */
function lowerCaseBody(model: TextModel, run: Run, words: readonly string[]): number | null {
  const via = words.length === 1 ? STATE_INDEX.get(words[0].toLowerCase())?.via : undefined;
  const { tokens } = model;
  // "Iran's foreign ministry" as well as "Iranian foreign ministry".
  if (via !== 'demonym' && !(via === 'name' && /['’]s$/.test(tokens[run.last].text))) return null;
  for (let k = run.last + 1; k <= run.last + 3 && k < tokens.length; k += 1) {
    const t = tokens[k];
    if (t.cap || t.sentence !== tokens[run.last].sentence || !joined(model.text, tokens[k - 1], t)) return null;
    if (LOWER_BODIES.has(t.text)) return t.end;
    // "Danish media reported …" names the press as a body; "Danish media coverage" only qualifies a noun.
    if (t.text === 'media' && !MEDIA_OBJECTS.has(tokens[k + 1]?.text ?? '')) return t.end;
  }
  return null;
}

/** Nouns that "media" only qualifies: "media coverage", "media outlets". */
const MEDIA_OBJECTS = new Set([
  'coverage',
  'outlet',
  'outlets',
  'report',
  'reports',
  'attention',
  'conference',
  'briefing',
  'release',
  'freedom',
  'literacy',
  'company',
  'companies',
  'group',
  'groups',
  'market',
  'law',
  'laws',
  'regulator',
  'studies',
  'campaign',
]);

/** Lower-case heads that make the name before them a body or a meeting: "the Lisbon conference", "the Lund administration". */
const LOWER_HEADS: ReadonlyMap<string, ActorKind> = new Map([
  ['conference', 'forum'],
  ['summit', 'forum'],
  ['administration', 'organisation'],
  ['party', 'organisation'],
]);

/**
 * "the Lisbon conference", "the 60th NORSA conference", "the first Lund administration", "the Green Dawn party": a name
 * after "the" (an ordinal may come between) and before a lower-case head names that body or meeting. A state's
 * administration is the state, and an acronym's party is the acronym's body: neither makes a new actor.
 */
function lowerCaseHead(model: TextModel, run: Run): { name: string; kind: ActorKind; end: number } | null {
  const { tokens, text } = model;
  const head = tokens[run.last + 1];
  const kind = head && !head.cap ? LOWER_HEADS.get(head.text) : undefined;
  if (!kind || !joined(text, tokens[run.last], head) || /['’]/u.test(tokens[run.last].text)) return null;
  const prev = tokens[run.first - 1];
  const the = (t: Token | undefined) => t?.text.toLowerCase() === 'the';
  const ordinal =
    prev && !prev.cap && /^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|last|next)$/.test(prev.text);
  if (!(the(prev) || (ordinal && the(tokens[run.first - 2])))) return null;
  const words = runWords(model, run);
  if (STATE_INDEX.has(words.join(' ').toLowerCase())) return null;
  const cls = classifyRun(words);
  if (cls.type === 'state' || (cls.type === 'person' && cls.nameFrom > 0)) return null;
  if (kind !== 'forum' && cls.type === 'body') return null;
  // "the Green Dawn party" is the Green Dawn; an administration or a conference is named with its head.
  const name = head.text === 'party' ? words.join(' ') : `${words.join(' ')} ${head.text}`;
  return { name, kind, end: head.end };
}

/** Lower-case nouns after a state's adjective that stand for the state itself: "the British government". */
const STATE_GOVERNMENTS = new Set(['government', 'authorities', 'administration', 'regime', 'leadership']);

/** "the British government", "the Peruvian authorities": the state (and where the phrase ends), else null. */
function stateGovernment(
  model: TextModel,
  run: Run,
  words: readonly string[],
): { state: StateEntry; end: number } | null {
  const ref = STATE_INDEX.get(words.join(' ').toLowerCase());
  if (ref?.via !== 'demonym') return null;
  const next = model.tokens[run.last + 1];
  if (!next || next.cap || !joined(model.text, model.tokens[run.last], next) || !STATE_GOVERNMENTS.has(next.text))
    return null;
  return { state: ref.state, end: next.end };
}

const LEGISLATURES = new Set(['congress', 'parliament']);

function noteBareBody(
  model: TextModel,
  run: Run,
  words: readonly string[],
  bodies: Map<string, { count: number; at: number; end: number }>,
): void {
  if (words.length !== 1 || !ORG_WORDS.has(words[0].toLowerCase()) || opensClause(model, run.first)) return;
  // "a vote in Congress", "a motion before Parliament": a legislature is named without an article too.
  const article = model.tokens[run.first - 1]?.text.toLowerCase() === 'the';
  if (!article && !LEGISLATURES.has(words[0].toLowerCase())) return;
  const t = model.tokens[run.first];
  const info = bodies.get(words[0]) ?? { count: 0, at: t.start, end: t.end };
  // "unless the Navy acts …": a bare body acting counts as much as a second mention.
  info.count += article && isActing(model, run.last) ? 2 : 1;
  bodies.set(words[0], info);
}

/** “The Patient Ledger”: a title between quotation marks names a work, not an actor. */
function isQuotedTitle(text: string, run: Run, model: TextModel): boolean {
  const start = model.tokens[run.first].start;
  const end = model.tokens[run.last].end;
  return (
    /["“‘](?:The\s+|A\s+|An\s+)?$/.test(text.slice(Math.max(0, start - 5), start)) &&
    /^[,.]?["”’]/.test(text.slice(end, end + 2))
  );
}

const PLACE_NOUNS = new Set(
  'port city town village villages towns cities region province district county island islands valley'.split(' '),
);
const BODY_NOUNS = new Set([
  'charity',
  'company',
  'firm',
  'startup',
  'start-up',
  'carmaker',
  'lender',
  'insurer',
  'NGO',
]);
const BRAND_NOUNS = new Set(['brand', 'label', 'trademark', 'imprint']);
const FIRM_NOUNS = new Set([
  'company',
  'firm',
  'group',
  'conglomerate',
  'corporation',
  'charity',
  'foundation',
  'carmaker',
  'manufacturer',
  'supplier',
  'contractor',
  'lender',
  'insurer',
  'retailer',
  'startup',
]);

/**
 * "mining company Borealis Copper", "from Boreal Land and Sea, the firm that made …": a firm noun right before
 * the name, or in apposition right after it, says the name is a company whatever its words.
 */
function namedFirm(model: TextModel, run: Run): string | null {
  const { tokens, text } = model;
  const first = tokens[run.first];
  const last = tokens[run.last];
  const before = tokens[run.first - 1];
  const words = runWords(model, run);
  if (opensClause(model, run.first) || words.length < 2 || /['’]s?$/u.test(last.text)) return null;
  const cls = classifyRun(words);
  if (cls.type === 'state' || cls.type === 'body' || (cls.type === 'person' && cls.nameFrom > 0)) return null;
  const noun = (t: Token | undefined) => !!t && !t.cap && t.sentence === first.sentence && FIRM_NOUNS.has(t.text);
  if (noun(before) && /^\s+$/.test(text.slice(before.end, first.start))) return words.join(' ');
  const det = tokens[run.last + 1];
  if (!det || !/^,\s+$/.test(text.slice(last.end, det.start)) || !/^(?:the|a|an)$/.test(det.text)) return null;
  return noun(tokens[run.last + 2]) ? words.join(' ') : null;
}

/** "(Frank) Vogel": one capitalised word in brackets, then a surname; the person named in full. */
function bracketedGiven(model: TextModel, run: Run): { name: string; surname: string; at: number; end: number } | null {
  const { tokens, text } = model;
  const given = tokens[run.first];
  const surname = tokens[run.first + 1];
  if (run.first !== run.last || !surname || surname.sentence !== given.sentence || !surname.cap) return null;
  if (text[given.start - 1] !== '(' || !/^\)\s+$/.test(text.slice(given.end, surname.start))) return null;
  if (!/^\p{Lu}\p{Ll}+$/u.test(given.text) || !/^\p{Lu}\p{Ll}+$/u.test(surname.text)) return null;
  if (COMMON.has(given.text.toLowerCase()) || COMMON.has(surname.text.toLowerCase())) return null;
  return {
    name: `${given.text} ${surname.text}`,
    surname: surname.text,
    at: given.start - 1,
    end: surname.end,
  };
}

function addNicknamed(model: TextModel, reg: Registry, run: Run, nick: { name: string; nick: string; last: number }) {
  const at = model.tokens[run.first].start;
  const end = model.tokens[nick.last].end;
  const index = reg.add(nick.name, 'person', at, end);
  const role = ownerOfRole(model, reg, chooseRole(model, run.first, nick.last), at);
  if (role) reg.setRole(index, role.role, role.basis);
  reg.drafts[index].evidence += 1;
  reg.alias(index, model.tokens[nick.last].text);
  reg.alias(index, nick.nick);
  reg.alias(index, model.text.slice(at, end));
}

/** How far after a three-part name its double surname is looked for (bounded: one scan per name, not per text). */
const PAIR_WINDOW = 6000;

/** The last two parts of a three-part name used as a pair in `later`, not after the first part nor introduced. */
function pairUsedAlone(later: string, parts: string[]): boolean {
  const pair = new RegExp(`(?<!${parts[0]}\\s)\\b${parts[1]} ${parts[2]}\\b`, 'gu');
  for (const m of later.matchAll(pair)) {
    const noun = /(\p{Ll}+),\s$/u.exec(later.slice(Math.max(0, m.index - 30), m.index));
    if (!noun || !(isKinNoun(noun[1]) || isRoleNoun(noun[1]))) return true;
  }
  return false;
}

const PLACE_LEADS = new Set(['in', 'near', 'outside', 'inside', 'across', 'throughout', 'around', 'within']);

type AcronymStats = { count: number; acting: number; thing: boolean; at: number; end: number };

/** Words that define an acronym as a thing, not a body: "a tide gauge array (TGA)", "the Surge Model or SM4". */
function definesThing(model: TextModel, index: number): boolean {
  const t = model.tokens[index];
  const before = model.text.slice(Math.max(0, t.start - 40), t.start);
  if (/(?:^|[\s(])\p{Ll}[\p{Ll}-]*\s+\($/u.test(before)) return true;
  const m = /([\p{L}-]+)\s*\(?$/u.exec(before.replace(/\s+or\s+$/u, ' '));
  return !!m && /\s+or\s+$|\($/u.test(before) && NON_ACTOR_HEADS.has(m[1].toLowerCase());
}

function noteAcronym(model: TextModel, run: Run, name: string, acronyms: Map<string, AcronymStats>): void {
  const t = model.tokens[run.first];
  const info = acronyms.get(name) ?? {
    count: 0,
    acting: 0,
    thing: false,
    at: t.start,
    end: model.tokens[run.last].end,
  };
  info.count += 1;
  // "NORSA said", "NORSA’s", "the TRACE mission": acting, owning, or naming an initiative or a body.
  const after = model.tokens[run.last + 1];
  const names = after && !after.cap && (INITIATIVE_WORDS.has(after.text) || ORG_WORDS.has(after.text));
  if (madeReport(model, run)) info.acting += 1;
  const the = model.tokens[run.first - 1]?.text === 'the';
  if (isActing(model, run.last) || /['’]s?$/u.test(model.tokens[run.last].text) || names || the) info.acting += 1;
  if (info.count === 1 && definesThing(model, run.first)) info.thing = true;
  // "the Ministry of the Lakes (MINLA)", "the development bank FMO": defined next to a body's name or noun.
  const before = model.text.slice(Math.max(0, t.start - 30), t.start);
  const noun = model.tokens[run.first - 1];
  if (!info.thing && (/\p{Lu}[\p{L}’']*\s*\($/u.test(before) || (noun && !noun.cap && ORG_WORDS.has(noun.text))))
    info.acting += 1;
  acronyms.set(name, info);
}

/** "a Harwick study", "an Ostrom survey": the name right before a report noun is the body that made it. */
function madeReport(model: TextModel, run: Run): boolean {
  const last = model.tokens[run.last];
  const next = model.tokens[run.last + 1];
  if (!next || next.cap || next.sentence !== last.sentence || /['’]/u.test(last.text)) return false;
  if (!/^\s+$/.test(model.text.slice(last.end, next.start)) || !REPORT_NOUNS.has(next.text)) return false;
  // "farmers in Harwick study the weather": a place, and a verb with its object, not a report.
  const object = model.tokens[run.last + 2]?.text.toLowerCase() ?? '';
  return !isLocative(model, run.first) && !/^(?:the|a|an|its|their|his|her|our|them|it)$/.test(object);
}

/** The name is the subject of a verb: "NORSA said", "the KVB will", "Lindholm won". */
function isActing(model: TextModel, index: number): boolean {
  const t = model.tokens[index];
  if (isLocative(model, index)) return false;
  // "the effects of SWBD are": after "of" the name qualifies the subject, it is not the subject.
  let first = index;
  while (first > 0 && model.tokens[first - 1].cap && model.tokens[first - 1].sentence === t.sentence) first -= 1;
  if (/^(?:of|by|for|with)$/.test(model.tokens[first - 1]?.text ?? '')) return false;
  let k = index + 1;
  // "SDCON, a new model, will", "Moscow, which has long …, sent": skip an apposition or relative clause.
  const gap = model.text.slice(t.end, model.tokens[k]?.start ?? t.end);
  if (/^,\s+$/.test(gap)) {
    // Only an apposition or a relative clause opened by a determiner or a relative pronoun is skipped.
    if (!/^(?:a|an|the|its|their|which|who|whose|that)$/i.test(model.tokens[k]?.text ?? '')) return false;
    let j = k;
    while (
      j < model.tokens.length &&
      j - k < 20 &&
      !/^,/.test(model.text.slice(model.tokens[j].end, model.tokens[j].end + 1))
    )
      j += 1;
    k = j + 1;
  } else if (!/^\s+$/.test(gap)) return false;
  const next = model.tokens[k];
  if (!next || next.sentence !== t.sentence || next.cap) return false;
  const w = next.text.toLowerCase();
  if (/n['’]t$/.test(w)) return true;
  return CLAUSE_VERBS.has(w) || SAY_VERBS.has(w) || MODALS.has(w) || (/ed$/.test(w) && w.length > 4);
}

const MODALS = new Set([
  'will',
  'would',
  'can',
  'cannot',
  'could',
  'may',
  'might',
  'must',
  'should',
  'shall',
  'also',
  'then',
]);

/** "the leaders", "the champions": a role in the plural is held by a team or a group. */
function pluralRole(role: Role): boolean {
  if (!role) return false;
  const words = role.role.toLowerCase().split(/\s+/);
  if (words.length > 3 || words.some((w) => /^(?:of|for|at|in|to)$/.test(w))) return false;
  const head = words[words.length - 1];
  return /s$/.test(head) && !ROLE_WORDS.has(head) && isRoleNoun(head.replace(/s$/, ''));
}

/** "Northgate Rovers' manager": a plural owner (an apostrophe after the final s) of a role noun. */
function ownsRoleAsGroup(model: TextModel, run: Run): boolean {
  const last = model.tokens[run.last];
  const next = model.tokens[run.last + 1];
  if (!next || !/s$/.test(last.text)) return false;
  return /^['’]\s+$/.test(model.text.slice(last.end, next.start)) && !next.cap && isRoleNoun(next.text);
}

/** "Velm Democrat peer Lord Tarnwell": a run, then a lower-case role noun, then a capitalised word in the sentence. */
function ownsTitleOfNext(model: TextModel, run: Run): boolean {
  const last = model.tokens[run.last];
  const noun = model.tokens[run.last + 1];
  const then = model.tokens[run.last + 2];
  if (!noun || !then || noun.cap || !then.cap || then.sentence !== last.sentence) return false;
  return (
    isRoleNoun(noun.text.toLowerCase()) &&
    /^\s+$/.test(model.text.slice(last.end, noun.start)) &&
    /^\s+$/.test(model.text.slice(noun.end, then.start))
  );
}

/** "beat Northgate Rovers 2-1", "Harbour City 3–0 Eastfield": a side in a score. */
function inScore(model: TextModel, run: Run): boolean {
  const after = model.text.slice(model.tokens[run.last].end, model.tokens[run.last].end + 8);
  const prev = model.tokens[run.first - 1]?.text.toLowerCase() ?? '';
  return (
    /^\s+\d{1,2}\s?[-–]\s?\d{1,2}\b/.test(after) ||
    (/^(?:beat|beats|defeated|thrashed)$/.test(prev) && /^\s+\d/.test(after))
  );
}

/** "a Radical Centrist", "a self-described Radical Centrist": a counted noun phrase, not a name. */
function countedKind(model: TextModel, first: number): boolean {
  const a = /^(?:a|an)$/i;
  const prev = model.tokens[first - 1];
  if (!prev || prev.cap) return false;
  return a.test(prev.text) || (a.test(model.tokens[first - 2]?.text ?? '') && /-|ed$/.test(prev.text));
}

function titleBeforeName(model: TextModel, run: Run): boolean {
  const last = model.tokens[run.last];
  const next = model.tokens[run.last + 1];
  if (!next?.cap || next.sentence !== last.sentence || !/^,\s+$/.test(model.text.slice(last.end, next.start)))
    return false;
  const w = last.text.toLowerCase();
  return isRoleNoun(w) || (/(?:er|or|ist)$/.test(w) && !ORG_WORDS.has(w) && w.length > 4);
}

/** "referred to as the X" (a defined term of a legal text): the run names a document, not an actor. */
function namedAs(model: TextModel, first: number): boolean {
  const before = model.text.slice(Math.max(0, model.tokens[first].start - 30), model.tokens[first].start);
  return /\breferred to\s+as\s+(?:the\s+)?$/i.test(before);
}

/** "an analyst at X", "a spokesman for X": the run follows a role noun and a preposition of place of work. */
function affiliationOf(model: TextModel, first: number): boolean {
  const prep = model.tokens[first - 1];
  const noun = model.tokens[first - 2];
  if (!prep || !noun || !/^(?:at|for|with)$/.test(prep.text)) return false;
  return noun.sentence === model.tokens[first].sentence && !noun.cap && isRoleNoun(noun.text);
}

/** "her cousin, Tesmar," / "her husband Ivo": a possessive and a noun of kinship right before a name. */
function afterKin(model: TextModel, first: number): boolean {
  const kin = model.tokens[first - 1];
  const owner = model.tokens[first - 2];
  if (!kin || !owner || kin.sentence !== model.tokens[first].sentence || !isKinNoun(kin.text)) return false;
  if (!/^,?\s+$/.test(model.text.slice(kin.end, model.tokens[first].start))) return false;
  return /^(?:his|her|their|my|our|your)$/i.test(owner.text) || (owner.cap && /['’]s$/u.test(owner.text));
}

/**
 * "Dorran’s longtime aide James Hale", "Kestrel’s coach Ivo Lind": a single name owning the role
 * of a named person is an actor: a person when the role serves a person, else a body.
 */
const OWNED_ROLE = /^(\p{Lu}[\p{L}\p{M}-]+)['’]s\s+(.+)$/u;
function addRoleOwner(model: TextModel, reg: Registry, role: string, nameAt: number): void {
  const m = OWNED_ROLE.exec(role);
  if (!m || reg.byKey.has(m[1].toLowerCase())) return;
  const lower = m[1].toLowerCase();
  if (COMMON.has(lower) || WEEKDAYS.has(lower) || MONTHS.includes(lower)) return;
  const cls = classifyRun([m[1]]);
  if (cls.type !== 'single') return;
  // "Kestrel’s coach" where the text names "Kestrel Athletic": the body's first word is its short name.
  const body = reg.drafts.findIndex((d) => d.kind !== 'person' && d.name.startsWith(`${m[1]} `));
  if (body !== -1) {
    reg.alias(body, m[1]);
    return;
  }
  const at = model.text.lastIndexOf(m[1], nameAt);
  if (at < 0) return;
  const head = m[2].split(/\s+/).pop()?.toLowerCase() ?? '';
  const personal = PERSONAL_ROLES.has(head) || isKinNoun(head);
  reg.add(m[1], personal ? 'person' : 'organisation', at, at + m[1].length);
}

/** "a degree in Public Policy", "a master’s in Marine Biology": a field of study, not a body. */
function fieldOfStudy(model: TextModel, first: number): boolean {
  const { tokens } = model;
  if (tokens[first - 1]?.text.toLowerCase() !== 'in') return false;
  const noun = tokens[first - 2]?.text.toLowerCase().replace(/['’]s?$/u, '') ?? '';
  return STUDY_NOUNS.has(noun);
}

const STUDY_NOUNS = new Set([
  'degree',
  'degrees',
  'diploma',
  'bachelor',
  'master',
  'masters',
  'doctorate',
  'phd',
  'ph.d',
  'major',
  'minor',
  'qualification',
  'certificate',
  'course',
  'courses',
  'training',
  'postgraduate',
  'graduate',
  'studies',
  'ba',
  'bsc',
  'ma',
  'msc',
]);

/** "born in Tacna, the daughter of …": a birthplace, whatever apposition follows it. */
const bornIn = (model: TextModel, first: number): boolean =>
  /^(?:in|at)$/.test(model.tokens[first - 1]?.text ?? '') && model.tokens[first - 2]?.text === 'born';

/** "the Doru Thai signed the truce": a name word and a people's adjective, acting after "the", name a movement. */
function demonymNamed(model: TextModel, run: Run, words: readonly string[]): boolean {
  if (words.length !== 2 || STATE_INDEX.get(words[1].toLowerCase())?.via !== 'demonym') return false;
  const first = words[0].toLowerCase();
  if (STATE_INDEX.has(first) || REGION_ADJECTIVES.has(first) || COMMON.has(first)) return false;
  if (/^(?:north|south|east|west|central|upper|lower|greater|new|old|great|little)/.test(first)) return false;
  if (classifyRun([words[0]]).type !== 'single') return false;
  return model.tokens[run.first - 1]?.text.toLowerCase() === 'the' && isActing(model, run.last);
}

/** A run in a list ("Finland, Vell Morado, and Iceland") beside a state or place: a list holds one kind. */
function listedWithPlaces(model: TextModel, run: Run): boolean {
  const { tokens, text } = model;
  const sentence = tokens[run.first].sentence;
  const isPlace = (k: number): boolean => {
    const t = tokens[k];
    if (!t?.cap || t.sentence !== sentence) return false;
    return STATE_INDEX.get(t.text.toLowerCase())?.via === 'name' || PLACE_WORDS.has(t.text.toLowerCase());
  };
  const before = tokens[run.first - 1];
  const after = tokens[run.last + 1];
  const commaBefore = !!before && /^,\s+$/.test(text.slice(before.end, tokens[run.first].start));
  const rightGap = after ? text.slice(tokens[run.last].end, after.start) : '';
  const andAfter = /^,?\s+$/.test(rightGap) && /^(?:and|or)$/.test(after?.text ?? '');
  const commaAfter = /^,\s+$/.test(rightGap) && !!after?.cap;
  let k = run.last + 1 + (andAfter ? 1 : 0);
  if (tokens[k]?.text === 'the') k += 1;
  const rightPlace = (andAfter || commaAfter) && isPlace(k);
  const leftPlace = commaBefore && isPlace(run.first - 1);
  return (leftPlace && (andAfter || commaAfter)) || (rightPlace && commaBefore);
}

/** The name of the known body right before a run and a comma, else null. */
function bodyBefore(model: TextModel, run: Run, reg: Registry): string | null {
  const { tokens, text } = model;
  const before = tokens[run.first - 1];
  if (!before?.cap || !/^,\s+$/.test(text.slice(before.end, tokens[run.first].start))) return null;
  let first = run.first - 1;
  while (first > 0 && tokens[first - 1].cap && joined(text, tokens[first - 1], tokens[first])) first -= 1;
  const name = text.slice(tokens[first].start, before.end).replace(/^The\s+/, '');
  const known = reg.byKey.get(name.toLowerCase());
  const d = known === undefined ? undefined : reg.drafts[known];
  return d && d.kind !== 'person' && d.kind !== 'state' ? name : null;
}

/** "The Velmora Courier, Harbour Weekly, …": the run right after a known body in a comma list is a body too. */
function listedWithBody(model: TextModel, run: Run, reg: Registry): boolean {
  return bodyBefore(model, run, reg) !== null;
}

/** "- Legal Basis: the KVB's order …": a list item's label, not a name. */
function isLabel(model: TextModel, run: Run): boolean {
  const t = model.tokens[run.first];
  const para = model.paragraphs[model.sentences[t.sentence].para];
  const lead = model.text.slice(para.start, t.start);
  if (!/^[\s*•·–—-]*$/.test(lead)) return false;
  return /^:\s+[^"“‘']/.test(model.text.slice(model.tokens[run.last].end, model.tokens[run.last].end + 4));
}

/** Lower-case nouns for a work right before its title: "his musical Velm Nights", "the film Tarn Runner". */
const WORK_TITLE_NOUNS = new Set(
  'film movie movies musical musicals novel novels album albums song songs opera sitcom documentary memoir thriller series'.split(
    ' ',
  ),
);

/** The titles the article gives after a work's noun; their words name a work everywhere in it. */
function worksNamed(model: TextModel, runs: readonly Run[]): Set<string> {
  const works = new Set<string>();
  for (const run of runs) {
    const first = model.tokens[run.first];
    const before = model.tokens[run.first - 1];
    if (!before || before.cap || before.sentence !== first.sentence) continue;
    if (!/^\s+$/.test(model.text.slice(before.end, first.start))) continue;
    if (WORK_TITLE_NOUNS.has(before.text.toLowerCase())) works.add(runWords(model, run).join(' '));
  }
  return works;
}

type Collected = { singles: Map<string, SingleStats>; givenNames: Map<string, number> };

/** A name set off by commas right after a lower-case noun: "the town's only honest man, Ivo, quits …". */
function introducedByApposition(model: TextModel, run: Run): boolean {
  const start = model.tokens[run.first].start;
  const end = model.tokens[run.last].end;
  return (
    /\p{Ll}{3,},\s+$/u.test(model.text.slice(Math.max(0, start - 30), start)) &&
    /^,\s/.test(model.text.slice(end, end + 2))
  );
}

function collect(model: TextModel, reg: Registry): Collected {
  const givenNames = new Map<string, number>();
  const singles = new Map<string, SingleStats>();
  const bareBodies = new Map<string, { count: number; at: number; end: number }>();
  const states = new Map<StateEntry, { nonLocative: boolean; at: number; end: number; aliases: Set<string> }>();
  const vessels = new Set<string>();
  const acronyms = new Map<string, AcronymStats>();
  /** "Joint Reef Temperature-Salinity Survey (JRTSS)": names defined by an acronym, kept for it. */
  const expansions = new Map<string, { name: string; at: number; end: number; thing: boolean }>();
  let skipTo = -1;
  const runs = findRuns(model);
  const works = worksNamed(model, runs);
  for (const whole of runs) {
    const para = model.paragraphs[model.sentences[model.tokens[whole.first].sentence].para];
    // A heading, a caption or boilerplate names no actor of the story.
    if (para.isHeading || para.isPull) continue;
    if (whole.first <= skipTo) continue;
    // "his musical Velm Nights … when Velm Nights came around": a work's title, wherever it stands.
    if (works.size > 0 && works.has(runWords(model, whole).join(' '))) continue;
    // "Coach (Frank) Vogel came in": a given name an editor put in brackets before a surname is the person's.
    const bracketed = bracketedGiven(model, whole);
    if (bracketed) {
      const index = reg.add(bracketed.name, 'person', bracketed.at, bracketed.end);
      reg.alias(index, bracketed.surname);
      reg.drafts[index].evidence += 1;
      skipTo = whole.last + 1;
      continue;
    }
    const nick = nicknamed(model, whole);
    if (nick) {
      addNicknamed(model, reg, whole, nick);
      skipTo = nick.last;
      continue;
    }
    const firm = ampersandFirm(model, whole) ?? namedFirm(model, whole);
    if (firm) {
      reg.add(firm, 'organisation', model.tokens[whole.first].start, model.tokens[whole.last].end);
      continue;
    }
    const headed = lowerCaseHead(model, whole);
    if (headed) {
      const index = reg.add(headed.name, headed.kind, model.tokens[whole.first].start, headed.end);
      reg.drafts[index].evidence += 1;
      continue;
    }
    for (const run of splitAtAnd(model, whole)) {
      const words = runWords(model, run);
      if (isDateline(model, run, words)) continue;
      const vessel = vesselName(words);
      if (vessel) vessels.add(vessel);
      if (vessels.has(words.join(' '))) continue;
      const cls = classifyRun(words);
      const at = model.tokens[run.first].start;
      const end = model.tokens[run.last].end;
      if (isQuotedTitle(model.text, whole, model)) continue;
      // A name its acronym abbreviates and that is no body by its words ("… Survey (JRTSS)") waits for the acronym.
      const defined = run.acronym !== null && isAcronymName(run.acronym) && abbreviates(run.acronym, words.join(' '));
      if (defined && run.acronym && (cls.type === 'skip' || (cls.type === 'person' && cls.nameFrom === 0))) {
        expansions.set(run.acronym, { name: words.join(' '), at, end, thing: isNonActorName(words) });
        continue;
      }
      if (isLabel(model, run) && (cls.type !== 'person' || cls.nameFrom > 0)) continue;
      if (cls.type !== 'state' && fieldOfStudy(model, run.first)) continue;
      if (cls.type === 'skip' && words.length > 1 && !isNonActorName(words) && affiliationOf(model, run.first)) {
        reg.add(words.join(' '), 'organisation', at, end);
        continue;
      }
      const governed = cls.type === 'skip' ? stateGovernment(model, run, words) : null;
      if (governed) {
        // "the British government needed men": the state acting through its government.
        const entry = states.get(governed.state) ?? { nonLocative: false, at, end, aliases: new Set<string>() };
        entry.nonLocative = true;
        entry.aliases.add(model.text.slice(at, governed.end));
        states.set(governed.state, entry);
        continue;
      }
      if (cls.type === 'skip' && demonymNamed(model, run, words)) {
        reg.add(words.join(' '), 'organisation', at, end);
        continue;
      }
      if (cls.type === 'skip') {
        noteBareBody(model, run, words, bareBodies);
        const body = lowerCaseBody(model, run, words);
        if (body) reg.add(model.text.slice(at, body), 'organisation', at, body);
        continue;
      }
      // "Lima said" after "Adela Lima": a lone word a person already bears as surname is that person.
      if (cls.type === 'state' && words.length === 1 && !isLocative(model, run.first)) {
        const bearer = reg.byKey.get(words[0].toLowerCase());
        if (bearer !== undefined && reg.drafts[reg.live(bearer)].kind === 'person') continue;
      }
      if (cls.type === 'state') {
        const body = lowerCaseBody(model, run, words);
        if (body) reg.add(model.text.slice(at, body), 'organisation', at, body);
        const entry = states.get(cls.ref.state) ?? { nonLocative: false, at, end, aliases: new Set<string>() };
        // "Moscow said", "pressure on Tokyo" stand for a state; "the siege of Lima" is a city; "U.S. troops" an adjective.
        const nextWord = model.tokens[run.last + 1]?.text ?? '';
        const adjective =
          /\./.test(words.join('')) &&
          model.tokens[run.last + 1]?.cap === false &&
          !isActing(model, run.last) &&
          !/n['’]t$|^(?:government|administration|authorities|officials)$/.test(nextWord);
        const acting =
          !isLocative(model, run.first) &&
          !cityAsAdjective(model, run, cls.ref.via) &&
          !(adjective && joined(model.text, model.tokens[run.last], model.tokens[run.last + 1])) &&
          (cls.ref.via !== 'capital' ||
            isActing(model, run.last) ||
            /['’]s?$/u.test(model.tokens[run.last].text) ||
            model.tokens[run.first - 1]?.text !== 'of');
        if (cls.alias && acting) entry.aliases.add(cls.alias);
        if (acting && (cls.ref.via === 'name' || cls.alias)) entry.nonLocative = true;
        states.set(cls.ref.state, entry);
      } else if (
        cls.type === 'body' &&
        words.length === 1 &&
        isAcronymName(cls.name) &&
        !reg.byKey.has(cls.name.toLowerCase())
      ) {
        // A bare acronym is an actor only when the text shows it acting or defines it as a body (decided below).
        noteAcronym(model, run, cls.name, acronyms);
      } else if (cls.type === 'body' && titleBeforeName(model, run)) {
      } else if (cls.type === 'body' && namedAs(model, run.first)) {
      } else if (cls.type === 'body') {
        // "the Founding Assembly of 1952", "the Clean Rivers Act of 1970": the year is part of the name.
        const year = /^\s+of\s+(?:1[5-9]|20)\d\d\b/.exec(model.text.slice(end, end + 12));
        const name = year ? `${cls.name}${year[0].replace(/\s+/g, ' ')}` : cls.name;
        const index = reg.add(name, cls.kind, at, year ? end + year[0].length : end);
        if (year) reg.alias(index, cls.name);
        if (run.acronym) reg.alias(index, run.acronym);
        if (isActing(model, run.last) || run.acronym) reg.drafts[index].evidence += 1;
      } else if (cls.type === 'person' && cls.nameFrom === 0 && affiliationOf(model, run.first)) {
        // "an analyst at Kotak Institutional Equities": the name after a role's "at" or "for" is where the person works.
        reg.add(words.join(' '), 'organisation', at, end);
      } else if (cls.type === 'person' && cls.nameFrom === 0 && listedWithPlaces(model, run)) {
      } else if (
        cls.type === 'person' &&
        cls.nameFrom === 0 &&
        listedWithBody(model, run, reg) &&
        // "The Dayton Examiner, Harper Weekly": the "role" read before the comma is the body just named.
        (chooseRole(model, run.first, run.last)?.role ?? null) === (bodyBefore(model, run, reg) ?? null)
      ) {
        reg.add(cls.name, 'organisation', at, end);
      } else if (cls.type === 'person' && cls.nameFrom === 0 && countedKind(model, run.first)) {
      } else if (cls.type === 'person') {
        const from = run.first + cls.nameFrom;
        const clauseStart = cls.nameFrom === 0 && opensClause(model, run.first);
        // "Prof. Tomasz Lindqvist of Uppsala University": the name ends before "of"; the body after it is an actor.
        const nameLast = from + cls.name.split(' ').length - 1;
        const tailBody = nameLast < run.last ? affiliatedBody(model, nameLast, run.last) : null;
        // "Professor X of Ahmadu Bello University (ABU)": the acronym belongs to the body.
        if (tailBody) {
          const body = reg.add(tailBody.name, 'organisation', tailBody.at, end);
          if (run.acronym) reg.alias(body, run.acronym);
        }
        let role = ownerOfRole(model, reg, chooseRole(model, from, nameLast), model.tokens[from].start);
        // "Marta Kell for Grain Safety Iceland, says": the body after "for" is an actor, and she speaks for it.
        const spokenFor = role ? null : speaksFor(model, nameLast);
        if (spokenFor) {
          reg.drafts[reg.add(spokenFor.body, 'organisation', spokenFor.at, spokenFor.end)].evidence += 1;
          role = { role: `speaks for ${spokenFor.body}`, basis: 'apposition' };
        }
        // "Velm Re, the world's largest reinsurer": a name whose apposition is a kind of company is a body.
        if (cls.nameFrom === 0 && (companyAfter(model, nameLast) || companyBefore(model, run.first))) {
          const body = reg.add(cls.name, 'organisation', at, end);
          // (Read as a person where first named, "Velm Re and Tarn Re, the two biggest reinsurers".)
          if (reg.drafts[body].kind === 'person') reg.drafts[body].kind = 'organisation';
          if (role) reg.setRole(body, role.role, role.basis);
          continue;
        }
        if (role) addRoleOwner(model, reg, role.role, model.tokens[from].start);
        // "WPA Deputy Director Lena Ostrova": the acronym opening a title is the body the person serves.
        if (
          cls.nameFrom > 1 &&
          isAcronymName(words[0]) &&
          !ROLE_WORDS.has(words[0].toLowerCase()) &&
          classifyRun([words[0]]).type === 'body'
        ) {
          const body = reg.add(words[0], 'organisation', at, model.tokens[run.first].end);
          reg.drafts[body].evidence += 1;
        }
        if (clauseStart && !role && run.last - run.first < 1) continue;
        if (cls.nameFrom === 0 && bornIn(model, run.first)) continue;
        // "fishers in Puerto Princesa": a name without a role right after "in" is a place.
        if (!role && cls.nameFrom === 0 && PLACE_LEADS.has(model.tokens[run.first - 1]?.text.toLowerCase() ?? ''))
          continue;
        // "hosting the Top 20 Harbour Countdown": a name after a capitalised word and a number is a title's end.
        const numeral = model.tokens[run.first - 1];
        if (
          !role &&
          cls.nameFrom === 0 &&
          numeral &&
          /^\d+$/.test(numeral.text) &&
          /^\p{Lu}/u.test(model.tokens[run.first - 2]?.text ?? '')
        )
          continue;
        // "the port of Bandar Abbas", "the villages of Rafin Guza and Kurmin Dutse": places, named as such.
        const placeOf = model.tokens[whole.first - 1]?.text === 'of' && model.tokens[whole.first - 2];
        if (!role && cls.nameFrom === 0 && placeOf && PLACE_NOUNS.has(placeOf.text.toLowerCase())) continue;
        // "the Athi Tanneries company": a name qualifying "company" or "firm" is that company.
        // "…, or under the brand Bensa Gold": a name right after "brand" or "label" is a product line, not a person.
        const named = !role && cls.nameFrom === 0 && BRAND_NOUNS.has(model.tokens[run.first - 1]?.text ?? '');
        if (named || (!role && cls.nameFrom === 0 && FIRM_NOUNS.has(model.tokens[run.last + 1]?.text ?? ''))) {
          reg.add(cls.name, 'organisation', at, end);
          continue;
        }
        // "Velm Democrat peer Lord Tarnwell", "Velm Harbour chairman Ivo Marr": a name before a lower-case role
        // noun and another name is whose the role is, no person.
        if (!role && cls.nameFrom === 0 && ownsTitleOfNext(model, run)) {
          reg.add(cls.name, 'organisation', at, end);
          continue;
        }
        if (!role && cls.nameFrom === 0 && model.tokens[run.first - 1]?.text.toLowerCase() === 'the') {
          // "the Red Cross said" names a body; "the Golden Lamp award" only qualifies a noun.
          if (isSubjectLike(model, run.last) || isActing(model, run.last)) reg.add(cls.name, 'organisation', at, end);
          continue;
        }
        // "Director of Vaccine Programmes": the words after a role's "of" are its field, not a person.
        if (cls.nameFrom > 0 && model.tokens[from - 1]?.text === 'of') continue;
        // "Minister of Investment, Budi Santoso": the run is a role, the name follows the comma.
        if (cls.nameFrom > 0 && !cls.name.includes(' ') && /^,\s+\p{Lu}/u.test(model.text.slice(end, end + 4)))
          continue;
        // "the leaders, Eastbridge Athletic", "Northgate Rovers' manager", "beat Northgate Rovers 2-1": a team, not a person.
        if (cls.nameFrom === 0 && (pluralRole(role) || ownsRoleAsGroup(model, run) || inScore(model, run))) {
          reg.add(cls.name, 'organisation', at, end);
          continue;
        }
        // "Senator Kessler" where "Rep. Paul Kessler" holds the surname: a different title is a different person.
        const holder = cls.name.includes(' ') ? undefined : reg.byKey.get(cls.name.toLowerCase());
        const other =
          holder !== undefined &&
          role !== null &&
          reg.drafts[holder].name !== cls.name &&
          (titlesDiffer(role.role, reg.drafts[holder].role) ||
            // "the Vesks … Vice President Vesk": where the text names a family, a title before the bare
            // surname may be any of them.
            familyNames(model.text).has(cls.name.toLowerCase()));
        const index = other
          ? reg.addNew(cls.name, 'person', model.tokens[from].start, end)
          : reg.add(cls.name, 'person', model.tokens[from].start, end);
        if (role) reg.setRole(index, role.role, role.basis);
        if (role || cls.nameFrom > 0) reg.drafts[index].evidence += 1;
        // "Senator Kessler", "President Moss": a title before a lone surname is how the text names the person.
        if (cls.nameFrom > 0 && !cls.name.includes(' '))
          reg.alias(
            index,
            `${model.tokens[from - 1].text}${model.text.slice(model.tokens[from - 1].end, model.tokens[from].start)}${cls.name}`,
          );
        // A later mention by a known short name ("Ortega Ramos") adds no alias of its own.
        if (reg.drafts[index].aliases.has(cls.name)) continue;
        const parts = cls.name.split(' ');
        // "Gutiérrez Vázquez said": a double surname used as a pair is the short name. A pair brought in after a
        // person's noun and a comma ("her father, Ivo Marr,") is somebody new introduced, not the short name.
        const doubleSurname = parts.length === 3 && pairUsedAlone(model.text.slice(end, end + PAIR_WINDOW), parts);
        if (doubleSurname) {
          reg.alias(index, `${parts[1]} ${parts[2]}`);
          reg.alias(index, parts[1]);
        }
        // "Nguyen Thi Lan Anh" is Ms Nguyen: an East Asian family name written first is the short name.
        const familyFirst = parts.length > 1 && FAMILY_FIRST.has(parts[0].toLowerCase());
        if (familyFirst) reg.alias(index, parts[0]);
        // "Queen Ingrid III": a regnal number is no surname; the title belongs to the name.
        const regnal = /^[IVX]+$/.test(parts[parts.length - 1]);
        if (regnal && cls.nameFrom > 0) reg.alias(index, `${model.tokens[from - 1].text} ${cls.name}`);
        if (parts.length > 1 && !(familyFirst && parts.length > 2) && !doubleSurname && !regnal)
          reg.alias(index, parts[parts.length - 1]);
        // "Ramón Elías Quispe Mamani … Quispe was elected": a middle name part used alone later is the short name.
        if (parts.length >= 3 && !doubleSurname) {
          const later = model.text.slice(end, end + PAIR_WINDOW);
          for (let k = 1; k < parts.length - 1; k += 1) {
            const p = parts[k];
            if (!/^\p{Lu}\p{Ll}{2,}$/u.test(p) || NAME_PARTICLES.has(p.toLowerCase()) || COMMON.has(p.toLowerCase()))
              continue;
            const alone = new RegExp(`(?<!${parts[k - 1]}\\s)\\b${p}\\b(?!\\s${parts[k + 1]})`, 'u');
            if (alone.test(later)) reg.alias(index, p);
          }
        }
        const particle = parts.findIndex(
          (p, k) => k > 0 && /^(?:van|von|de|des|del|della|di|da|du|der|den|la|le|bin|ibn|al|el|dos|das|ter)$/.test(p),
        );
        if (particle > 0) reg.alias(index, parts.slice(particle).join(' '));
        if (parts.length > 1) givenNames.set(parts[0].toLowerCase(), index);
      } else if (
        cls.type === 'single' &&
        !opensClause(model, run.first) &&
        !bornIn(model, run.first) &&
        !/,\s+$/.test(model.text.slice(model.tokens[run.first - 1]?.end ?? 0, at)) &&
        !accordingTo(model, run.first) &&
        !fromPlace(model, run.first) &&
        !placeInState(model, run.last) &&
        !isLocative(model, run.first) &&
        roleAfter(model, run.last) &&
        // ("… and Trade, Senator the Hon. Ivo Marr, said": a title and a full name are the next person.)
        !TITLED_NAME.test(roleAfter(model, run.last) ?? '')
      ) {
        // "led by Sutrisno, director of immunisation": a single name with a role in apposition is a person;
        // "In Orsk, the mayor, …" is a place that opens the sentence, and the role is the next name's.
        const index = reg.add(cls.word, 'person', at, end);
        reg.setRole(index, roleAfter(model, run.last), 'apposition');
        reg.drafts[index].evidence += 1;
      } else if (cls.type === 'single' && afterKin(model, run.first)) {
        // "Her cousin, Tesmar, headed the Kavan Front": the name in apposition to the kinship noun is a person,
        // and a "headed the …" after the closing comma is what the person did.
        const index = reg.add(cls.word, 'person', at, end);
        const closed =
          /^,\s+$/.test(model.text.slice(model.tokens[run.first - 1].end, at)) && /^,/.test(model.text.slice(end));
        reg.setRole(index, closed ? leadsAfter(model.text, end + 1) : null, 'clause');
      } else if (
        cls.type === 'single' &&
        (whole.first !== run.first || whole.last !== run.last) &&
        splitAtAnd(model, whole).some((p) => p.first !== run.first && classifyRun(runWords(model, p)).type === 'body')
      ) {
        // "with FC Norda and Vesta": a single name listed with a body is a body of the same kind.
        reg.add(cls.word, 'organisation', at, end);
      } else if (cls.type === 'single' && madeReport(model, run)) {
        const index = reg.add(cls.word, 'organisation', at, end);
        reg.drafts[index].evidence += 1;
      } else if (cls.type === 'single' && BODY_NOUNS.has(model.tokens[run.first - 1]?.text ?? '')) {
        // "a survey by the charity Parentkind": the noun before a single name says what it is.
        reg.add(cls.word, 'organisation', at, end);
      } else if (cls.type === 'single') {
        const stats = singles.get(cls.word) ?? { mid: 0, subject: 0, at, end, runs: [] };
        stats.runs.push(run);
        if (!opensClause(model, run.first)) stats.mid += 1;
        // "the cooperatives of Palawan were …": after "of" a name qualifies a noun; it is not the subject.
        if (isActing(model, run.last) && !opensClause(model, run.first)) stats.subject += 1;
        singles.set(cls.word, stats);
      }
    }
  }
  // "the Norda Cup", "the Norda Open": an acronym opening the names of two bodies or forums is the body behind them.
  const opened = new Map<string, number>();
  for (const d of reg.drafts) {
    const head = d.kind === 'person' || d.kind === 'state' ? '' : d.name.split(' ')[0];
    if (head !== d.name && acronyms.has(head)) opened.set(head, (opened.get(head) ?? 0) + 1);
  }
  for (const [name, info] of acronyms) {
    const expansion = expansions.get(name);
    if (reg.byKey.has(name.toLowerCase()) || info.thing || expansion?.thing) continue;
    if ((opened.get(name) ?? 0) >= 2) info.acting += 1;
    // "U.S.S.R.", "U.N.": a dotted acronym names a body; a bare one needs a definition, a verb or a repeat.
    if (!expansion && info.acting === 0 && !name.includes('.')) continue;
    // "The Orsk Kelvin MP, who …", "the CEO said": a title in capitals is somebody's office, never a body.
    if (!expansion && ROLE_WORDS.has(name.toLowerCase().replace(/s$/, ''))) continue;
    const index = expansion
      ? reg.add(expansion.name, 'organisation', expansion.at, expansion.end)
      : reg.add(name, 'organisation', info.at, info.end);
    if (expansion) reg.alias(index, name);
    reg.drafts[index].evidence += info.acting + (expansion ? 1 : 0);
  }
  // "the Senate" named again and again mid-sentence is that body.
  for (const [name, info] of bareBodies) if (info.count >= 2) reg.add(name, 'organisation', info.at, info.end);
  for (const [state, info] of states) {
    if (!info.nonLocative) continue;
    const index = reg.add(state.name, 'state', info.at, info.end);
    for (const alias of info.aliases) reg.alias(index, alias);
  }
  return { singles, givenNames };
}

const LIST_CONTINUES = /^(?:,\s+(?:and\s+)?|\s+and\s+)(?=\p{Lu})/u;

/** The names right before and after a run in a list: "A, B, C and D" gives C the neighbours B and D. */
function listNeighbours(model: TextModel, run: Run): string[] {
  const { tokens, text } = model;
  const found: string[] = [];
  const before = tokens[run.first - 1];
  if (
    before?.cap &&
    before.sentence === tokens[run.first].sentence &&
    /^,\s+$/.test(text.slice(before.end, tokens[run.first].start))
  ) {
    let first = run.first - 1;
    while (first > 0 && tokens[first - 1].cap && joined(text, tokens[first - 1], tokens[first])) first -= 1;
    found.push(text.slice(tokens[first].start, before.end));
  }
  const m = LIST_CONTINUES.exec(text.slice(tokens[run.last].end, tokens[run.last].end + 8));
  let continued = false;
  let k = run.last + 1;
  while (k < tokens.length && !tokens[k].cap) k += 1;
  if (m && tokens[k] && tokens[k].sentence === tokens[run.last].sentence) {
    let last = k;
    while (last + 1 < tokens.length && tokens[last + 1].cap && joined(text, tokens[last], tokens[last + 1])) last += 1;
    found.push(text.slice(tokens[k].start, tokens[last].end).replace(/['’]s?$/u, ''));
    // "Ostrava, Velmora, and Kestrel": the first of a list has one neighbour, and the list goes on after it.
    continued = /^,\s+\p{Lu}|^,?\s+and\s+/u.test(text.slice(tokens[last].end, tokens[last].end + 8));
  }
  // "The Salem, Oregon Water Board": one comma alone may be a place's; a list has two separators or an "and".
  const linked = /^\s+and\s+|^,\s+and\s+/.test(text.slice(tokens[run.last].end, tokens[run.last].end + 8));
  return linked || continued || found.length === 2 ? found : [];
}

/** Tokens after a mention in which its pronoun is looked for. */
const PRONOUN_REACH = 30;
const PRONOUN_WORDS = new Set(['he', 'she', 'it', 'we', 'you', 'they', 'him', 'her', 'his', 'its', 'us', 'me', 'them']);
const PERSONAL_PRONOUN = /^(?:he|him|his|she|her|hers)$/i;
const BODY_PRONOUN = /^(?:they|them|their|it|its)$/i;

/**
 * A lone name the text goes on about with "he" or "she" ("Marr returned in 1804, … which he recalled"): a
 * person known by one name, not a group. The first pronoun after each mention, in its sentence or the next,
 * votes; at least two votes and more personal than "they"/"it".
 */
function personByPronouns(model: TextModel, runs: readonly Run[]): boolean {
  let personal = 0;
  let body = 0;
  for (const run of runs) {
    const sentence = model.tokens[run.last].sentence;
    for (let k = run.last + 1; k < model.tokens.length && k <= run.last + PRONOUN_REACH; k += 1) {
      const t = model.tokens[k];
      if (t.sentence > sentence + 1 || (t.cap && !t.first)) break;
      if (PERSONAL_PRONOUN.test(t.text)) {
        personal += 1;
        break;
      }
      if (BODY_PRONOUN.test(t.text)) {
        body += 1;
        break;
      }
    }
  }
  return personal >= 2 && personal > body;
}

const isBodyKey = (reg: Registry, name: string): boolean => {
  const known = reg.byKey.get(name.toLowerCase());
  return known !== undefined && (reg.drafts[known].kind === 'organisation' || reg.drafts[known].kind === 'group');
};

/** "VTN Admiralty correspondent": a name before a journalist's noun may end on the beat, not the outlet's name. */
const BEAT_AFTER = /^['’]?s?\s+(?:correspondent|reporter|editor|bureau|columnist|producer|desk)\b/i;

/** How far (in characters) a name part used alone may come before the full name it is part of. */
const SHORT_NAME_AHEAD = 1500;

function addSingles(model: TextModel, reg: Registry, { singles, givenNames }: Collected): void {
  const bodyTails = shortNames(reg.drafts);
  for (const [word, stats] of singles) {
    if (reg.byKey.has(word.toLowerCase())) continue;
    // A name part used alone ("Seo" for Seo Yeon-hee, "Liu" for Liu Yang) is that person, unless the full name
    // comes only pages later: "filmmaker Jim" long before "Jim Croce's song" is somebody else.
    const person = givenNames.get(word.toLowerCase());
    // "the town's only honest man, Ivo, quits": a given name the text brings in by an apposition is someone new,
    // not the other Ivo it named before.
    if (person !== undefined && stats.runs.some((run) => introducedByApposition(model, run))) continue;
    if (person !== undefined && reg.drafts[person].at - stats.at <= SHORT_NAME_AHEAD) {
      reg.alias(person, word);
      continue;
    }
    // "the Herons" of the Harrowgate Herons: a body's last name word, used alone, is that body.
    const whole = bodyTails.get(word);
    // (Not "the Admiralty" beside "VTN Admiralty correspondent": an outlet's name and its journalist's beat.)
    const beat =
      whole !== undefined && BEAT_AFTER.test(model.text.slice(reg.drafts[whole].end, reg.drafts[whole].end + 20));
    if (whole !== undefined && !beat) {
      reg.alias(whole, word);
      continue;
    }
    // "Afghans", "Russians": the people of a state, not an actor of their own.
    const demonymPlural = STATE_INDEX.get(word.toLowerCase().replace(/s$/, ''))?.via === 'demonym';
    // "MPs", "MEPs": members of a body in general, not a group acting as one.
    const members = /^M[EPS]?[PL]A?s$/.test(word);
    if (stats.mid >= 2 && stats.subject >= 1 && !demonymPlural && !members)
      reg.add(word, personByPronouns(model, stats.runs) ? 'person' : 'group', stats.at, stats.end);
  }
  // "winners include Kestrel Town, Harwick, Velmora and Ostrava": a name listed beside a body or a team is one too.
  for (const [word, stats] of singles) {
    if (reg.byKey.has(word.toLowerCase())) continue;
    const listed = stats.runs.find((run) => listNeighbours(model, run).some((n) => isBodyKey(reg, n)));
    if (listed) reg.add(word, 'organisation', model.tokens[listed.first].start, model.tokens[listed.last].end);
  }
}

/**
 * "… to make Ms. Vesk Tarnbook’s largest shareholder": a courtesy title, a person's surname and a possessive name
 * after it are two names, the person and what she owns a part of; the second is a body of its own, not a person
 * called "Vesk Tarnbook".
 */
function surnameBeforeOwner(model: TextModel, reg: Registry): void {
  const surnames = new Set<string>();
  reg.drafts.forEach((d, i) => {
    if (d.kind === 'person' && !reg.merged.has(i) && d.name.includes(' ')) surnames.add(d.name.split(' ').pop()!);
  });
  reg.drafts.forEach((d, i) => {
    if (d.kind !== 'person' || reg.merged.has(i)) return;
    const words = d.name.split(' ');
    if (words.length !== 2 || !surnames.has(words[0])) return;
    const before = /\p{L}+\.?\s+$/u.exec(model.text.slice(Math.max(0, d.at - 8), d.at))?.[0] ?? '';
    const after = model.text.slice(d.end, d.end + 2);
    const titled = COURTESY.test(before) || COURTESY.test(model.text.slice(d.at, d.end));
    if (!titled || !(/^['’]s?/u.test(after) || /['’]s?$/u.test(model.text.slice(d.at, d.end)))) return;
    d.kind = 'organisation';
    d.name = words[1];
    d.role = null;
    d.roleBasis = null;
  });
}

/** Titles that are also plain adjectives: "General Staff", "Private Wealth", "Major League" name bodies. */
const PLAIN_TITLES = new Set(['general', 'private', 'major']);

/**
 * "Velm’s General Staff", "Orsk Private Wealth": a one-word "name" after a title that is also a plain adjective,
 * never written without that title, is a body's name, not a person (a general named alone elsewhere stays one).
 */
function bodiesAfterPlainTitles(model: TextModel, reg: Registry, found: readonly { actor: number; end: number }[]) {
  // "the Velmish and Tarnish Prime Ministers": a plural title read as a one-word name is a group, no person.
  for (const d of reg.drafts) {
    if (d.kind !== 'person' || d.name.includes(' ') || !/[^s]s$/.test(d.name)) continue;
    if (!isRoleNoun(d.name.slice(0, -1).toLowerCase())) continue;
    d.kind = 'group';
    d.role = null;
    d.roleBasis = null;
  }
  const titled = new Map<number, string>();
  // Where each is first named too; a mention may open on the title, so the name is read back from its end.
  const own = reg.drafts.map((d, actor) => ({ actor, end: d.end }));
  for (const m of [...own, ...found]) {
    const d = reg.drafts[m.actor];
    if (d.kind !== 'person' || d.name.includes(' ')) continue;
    const at = m.end - d.name.length;
    const before = /(\p{Lu}\p{Ll}+) $/u.exec(model.text.slice(Math.max(0, at - 12), at));
    const title = before !== null && PLAIN_TITLES.has(before[1].toLowerCase()) ? before[1] : '';
    const seen = titled.get(m.actor);
    titled.set(m.actor, seen === undefined || seen === title ? title : '');
  }
  for (const [actor, title] of titled) {
    if (!title) continue;
    const d = reg.drafts[actor];
    d.kind = 'organisation';
    d.name = `${title} ${d.name}`;
    d.role = null;
    d.roleBasis = null;
  }
}

/** Mentions of one person read for an action role at most: keeps a long text of one untitled name linear. */
const MAX_ACTION_TRIES = 8;
/** A title with the action it opens ("Senator who did not vote") is kept to a card's answer. */
const MAX_TITLED_ACTION_WORDS = 8;

export function extractActors(model: TextModel): ActorIndex {
  forgetRunClasses();
  const reg = new Registry();
  addSingles(model, reg, collect(model, reg));
  linkAcronyms(reg);
  linkTails(reg, model.text);
  linkVariantSpellings(reg);
  linkSurnames(reg, model.text);
  linkMisspeltSurnames(reg);
  surnameBeforeOwner(model, reg);
  const found = scanMentions(model, reg.byKey);
  bodiesAfterPlainTitles(model, reg, found);
  // A person given no role where first named may get one from a later sentence: "Solheim-Adeyemi runs the …".
  for (const m of found) {
    const d = reg.drafts[m.actor];
    if (d.kind === 'person' && d.role === null) reg.setRole(m.actor, leadsAfter(model.text, m.end), 'clause');
    // "… Later, Welsh defender Kerran …": a title before a later mention by the short name.
    if (d.kind === 'person' && d.role === null) {
      const at = tokenAt(model, m.start);
      // Only a title right before the name: "… Backed by the Crown government, Hale ordered" gives none.
      // Not a one-word mention after a capitalised non-title: "in Orska Bel" is a longer name, not "Bel" titled.
      const glued =
        at > 0 &&
        model.tokens[at].end === m.end &&
        model.tokens[at - 1].cap &&
        !isRoleNoun(bareWord(model.tokens[at - 1]));
      const titled =
        at > 0 &&
        !glued &&
        model.tokens[at].start === m.start &&
        /^\s+$/.test(model.text.slice(model.tokens[at - 1].end, m.start));
      // "the Vesks … Vice President Vesk": where the text names a family, the bare surname may be any of them.
      const family =
        titled && !/\s/.test(model.text.slice(m.start, m.end)) && d.name.includes(' ')
          ? familyNames(model.text).has(model.text.slice(m.start, m.end).toLowerCase())
          : false;
      const title = titled && !family ? tidyRole(roleBefore(model, at)) : null;
      // "her husband Oskar": a kinship is a relation to someone unnamed, not a role; so is "her father Oren" before
      // a surname the text could not join to the rest of a long name.
      // ("named CEO of the company Marr co-founded": the clause's object, no title.)
      if (
        title &&
        !clauseObject(title, model.text.slice(m.end)) &&
        !title.split(/\s+/).some((w) => isKinNoun(w.toLowerCase()))
      )
        reg.setRole(m.actor, title, 'title');
    }
  }
  // "President Ivo Marr … Velmish President Ivo Marr": a one-word title takes the fuller one a later mention
  // writes before the name, when that one ends on the same word.
  const fuller = new Map<number, number>();
  for (const m of found) {
    const d = reg.drafts[m.actor];
    if (d.kind !== 'person' || d.roleBasis !== 'title' || !d.role || /\s/.test(d.role)) continue;
    const tried = fuller.get(m.actor) ?? 0;
    if (tried >= MAX_ACTION_TRIES) continue;
    fuller.set(m.actor, tried + 1);
    const at = tokenAt(model, m.start);
    if (at <= 0 || model.tokens[at].start !== m.start) continue;
    const title = tidyRole(roleBefore(model, at));
    const words = title?.split(/\s+/) ?? [];
    if (title && words.length <= 3 && words[words.length - 1] === d.role && words.every((w) => /^\p{Lu}/u.test(w)))
      d.role = title;
  }
  // A person described by background ("civil engineer from Kessel", "lifelong member of the Portvale party")
  // takes the office a mention gives them in the story: "Marsh, the mayor of Portvale, …", "…, is the mayor
  // of Kessel" (issue 10: the role that names the person's part, not their background).
  for (const m of found) {
    const d = reg.drafts[m.actor];
    if (d.kind !== 'person' || !d.role || d.roleBasis === 'action' || namesOffice(d.role)) continue;
    const last = tokenAt(model, m.end) - 1;
    const apposed = tidyRole(roleAfter(model, last));
    const office =
      apposed && betterRole(d.role, apposed)
        ? apposed
        : (copulaRole(model, last) ?? copulaPastApposition(model.text, m.end));
    if (office && !isKinNoun(office)) reg.setRole(m.actor, office, office === apposed ? 'apposition' : 'copula');
  }
  const things = thingsNamedLikePeople(model, reg, found);
  // A person still without a role: what the article says they did, from the first clause they are the subject of.
  // Or whom they meet: "Ruiz, whose tour includes meetings with Ivo Lind and Bo Ek".
  const tries = new Map<number, number>();
  const isPerson = (actor: number): boolean => reg.drafts[actor].kind === 'person';
  for (const [at, m] of found.entries()) {
    const d = reg.drafts[m.actor];
    if (d.kind !== 'person' || d.role !== null || m.locative) continue;
    const tried = tries.get(m.actor) ?? 0;
    if (tried >= MAX_ACTION_TRIES) continue;
    tries.set(m.actor, tried + 1);
    const first = tokenAt(model, m.start);
    const last = tokenAt(model, m.end) - 1;
    const action =
      actionRole(model, first, last) ??
      possessedRole(model, first, last) ??
      eventRole(model, first) ??
      passiveOwnedRole(model, first, last) ??
      meetingRole(model, found, at, isPerson);
    if (!action) continue;
    reg.setRole(m.actor, action.role, 'action');
    d.looseAction = !action.plain;
    d.actionAt = { start: action.start, end: action.end };
  }
  // "… met President Ames; the outgoing President expected …": a one-word title qualified later in the sentence.
  const qualified = new Set<number>();
  const qualifiedTries = new Map<number, number>();
  // The people named between two offsets of one sentence, found by binary search: no pass over every mention.
  const rolesBetween = (from: number, to: number): (string | null)[] => {
    const out: (string | null)[] = [];
    for (let i = partitionPoint(found.length, (k) => found[k].start < from); i < found.length; i += 1) {
      const o = found[i];
      if (o.end > to) break;
      if (isPerson(o.actor)) out.push(reg.drafts[o.actor].roleBasis === 'action' ? null : reg.drafts[o.actor].role);
    }
    return out;
  };
  for (const m of found) {
    const d = reg.drafts[m.actor];
    if (d.kind !== 'person' || d.roleBasis !== 'title' || !d.role || qualified.has(m.actor)) continue;
    const tried = qualifiedTries.get(m.actor) ?? 0;
    if (tried >= MAX_ACTION_TRIES) continue;
    qualifiedTries.set(m.actor, tried + 1);
    const title = qualifiedTitle(model, m.end, d.role, rolesBetween);
    if (!title) continue;
    qualified.add(m.actor);
    d.role = title;
    d.roleBasis = 'clause';
  }
  // "Senator Vell did not vote.": a one-word title ("Senator": of what?) takes the first plain action it opens,
  // when that action is its whole clause.
  const acted = new Set<number>();
  const titledTries = new Map<number, number>();
  // Where each person is first named, then every mention: a namesake's mentions may all go to the other one.
  const own = reg.drafts
    .map((d, actor) => ({ start: d.at, end: d.end, actor }))
    .filter((o) => !reg.merged.has(o.actor));
  for (const m of [...own, ...found]) {
    const d = reg.drafts[m.actor];
    if (d.kind !== 'person' || d.roleBasis !== 'title' || !d.role || /\s/.test(d.role) || acted.has(m.actor)) continue;
    const tried = titledTries.get(m.actor) ?? 0;
    if (tried >= MAX_ACTION_TRIES) continue;
    titledTries.set(m.actor, tried + 1);
    const first = tokenAt(model, m.start);
    // The title written right before this mention opens the clause with the name.
    const titled =
      first > 0 &&
      model.tokens[first - 1].text === d.role &&
      /^\s+$/.test(model.text.slice(model.tokens[first - 1].end, m.start));
    const action = actionRole(model, titled ? first - 1 : first, tokenAt(model, m.end) - 1);
    if (!action?.plain || !action.whole || action.role.split(/\s+/).length + 2 > MAX_TITLED_ACTION_WORDS) continue;
    acted.add(m.actor);
    d.role = `${d.role} who ${action.role}`;
  }
  const order: number[] = [];
  const newIndex = new Array<number>(reg.drafts.length).fill(-1);
  reg.drafts.forEach((_, i) => {
    if (reg.merged.has(i) || things.has(i)) return;
    newIndex[i] = order.length;
    order.push(i);
  });
  const mentions = found.map((m) => ({ ...m, actor: newIndex[reg.live(m.actor)] })).filter((m) => m.actor !== -1);
  const counts = new Array<number>(order.length).fill(0);
  for (const m of mentions) counts[m.actor] += 1;
  const actors: ActorFact[] = order.map((i, k) => {
    const d = reg.drafts[i];
    const peer = peerName(model.text, d);
    // A body holds no title read before its name ("deputy head of Swiss" before "Re's").
    const kind = d.kind;
    const titled = kind !== 'person' && d.roleBasis === 'title';
    const fact: ActorFact = {
      name: peer ?? d.name,
      aliases: peer ? [d.name, ...[...d.aliases].filter((a) => a !== peer)] : [...d.aliases],
      kind,
      role: titled ? null : d.role,
      mentions: Math.max(1, counts[k]),
      source: { start: d.at, end: d.end },
      confidence: actorConfidence(d, counts[k]),
    };
    if (d.role && d.roleBasis && !titled) {
      fact.roleBasis = d.roleBasis;
      fact.roleConfidence = d.roleBasis === 'clause' || d.roleBasis === 'owner' || d.looseAction ? 'low' : 'high';
      if (d.roleBasis === 'action' && d.actionAt) fact.roleSource = d.actionAt;
    }
    return fact;
  });
  return { actors, mentions };
}

/** Kinds of company an apposition may call a body ("the world's largest reinsurer", "a Tarnish carmaker"); none a person's trade. */
const COMPANY_HEAD =
  /^(?:company|firm|group|insurer|reinsurer|bank|lender|carmaker|automaker|manufacturer|retailer|supermarket|airline|brewer|beermaker|refiner|conglomerate|utility)s?$/;

/** ", the world's largest reinsurer", ", a Tarnish carmaker": an apposition whose head is a kind of company. */
const COMPANY_APPOSITION = /^,\s+(?:the|a|an)\s+((?:[\p{L}\d'’-]+\s+){0,5}\p{Ll}+)\s*[,.;:)]/u;
function companyAfter(model: TextModel, nameLast: number): boolean {
  const end = model.tokens[nameLast].end;
  const m = COMPANY_APPOSITION.exec(model.text.slice(end, end + 80));
  // The head stands before any "of" ("a member of Germany's central bank" is a member).
  const head =
    m?.[1]
      .split(/\s+(?:of|in|at|for|with|from|to|and|who|which|that)\s+/)[0]
      .split(/\s+/)
      .pop() ?? '';
  return COMPANY_HEAD.test(head);
}

/** "technology giant Velm Packard", "oil firm Velm Petro": a kind of company written right before the name. */
function companyBefore(model: TextModel, first: number): boolean {
  const prev = model.tokens[first - 1];
  if (!prev || prev.cap || prev.sentence !== model.tokens[first].sentence) return false;
  if (!/^\s+$/.test(model.text.slice(prev.end, model.tokens[first].start))) return false;
  // ("games maker Ivo Marr", "publisher Ada Vesk", "broadcaster Ola Brandt" are people.)
  // ("P2P network Velm Swoosh", "news website Tarn Daily", "TV channel Velm One": a service, named.)
  return (
    COMPANY_HEAD.test(prev.text) ||
    /^(?:giant|operator|chain|carrier|label|studio|network|website|site|channel|magazine|newspaper|app|platform)$/.test(
      prev.text,
    )
  );
}

/** A peer's style before a surname: part of the name by which the article knows the person. */
const PEER_STYLE = /\b(Lord|Lady|Baroness|Dame)\s+$/;

/**
 * "Lord Tarnwell", "Baroness Orsk": a person the article names only by a peer's style and one word (no
 * first name) is known by both; "Tarnwell" alone reads as someone else. The style is read before the first
 * mention.
 */
function peerName(text: string, d: { kind: string; name: string; aliases: Set<string>; at: number }): string | null {
  if (d.kind !== 'person' || d.name.includes(' ')) return null;
  const style = PEER_STYLE.exec(text.slice(Math.max(0, d.at - 10), d.at));
  if (!style) return null;
  const peer = `${style[1]} ${d.name}`;
  // A first name elsewhere ("Ivo Tarnwell") is the fuller name: the style adds nothing to it.
  return [...d.aliases].some((a) => a.includes(' ') && a !== peer) ? null : peer;
}

/** Words that make the capitalised run after them a thing: "the Space Probe", "all Field Camera units". */
const THING_DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'all',
  'every',
  'each',
  'this',
  'that',
  'these',
  'those',
  'its',
  'their',
  'our',
]);

/**
 * People by shape alone (no title, never acting, no role) whose every mention reads as a thing's:
 * right after a determiner ("the Orbital Tug", "all Orbital Tug flights") or after a slash ("Wide
 * Angle/Star Tracker"). A person is named bare ("Ada Pruitt said"), not "the Ada Pruitt".
 * Or as a place's: every mention after "in", "to", "at"… (or glued to a capitalised word before it,
 * "in Orska Bel"), one of them right after a place word ("at the airport in Orsk Bel"), none owning.
 */
function thingsNamedLikePeople(model: TextModel, reg: Registry, found: readonly Mention[]): Set<number> {
  const thingLike = new Map<number, boolean>();
  const placeLike = new Map<number, { place: boolean; lead: boolean }>();
  /** Mentions after a capital "The" inside the sentence; -1 once one is not. */
  const titled = new Map<number, number>();
  for (const m of found) {
    const i = reg.live(m.actor);
    const d = reg.drafts[i];
    if (d.kind !== 'person') continue;
    const at = tokenAt(model, m.start);
    const before = at > 0 ? model.tokens[at - 1] : null;
    const gap = before ? model.text.slice(before.end, m.start) : '';
    const near = before !== null && before.sentence === model.tokens[at].sentence && /^\s+$/.test(gap);
    // "the legal drama The Verdict … In The Verdict, Captain Ivo Marr tries …": a capital "The" inside the sentence
    // opens a title, every time the text names it; no person goes by it, whatever was read as its role.
    // (A sentence's opening "The Verdict ran …" tells nothing either way.)
    const afterThe = near && before.text === 'The';
    const opening = afterThe && (at < 2 || model.tokens[at - 2].sentence !== model.tokens[at].sentence);
    const t = titled.get(i) ?? 0;
    if (!opening && t >= 0) titled.set(i, afterThe ? t + 1 : -1);
    if (d.evidence > 0 || d.role !== null) continue;
    if (thingLike.get(i) !== false)
      thingLike.set(i, (near && THING_DETERMINERS.has(before.text.toLowerCase())) || (before !== null && gap === '/'));
    const owning =
      /['’]s?$/u.test(model.text.slice(m.start, m.end)) || /^['’]/u.test(model.text.slice(m.end, m.end + 1));
    const glued = near && before.cap && !isRoleNoun(bareWord(before));
    const seen = placeLike.get(i) ?? { place: true, lead: false };
    seen.place &&= (m.locative || glued) && !owning;
    seen.lead ||= near && PLACE_LEADS.has(before.text.toLowerCase());
    placeLike.set(i, seen);
  }
  const out = new Set<number>();
  for (const [i, thing] of thingLike) if (thing) out.add(i);
  for (const [i, n] of titled) if (n >= 2) out.add(i);
  for (const [i, seen] of placeLike) if (seen.place && seen.lead) out.add(i);
  return out;
}

/** High when the text shows the name acting or titled, or names a body by its head word; low for shape alone. */
function actorConfidence(d: Draft, mentions: number): Confidence {
  if (d.evidence > 0 || d.kind === 'state') return 'high';
  if (d.kind === 'person') return d.name.includes(' ') && mentions >= 2 ? 'high' : 'low';
  if (d.kind === 'group') return 'low';
  return /\s/.test(d.name) || mentions >= 2 ? 'high' : 'low';
}

const isAcronymName = (name: string): boolean => /^\p{Lu}[\p{Lu}\p{N}.&-]*\p{Lu}[\p{Lu}\p{N}.&-]*s?$/u.test(name);

/** How many bodies one acronym is compared with at most: keeps a text of thousands of names linear. */
const MAX_ACRONYM_CANDIDATES = 200;

/** "CWTC" and "Clean Water Trust Council" in one text: the acronym is the body's short name. */
function linkAcronyms(reg: Registry): void {
  // Bodies by the first letter of each of their multi-word names, so an acronym meets only those it could spell.
  const byLetter = new Map<string, number[]>();
  reg.drafts.forEach((full, j) => {
    if (full.kind === 'person' || full.kind === 'state') return;
    for (const n of [full.name, ...full.aliases]) {
      if (!n.includes(' ')) continue;
      const letter = n[0].toLowerCase();
      const list = byLetter.get(letter) ?? [];
      if (list[list.length - 1] !== j) list.push(j);
      byLetter.set(letter, list);
    }
  });
  reg.drafts.forEach((d, i) => {
    if (reg.merged.has(i) || d.kind === 'person' || !isAcronymName(d.name)) return;
    let into = -1;
    for (const j of (byLetter.get(d.name[0].toLowerCase()) ?? []).slice(0, MAX_ACRONYM_CANDIDATES)) {
      const full = reg.drafts[j];
      if (j === i || reg.merged.has(j)) continue;
      const names = [full.name, ...full.aliases].filter((n) => n.includes(' '));
      if (!names.some((n) => abbreviates(d.name, n))) continue;
      into = into === -1 ? j : -2;
    }
    if (into >= 0) reg.merge(i, into);
  });
}

const LINK_WORDS = new Set(['of', 'and', 'the', 'for', 'on', 'in', 'at', 'to', '&', 'de', 'du', 'des', 'la', 'le']);

/** True when `short` ("NORSA", "CWTC", "KSV") abbreviates `long`: every main word gives its first letter, in order. */
export function abbreviates(short: string, long: string): boolean {
  const letters = short
    .replace(/s$/, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
  const words = long
    .toLowerCase()
    .split(/[\s-]+/)
    .map((w) => w.replace(/[^\p{L}\p{N}&]/gu, ''))
    .filter((w) => w !== '');
  if (letters.length < 2 || words.length < 2) return false;
  const memo = new Map<number, boolean>();
  const match = (si: number, wi: number): boolean => {
    if (wi === words.length) return si === letters.length;
    const key = si * 64 + wi;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const word = words[wi];
    let ok = LINK_WORDS.has(word) && match(si, wi + 1);
    if (!ok && si < letters.length && word[0] === letters[si]) {
      // The word gives its first letter and maybe more, in order ("SouthEast Asia": S, E).
      let k = si + 1;
      ok = match(k, wi + 1);
      for (let c = 1; !ok && c < word.length && k < letters.length; c += 1) {
        if (word[c] === letters[k]) {
          k += 1;
          ok = match(k, wi + 1);
        }
      }
    }
    memo.set(key, ok);
    return ok;
  };
  return match(0, 0);
}

/** Titles in a role, for telling two people of one surname apart ("Senator" and "Representative"). */
function titleHeads(role: string | null): Set<string> {
  const out = new Set<string>();
  for (const w of (role ?? '').toLowerCase().split(/[\s,]+/)) {
    const bare = w.replace(/\.$/, '').replace(/-elect$/, '');
    const word = ROLE_ABBREVIATIONS.get(bare) ?? bare;
    if ((HONORIFICS.has(word) || word === 'representative') && ROLE_WORDS.has(word)) out.add(word);
  }
  return out;
}

/** Surnames the text writes as a family: "the Vesks", "the Vesk family", "the Marrs'". */
function familyNames(text: string): Set<string> {
  if (familyCache?.text === text) return familyCache.names;
  const names = new Set<string>();
  for (const m of text.matchAll(/\b[Tt]he\s+(\p{Lu}\p{Ll}+?)(?:e?s\b|\s+family\b)/gu)) names.add(m[1].toLowerCase());
  familyCache = { text, names };
  return names;
}
let familyCache: { text: string; names: Set<string> } | null = null;

function titlesDiffer(a: string | null, b: string | null): boolean {
  const x = titleHeads(a);
  const y = titleHeads(b);
  return x.size > 0 && y.size > 0 && ![...x].some((w) => y.has(w));
}

/** "Super Series" or "the Senate" where the text also names "NCFA Super Series", "Ostland Senate": one body. */
function linkTails(reg: Registry, text: string): void {
  // Every proper tail of every body's name ("super series", "series" of "NCFA Super Series") -> the bodies.
  const tails = new Map<string, number[]>();
  reg.drafts.forEach((full, j) => {
    if (full.kind === 'person' || full.kind === 'state') return;
    const words = full.name.toLowerCase().split(' ');
    for (let k = 1; k < words.length; k += 1) {
      const tail = words.slice(k).join(' ');
      const list = tails.get(tail) ?? [];
      list.push(j);
      tails.set(tail, list);
    }
  });
  reg.drafts.forEach((d, i) => {
    if (reg.merged.has(i) || d.kind === 'person' || d.kind === 'state') return;
    const candidates = (tails.get(d.name.toLowerCase()) ?? []).filter((j) => j !== i && !reg.merged.has(j));
    // (Not "the Admiralty" into "VTN Admiralty correspondent"'s outlet.)
    const [into] = candidates;
    if (candidates.length === 1 && !BEAT_AFTER.test(text.slice(reg.drafts[into].end, reg.drafts[into].end + 20)))
      reg.merge(i, into);
  });
}

const VOWELS = 'aeiouy';

/** "Karolin" and "Karolen": one word of five letters or more spelt with one vowel for another. */
function vowelVariant(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < 5 || a === b) return false;
  let differ = -1;
  for (let i = 0; i < a.length; i += 1) {
    if (a[i] === b[i]) continue;
    if (differ >= 0) return false;
    differ = i;
  }
  return differ > 0 && VOWELS.includes(a[differ].toLowerCase()) && VOWELS.includes(b[differ].toLowerCase());
}

/**
 * "Karolin Vesk" and, later, "Karolen Vesk": one person whose given name the article spells two ways
 * (one vowel for another), so the deck names her once. The later spelling becomes an alias of the first.
 * Only where the names agree on every other word and no third person bears the surname.
 */
function linkVariantSpellings(reg: Registry): void {
  const bySurname = new Map<string, number[]>();
  reg.drafts.forEach((d, j) => {
    if (d.kind !== 'person' || reg.merged.has(j)) return;
    const words = d.name.split(' ');
    if (words.length < 2) return;
    const key = `${words.length}|${words[words.length - 1]}`;
    const list = bySurname.get(key) ?? [];
    list.push(j);
    bySurname.set(key, list);
  });
  for (const list of bySurname.values()) {
    if (list.length !== 2) continue;
    const [a, b] = list.map((j) => reg.drafts[j].name.split(' '));
    const differing = a.map((_, k) => k).filter((k) => a[k] !== b[k]);
    if (differing.length !== 1 || !vowelVariant(a[differing[0]], b[differing[0]])) continue;
    const [first, second] = reg.drafts[list[0]].at <= reg.drafts[list[1]].at ? list : [list[1], list[0]];
    reg.merge(second, first);
  }
}

/** A surname no shorter than this is compared by spelling: shorter ones differ in too few letters. */
const MIN_SPELT_SURNAME = 6;
/** How many full names of one first letter and length a one-word name is compared with: keeps it linear. */
const MAX_SPELT_TRIES = 8;

/**
 * "Mr Martrel" where the text also names "David Marrtel": a one-word name that misspells the surname of
 * exactly one person (same first letter, at most two edits, six letters or more) and is no part of any other
 * name is that person, spelt two ways by the article. Full names are bucketed by their surname's first letter
 * and length, so each one-word name meets a few of them.
 */
function linkMisspeltSurnames(reg: Registry): void {
  const byShape = new Map<string, number[]>();
  const parts = new Set<string>();
  reg.drafts.forEach((d, j) => {
    if (d.kind !== 'person' || reg.merged.has(j) || !d.name.includes(' ')) return;
    const words = d.name.toLowerCase().split(' ');
    for (const w of words) parts.add(w);
    const surname = words[words.length - 1];
    if (surname.length < MIN_SPELT_SURNAME) return;
    const key = `${surname[0]}|${surname.length}`;
    const list = byShape.get(key) ?? [];
    if (list.length < MAX_SPELT_TRIES) list.push(j);
    byShape.set(key, list);
  });
  reg.drafts.forEach((d, i) => {
    if (reg.merged.has(i) || d.kind !== 'person' || d.name.includes(' ')) return;
    const word = d.name.toLowerCase();
    if (word.length < MIN_SPELT_SURNAME || parts.has(word)) return;
    const found: number[] = [];
    for (let n = word.length - 2; n <= word.length + 2; n += 1) {
      for (const j of byShape.get(`${word[0]}|${n}`) ?? []) {
        const name = reg.drafts[j].name.toLowerCase();
        if (!reg.merged.has(j) && editDistance(name.slice(name.lastIndexOf(' ') + 1), word, 2) <= 2) found.push(j);
      }
    }
    if (found.length !== 1 || titlesDiffer(d.role, reg.drafts[found[0]].role)) return;
    reg.merge(i, found[0]);
  });
}

/** A name without its accents and diacritics: "Ḥadīk" and "Hadik" are one surname written two ways. */
const unaccented = (word: string): string => word.normalize('NFD').replace(/\p{M}/gu, '');

/** "Okafor" or "President Moss" where the text also names "Ruth Okafor", "Lena Moss": one person. */
const MALE_COURTESY = /^(?:Mr|Sir|Lord)\.?\s/;
const FEMALE_COURTESY = /^(?:Mrs|Ms|Miss|Dame|Lady|Madam)\.?\s/;
const MALE_KIN = /^(?:son|husband|father|brother|king|prince|emperor|widower|grandson|grandfather|nephew|uncle)$/;
const FEMALE_KIN =
  /^(?:daughter|wife|mother|sister|queen|princess|empress|widow|granddaughter|grandmother|niece|aunt|actress)$/;

/** A person's gender as their courtesy titles or a gendered role show it: 1 male, 2 female, 0 unknown. */
function draftGender(d: Draft): 0 | 1 | 2 {
  const names = [d.name, ...d.aliases];
  const male = names.some((n) => MALE_COURTESY.test(n));
  const female = names.some((n) => FEMALE_COURTESY.test(n));
  const head = (d.role ?? '').toLowerCase().split(/\s+/).pop() ?? '';
  if ((male || MALE_KIN.test(head)) && !(female || FEMALE_KIN.test(head))) return 1;
  if ((female || FEMALE_KIN.test(head)) && !(male || MALE_KIN.test(head))) return 2;
  return 0;
}

function linkSurnames(reg: Registry, text: string): void {
  // People by each part of their full names, so a surname meets only those who bear it.
  const byPart = new Map<string, number[]>();
  reg.drafts.forEach((full, j) => {
    if (full.kind !== 'person' || !full.name.includes(' ')) return;
    for (const part of new Set(full.name.split(' '))) {
      const list = byPart.get(part) ?? [];
      list.push(j);
      byPart.set(part, list);
    }
  });
  const firstPerson = reg.drafts.findIndex((x) => x.kind === 'person' && x.name.includes(' '));
  reg.drafts.forEach((d, i) => {
    if (reg.merged.has(i) || d.kind !== 'person' || d.name.includes(' ')) return;
    const candidates = (byPart.get(d.name) ?? []).filter((j) => {
      if (j === i || reg.merged.has(j)) return false;
      const k = reg.drafts[j].name.split(' ').indexOf(d.name);
      // "Sir Ivo" for Sir Ivo Marr: a knight or a dame is called by the given name after the title.
      const knighted = k === 0 && [...d.aliases].some((a) => /^(?:Sir|Dame)\s/.test(a));
      return k > 0 || FAMILY_FIRST.has(d.name.toLowerCase()) || knighted;
    });
    // Two people share the surname (a father and his son): it is the one the article is about, named first of all.
    const into = candidates.length === 1 ? candidates[0] : candidates.includes(firstPerson) ? firstPerson : -1;
    if (into < 0) return;
    // Two titles that cannot be one person's ("Senator" Kessler, "Representative" Paul Kessler) keep them apart.
    if (titlesDiffer(d.role, reg.drafts[into].role)) return;
    // "Mr. Marr" and "his daughter, Ola Marr": a man and a woman of one surname are two people.
    const g = draftGender(d);
    const h = draftGender(reg.drafts[into]);
    if (g !== 0 && h !== 0 && g !== h) return;
    // "the Vesks … Vice President Vesk": a titled surname of a family the text names may be any of them.
    if (d.role && familyNames(text).has(d.name.toLowerCase())) return;
    reg.merge(i, into);
  });
}
