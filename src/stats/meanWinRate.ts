/**
 * HELM's mean win rate: on each benchmark, the share of the other models this model beats (a tie
 * worth half a win), then the mean over benchmarks. Higher is better, in [0, 1]. Follows HELM's
 * compute_aggregate_row_win_rates (helm/benchmark/presentation/summarize.py), missing cells
 * included: a model without a score on a benchmark is not compared there, the others' shares are
 * over the models that have one, and a benchmark with fewer than two scores is skipped. A model
 * compared on no benchmark gets null (HELM's None), never NaN. Exact: shares are fractions and the
 * mean the double nearest the exact mean, so equal means are identical numbers (stats/
 * meanWinShare.ts applies the rule). Cost: O(B M log M).
 * @example meanWinRate(table, rounds) // [0.75, 0.25, null]
 */
import type { Round } from '../input/roundPlan.js';
import { meanWinShare } from './meanWinShare.js';
import { planBenchmarks, type ScoreColumns } from './planBenchmarks.js';

export function meanWinRate(table: ScoreColumns, rounds: readonly Pick<Round, 'benchmarks'>[]): (number | null)[] {
  const M = table.models.length;
  const rows = planBenchmarks(table, rounds).map((b) => table.scores.subarray(b * M, (b + 1) * M));
  return meanWinShare(rows, M);
}
