import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fnv1a, mulberry32 } from '../../../shared/hash';
import { lastStartingAt, partitionPoint } from '../../../shared/search';
import { verbName } from '../../../shared/verbs';

describe('partitionPoint (the one binary search)', () => {
  it('finds the first index at or after a value in a sorted list, from any start, as a linear scan does', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 50 })),
        fc.integer({ min: -5, max: 55 }),
        fc.nat(),
        (raw, x, f) => {
          const list = raw.sort((a, b) => a - b);
          const from = list.length === 0 ? 0 : f % (list.length + 1);
          let linear = from;
          while (linear < list.length && list[linear]! < x) linear += 1;
          expect(partitionPoint(list.length, (i) => list[i]! < x, from)).toBe(linear);
        },
      ),
    );
  });

  it('gives the last span starting at or before a point, or 0', () => {
    const spans = [{ start: 0 }, { start: 10 }, { start: 20 }];
    expect(lastStartingAt(spans, 15)).toBe(1);
    expect(lastStartingAt(spans, 20)).toBe(2);
    expect(lastStartingAt([{ start: 5 }], 1)).toBe(0);
    expect(lastStartingAt([], 3)).toBe(0);
  });
});

describe('hashing and seeded randomness', () => {
  it('is 32-bit FNV-1a (the published test values) and a repeatable mulberry32 stream in [0, 1)', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
    const a = mulberry32(42);
    const b = mulberry32(42);
    const run = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(run);
    for (const x of run) expect(x >= 0 && x < 1).toBe(true);
    expect(mulberry32(43)()).not.toBe(run[0]);
  });
});

it('names the preload verb of a channel', () => {
  expect(verbName('library:save')).toBe('librarySave');
  expect(verbName('cards:setPublished')).toBe('cardsSetPublished');
});
