/**
 * Summarises a model's final-standing distribution P(rank = r), r = 1..M: the mean rank and a
 * central rank interval, by default 90%: [the 5% quantile, the 95% quantile], each the smallest r
 * whose cumulative probability reaches q (the inverse-CDF quantile of a discrete distribution;
 * "reaches" allows 1e-9 of rounding, so a cumulative 0.95 summed as 0.9499999999 still counts).
 * Cost: O(M).
 * @example rankSummary([0.5, 0.3, 0.2]) // { meanRank: 1.7, low: 1, high: 3 }
 */

export interface RankSummary {
  readonly meanRank: number;
  /** The (1 - level) / 2 quantile: the best end of the interval. */
  readonly low: number;
  /** The (1 + level) / 2 quantile: the worst end. */
  readonly high: number;
}

export interface RankSummaryOptions {
  /** Probability the interval covers, in (0, 1); default 0.9. */
  readonly level?: number;
}

const ROUNDING = 1e-9;

export function rankSummary(distribution: ArrayLike<number>, options: RankSummaryOptions = {}): RankSummary {
  const level = options.level ?? 0.9;
  if (!(level > 0 && level < 1)) throw new RangeError(`rankSummary: level must be in (0, 1), not ${level}`);
  let total = 0;
  let weighted = 0;
  for (let r = 0; r < distribution.length; r++) {
    const p = distribution[r];
    if (!(p >= 0 && p <= 1 + ROUNDING)) {
      throw new RangeError(`rankSummary: P(rank ${r + 1}) = ${p} is not a probability`);
    }
    total += p;
    weighted += (r + 1) * p;
  }
  if (Math.abs(total - 1) > 1e-6) throw new RangeError(`rankSummary: the probabilities sum to ${total}, not 1`);
  return {
    meanRank: weighted / total,
    low: quantile(distribution, total, (1 - level) / 2),
    high: quantile(distribution, total, (1 + level) / 2),
  };
}

/** The smallest rank whose cumulative share of `total` reaches q. */
function quantile(distribution: ArrayLike<number>, total: number, q: number): number {
  let cumulative = 0;
  for (let r = 0; r < distribution.length; r++) {
    cumulative += distribution[r];
    if (cumulative / total >= q - ROUNDING) return r + 1;
  }
  return distribution.length;
}
