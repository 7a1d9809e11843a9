import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drillItems, moveItem, orderScore, ratingForScore } from '../../../renderer/src/lib/timeline-drill';

const events = (n: number) => Array.from({ length: n }, (_, i) => ({ text: `Event ${i}`, when: `${2000 + i}` }));

describe('timeline drill', () => {
  it('shuffles the same card the same way every time, never already in order', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), fc.integer({ min: 2, max: 12 }), (id, n) => {
        const a = drillItems(id, events(n));
        expect(drillItems(id, events(n))).toEqual(a);
        expect(a.map((x) => x.rank)).not.toEqual([...a.keys()]);
      }),
    );
  });

  it('keeps four to six events, spread over the timeline, in their true order by rank', () => {
    const picked = drillItems('card', events(9));
    expect(picked).toHaveLength(6);
    const byRank = [...picked].sort((a, b) => a.rank - b.rank).map((x) => x.text);
    expect(byRank[0]).toBe('Event 0');
    expect(byRank).toEqual([...byRank].sort((a, b) => Number(a.split(' ')[1]) - Number(b.split(' ')[1])));
    expect(drillItems('card', events(4))).toHaveLength(4);
  });

  it('scores the share of pairs in order and turns it into a rating', () => {
    expect(orderScore([0, 1, 2, 3])).toBe(1);
    expect(orderScore([3, 2, 1, 0])).toBe(0);
    expect(orderScore([1, 0, 2, 3, 4])).toBeCloseTo(0.9);
    expect(ratingForScore(1)).toBe(3);
    expect(ratingForScore(0.9)).toBe(2);
    expect(ratingForScore(0.5)).toBe(1);
  });

  it('moves one item and leaves the rest in place', () => {
    expect(moveItem(['a', 'b', 'c'], 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveItem(['a', 'b', 'c'], 0, 5)).toEqual(['a', 'b', 'c']);
  });
});

describe('events of one date', () => {
  const tied = [
    { text: 'The envoys met', when: '3 May 2024', iso: '2024-05-03' },
    { text: 'The treaty was signed', when: '9 June 2024', iso: '2024-06-09' },
    { text: 'The border reopened', when: '9 June 2024', iso: '2024-06-09' },
    { text: 'Trade resumed', when: 'July 2024', iso: '2024-07' },
  ];

  it('share a tier, so either order of the two is all right', () => {
    const items = drillItems('tie-card', tied);
    const tierOf = (text: string) => items.find((i) => i.text === text)!.tier;
    expect(tierOf('The treaty was signed')).toBe(tierOf('The border reopened'));
    expect(tierOf('The envoys met')).toBe(0);
    expect(tierOf('Trade resumed')).toBe(3);
    // Both orders of the tied pair score 1 (all in order).
    expect(orderScore([0, 1, 1, 3])).toBe(1);
    const swapped = ['The envoys met', 'The border reopened', 'The treaty was signed', 'Trade resumed'].map(tierOf);
    expect(orderScore(swapped)).toBe(1);
    expect(ratingForScore(orderScore(swapped))).toBe(3);
  });
});
