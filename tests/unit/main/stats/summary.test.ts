import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../electron/contract';
import { computeSummary } from '../../../../electron/main/progress/stats';
import type { ReviewRecord, StoredCard } from '../../../../electron/main/progress/types';
import {
  DASHBOARD_NOW,
  DASHBOARD_SETTINGS,
  DASHBOARD_TITLES,
  dashboardCards,
  dashboardReviews,
  DASHBOARD_EXPECTED as E,
} from './dashboard-fixture';

// Day boundaries are local time; these figures are worked out for UTC.
const savedTz = process.env.TZ;
beforeEach(() => {
  process.env.TZ = 'UTC';
});
afterEach(() => {
  process.env.TZ = savedTz;
});

function fixtureSummary() {
  return computeSummary({
    cards: dashboardCards(),
    reviews: dashboardReviews(),
    settings: DASHBOARD_SETTINGS,
    now: DASHBOARD_NOW,
    articleTitles: DASHBOARD_TITLES,
  });
}

describe('computeSummary on the hand-worked dashboard collection', () => {
  it('counts cards due now, by the end of today and tomorrow', () => {
    const s = fixtureSummary();
    expect([s.dueNow, s.dueToday, s.dueTomorrow]).toEqual([E.dueNow, E.dueToday, E.dueTomorrow]);
  });

  it('caps new cards by what is left of the daily new limit', () => {
    expect(fixtureSummary().newAvailable).toBe(E.newAvailable);
  });

  it('counts reviews, time and the streak by study day starting at 04:00', () => {
    const s = fixtureSummary();
    expect(s.reviewedToday).toBe(E.reviewedToday);
    expect(s.timeTodayMs).toBe(E.timeTodayMs);
    expect(s.timeTotalMs).toBe(E.timeTotalMs);
    expect(s.streakDays).toBe(E.streakDays);
  });

  it('measures true retention on review-state answers of the last 30 days', () => {
    expect(fixtureSummary().retention30).toBeCloseTo(E.retention30, 12);
  });

  it('forecasts 30 days with overdue cards on today and later ones left out', () => {
    const s = fixtureSummary();
    expect(s.forecast30).toHaveLength(30);
    const expected = Array.from({ length: 30 }, (_, i) => E.forecastNonZero[i] ?? 0);
    expect(s.forecast30).toEqual(expected);
  });

  it('lists 365 days of activity, oldest first, ending today', () => {
    const s = fixtureSummary();
    expect(s.activity365).toHaveLength(365);
    expect(s.activity365[0]).toEqual(E.activityFirst);
    expect(s.activity365[364]).toEqual({ date: '2026-03-10', count: 2 });
    const nonZero = Object.fromEntries(s.activity365.filter((d) => d.count > 0).map((d) => [d.date, d.count]));
    expect(nonZero).toEqual(E.activityNonZero);
  });

  it('gives mastery for all four facets in order', () => {
    expectMastery(fixtureSummary().masteryByFacet, E.masteryByFacet);
  });

  it('lists actors weakest first with their lapses', () => {
    expectMastery(fixtureSummary().masteryByActor, E.masteryByActor);
  });

  it('lists every article by title, an article without cards included', () => {
    expectMastery(fixtureSummary().masteryByArticle, E.masteryByArticle);
  });

  it('stamps the moment it describes', () => {
    expect(fixtureSummary().now).toBe('2026-03-10T15:00:00.000Z');
  });
});

function expectMastery(actual: { mastery: number | null }[], expected: { mastery: number | null }[]) {
  expect(actual.map((m) => ({ ...m, mastery: null }))).toEqual(expected.map((m) => ({ ...m, mastery: null })));
  actual.forEach((m, i) => {
    const want = expected[i].mastery;
    if (want === null) expect(m.mastery).toBeNull();
    else expect(m.mastery).toBeCloseTo(want, 7);
  });
}

