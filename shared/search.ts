/**
 * Binary search: the first index in [from, to) where `before(i)` is false, for a `before`
 * that is true on a prefix of the range and false after it (`to` when it is true throughout).
 * "First token starting at or after x" is `partitionPoint(tokens.length, (i) => tokens[i].start < x)`.
 */
export function partitionPoint(to: number, before: (index: number) => boolean, from = 0): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the last entry of a list sorted by `start` that starts at or before `at`; 0 when none does. */
export function lastStartingAt(list: readonly { start: number }[], at: number): number {
  return Math.max(0, partitionPoint(list.length, (i) => list[i]!.start <= at) - 1);
}
