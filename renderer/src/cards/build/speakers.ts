/**
 * Who speaks in an article (issue 10): the wrong choices of "who said it?" are people or bodies the
 * article gives a quotation or a reported statement ("Ames said the pier would close", "according to
 * the Harbour Board"), never anyone merely named. One pass over the article's words.
 */
import { isLetter, letterWordEnd } from '../document/chars';
import { ROLE_WORDS } from '../lexicon/words';
import type { ActorFact, QuoteFact } from '../types';

/** How many words before a verb of saying its subject may stand ("Ana Ames, the harbour's new chair, said"). */
const SUBJECT_REACH = 30;
/** How many words after an inverted verb its speaker may stand (`…,” said the mayor, Ana Ames`). */
const AFTER_REACH = 6;
const POSSESSIVE = /['’]s?$/;
// The patterns of the scan over every word are constants: a regular expression literal in the loop is a new object each time.
const INITIAL = /^\p{Lu}\p{Ll}?$/u;
const CAPITALISED = /^\p{Lu}/u;
/** Marks between two words: a sentence or quotation end (`[.!?;:\n“”"‘’]`), a comma, an inverting mark (`[,“”"‘’]`). */
const ENDS = 1;
const COMMA = 2;
const INVERTS = 4;
const BETWEEN_BITS = new Uint8Array(0x10000);
for (const c of '.!?;:\n') BETWEEN_BITS[c.charCodeAt(0)] = ENDS;
for (const c of '“”"‘’') BETWEEN_BITS[c.charCodeAt(0)] = ENDS | INVERTS;
BETWEEN_BITS[44] = COMMA | INVERTS;
const ARTICLES = new Set(['the', 'a', 'an']);

/**
 * Verbs that report what someone said: fewer than the quotation verbs, since without a quotation a verb
 * like "declared" ("declared war"), "denied" ("denied entry"), "added" ("added three titles") or "asked"
 * ("those asked") says nothing. Only in lower case: "States" of "United States" is no verb.
 */
const REPORTING = new Set(
  'said says told tells stated explained explains noted notes argued argues claimed claims insisted insists warned warns remarked commented replied replies responded wrote writes opined urged urges'.split(
    ' ',
  ),
);

/** Each actor's last name word (and its aliases'), lower-cased, where it ends one actor's names only: "Ames" finds Ana Ames. */
function lastWords(actors: readonly ActorFact[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const a of actors)
    for (const n of [a.name, ...a.aliases].slice(0, 10)) {
      const last = n
        .replace(/['’]s?$/, '')
        .split(/\s+/)
        .pop()!
        .toLowerCase();
      if (last.length < 2) continue;
      const list = out.get(last) ?? [];
      if (!list.includes(a.name) && list.length < 2) list.push(a.name);
      out.set(last, list);
    }
  // A word that ends two names ("Centre" of two centres) tells neither.
  for (const [w, list] of out) if (list.length > 1) out.delete(w);
  return out;
}

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'who', 'which']);
const capital = (w: string) => CAPITALISED.test(w);

/**
 * The actor a verb of saying has for subject, from the words before it in its clause: the name right
 * before it ("… Ames said", "Ames also said"; a pronoun there says it is someone else), or the name
 * that opens the sentence where an aside closes before the verb ("Ana Ames, an analyst at the Velen
 * Institute, said"). A name is read to its last word ("Lopera Ruiz" is Ruiz, not Lopera). `recent`
 * is null where the sentence began too far back to tell.
 */
function subjectOf(
  recent: readonly string[],
  opens: boolean,
  aside: boolean,
  find: (w: string) => string[] | undefined,
): string[] | undefined {
  if (aside && !opens) return undefined;
  if (!aside) {
    for (let k = recent.length - 1; k >= Math.max(0, recent.length - 3); k -= 1) {
      const t = recent[k];
      if (PRONOUNS.has(t.toLowerCase())) return undefined;
      if (capital(t)) return POSSESSIVE.test(t) ? undefined : find(t);
    }
    return undefined;
  }
  // Only a name that opens the clause: in "Chair of the Velen Institute, says" the Institute says nothing.
  for (let i = 0; i < Math.min(recent.length, 3); i += 1) {
    if (!capital(recent[i])) continue;
    let j = i;
    while (j + 1 < recent.length && capital(recent[j + 1])) j += 1;
    for (let k = j; k >= i; k -= 1) {
      const found = POSSESSIVE.test(recent[k]) ? undefined : find(recent[k]);
      if (found) return found;
    }
    i = j;
  }
  return undefined;
}

/**
 * The names of the actors who speak: every quotation's speaker, the subject of a verb of saying (the
 * nearest name before it in its sentence), the name right after an inverted verb (`, said Ames`), and
 * the name after "according to".
 */
export function articleSpeakers(article: string, actors: readonly ActorFact[], quotes: readonly QuoteFact[]) {
  const speaks = new Set(quotes.map((q) => q.speaker).filter((s): s is string => s !== null));
  if (!article) return speaks;
  const byLast = lastWords(actors);
  const find = (w: string) => (CAPITALISED.test(w) ? byLast.get(w.replace(/['’]s?$/, '').toLowerCase()) : undefined);
  let recent: string[] = [];
  // Whether the sentence's first words have left `recent`.
  let cut = false;
  let after = 0;
  let candidate: string[] | undefined;
  const commit = () => {
    for (const n of candidate ?? []) speaks.add(n);
    candidate = undefined;
    after = 0;
  };
  let prevEnd = 0;
  let prev = '';
  // The words `/\p{L}[\p{L}'’-]*/gu` finds, scanned by code point (a regular expression's matches cost more).
  for (let start = 0; start < article.length; ) {
    const cp = article.codePointAt(start) as number;
    if (!isLetter(cp)) {
      start += cp > 0xffff ? 2 : 1;
      continue;
    }
    const end = letterWordEnd(article, start);
    // An initial's or a title's dot ("S.", "Mr.") ends nothing.
    let from = prevEnd;
    if (from < start && article.charCodeAt(from) === 46 && INITIAL.test(prev)) from += 1;
    // What the characters between the words hold, read in place (no slice per word).
    let endsReach = false;
    let comma = false;
    let inverts = false;
    for (let i = from; i < start; i += 1) {
      const bits = BETWEEN_BITS[article.charCodeAt(i)];
      if (bits & ENDS) endsReach = true;
      if (bits & COMMA) comma = true;
      if (bits & INVERTS) inverts = true;
    }
    // A sentence or a quotation ends the reach: in `“Ames is wrong,” he said` Ames says nothing.
    if (endsReach) {
      recent = [];
      cut = false;
      commit();
    }
    // A comma after a name ends it: in "according to Ames, Ruiz's plan" Ruiz says nothing.
    if (after > 0 && comma && CAPITALISED.test(prev)) commit();
    const w = article.slice(start, end);
    // After an inverted verb the name runs to its last capitalised word ("said Senate Leader Ana Ames");
    // a possessive owns a role, it does not speak ("said the Board's chair, Ana Ames"), and a lower-case
    // word other than an article or a role noun ends the reach ("according to figures from …").
    if (after > 0) {
      if (CAPITALISED.test(w)) {
        if (!POSSESSIVE.test(w)) candidate = find(w) ?? candidate;
        after -= 1;
      } else after = !candidate && (ARTICLES.has(w) || ROLE_WORDS.has(w)) ? after - 1 : 0;
      if (after === 0) commit();
    }
    if (REPORTING.has(w)) {
      const subject = subjectOf(recent, !cut, comma, find);
      for (const n of subject ?? []) speaks.add(n);
      // Inverted only right after a quotation or a comma, with no subject before: neither "Ames said
      // Ruiz was wrong" nor "Ames, the chair, said Ruiz was wrong" makes a speaker of Ruiz.
      if (!subject && inverts) after = AFTER_REACH;
    } else if (w.length === 2 && w.toLowerCase() === 'to' && prev.toLowerCase() === 'according') after = AFTER_REACH;
    recent.push(w);
    if (recent.length > SUBJECT_REACH) {
      recent.shift();
      cut = true;
    }
    prevEnd = end;
    prev = w;
    start = end;
  }
  commit();
  return speaks;
}
