/** Index of the last span that starts at or before `at` (binary search over spans sorted by start); 0 when none does. */
export function lastStartingAt(list: readonly { start: number }[], at: number): number {
  let lo = 0;
  let hi = list.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (list[mid].start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
