/**
 * HELM's mean win rate rule (compute_aggregate_row_win_rates, helm/benchmark/presentation/
 * summarize.py) on rows of comparable values: in each row, a model's share of the other models
 * with a value that it beats, a tie worth half a win; then each model's mean over its rows. NaN is
 * missing: that model is not compared in that row, the others' shares are over the models present,
 * and a row with fewer than two values is skipped; a model compared in no row gets null (HELM's
 * None), never NaN. Shares are exact fractions and each mean the double nearest its exact value
 * (stats/exactMeans.ts). Cost: O(R M log M) for R rows.
 */
import { ratio } from '../core/fraction.js';
import { ExactMeans } from './exactMeans.js';
import { fractionalRanks } from './ranks.js';

export function meanWinShare(rows: readonly ArrayLike<number>[], modelCount: number): (number | null)[] {
  const means = new ExactMeans(modelCount);
  for (const row of rows) {
    const present: number[] = [];
    for (let m = 0; m < modelCount; m++) if (!Number.isNaN(row[m])) present.push(m);
    const n = present.length;
    if (n < 2) continue;
    // A fractional rank r (1 = best, ties averaged) means n - r models beaten, ties counted as
    // half: r = 1 + better + (tied - 1) / 2, and worse = n - 1 - better - (tied - 1). r is a whole
    // or half number, so 2 (n - r) is an exact integer.
    const ranks = fractionalRanks(present.map((m) => row[m]));
    present.forEach((m, i) => means.add(m, ratio(BigInt(2 * (n - ranks[i])), BigInt(2 * (n - 1)))));
  }
  return means.means();
}
