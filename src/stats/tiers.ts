/**
 * Performance tiers from rank intervals (e.g. bootstrap 95% intervals of each model's rank), models
 * ordered best first: a tier is a run of consecutive models whose closed intervals [low, high] all
 * share a rank; the first model whose interval misses the ranks the run shares starts the next tier.
 * A tier's common ranks (the intersection, [max low, min high]) lie inside every member's interval,
 * so no rank printed for a tier is one a member's own interval rules out. Greedy from the top makes
 * the fewest such runs. Neighbours in different tiers may still overlap: a tier boundary says the
 * run cannot go on sharing a rank, not that the two neighbours differ. Cost: O(n).
 * @example rankTiers([{low: 1, high: 2}, {low: 1, high: 3}, {low: 3, high: 5}]) // tier [1, 1, 2], common ranks [1-2, 1-2, 3-5]
 */

/** A model's rank interval: rank 1 is best, so low <= high. */
export interface RankInterval {
  readonly low: number;
  readonly high: number;
}

export interface Tiers {
  /** tier[i]: 1 for the best tier, 2 for the next, ... */
  readonly tier: Int32Array;
  /** The ranks every member of model i's tier shares: [low[i], high[i]]. */
  readonly low: Int32Array;
  readonly high: Int32Array;
}

/** The rule, for outputs that state it. */
export const TIER_RULE =
  'a tier is a run of consecutive models (by the point estimate) whose 95% rank intervals all contain a common rank, ' +
  'shown as tier (common ranks); the next model whose interval misses them starts the next tier. ' +
  'Models in neighbouring tiers may still overlap';

export function rankTiers(intervals: readonly RankInterval[]): Tiers {
  check(intervals);
  const n = intervals.length;
  const tier = new Int32Array(n);
  const low = new Int32Array(n);
  const high = new Int32Array(n);
  let first = 0; // the current tier is intervals[first .. i)
  let common = { low: -Infinity, high: Infinity };
  const close = (end: number) => {
    low.fill(common.low, first, end);
    high.fill(common.high, first, end);
  };
  for (let i = 0; i < n; i++) {
    const next = { low: Math.max(common.low, intervals[i].low), high: Math.min(common.high, intervals[i].high) };
    if (next.low > next.high) {
      close(i);
      first = i;
      common = { low: intervals[i].low, high: intervals[i].high };
    } else {
      common = next;
    }
    tier[i] = i === first ? (i === 0 ? 1 : tier[i - 1] + 1) : tier[i - 1];
  }
  close(n);
  return { tier, low, high };
}

function check(intervals: readonly RankInterval[]): void {
  intervals.forEach(({ low, high }, i) => {
    if (!Number.isInteger(low) || !Number.isInteger(high) || low > high) {
      throw new RangeError(`rank interval ${i} is [${low}, ${high}]; expected whole numbers low <= high`);
    }
  });
}
