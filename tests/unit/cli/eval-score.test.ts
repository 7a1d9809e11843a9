import { describe, expect, it } from 'vitest';
import { type Gold, goldSchema } from '../../../electron/cli/eval-gold';
import { aggregate, type GeneratedFacts, RATIO_KEYS, scoreArticle } from '../../../electron/cli/eval-score';

const gold: Gold = goldSchema.parse({
  actors: [
    { name: 'Russia', aliases: ['Moscow'], kind: 'state' },
    { name: 'Sergey Lavrov', aliases: ['Lavrov'], role: 'Russian Foreign Minister', kind: 'person' },
    { name: 'Amina Yusuf', aliases: ['Yusuf'], kind: 'person' },
    { name: 'Afghanistan', kind: 'state', optional: true },
  ],
  dates: [
    { when: 'March 2024', event: 'an envoy spoke' },
    { when: 'March 2024', event: 'an attack happened' },
    { when: 'June 3rd', event: 'recognition' },
  ],
  quotes: [
    { speaker: 'Sergey Lavrov', text: 'There is no recognition yet, but the work is productive.' },
    { speaker: 'Amina Yusuf', text: 'We will build the road, and we will pay for it ourselves.' },
    { speaker: null, text: 'gradual economic decline', optional: true },
  ],
  arguments: [{ kind: 'thesis', text: 'Russia engages the Taliban out of interest, not shared values' }],
});

const empty: GeneratedFacts = { actors: [], dates: [], quotes: [], arguments: [] };

