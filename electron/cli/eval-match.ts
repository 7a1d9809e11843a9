// Matching rules of the eval scorer: how a generated fact is compared with a gold one.
// Pure functions only, so the rules can be unit tested apart from any generator.

const APOSTROPHES = /['\u2018\u2019\u02bc`]/g;
const COMBINING_MARKS = /\p{M}/gu;
const LEADING_ARTICLE = /^the\s+/;
// Words that may open a date phrase without being part of the date itself.
const DATE_LEAD_WORDS = new Set(['in', 'on', 'at', 'by', 'since', 'from', 'during', 'until', 'of', 'the']);
/** How many extra words a generated `when` may carry around the gold one ("early March 2024"). */
export const DATE_EXTRA_WORDS = 2;
/** Share of the gold quote's words a generated quote must contain, in order. */
export const QUOTE_COVERAGE = 0.9;
/** Share of the gold argument's content words a generated argument must contain. */
export const ARGUMENT_COVERAGE = 0.6;

function fold(text: string): string {
  return text.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase();
}

/** Case-, accent-, space- and punctuation-insensitive key of a name: "ISIS-K" and "isis k" are equal. */
export function normaliseName(name: string): string {
  return fold(name)
    .trim()
    .replace(LEADING_ARTICLE, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Lower-cased words of a text, apostrophes dropped so that "region’s" and "region's" agree. */
export function wordsOf(text: string): string[] {
  return fold(text)
    .replace(APOSTROPHES, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

/** Normalised keys of a name and its aliases, without empty keys or repeats. */
export function nameKeys(name: string, aliases: readonly string[] = []): Set<string> {
  return new Set([name, ...aliases].map(normaliseName).filter((key) => key.length > 0));
}

export function sharesKey(left: Set<string>, right: Set<string>): boolean {
  for (const key of left) if (right.has(key)) return true;
  return false;
}

/** Words of a date expression without the prepositions and article that may lead it. */
export function dateWords(when: string): string[] {
  const words = wordsOf(when);
  let start = 0;
  while (start < words.length - 1 && DATE_LEAD_WORDS.has(words[start])) start += 1;
  return words.slice(start);
}

/**
 * True when the generated `when` holds the gold one as a run of words, with at most
 * DATE_EXTRA_WORDS more ("in March 2024" holds "March 2024"; "2024" does not).
 */
export function dateMatches(goldWhen: string, generatedWhen: string): boolean {
  const gold = dateWords(goldWhen);
  const generated = dateWords(generatedWhen);
  if (gold.length === 0 || generated.length < gold.length) return false;
  if (generated.length - gold.length > DATE_EXTRA_WORDS) return false;
  return containsRun(generated, gold);
}

function containsRun(outer: readonly string[], inner: readonly string[]): boolean {
  for (let start = 0; start + inner.length <= outer.length; start += 1) {
    if (inner.every((word, offset) => outer[start + offset] === word)) return true;
  }
  return false;
}

/**
 * True when a generated `when` was taken from a phrase that is not a date: its words are
 * a run of the phrase's words ("20 years" from "for around 20 years", "fall" from "tend to
 * fall"), or the other way round.
 */
export function isDateTrapTaken(notDate: string, generatedWhen: string): boolean {
  const trap = wordsOf(notDate);
  const generated = wordsOf(generatedWhen);
  if (generated.length === 0 || trap.length === 0) return false;
  return containsRun(trap, generated) || containsRun(generated, trap);
}

/** Length of the longest common subsequence of two word lists (words kept in order). */
export function commonInOrder(left: readonly string[], right: readonly string[]): number {
  let previous = new Array<number>(right.length + 1).fill(0);
  for (const word of left) {
    const current = new Array<number>(right.length + 1).fill(0);
    for (let j = 0; j < right.length; j += 1) {
      current[j + 1] = word === right[j] ? previous[j] + 1 : Math.max(previous[j + 1], current[j]);
    }
    previous = current;
  }
  return previous[right.length];
}

/**
 * True when the generated quote contains at least QUOTE_COVERAGE of the gold quote's
 * words in order, and is not so long that it could only match by swallowing the text
 * around it (at most three times the gold length plus twenty words).
 */
export function quoteMatches(goldText: string, generatedText: string): boolean {
  const gold = wordsOf(goldText);
  const generated = wordsOf(generatedText);
  if (gold.length === 0) return false;
  if (generated.length > gold.length * 3 + 20) return false;
  return commonInOrder(gold, generated) >= Math.ceil(gold.length * QUOTE_COVERAGE);
}

const STOP_WORDS = new Set(
  'a an and are as at be but by for from has her his have in is it its of on or our that the their this to was were which will with'.split(
    ' ',
  ),
);

/** Content words of a text, plural "s" dropped so that "becomes" meets "become". */
function contentWords(text: string): string[] {
  return wordsOf(text)
    .filter((word) => !STOP_WORDS.has(word))
    .map((word) => (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word));
}

/** True when the generated argument contains ARGUMENT_COVERAGE of the gold argument's content words. */
export function argumentMatches(goldText: string, generatedText: string): boolean {
  const gold = [...new Set(contentWords(goldText))];
  if (gold.length === 0) return false;
  const generated = new Set(contentWords(generatedText));
  const found = gold.filter((word) => generated.has(word)).length;
  return found >= Math.ceil(gold.length * ARGUMENT_COVERAGE);
}

/**
 * True when a generated role gives the gold role: it holds ARGUMENT_COVERAGE of the gold
 * role's content words, or it is a part of the gold role of at least two content words
 * (the text gave two roles, "the jury's president, the Spanish editor", and it took one).
 */
export function roleMatches(goldRole: string, generatedRole: string | null | undefined): boolean {
  if (!generatedRole) return false;
  if (argumentMatches(goldRole, generatedRole)) return true;
  const gold = new Set(contentWords(goldRole));
  const generated = contentWords(generatedRole);
  return generated.length >= 2 && generated.every((word) => gold.has(word));
}

/**
 * Maximum one-to-one matching between gold items and generated items (Kuhn's
 * augmenting paths): result[g] is the generated index paired with gold g, or -1.
 * One-to-one so that one generated fact cannot be counted for two gold facts.
 * Preferred edges are matched first, so that "Julio Ríos" pairs with the generated
 * "Julio Ríos" rather than with another Ríos who merely shares an alias.
 */
export function matchOneToOne(
  goldCount: number,
  generatedCount: number,
  isEdge: (gold: number, generated: number) => boolean,
  isPreferred: (gold: number, generated: number) => boolean = () => true,
): number[] {
  const all = Array.from({ length: goldCount }, (_, g) =>
    Array.from({ length: generatedCount }, (_, j) => j).filter((j) => isEdge(g, j)),
  );
  const preferred = all.map((targets, g) => targets.filter((j) => isPreferred(g, j)));
  const owner = new Array<number>(generatedCount).fill(-1);
  const augment = (edges: number[][], g: number, seen: boolean[]): boolean => {
    for (const j of edges[g]) {
      if (seen[j]) continue;
      seen[j] = true;
      if (owner[j] === -1 || augment(edges, owner[j], seen)) {
        owner[j] = g;
        return true;
      }
    }
    return false;
  };
  for (const edges of [preferred, all]) {
    const matched = new Set(owner);
    for (let g = 0; g < goldCount; g += 1) {
      if (!matched.has(g)) augment(edges, g, new Array<boolean>(generatedCount).fill(false));
    }
  }
  const result = new Array<number>(goldCount).fill(-1);
  owner.forEach((g, j) => {
    if (g !== -1) result[g] = j;
  });
  return result;
}
