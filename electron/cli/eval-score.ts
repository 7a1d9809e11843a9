import type { Gold } from './eval-gold';
import {
  argumentMatches,
  dateMatches,
  isDateTrapTaken,
  matchOneToOne,
  nameKeys,
  normaliseName,
  roleMatches,
  sharesKey,
} from './eval-match';
import { scoreQuotes } from './eval-score-quotes';
import { type ArticleScore, type GeneratedFacts, type Miss, RATIO_KEYS, type Ratio } from './eval-types';

export type { ArticleScore, GeneratedFacts, Miss, MissKind, Ratio } from './eval-types';
export { RATIO_KEYS } from './eval-types';

// Scores one generator output against one gold file, per docs/cards-json.md.

export function ratioValue(ratio: Ratio): number | null {
  return ratio.total === 0 ? null : ratio.hit / ratio.total;
}

function scoreActors(gold: Gold, generated: GeneratedFacts, misses: Miss[]) {
  const goldKeys = gold.actors.map((actor) => nameKeys(actor.name, actor.aliases));
  const generatedKeys = generated.actors.map((actor) => nameKeys(actor.name, actor.aliases ?? []));
  const required = gold.actors.flatMap((actor, index) => (actor.optional ? [] : [index]));
  // A pair where one side's name is among the other's names beats two aliases that agree.
  const isNamed = (g: number, j: number) =>
    goldKeys[required[g]].has(normaliseName(generated.actors[j].name)) ||
    generatedKeys[j].has(normaliseName(gold.actors[required[g]].name));
  const pairing = matchOneToOne(
    required.length,
    generated.actors.length,
    (g, j) => sharesKey(goldKeys[required[g]], generatedKeys[j]),
    isNamed,
  );
  const claimed = new Set(pairing.filter((j) => j !== -1));
  const roleAccuracy: Ratio = { hit: 0, total: 0 };
  pairing.forEach((j, g) => {
    const actor = gold.actors[required[g]];
    if (j === -1) misses.push({ kind: 'actor-missed', detail: actor.name });
    if (j === -1 || actor.kind !== 'person' || actor.role === null) return;
    roleAccuracy.total += 1;
    const role = generated.actors[j].role ?? null;
    if (roleMatches(actor.role, role)) roleAccuracy.hit += 1;
    else misses.push({ kind: 'role-wrong', detail: `${actor.name}: "${role ?? 'no role'}", expected "${actor.role}"` });
  });
  let counted = 0;
  generated.actors.forEach((actor, j) => {
    if (claimed.has(j)) return;
    const sameAs = gold.actors.filter((_, g) => sharesKey(goldKeys[g], generatedKeys[j]));
    if (sameAs.some((candidate) => candidate.optional)) return;
    counted += 1;
    misses.push(
      sameAs.length > 0
        ? { kind: 'actor-duplicate', detail: `"${actor.name}" repeats gold actor ${sameAs[0].name}` }
        : { kind: 'actor-spurious', detail: actor.name },
    );
  });
  return {
    actorRecall: { hit: claimed.size, total: required.length },
    actorPrecision: { hit: claimed.size, total: claimed.size + counted },
    roleAccuracy,
  };
}

/** True when the gold `iso` is written out in the text (not a decade, not inferred from context). */
function isExplicitIso(when: string, iso: string | null | undefined): iso is string {
  return typeof iso === 'string' && when.includes(iso.slice(0, 4)) && !/\d0s\b/.test(when);
}

function scoreDates(gold: Gold, generated: GeneratedFacts, misses: Miss[]) {
  const required = gold.dates.filter((date) => !date.optional);
  const pairing = matchOneToOne(required.length, generated.dates.length, (g, j) =>
    dateMatches(required[g].when, generated.dates[j].when),
  );
  const isoAccuracy: Ratio = { hit: 0, total: 0 };
  pairing.forEach((j, g) => {
    const date = required[g];
    if (j === -1) {
      misses.push({ kind: 'date-missed', detail: `${date.when} — ${date.event}` });
      return;
    }
    if (!isExplicitIso(date.when, date.iso)) return;
    isoAccuracy.total += 1;
    const iso = generated.dates[j].iso ?? null;
    if (iso === date.iso) isoAccuracy.hit += 1;
    else misses.push({ kind: 'iso-wrong', detail: `${date.when}: iso ${iso ?? 'null'}, expected ${date.iso}` });
  });
  // Precision: a generated date is right when it matches any gold date, optional ones included.
  let right = 0;
  for (const date of generated.dates) {
    if (gold.dates.some((candidate) => dateMatches(candidate.when, date.when))) right += 1;
    else misses.push({ kind: 'date-spurious', detail: date.when });
  }
  return {
    dateRecall: { hit: pairing.filter((j) => j !== -1).length, total: required.length },
    datePrecision: { hit: right, total: generated.dates.length },
    isoAccuracy,
  };
}

function scoreArguments(gold: Gold, generated: GeneratedFacts, misses: Miss[]): Ratio {
  const found = gold.arguments.filter((argument) => {
    const hit = (generated.arguments ?? []).some((candidate) => argumentMatches(argument.text, candidate.text));
    if (!hit) misses.push({ kind: 'argument-missed', detail: `${argument.kind}: ${argument.text.slice(0, 80)}` });
    return hit;
  });
  return { hit: found.length, total: gold.arguments.length };
}

function scoreTraps(gold: Gold, generated: GeneratedFacts, text: string | undefined, misses: Miss[]): Ratio {
  let taken = 0;
  for (const notDate of gold.notDates) {
    const date = generated.dates.find((candidate) => isDateTrapTaken(notDate, candidate.when));
    if (!date) continue;
    taken += 1;
    misses.push({ kind: 'trap-taken', detail: `"${date.when}" taken for a date, from "${notDate}"` });
  }
  const leaks = text === undefined ? [] : gold.notInText.filter((markup) => text.includes(markup));
  for (const markup of leaks) misses.push({ kind: 'trap-taken', detail: `"${markup}" left in the plain text` });
  taken += leaks.length;
  const total = gold.notDates.length + (text === undefined ? 0 : gold.notInText.length);
  return { hit: total - taken, total };
}

/**
 * Scores one article: every ratio of docs/cards-json.md plus the list of misses behind them.
 * `text` is the plain text the generator read; without it the markup traps are skipped.
 */
export function scoreArticle(slug: string, gold: Gold, generated: GeneratedFacts, text?: string): ArticleScore {
  const misses: Miss[] = [];
  return {
    slug,
    ...scoreActors(gold, generated, misses),
    ...scoreDates(gold, generated, misses),
    ...scoreQuotes(gold, generated, misses),
    argumentRecall: scoreArguments(gold, generated, misses),
    trapsAvoided: scoreTraps(gold, generated, text, misses),
    misses,
  };
}

/** Micro-average: sums hits and totals over all articles, so long articles weigh more. */
export function aggregate(scores: readonly ArticleScore[]): ArticleScore {
  const total: ArticleScore = scoreArticle(
    'overall',
    { actors: [], dates: [], quotes: [], arguments: [], notDates: [], notInText: [] },
    {
      actors: [],
      dates: [],
      quotes: [],
    },
  );
  for (const score of scores) {
    for (const key of RATIO_KEYS) {
      total[key] = { hit: total[key].hit + score[key].hit, total: total[key].total + score[key].total };
    }
    for (const [sieve, ratio] of Object.entries(score.sieves)) {
      const sum = total.sieves[sieve] ?? { hit: 0, total: 0 };
      total.sieves[sieve] = { hit: sum.hit + ratio.hit, total: sum.total + ratio.total };
    }
  }
  return total;
}