describe('scoreArticle', () => {
  it('gives full marks to an output that has every gold fact', () => {
    const score = scoreArticle('a', gold, {
      actors: [
        { name: 'Russia', aliases: ['Moscow'] },
        { name: 'Sergey Lavrov', aliases: [], role: 'Foreign Minister of Russia' },
        { name: 'Amina Yusuf', aliases: [] },
      ],
      dates: [{ when: 'in March 2024' }, { when: 'March 2024' }, { when: 'June 3rd' }],
      quotes: [
        { text: 'There is no recognition yet, but the work is productive.', speaker: 'Sergey Lavrov' },
        { text: 'We will build the road, and we will pay for it ourselves.', speaker: 'Amina Yusuf' },
      ],
      arguments: [{ kind: 'thesis', text: 'Russia engages the Taliban out of interest, not out of shared values.' }],
    });
    for (const key of RATIO_KEYS) {
      expect(score[key].hit, key).toBe(score[key].total);
    }
    expect(score.misses).toEqual([]);
  });

  it('scores an empty output as zero recall with nothing to be precise about', () => {
    const score = scoreArticle('a', gold, empty);
    expect(score.actorRecall).toEqual({ hit: 0, total: 3 });
    expect(score.actorPrecision).toEqual({ hit: 0, total: 0 });
    expect(score.dateRecall).toEqual({ hit: 0, total: 3 });
    expect(score.quoteRecall).toEqual({ hit: 0, total: 2 });
    expect(score.misses.filter((miss) => miss.kind === 'quote-missed')).toHaveLength(2);
  });

  it('counts a date once even when the gold has two events on it', () => {
    const score = scoreArticle('a', gold, { ...empty, dates: [{ when: 'March 2024' }] });
    expect(score.dateRecall).toEqual({ hit: 1, total: 3 });
  });

  it('counts a second actor for the same entity against precision', () => {
    const score = scoreArticle('a', gold, { ...empty, actors: [{ name: 'Russia' }, { name: 'Moscow' }] });
    expect(score.actorRecall.hit).toBe(1);
    expect(score.actorPrecision).toEqual({ hit: 1, total: 2 });
    expect(score.misses.some((miss) => miss.kind === 'actor-duplicate')).toBe(true);
  });

  it('does not count an optional gold actor either way', () => {
    const score = scoreArticle('a', gold, { ...empty, actors: [{ name: 'Afghanistan' }, { name: 'Kabul Airport' }] });
    expect(score.actorRecall).toEqual({ hit: 0, total: 3 });
    expect(score.actorPrecision).toEqual({ hit: 0, total: 1 });
  });

  it('does not count an actor that also matches an optional gold actor as a duplicate', () => {
    const withBrand = goldSchema.parse({
      ...gold,
      actors: [...gold.actors, { name: 'Moscow Metro', aliases: ['Moscow'], kind: 'organisation', optional: true }],
    });
    const score = scoreArticle('a', withBrand, { ...empty, actors: [{ name: 'Russia' }, { name: 'Moscow' }] });
    expect(score.actorPrecision).toEqual({ hit: 1, total: 1 });
  });

  it('pairs a gold actor with the generated actor of the same name before one sharing only an alias', () => {
    const family = goldSchema.parse({
      actors: [
        { name: 'Carmen Marenco Ríos', aliases: ['Marenco Ríos'], role: 'Her daughter', kind: 'person' },
        { name: 'Julio Ríos', aliases: ['Ríos'], role: 'the architect', kind: 'person' },
      ],
      dates: [],
      quotes: [],
      arguments: [],
    });
    const score = scoreArticle('a', family, {
      ...empty,
      actors: [
        { name: 'Carmen Marenco Ríos', aliases: ['Ríos'], role: 'daughter' },
        { name: 'Marenco Ríos' },
        { name: 'Julio Ríos', role: 'architect' },
      ],
    });
    expect(score.roleAccuracy).toEqual({ hit: 2, total: 2 });
    expect(score.actorPrecision).toEqual({ hit: 2, total: 3 });
    expect(score.misses).toContainEqual({
      kind: 'actor-duplicate',
      detail: '"Marenco Ríos" repeats gold actor Carmen Marenco Ríos',
    });
  });

  it('accepts a speaker given by an alias of the gold speaker or of the generated actor', () => {
    const score = scoreArticle('a', gold, {
      ...empty,
      actors: [{ name: 'Foreign Minister', aliases: ['Sergey Lavrov'] }],
      quotes: [
        { text: 'There is no recognition yet, but the work is productive.', speaker: 'Foreign Minister' },
        { text: 'We will build the road, and we will pay for it ourselves.', speaker: 'Yusuf' },
      ],
    });
    expect(score.speakerAccuracy).toEqual({ hit: 2, total: 2 });
  });

  it('does not accept a speaker that only shares an alias with the gold speaker', () => {
    const score = scoreArticle('a', gold, {
      ...empty,
      actors: [{ name: 'Amina Diallo', aliases: ['Yusuf'] }],
      quotes: [{ text: 'We will build the road, and we will pay for it ourselves.', speaker: 'Amina Diallo' }],
    });
    expect(score.speakerAccuracy).toEqual({ hit: 0, total: 1 });
  });

  it('measures named-speaker precision, speaker coverage and each sieve among recalled quotes', () => {
    const score = scoreArticle('a', gold, {
      ...empty,
      quotes: [
        { text: 'There is no recognition yet, but the work is productive.', speaker: 'Lavrov', sieve: 'said-subject' },
        { text: 'We will build the road, and we will pay for it ourselves.', speaker: 'Lavrov', sieve: 'pronoun' },
        { text: 'gradual economic decline', speaker: null },
      ],
    });
    expect(score.namedSpeakerPrecision).toEqual({ hit: 1, total: 2 });
    expect(score.speakerCoverage).toEqual({ hit: 2, total: 2 });
    expect(score.sieves).toEqual({ 'said-subject': { hit: 1, total: 1 }, pronoun: { hit: 0, total: 1 } });
    const unnamed = scoreArticle('b', gold, {
      ...empty,
      quotes: [{ text: 'There is no recognition yet, but the work is productive.', speaker: null }],
    });
    expect(unnamed.namedSpeakerPrecision).toEqual({ hit: 0, total: 0 });
    expect(unnamed.speakerCoverage).toEqual({ hit: 0, total: 1 });
  });

  it('counts a generated date that matches no gold date against date precision', () => {
    const score = scoreArticle('a', gold, { ...empty, dates: [{ when: 'June 3rd' }, { when: 'the spring' }] });
    expect(score.datePrecision).toEqual({ hit: 1, total: 2 });
    expect(score.misses).toContainEqual({ kind: 'date-spurious', detail: 'the spring' });
  });

  it('counts a wrong speaker only among recalled quotes', () => {
    const score = scoreArticle('a', gold, {
      ...empty,
      quotes: [{ text: 'There is no recognition yet, but the work is productive.', speaker: 'Amina Yusuf' }],
    });
    expect(score.quoteRecall).toEqual({ hit: 1, total: 2 });
    expect(score.speakerAccuracy).toEqual({ hit: 0, total: 1 });
    expect(score.misses.some((miss) => miss.kind === 'speaker-wrong')).toBe(true);
  });

  it('recalls a quote split by its attribution from its two generated halves', () => {
    const score = scoreArticle('a', gold, {
      ...empty,
      quotes: [
        { text: 'We will build the road,', speaker: 'Amina Yusuf', source: { start: 10 } },
        { text: 'and we will pay for it ourselves.', speaker: 'Amina Yusuf', source: { start: 50 } },
      ],
    });
    expect(score.quoteRecall.hit).toBe(1);
    expect(score.speakerAccuracy).toEqual({ hit: 1, total: 1 });
    expect(score.quotePrecision).toEqual({ hit: 2, total: 2 });
  });

  it('reports a scare quote taken for a quotation as spurious', () => {
    const score = scoreArticle('a', gold, { ...empty, quotes: [{ text: 'reset', speaker: null }] });
    expect(score.quotePrecision).toEqual({ hit: 0, total: 1 });
    expect(score.misses.map((miss) => miss.kind)).toContain('quote-spurious');
  });
});