describe('computeSummary edge cases', () => {
  const now = new Date('2026-06-15T12:00:00Z');
  const base = { settings: DEFAULT_SETTINGS, now, articleTitles: new Map<string, string>() };

  it('reports zeros, nulls and all four facets for an empty collection', () => {
    const s = computeSummary({ ...base, cards: [], reviews: [] });
    expect(s).toMatchObject({ dueNow: 0, dueToday: 0, newAvailable: 0, streakDays: 0, retention30: null });
    expect(s.masteryByFacet.map((m) => [m.key, m.mastery, m.cards])).toEqual([
      ['actors', null, 0],
      ['dates', null, 0],
      ['quotes', null, 0],
      ['arguments', null, 0],
    ]);
    expect(s.forecast30.every((n) => n === 0)).toBe(true);
    expect(s.activity365.every((d) => d.count === 0)).toBe(true);
  });

  it('keeps a streak alive through today when the last review was yesterday', () => {
    const reviews = ['2026-06-12T10:00:00Z', '2026-06-13T10:00:00Z', '2026-06-14T10:00:00Z'].map((at) => review(at));
    expect(computeSummary({ ...base, cards: [], reviews }).streakDays).toBe(3);
  });

  it('breaks the streak when a whole study day passed without reviews', () => {
    const reviews = [review('2026-06-12T10:00:00Z'), review('2026-06-13T10:00:00Z')];
    expect(computeSummary({ ...base, cards: [], reviews }).streakDays).toBe(0);
  });

  it('follows a streak longer than the activity year', () => {
    const reviews = Array.from({ length: 500 }, (_, i) =>
      review(new Date(now.getTime() - i * 86_400_000).toISOString()),
    );
    expect(computeSummary({ ...base, cards: [], reviews }).streakDays).toBe(500);
  });

  it('counts a review made after midnight but before the day start for the previous day', () => {
    const reviews = [review('2026-06-15T03:30:00Z')];
    const s = computeSummary({ ...base, now: new Date('2026-06-15T05:00:00Z'), cards: [], reviews });
    expect(s.reviewedToday).toBe(0);
    expect(s.activity365.at(-2)).toEqual({ date: '2026-06-14', count: 1 });
    const midnight = computeSummary({
      ...base,
      settings: { ...DEFAULT_SETTINGS, dayStartHour: 0 },
      now: new Date('2026-06-15T05:00:00Z'),
      cards: [],
      reviews,
    });
    expect(midnight.reviewedToday).toBe(1);
  });

  it('offers no new cards once more new cards were learnt today than the limit', () => {
    const cards = [newCard('n1'), newCard('n2')];
    const reviews = Array.from({ length: 4 }, () => review('2026-06-15T08:00:00Z', 0));
    const s = computeSummary({ ...base, settings: { ...DEFAULT_SETTINGS, newPerDay: 3 }, cards, reviews });
    expect(s.newAvailable).toBe(0);
  });

  it('counts a review dated after now in total time only', () => {
    const s = computeSummary({ ...base, cards: [], reviews: [review('2026-06-20T10:00:00Z')] });
    expect(s.timeTotalMs).toBe(1000);
    expect(s.reviewedToday).toBe(0);
    expect(s.timeTodayMs).toBe(0);
  });

  it('uses the decay of the parameters in use for mastery', () => {
    const card = reviewCard('r1', '2026-05-16T12:00:00Z', 10); // 30 days after the last review
    const withDefault = computeSummary({ ...base, cards: [card], reviews: [] }).masteryByFacet[0].mastery!;
    const w = new Array(21).fill(1);
    w[20] = 0.5;
    const withSteeper = computeSummary({ ...base, cards: [card], reviews: [], parameters: w }).masteryByFacet[0]
      .mastery!;
    // (1 + F t / S)^-0.5 with F = 0.9^-2 - 1 = 0.2345679, t / S = 3
    expect(withSteeper).toBeCloseTo((1 + (1 / 0.81 - 1) * 3) ** -0.5, 6);
    expect(withDefault).toBeGreaterThan(withSteeper);
  });

  it('counts an actor listed twice on one card once', () => {
    const card = { ...newCard('a'), draft: { ...newCard('a').draft, actors: ['X', 'X'] } };
    expect(computeSummary({ ...base, cards: [card], reviews: [] }).masteryByActor).toEqual([
      { key: 'X', label: 'X', mastery: null, cards: 1, studied: 0, lapses: 0 },
    ]);
  });
});

describe('computeSummary across a daylight-saving change', () => {
  beforeEach(() => {
    process.env.TZ = 'Europe/Berlin';
  });

  it('starts each study day at the local day-start hour on both sides of the change', () => {
    // Clocks go forward on 2026-03-29 at 02:00 CET; 04:00 local is 03:00 UTC before, 02:00 UTC after.
    const reviews = [
      review('2026-03-28T02:59:00Z'), // 03:59 CET March 28 -> study day March 27
      review('2026-03-28T03:00:00Z'), // 04:00 CET -> March 28
      review('2026-03-29T01:59:00Z'), // 03:59 CEST March 29 -> March 28
      review('2026-03-29T02:00:00Z'), // 04:00 CEST -> March 29
    ];
    const s = computeSummary({
      settings: DEFAULT_SETTINGS,
      now: new Date('2026-03-30T10:00:00Z'),
      articleTitles: new Map(),
      cards: [],
      reviews,
    });
    const counts = Object.fromEntries(s.activity365.slice(-4).map((d) => [d.date, d.count]));
    expect(counts).toEqual({ '2026-03-27': 1, '2026-03-28': 2, '2026-03-29': 1, '2026-03-30': 0 });
    expect(s.streakDays).toBe(3);
  });
});

function review(at: string, beforeState: 0 | 1 | 2 | 3 = 2, rating: 1 | 2 | 3 | 4 = 3): ReviewRecord {
  const state = dashboardReviews()[1].before;
  return {
    seq: 1,
    cardId: 'x',
    articleId: 'a',
    at: Date.parse(at),
    rating,
    mode: 'self',
    durationMs: 1000,
    before: { ...state, state: beforeState },
    after: state,
    retrievability: null,
  };
}

function newCard(id: string): StoredCard {
  const c = dashboardCards().find((x) => x.draft.id === 'c12')!;
  return { ...c, draft: { ...c.draft, id }, articleId: 'a' };
}

function reviewCard(id: string, last: string, stability: number): StoredCard {
  const c = newCard(id);
  return {
    ...c,
    fsrs: { ...c.fsrs, state: 2, stability, last_review: Date.parse(last), due: Date.parse(last) + 864e5 * 9 },
  };
}
