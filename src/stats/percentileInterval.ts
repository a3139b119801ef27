/**
 * A central percentile interval of B draws (bootstrap replicates), each end with its Monte Carlo
 * standard error from B being finite, by the binomial order-statistic method: the q-quantile is the
 * order statistic X(j), j = ceil(qB) (nearest rank, 1-based); how many of B draws fall below the
 * true quantile is Binomial(B, q), so j is uncertain by d = sqrt(B q (1 - q)) and the end's SE is
 * (X(j + d) - X(j - d)) / 2 (fractional positions interpolated, clamped to 1..B). Cost: O(B log B).
 * @example percentileInterval(draws, 0.95) // { low: X(ceil(0.025 B)), high: X(ceil(0.975 B)), lowStdError, highStdError }
 */

export interface PercentileInterval {
  readonly low: number;
  readonly high: number;
  readonly lowStdError: number;
  readonly highStdError: number;
}

/** How the ends' standard errors are computed, for outputs that state their method. */
export const ENDPOINT_STD_ERROR_METHOD =
  'binomial order statistics: the end X(j), j = ceil(qB), has SE (X(j+d) - X(j-d)) / 2 with d = sqrt(B q (1-q))';

export function percentileInterval(draws: ArrayLike<number>, level: number): PercentileInterval {
  if (!(level > 0 && level < 1)) throw new RangeError(`percentileInterval: level must be in (0, 1), not ${level}`);
  if (draws.length === 0) throw new RangeError('percentileInterval: no draws');
  const sorted = Float64Array.from(draws).sort();
  if (Number.isNaN(sorted[sorted.length - 1])) throw new RangeError('percentileInterval: a draw is NaN');
  const low = end(sorted, (1 - level) / 2);
  const high = end(sorted, (1 + level) / 2);
  return { low: low.value, high: high.value, lowStdError: low.stdError, highStdError: high.stdError };
}

function end(sorted: Float64Array, q: number): { value: number; stdError: number } {
  const B = sorted.length;
  const j = Math.min(B, Math.max(1, Math.ceil(q * B - 1e-9))); // 1e-9: 0.025 * 1000 is 25, not 25.000000000000004
  const d = Math.sqrt(B * q * (1 - q));
  return { value: sorted[j - 1], stdError: (at(sorted, j + d) - at(sorted, j - d)) / 2 };
}

/** The order statistic at 1-based position `position`, interpolated, clamped to the sample. */
function at(sorted: Float64Array, position: number): number {
  const p = Math.min(sorted.length, Math.max(1, position)) - 1;
  const below = Math.floor(p);
  const above = Math.min(sorted.length - 1, below + 1);
  return sorted[below] + (p - below) * (sorted[above] - sorted[below]);
}
