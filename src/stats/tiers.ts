/**
 * Performance tiers from rank intervals (e.g. bootstrap 95% intervals of each model's rank), models
 * ordered best first. A tier's rank is its first model's position (1 + the models in better tiers),
 * moved into that model's own interval if it lies outside; the models after it join while that rank
 * lies in their own closed interval [low, high]; the first whose interval excludes it starts the
 * next tier. So every member's interval holds its tier's rank: no rank printed for a tier is one a
 * member's own interval rules out. Neighbours in different tiers may still overlap: a boundary
 * says the next model cannot hold the tier's rank, not that the two differ. Cost: O(n).
 * @example rankTiers([{low: 1, high: 2}, {low: 1, high: 3}, {low: 2, high: 5}]) // tier [1, 1, 2], rank [1, 1, 3]
 */

/** A model's rank interval: rank 1 is best, so low <= high. */
export interface RankInterval {
  readonly low: number;
  readonly high: number;
}

export interface Tiers {
  /** tier[i]: 1 for the best tier, 2 for the next, ... */
  readonly tier: Int32Array;
  /** rank[i]: the rank model i's tier shares, inside every member's interval. */
  readonly rank: Int32Array;
}

/** The rule, for outputs that state it. */
export const TIER_RULE =
  "in order of the point estimate, a tier's rank is its first model's position (moved into that model's 95% rank interval if outside) " +
  'and the next models join while their own 95% rank interval contains that rank, shown as tier (=rank). ' +
  'Models in neighbouring tiers may still overlap';

export function rankTiers(intervals: readonly RankInterval[]): Tiers {
  check(intervals);
  const n = intervals.length;
  const tier = new Int32Array(n);
  const rank = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const { low, high } = intervals[i];
    const joins = i > 0 && low <= rank[i - 1] && rank[i - 1] <= high;
    tier[i] = joins ? tier[i - 1] : i === 0 ? 1 : tier[i - 1] + 1;
    rank[i] = joins ? rank[i - 1] : Math.min(high, Math.max(low, i + 1));
  }
  return { tier, rank };
}

function check(intervals: readonly RankInterval[]): void {
  intervals.forEach(({ low, high }, i) => {
    if (!Number.isFinite(low) || !Number.isFinite(high) || low > high) {
      throw new RangeError(`rank interval ${i} is [${low}, ${high}]; expected finite low <= high`);
    }
  });
}