describe('aggregate', () => {
  it('sums hits and totals over articles (micro-average)', () => {
    const first = scoreArticle('a', gold, { ...empty, dates: [{ when: 'June 3rd' }] });
    const second = scoreArticle('b', gold, { ...empty, dates: [{ when: 'March 2024' }, { when: 'March 2024' }] });
    expect(aggregate([first, second]).dateRecall).toEqual({ hit: 3, total: 6 });
  });
});

describe('gold schema', () => {
  it('rejects a quote whose speaker is not a gold actor', () => {
    const result = goldSchema.safeParse({
      actors: [],
      dates: [],
      quotes: [{ speaker: 'Nobody Known', text: 'hello' }],
      arguments: [],
    });
    expect(result.success).toBe(false);
  });
});

describe('iso accuracy', () => {
  const dated: Gold = goldSchema.parse({
    actors: [],
    dates: [
      { when: 'August 2021', iso: '2021-08', event: 'takeover' },
      { when: 'the 1990s', iso: '1990', event: 'decade' },
      { when: 'the following spring', iso: '1975', event: 'inferred' },
    ],
    quotes: [],
    arguments: [],
  });

  it('checks iso only on recalled dates whose year the text writes, decades aside', () => {
    const score = scoreArticle('a', dated, {
      ...empty,
      dates: [
        { when: 'August 2021', iso: '2021' },
        { when: 'the 1990s', iso: '199' },
        { when: 'the following spring', iso: null },
      ],
    });
    expect(score.isoAccuracy).toEqual({ hit: 0, total: 1 });
    expect(score.misses).toEqual([{ kind: 'iso-wrong', detail: 'August 2021: iso 2021, expected 2021-08' }]);
  });

  it('counts a right iso', () => {
    const score = scoreArticle('a', dated, { ...empty, dates: [{ when: 'in August 2021', iso: '2021-08' }] });
    expect(score.isoAccuracy).toEqual({ hit: 1, total: 1 });
  });
});

describe('role accuracy', () => {
  it('checks the role of recalled people only, and reports a missing one', () => {
    const score = scoreArticle('a', gold, {
      ...empty,
      actors: [
        { name: 'Lavrov', role: null },
        { name: 'Russia', role: 'Foreign Minister' },
      ],
    });
    expect(score.roleAccuracy).toEqual({ hit: 0, total: 1 });
    expect(score.misses).toContainEqual({
      kind: 'role-wrong',
      detail: 'Sergey Lavrov: "no role", expected "Russian Foreign Minister"',
    });
  });
});

describe('traps', () => {
  const trapped: Gold = goldSchema.parse({
    actors: [],
    dates: [],
    quotes: [],
    arguments: [],
    notDates: ['for around 20 years', 'tend to fall'],
    notInText: ['alert(1)'],
  });

  it('counts each false date and each markup leak once', () => {
    const score = scoreArticle(
      'a',
      trapped,
      { ...empty, dates: [{ when: '20 years' }, { when: 'around 20 years' }] },
      'x alert(1)',
    );
    expect(score.trapsAvoided).toEqual({ hit: 1, total: 3 });
    expect(score.misses.filter((miss) => miss.kind === 'trap-taken')).toHaveLength(2);
  });

  it('skips the markup traps when it is not given the plain text', () => {
    expect(scoreArticle('a', trapped, empty).trapsAvoided).toEqual({ hit: 2, total: 2 });
  });
});
