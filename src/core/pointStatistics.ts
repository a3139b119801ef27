/**
 * Expected Win Score and its Monte Carlo standard error per model, from the final-points
 * histogram (SPEC.md "Monte Carlo and outputs"). Cost: O(M * (K + 1)).
 */
import type { SimulationCounts } from './simulationCounts.js';

export interface PointStatistics {
  /** E[S_m]: mean final points over the tournaments. */
  readonly expectedScore: Float64Array;
  /** sd(S_m) / sqrt(N), with the sample (N - 1) standard deviation. */
  readonly stdError: Float64Array;
}

export function pointStatistics(counts: SimulationCounts, modelCount: number): PointStatistics {
  const n = counts.iterations;
  const levels = counts.finalPoints.length / modelCount; // K + 1 points values
  const expectedScore = new Float64Array(modelCount);
  const stdError = new Float64Array(modelCount);
  for (let m = 0; m < modelCount; m++) {
    let total = 0;
    for (let s = 0; s < levels; s++) total += s * counts.finalPoints[s * modelCount + m];
    const mean = total / n;
    let squares = 0; // centred, for accuracy
    for (let s = 0; s < levels; s++) squares += (s - mean) * (s - mean) * counts.finalPoints[s * modelCount + m];
    expectedScore[m] = mean;
    stdError[m] = n > 1 ? Math.sqrt(squares / (n - 1) / n) : 0;
  }
  return { expectedScore, stdError };
}
