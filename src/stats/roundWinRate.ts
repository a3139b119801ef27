/**
 * The mean win rate over round scores, CSD's weighting of the data: HELM's rule exactly as
 * meanWinRate applies it per benchmark (the share of the other models with a score that the model
 * beats, a tie worth half a win; a round with fewer than two scores skipped; a model's missing
 * round left out of its mean), applied to each model's round scores by CSD's rule (the raw mean
 * of the round's benchmarks, missing when any is missing: input/roundOutcomes.ts). With one
 * benchmark per round it is meanWinRate. Higher is better, in [0, 1]; null for a model compared in
 * no round. Exact: round means are compared exactly (core/exactRoundMeans.ts), so means equal on
 * paper tie; shares are fractions (stats/meanWinShare.ts). Cost: O(B M + K M log M).
 * @example roundWinRate(table, parseRounds('A,B;C', table.benchmarks)) // [0.75, 0.25, null]
 */
import { exactRoundMeans } from '../core/exactRoundMeans.js';
import type { Round } from '../input/roundPlan.js';
import { meanWinShare } from './meanWinShare.js';
import type { ScoreColumns } from './planBenchmarks.js';
import { roundBenchmarks } from './roundBenchmarks.js';

export function roundWinRate(table: ScoreColumns, rounds: readonly Pick<Round, 'benchmarks'>[]): (number | null)[] {
  const M = table.models.length;
  const rows = roundBenchmarks(table, rounds)
    .filter((benchmarks) => benchmarks.length > 0) // a round of nothing compares no one
    .map((benchmarks) => {
      const scores = new Float64Array(M);
      exactRoundMeans(table.scores, M, benchmarks, scores); // NaN: a missing round
      return scores;
    });
  return meanWinShare(rows, M);
}
