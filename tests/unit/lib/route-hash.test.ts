import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Route } from '../../../renderer/src/lib/navigation';
import { hashOf, routeFromHash } from '../../../renderer/src/lib/route-hash';
import { CARD_KINDS } from '../../../shared/card-kinds';

describe('routes as URL hashes', () => {
  it('opens the pages the app has always opened on', () => {
    expect(routeFromHash('')).toEqual({ name: 'library' });
    expect(routeFromHash('#/study')).toEqual({ name: 'study', scope: {} });
    expect(routeFromHash('#/quiz')).toEqual({ name: 'quiz' });
    expect(routeFromHash('#/timeline')).toEqual({ name: 'timeline' });
    expect(routeFromHash('#/progress')).toEqual({ name: 'progress' });
    expect(routeFromHash('#/cards')).toEqual({ name: 'cards' });
    expect(routeFromHash('#/settings')).toEqual({ name: 'settings' });
  });

  it('carries the card browser’s filter, a study scope and a reading position', () => {
    expect(routeFromHash('#/cards?article=art-one&facet=dates')).toEqual({
      name: 'cards',
      filter: { articleId: 'art-one', facet: 'dates' },
    });
    expect(hashOf({ name: 'cards', filter: { search: 'Prime Minister & co' } })).toBe(
      '#/cards?search=Prime+Minister+%26+co',
    );
    expect(routeFromHash('#/cards?search=Prime+Minister+%26+co')).toEqual({
      name: 'cards',
      filter: { search: 'Prime Minister & co' },
    });
    expect(routeFromHash('#/study?article=a1&kinds=quote-speaker,quote-finish&practice=schedule')).toEqual({
      name: 'study',
      scope: { articleId: 'a1', kinds: ['quote-speaker', 'quote-finish'], practice: { schedule: true } },
    });
    expect(routeFromHash('#/reading?article=a1&focus=120-184')).toEqual({
      name: 'reading',
      articleId: 'a1',
      focus: { start: 120, end: 184 },
    });
  });

  it('leaves out what does not parse instead of guessing', () => {
    expect(routeFromHash('#/cards?facet=people&article=Not%20An%20Id')).toEqual({ name: 'cards' });
    expect(routeFromHash('#/study?practice=maybe&facet=quotes')).toEqual({ name: 'study', scope: { facet: 'quotes' } });
    expect(routeFromHash('#/reading?focus=1-2')).toEqual({ name: 'library' });
    expect(routeFromHash('#/reading?article=a&focus=9-2')).toEqual({ name: 'reading', articleId: 'a' });
    expect(routeFromHash('#/nowhere?x=1')).toEqual({ name: 'library' });
    expect(routeFromHash('#study')).toEqual({ name: 'library' });
  });

  it('reads back every route it writes', () => {
    const articleId = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/);
    const facet = fc.constantFrom('actors', 'dates', 'quotes', 'arguments') as fc.Arbitrary<
      'actors' | 'dates' | 'quotes' | 'arguments'
    >;
    const text = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() === s && s.length > 0);
    const practice = fc.option(fc.record({ schedule: fc.boolean() }), { nil: undefined });
    const clean = <T extends object>(o: T) =>
      Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
    const route: fc.Arbitrary<Route> = fc.oneof(
      fc.constant({ name: 'library' } as Route),
      fc.constant({ name: 'progress' } as Route),
      fc.constant({ name: 'settings' } as Route),
      practice.map((p) => clean({ name: 'quiz' as const, practice: p })),
      fc
        .record(
          {
            articleId,
            facet,
            kinds: fc.array(fc.constantFrom(...CARD_KINDS), { minLength: 1, maxLength: 3 }),
            actor: text,
            practice: fc.record({ schedule: fc.boolean() }),
          },
          { requiredKeys: [] },
        )
        .map((scope) => ({ name: 'study' as const, scope })),
      fc
        .record({
          articleId,
          focus: fc.option(fc.record({ start: fc.nat(1000), end: fc.nat(1000) }), { nil: undefined }),
        })
        .map(({ articleId: id, focus }) =>
          clean({
            name: 'reading' as const,
            articleId: id,
            focus: focus
              ? { start: Math.min(focus.start, focus.end), end: Math.max(focus.start, focus.end) }
              : undefined,
          }),
        ),
      fc
        .record({ articleId, facet, search: text }, { requiredKeys: [] })
        .map((filter) =>
          Object.keys(filter).length ? { name: 'cards' as const, filter } : { name: 'cards' as const },
        ),
    );
    fc.assert(
      fc.property(route, (r) => {
        expect(routeFromHash(hashOf(r))).toEqual(r);
      }),
    );
  });
});
