/**
 * The mean of round scores, CSD's weighting of the data: each model's round score by CSD's rule
 * (the raw mean of the round's benchmarks; a round with any missing benchmark is missing for that
 * model, as input/roundOutcomes.ts says), then the mean of the model's present round scores, so
 * every round weighs the same whatever its size. With LiveBench's 7 categories as rounds this is
 * LiveBench's own Global Average (the mean of the category means). Higher is better. A model with
 * no complete round gets null, never NaN. Exact: scores are the decimals they print as and the
 * result the double nearest the exact mean (stats/exactMeans.ts). Cost: O(B M) BigInt operations.
 * @example roundMean(table, parseRounds('A,B;C', table.benchmarks)) // [(mean(A, B) + C) / 2, ...]
 */
import { decimalSum } from '../core/exactDecimal.js';
import { decimalRatio, ratio } from '../core/fraction.js';
import type { Round } from '../input/roundPlan.js';
import { ExactMeans } from './exactMeans.js';
import type { ScoreColumns } from './planBenchmarks.js';
import { roundBenchmarks } from './roundBenchmarks.js';

export function roundMean(table: ScoreColumns, rounds: readonly Pick<Round, 'benchmarks'>[]): (number | null)[] {
  const M = table.models.length;
  const means = new ExactMeans(M);
  for (const rows of roundBenchmarks(table, rounds)) {
    if (rows.length === 0) continue; // a round of nothing has no score for anyone
    for (let m = 0; m < M; m++) {
      const cells = rows.map((b) => table.scores[b * M + m]);
      if (cells.some(Number.isNaN)) continue;
      const sum = decimalRatio(decimalSum(cells));
      means.add(m, ratio(sum.num, sum.den * BigInt(rows.length)));
    }
  }
  return means.means();
}
