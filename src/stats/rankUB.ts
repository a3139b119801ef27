/**
 * LMArena's "Rank (UB)", by its own rule (FastChat, fastchat/serve/monitor/monitor.py,
 * recompute_final_ranking): a model's rank is 1 + the number of models whose score interval's
 * lower end is above its upper end (`np.searchsorted(sorted_q025, q975, side="right")`: strictly
 * above). Applied to score intervals (higher is better), never to rank intervals: the two differ
 * whenever replicates move models together (A above B in every replicate, yet their score
 * intervals overlap). Cost: O(n log n).
 * @example rankUB([{low: 10, high: 12}, {low: 7, high: 9.5}, {low: 9, high: 11}]) // [1, 2, 1]
 */

/** A model's score interval: higher is better, low <= high. */
export interface ScoreInterval {
  readonly low: number;
  readonly high: number;
}

/** The rule, for outputs that state it. */
export const RANK_UB_RULE =
  "LMArena's Rank (UB) (FastChat recompute_final_ranking): 1 + the models whose E[S] interval's lower end is above this model's upper end";

export function rankUB(intervals: readonly ScoreInterval[]): Int32Array {
  intervals.forEach(({ low, high }, i) => {
    if (!Number.isFinite(low) || !Number.isFinite(high) || low > high) {
      throw new RangeError(`score interval ${i} is [${low}, ${high}]; expected finite low <= high`);
    }
  });
  const lows = Float64Array.from(intervals, (r) => r.low).sort();
  return Int32Array.from(intervals, ({ high }) => 1 + lows.length - countAtMost(lows, high));
}

/** The number of entries of ascending `sorted` at or below `value` (numpy's searchsorted, side right). */
function countAtMost(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
