import type { Gold, GoldActor } from './eval-gold';
import { commonInOrder, nameKeys, normaliseName, QUOTE_COVERAGE, quoteMatches, wordsOf } from './eval-match';
import type { GeneratedFacts, Miss, Ratio } from './eval-types';

// Quote recall, speaker accuracy and quote precision.

type QuoteUnit = { text: string; speakers: Array<string | null>; members: number[] };

const sieveOf = (generated: GeneratedFacts, index: number) => generated.quotes[index].sieve ?? 'unnamed sieve';

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
  if (goldKeys.has(key)) return true;
  // The generated actor may carry the gold name among its aliases; two aliases that
  // merely agree ("Ríos" for two different Ríos) are not enough.
  const actor = generated.actors.find((candidate) => normaliseName(candidate.name) === key);
  const goldName = normaliseName(goldActor?.name ?? goldSpeaker);
  return actor !== undefined && nameKeys(actor.name, actor.aliases ?? []).has(goldName);
}

/** Quote recall and speaker accuracy over the gold quotes; quote precision over the generated ones. */
export function scoreQuotes(gold: Gold, generated: GeneratedFacts, misses: Miss[]) {
  const units = quoteUnits(generated);
  const accounted = new Set<number>();
  const quoteRecall: Ratio = { hit: 0, total: 0 };
  const speakerAccuracy: Ratio = { hit: 0, total: 0 };
  // Of recalled quotes given a speaker, how many are right; of recalled quotes the gold gives a speaker, how many got one.
  const namedSpeakerPrecision: Ratio = { hit: 0, total: 0 };
  const speakerCoverage: Ratio = { hit: 0, total: 0 };
  const sieves: Record<string, Ratio> = {};
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
    const named = best.speakers.every((speaker) => speaker !== null);
    if (quote.speaker !== null) {
      speakerCoverage.total += 1;
      if (named) speakerCoverage.hit += 1;
    }
    if (!named) continue;
    namedSpeakerPrecision.total += 1;
    if (best === right) namedSpeakerPrecision.hit += 1;
    const sieve = sieveOf(generated, best.members[0]);
    const tally = sieves[sieve] ?? { hit: 0, total: 0 };
    sieves[sieve] = { hit: tally.hit + (best === right ? 1 : 0), total: tally.total + 1 };
  }
  // A generated quote that is part of a gold quote (one half of a split quote) is not spurious either.
  generated.quotes.forEach((quote, index) => {
    if (accounted.has(index)) return;
    const isPart = gold.quotes.some((goldQuote) => isFragmentOf(quote.text, goldQuote.text));
    if (isPart) accounted.add(index);
    else misses.push({ kind: 'quote-spurious', detail: `"${quote.text.slice(0, 70)}" (${quote.speaker ?? 'nobody'})` });
  });
  return {
    quoteRecall,
    speakerAccuracy,
    namedSpeakerPrecision,
    speakerCoverage,
    sieves,
    quotePrecision: { hit: accounted.size, total: generated.quotes.length },
  };
}

function isFragmentOf(fragment: string, whole: string): boolean {
  const words = wordsOf(fragment);
  return words.length > 0 && commonInOrder(words, wordsOf(whole)) >= Math.ceil(words.length * QUOTE_COVERAGE);
}
