import type { Gold, GoldActor } from './eval-gold';
import {
  argumentMatches,
  commonInOrder,
  dateMatches,
  matchOneToOne,
  nameKeys,
  normaliseName,
  QUOTE_COVERAGE,
  quoteMatches,
  sharesKey,
  wordsOf,
} from './eval-match';

// Scores one generator output against one gold file, per ../shared/FACTS-JSON.md.

/** The part of the generator's FACTS-JSON document the scorer reads. */
export type GeneratedFacts = {
  actors: ReadonlyArray<{ name: string; aliases?: readonly string[] }>;
  dates: ReadonlyArray<{ when: string; iso?: string | null }>;
  quotes: ReadonlyArray<{ text: string; speaker: string | null; source?: { start: number } }>;
  arguments?: ReadonlyArray<{ kind: string; text: string }>;
};

export type Ratio = { hit: number; total: number };

export type MissKind =
  | 'actor-missed'
  | 'actor-spurious'
  | 'actor-duplicate'
  | 'date-missed'
  | 'iso-wrong'
  | 'quote-missed'
  | 'speaker-wrong'
  | 'quote-spurious'
  | 'argument-missed';

export type Miss = { kind: MissKind; detail: string };

export type ArticleScore = {
  slug: string;
  actorRecall: Ratio;
  actorPrecision: Ratio;
  dateRecall: Ratio;
  isoAccuracy: Ratio;
  quoteRecall: Ratio;
  speakerAccuracy: Ratio;
  quotePrecision: Ratio;
  argumentRecall: Ratio;
  misses: Miss[];
};

export const RATIO_KEYS = [
  'actorRecall',
  'actorPrecision',
  'dateRecall',
  'isoAccuracy',
  'quoteRecall',
  'speakerAccuracy',
  'quotePrecision',
  'argumentRecall',
] as const;

export function ratioValue(ratio: Ratio): number | null {
  return ratio.total === 0 ? null : ratio.hit / ratio.total;
}

