import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, FACETS } from '../../../../electron/contract';
import { computeSummary } from '../../../../electron/main/progress/stats';
import type { ReviewRecord, StoredCard } from '../../../../electron/main/progress/types';
import { dashboardCards, dashboardReviews } from './dashboard-fixture';

const DAY = 86_400_000;
const NOW = Date.parse('2026-06-15T13:17:00Z');
const savedTz = process.env.TZ;
beforeEach(() => {
  process.env.TZ = 'UTC';
});
afterEach(() => {
  process.env.TZ = savedTz;
});

/** In UTC a study day is simply [k * DAY + hour, (k + 1) * DAY + hour). */
function todayStart(hour: number): number {
  const shift = hour * 3_600_000;
  return Math.floor((NOW - shift) / DAY) * DAY + shift;
}

const template = dashboardCards()[0];
const cardArb = fc
  .record({
    state: fc.constantFrom(0, 1, 2, 3),
    dueOffset: fc.integer({ min: -10 * DAY, max: 40 * DAY }),
    review: fc.constantFrom('accepted', 'accepted', 'pending', 'rejected'),
    suspended: fc.boolean(),
    retired: fc.boolean(),
    facet: fc.constantFrom(...FACETS),
    stability: fc.double({ min: 0.1, max: 400, noNaN: true }),
    sinceReview: fc.integer({ min: 0, max: 400 * DAY }),
    lapses: fc.nat(20),
  })
  .map(
    (g): StoredCard => ({
      ...template,
      draft: { ...template.draft, facet: g.facet },
      review: g.review as StoredCard['review'],
      suspended: g.suspended,
      retired: g.retired,
      fsrs: {
        ...template.fsrs,
        state: g.state as StoredCard['fsrs']['state'],
        due: NOW + g.dueOffset,
        stability: g.stability,
        last_review: g.state === 0 ? null : NOW - g.sinceReview,
        lapses: g.lapses,
      },
    }),
  );

const reviewTemplate = dashboardReviews()[1];
const reviewArb = fc
  .record({
    ago: fc.integer({ min: -2 * DAY, max: 400 * DAY }),
    rating: fc.constantFrom(1, 2, 3, 4),
    before: fc.constantFrom(0, 1, 2, 3),
  })
  .map(
    (g): ReviewRecord => ({
      ...reviewTemplate,
      at: NOW - g.ago,
      rating: g.rating as ReviewRecord['rating'],
      before: { ...reviewTemplate.before, state: g.before as ReviewRecord['before']['state'] },
    }),
  );

const isActive = (c: StoredCard) => c.review === 'accepted' && !c.retired && !c.suspended;

describe('computeSummary properties', () => {
  it('forecasts exactly the active studied cards due within 30 study days', () => {
    fc.assert(
      fc.property(fc.array(cardArb, { maxLength: 80 }), fc.integer({ min: 0, max: 23 }), (cards, hour) => {
        const s = computeSummary({
          cards,
          reviews: [],
          settings: { ...DEFAULT_SETTINGS, dayStartHour: hour },
          now: new Date(NOW),
          articleTitles: new Map(),
        });
        const start = todayStart(hour);
        const due = cards.filter((c) => isActive(c) && c.fsrs.state !== 0).map((c) => c.fsrs.due);
        expect(s.forecast30.reduce((a, b) => a + b, 0)).toBe(due.filter((d) => d < start + 30 * DAY).length);
        expect(s.dueToday).toBe(due.filter((d) => d < start + DAY).length);
        expect(s.dueTomorrow).toBe(due.filter((d) => d >= start + DAY && d < start + 2 * DAY).length);
        expect(s.dueNow).toBe(due.filter((d) => d <= NOW).length);
        expect(s.forecast30[0]).toBe(s.dueToday);
      }),
    );
  });

  it('gives every active card to exactly one facet and keeps mastery within 0..1', () => {
    fc.assert(
      fc.property(fc.array(cardArb, { maxLength: 80 }), (cards) => {
        const s = computeSummary({
          cards,
          reviews: [],
          settings: DEFAULT_SETTINGS,
          now: new Date(NOW),
          articleTitles: new Map(),
        });
        expect(s.masteryByFacet.map((m) => m.key)).toEqual([...FACETS]);
        expect(s.masteryByFacet.reduce((a, m) => a + m.cards, 0)).toBe(cards.filter(isActive).length);
        for (const m of [...s.masteryByFacet, ...s.masteryByArticle]) {
          if (m.mastery !== null) expect(m.mastery).toBeGreaterThanOrEqual(0);
          if (m.mastery !== null) expect(m.mastery).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it('puts every past review of the last 365 study days into the activity, and today at the end', () => {
    fc.assert(
      fc.property(fc.array(reviewArb, { maxLength: 120 }), fc.integer({ min: 0, max: 23 }), (reviews, hour) => {
        const s = computeSummary({
          cards: [],
          reviews,
          settings: { ...DEFAULT_SETTINGS, dayStartHour: hour },
          now: new Date(NOW),
          articleTitles: new Map(),
        });
        const start = todayStart(hour);
        const inYear = reviews.filter((r) => r.at >= start - 364 * DAY && r.at < start + DAY).length;
        expect(s.activity365.reduce((a, d) => a + d.count, 0)).toBe(inYear);
        expect(s.activity365[364].count).toBe(s.reviewedToday);
        expect(s.reviewedToday).toBe(reviews.filter((r) => r.at >= start && r.at < start + DAY).length);
        expect(s.timeTotalMs).toBe(reviews.length * reviewTemplate.durationMs);
        if (s.retention30 !== null) expect(s.retention30).toBeGreaterThanOrEqual(0);
        if (s.retention30 !== null) expect(s.retention30).toBeLessThanOrEqual(1);
        expect(s.streakDays).toBeLessThanOrEqual(401);
      }),
    );
  });
});
