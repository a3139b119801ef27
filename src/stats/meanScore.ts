/**
 * The plain mean leaderboard: each model's arithmetic mean score over the plan's benchmarks
 * (raw scores, no normalisation; the paper's "mean" baseline). Higher is better. Cost: O(B M)
 * BigInt operations.
 * Exact: each score is the decimal it prints as and the mean is the double nearest the exact
 * mean, so equal means are identical numbers (stats/exactMeans.ts states the one limit).
 * Missing cells are left out of that model's mean (HELM's compute_aggregate_row_means does the
 * same); a model with no score on any of the benchmarks gets null, never NaN.
 * @example meanScore(table, rounds) // [0.71, 0.64, null]
 */
import { decimalSum } from '../core/exactDecimal.js';
import { decimalRatio } from '../core/fraction.js';
import type { Round } from '../input/roundPlan.js';
import { ExactMeans } from './exactMeans.js';
import { planBenchmarks, type ScoreColumns } from './planBenchmarks.js';

export function meanScore(table: ScoreColumns, rounds: readonly Pick<Round, 'benchmarks'>[]): (number | null)[] {
  const M = table.models.length;
  const benchmarks = planBenchmarks(table, rounds);
  const means = new ExactMeans(M);
  table.models.forEach((_, m) => {
    const present = benchmarks.map((b) => table.scores[b * M + m]).filter((x) => !Number.isNaN(x));
    // One term per score, summed as decimals first: a single fraction per model.
    if (present.length > 0) means.add(m, decimalRatio(decimalSum(present)), present.length);
  });
  return means.means();
}