function scoreActors(gold: Gold, generated: GeneratedFacts, misses: Miss[]) {
  const goldKeys = gold.actors.map((actor) => nameKeys(actor.name, actor.aliases));
  const generatedKeys = generated.actors.map((actor) => nameKeys(actor.name, actor.aliases ?? []));
  const required = gold.actors.flatMap((actor, index) => (actor.optional ? [] : [index]));
  const pairing = matchOneToOne(required.length, generated.actors.length, (g, j) =>
    sharesKey(goldKeys[required[g]], generatedKeys[j]),
  );
  const claimed = new Set(pairing.filter((j) => j !== -1));
  pairing.forEach((j, g) => {
    if (j === -1) misses.push({ kind: 'actor-missed', detail: gold.actors[required[g]].name });
  });
  let counted = 0;
  generated.actors.forEach((actor, j) => {
    if (claimed.has(j)) return;
    const sameAs = gold.actors.find((_, g) => sharesKey(goldKeys[g], generatedKeys[j]));
    if (sameAs?.optional) return;
    counted += 1;
    misses.push(
      sameAs
        ? { kind: 'actor-duplicate', detail: `"${actor.name}" repeats gold actor ${sameAs.name}` }
        : { kind: 'actor-spurious', detail: actor.name },
    );
  });
  return {
    actorRecall: { hit: claimed.size, total: required.length },
    actorPrecision: { hit: claimed.size, total: claimed.size + counted },
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
  return { dateRecall: { hit: pairing.filter((j) => j !== -1).length, total: required.length }, isoAccuracy };
}

type QuoteUnit = { text: string; speakers: Array<string | null>; members: number[] };

/** Single generated quotes, and adjacent pairs, since a quote split by "she said" may come out in two parts. */
function quoteUnits(generated: GeneratedFacts): QuoteUnit[] {
  const order = generated.quotes
    .map((quote, index) => ({ quote, index }))
    .sort((a, b) => (a.quote.source?.start ?? a.index) - (b.quote.source?.start ?? b.index));
  const units: QuoteUnit[] = order.map(({ quote, index }) => ({
    text: quote.text,
    speakers: [quote.speaker],
    members: [index],
  }));
  for (let k = 0; k + 1 < order.length; k += 1) {
    const [first, second] = [order[k], order[k + 1]];
    units.push({
      text: `${first.quote.text} ${second.quote.text}`,
      speakers: [first.quote.speaker, second.quote.speaker],
      members: [first.index, second.index],
    });
  }
  return units;
}

function speakerMatches(goldSpeaker: string | null, speaker: string | null, gold: Gold, generated: GeneratedFacts) {
  if (goldSpeaker === null || speaker === null) return goldSpeaker === speaker;
  const goldActor: GoldActor | undefined = gold.actors.find((actor) => actor.name === goldSpeaker);
  const goldKeys = goldActor ? nameKeys(goldActor.name, goldActor.aliases) : nameKeys(goldSpeaker);
  const key = normaliseName(speaker);
  const actor = generated.actors.find((candidate) => normaliseName(candidate.name) === key);
  return sharesKey(goldKeys, actor ? nameKeys(actor.name, actor.aliases ?? []) : nameKeys(speaker));
}

function scoreQuotes(gold: Gold, generated: GeneratedFacts, misses: Miss[]) {
  const units = quoteUnits(generated);
  const accounted = new Set<number>();
  const quoteRecall: Ratio = { hit: 0, total: 0 };
  const speakerAccuracy: Ratio = { hit: 0, total: 0 };
  for (const quote of gold.quotes) {
    const candidates = units.filter((unit) => quoteMatches(quote.text, unit.text));
    const right = candidates.find((unit) =>
      unit.speakers.every((speaker) => speakerMatches(quote.speaker, speaker, gold, generated)),
    );
    const best = right ?? candidates[0];
    for (const member of best?.members ?? []) accounted.add(member);
    if (quote.optional) continue;
    quoteRecall.total += 1;
    const label = `${quote.speaker ?? '(nobody)'}: "${quote.text.slice(0, 70)}"`;
    if (!best) {
      misses.push({ kind: 'quote-missed', detail: label });
      continue;
    }
    quoteRecall.hit += 1;
    speakerAccuracy.total += 1;
    if (right) speakerAccuracy.hit += 1;
    else
      misses.push({
        kind: 'speaker-wrong',
        detail: `${label} given to ${best.speakers.map((speaker) => speaker ?? 'nobody').join(' + ')}`,
      });
  }
  // A generated quote that is part of a gold quote (one half of a split quote) is not spurious either.
  generated.quotes.forEach((quote, index) => {
    if (accounted.has(index)) return;
    const isPart = gold.quotes.some((goldQuote) => isFragmentOf(quote.text, goldQuote.text));
    if (isPart) accounted.add(index);
    else misses.push({ kind: 'quote-spurious', detail: `"${quote.text.slice(0, 70)}" (${quote.speaker ?? 'nobody'})` });
  });
  return { quoteRecall, speakerAccuracy, quotePrecision: { hit: accounted.size, total: generated.quotes.length } };
}

function isFragmentOf(fragment: string, whole: string): boolean {
  const words = wordsOf(fragment);
  return words.length > 0 && commonInOrder(words, wordsOf(whole)) >= Math.ceil(words.length * QUOTE_COVERAGE);
}

function scoreArguments(gold: Gold, generated: GeneratedFacts, misses: Miss[]): Ratio {
  const found = gold.arguments.filter((argument) => {
    const hit = (generated.arguments ?? []).some((candidate) => argumentMatches(argument.text, candidate.text));
    if (!hit) misses.push({ kind: 'argument-missed', detail: `${argument.kind}: ${argument.text.slice(0, 80)}` });
    return hit;
  });
  return { hit: found.length, total: gold.arguments.length };
}

/** Scores one article: every ratio of FACTS-JSON.md plus the list of misses behind them. */
export function scoreArticle(slug: string, gold: Gold, generated: GeneratedFacts): ArticleScore {
  const misses: Miss[] = [];
  return {
    slug,
    ...scoreActors(gold, generated, misses),
    ...scoreDates(gold, generated, misses),
    ...scoreQuotes(gold, generated, misses),
    argumentRecall: scoreArguments(gold, generated, misses),
    misses,
  };
}

/** Micro-average: sums hits and totals over all articles, so long articles weigh more. */
export function aggregate(scores: readonly ArticleScore[]): ArticleScore {
  const total: ArticleScore = scoreArticle(
    'overall',
    { actors: [], dates: [], quotes: [], arguments: [] },
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
  }
  return total;
}
