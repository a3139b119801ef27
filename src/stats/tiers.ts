/**
 * Performance tiers from rank intervals (e.g. 95% bootstrap intervals of each model's rank).
 * rankTiers: models ordered best first; each tier is led by its first model, and the models after
 * it join while their closed interval [low, high] overlaps the leader's (they cannot be told apart
 * from the leader); the first that does not leads the next tier. All of a tier shares the rank of
 * its leader's position (1 + the models in better tiers: competition ranking of tiers). Comparing
 * with the leader, not with every member, keeps tiers from chaining: with overlapping neighbours
 * all the way down, a member-by-member rule would put the whole table in one tier. Cost: O(n).
 * lmarenaRank: LMArena's convention instead, 1 + the number of models statistically better,
 * i.e. whose whole rank interval lies strictly above (high_j < low_i). Cost: O(n log n).
 * The two differ: tiers are contiguous groups with one shared rank each; LMArena ranks are per model
 * and need not be monotone in the given order, nor have shared boundaries.
 * @example rankTiers([{low: 1, high: 2}, {low: 1, high: 3}, {low: 4, high: 5}]) // tier [1, 1, 2], rank [1, 1, 3]
 */

/** A model's rank interval: rank 1 is best, so low <= high. */
export interface RankInterval {
  readonly low: number;
  readonly high: number;
}

export interface Tiers {
  /** tier[i]: 1 for the best tier, 2 for the next, ... */
  readonly tier: Int32Array;
  /** rank[i]: the rank model i's tier shares, 1 + the number of models in better tiers. */
  readonly rank: Int32Array;
}

export function rankTiers(intervals: readonly RankInterval[]): Tiers {
  check(intervals);
  const n = intervals.length;
  const tier = new Int32Array(n);
  const rank = new Int32Array(n);
  let first = 0; // the current tier is intervals[first .. i), led by intervals[first]
  for (let i = 0; i < n; i++) {
    const { low, high } = intervals[i];
    const leader = intervals[first];
    const overlaps = i > 0 && low <= leader.high && leader.low <= high;
    if (i > 0 && !overlaps) first = i;
    tier[i] = i === 0 ? 1 : tier[i - 1] + (overlaps ? 0 : 1);
    rank[i] = first + 1;
  }
  return { tier, rank };
}

/** LMArena-style rank: 1 + #{j : high_j < low_i}. The input order does not matter. */
export function lmarenaRank(intervals: readonly RankInterval[]): Int32Array {
  check(intervals);
  const highs = intervals.map((r) => r.high).sort((a, b) => a - b);
  return Int32Array.from(intervals, ({ low }) => 1 + countBelow(highs, low));
}

/** The number of entries of ascending `sorted` strictly below `value` (binary search). */
function countBelow(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function check(intervals: readonly RankInterval[]): void {
  intervals.forEach(({ low, high }, i) => {
    if (!Number.isFinite(low) || !Number.isFinite(high) || low > high) {
      throw new RangeError(`rank interval ${i} is [${low}, ${high}]; expected finite low <= high`);
    }
  });
}
