/** Spelling: how far apart two words are written (misspelt names, issue 10). Linear in the words' lengths times `max`. */

/** Edit distance of two short words, or `max + 1` as soon as it is over `max` (one row at a time). */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const next = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + cost);
      best = Math.min(best, next[j]);
    }
    if (best > max) return max + 1;
    row = next;
  }
  return row[b.length];
}
