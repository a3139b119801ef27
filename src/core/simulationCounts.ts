/**
 * What a block of tournaments leaves behind: integer counts only, so that merging blocks is
 * exact (sums of integers below 2^53 in float64) and results are identical however the blocks
 * were spread over threads.
 */

export interface SimulationCounts {
  /** Tournaments counted. */
  iterations: number;
  /** finalPoints[m * (K + 1) + s]: tournaments in which model m finished with s points. */
  readonly finalPoints: Float64Array;
}

export function emptyCounts(modelCount: number, roundCount: number): SimulationCounts {
  return { iterations: 0, finalPoints: new Float64Array(modelCount * (roundCount + 1)) };
}

/** target += source, element by element. */
export function addCounts(target: SimulationCounts, source: SimulationCounts): void {
  target.iterations += source.iterations;
  const t = target.finalPoints;
  const s = source.finalPoints;
  for (let i = 0; i < t.length; i++) t[i] += s[i];
}
