/**
 * The first index where two name lists differ (including one running out first), or -1 if they
 * are equal. Used to point at the first model a win-matrix file lists differently.
 */
export function firstDifference(a: readonly string[], b: readonly string[]): number {
  const length = Math.max(a.length, b.length);
  for (let i = 0; i < length; i++) {
    if (a[i] !== b[i]) return i;
  }
  return -1;
}
