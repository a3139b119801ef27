/**
 * The plain mean leaderboard: each model's arithmetic mean score over the plan's benchmarks
 * (raw scores, no normalisation; the paper's "mean" baseline). Higher is better. Cost: O(B M).
 * Missing cells are left out of that model's mean (HELM's compute_aggregate_row_means does the
 * same); a model with no score on any of the benchmarks gets null, never NaN.
 * @example meanScore(table, rounds) // [0.71, 0.64, null]
 */
import type { Round } from '../input/roundPlan.js';
import { planBenchmarks, type ScoreColumns } from './planBenchmarks.js';

export function meanScore(table: ScoreColumns, rounds: readonly Pick<Round, 'benchmarks'>[]): (number | null)[] {
  const M = table.models.length;
  const benchmarks = planBenchmarks(table, rounds);
  return table.models.map((_, m) => {
    let sum = 0;
    let count = 0;
    for (const b of benchmarks) {
      const x = table.scores[b * M + m];
      if (Number.isNaN(x)) continue;
      sum += x;
      count++;
    }
    return count === 0 ? null : sum / count;
  });
}
