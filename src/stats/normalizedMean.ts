/**
 * The normalised mean leaderboard: on each benchmark, scores are min-max scaled to [0, 1] across
 * the models that have one (best 1, worst 0; if they are all equal, 0.5 to each), then each
 * model's mean is taken over the benchmarks it has. Stops a wide-ranged benchmark from dominating
 * the plain mean. Higher is better. Cost: O(B M) BigInt operations.
 * Exact: each score is the decimal it prints as, each scaled score an exact fraction, and the mean
 * the double nearest the exact mean, so equal means are identical numbers (stats/exactMeans.ts).
 * Missing cells take no part in a benchmark's min and max and are left out of the model's mean;
 * a model with no score on any of the benchmarks gets null, never NaN.
 * @example normalizedMean(table, rounds) // [0.83, 0.5, null]
 */
import { atOneScale } from '../core/exactDecimal.js';
import { ratio } from '../core/fraction.js';
import type { Round } from '../input/roundPlan.js';
import { ExactMeans } from './exactMeans.js';
import { planBenchmarks, type ScoreColumns } from './planBenchmarks.js';

const HALF = ratio(1n, 2n);

export function normalizedMean(table: ScoreColumns, rounds: readonly Pick<Round, 'benchmarks'>[]): (number | null)[] {
  const M = table.models.length;
  const means = new ExactMeans(M);
  for (const b of planBenchmarks(table, rounds)) {
    const row = table.scores.subarray(b * M, (b + 1) * M);
    const present: number[] = [];
    for (let m = 0; m < M; m++) if (!Number.isNaN(row[m])) present.push(m);
    // Exact decimals as integers over one power of ten, which (x - low) / (high - low) cancels.
    const scaled = atOneScale(present.map((m) => row[m])).integers;
    let low = scaled[0];
    let high = scaled[0];
    for (const x of scaled) {
      if (x < low) low = x;
      if (x > high) high = x;
    }
    present.forEach((m, i) => {
      // Equal scores carry no ranking information; 0.5 keeps such a benchmark neutral.
      means.add(m, high === low ? HALF : ratio(scaled[i] - low, high - low));
    });
  }
  return means.means();
}
