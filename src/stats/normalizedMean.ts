/**
 * The normalised mean leaderboard: on each benchmark, scores are min-max scaled to [0, 1] across
 * the models that have one (best 1, worst 0; if they are all equal, 0.5 to each), then each
 * model's mean is taken over the benchmarks it has. Stops a wide-ranged benchmark from dominating
 * the plain mean. Higher is better. Cost: O(B M).
 * Missing cells take no part in a benchmark's min and max and are left out of the model's mean;
 * a model with no score on any of the benchmarks gets null, never NaN.
 * @example normalizedMean(table, rounds) // [0.83, 0.5, null]
 */
import type { Round } from '../input/roundPlan.js';
import { planBenchmarks, type ScoreColumns } from './planBenchmarks.js';

export function normalizedMean(table: ScoreColumns, rounds: readonly Pick<Round, 'benchmarks'>[]): (number | null)[] {
  const M = table.models.length;
  const sums = new Float64Array(M);
  const counts = new Int32Array(M);
  for (const b of planBenchmarks(table, rounds)) {
    const row = table.scores.subarray(b * M, (b + 1) * M);
    let low = Infinity;
    let high = -Infinity;
    for (const x of row) {
      if (Number.isNaN(x)) continue;
      low = Math.min(low, x);
      high = Math.max(high, x);
    }
    for (let m = 0; m < M; m++) {
      const x = row[m];
      if (Number.isNaN(x)) continue;
      // Equal scores carry no ranking information; 0.5 keeps such a benchmark neutral.
      sums[m] += high === low ? 0.5 : (x - low) / (high - low);
      counts[m]++;
    }
  }
  return Array.from(sums, (sum, m) => (counts[m] === 0 ? null : sum / counts[m]));
}
