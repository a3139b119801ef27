/**
 * HELM's mean win rate: on each benchmark, the share of the other models this model beats (a tie
 * worth half a win), then the mean over benchmarks. Higher is better, in [0, 1]. Follows HELM's
 * compute_aggregate_row_win_rates (helm/benchmark/presentation/summarize.py), missing cells
 * included: a model without a score on a benchmark is not compared there, the others' shares are
 * over the models that have one, and a benchmark with fewer than two scores is skipped. A model
 * compared on no benchmark gets null (HELM's None), never NaN. Cost: O(B M log M).
 * @example meanWinRate(table, rounds) // [0.75, 0.25, null]
 */
import type { Round } from '../input/roundPlan.js';
import { planBenchmarks, type ScoreColumns } from './planBenchmarks.js';
import { fractionalRanks } from './ranks.js';

export function meanWinRate(table: ScoreColumns, rounds: readonly Pick<Round, 'benchmarks'>[]): (number | null)[] {
  const M = table.models.length;
  const sums = new Float64Array(M);
  const counts = new Int32Array(M);
  for (const b of planBenchmarks(table, rounds)) {
    const present: number[] = [];
    for (let m = 0; m < M; m++) if (!Number.isNaN(table.scores[b * M + m])) present.push(m);
    const n = present.length;
    if (n < 2) continue;
    // A fractional rank r (1 = best, ties averaged) means n - r models beaten, ties counted as
    // half: r = 1 + better + (tied - 1) / 2, and worse = n - 1 - better - (tied - 1).
    const ranks = fractionalRanks(present.map((m) => table.scores[b * M + m]));
    present.forEach((m, i) => {
      sums[m] += (n - ranks[i]) / (n - 1);
      counts[m]++;
    });
  }
  return Array.from(sums, (sum, m) => (counts[m] === 0 ? null : sum / counts[m]));
}
