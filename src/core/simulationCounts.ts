/**
 * What a block of tournaments leaves behind: integer counts only, so that merging is exact (sums
 * of integers below 2^53 in float64) and results are identical however blocks were spread over
 * threads. Final standings need no counts of their own: every tournament of a plan ends with the
 * same multiset of points (GroupSchedule), so a model's points fix its place in the standings.
 */

export interface SimulationCounts {
  /** Tournaments counted. */
  iterations: number;
  /** finalPoints[s * M + m]: tournaments in which model m finished with s points. Points-major:
   *  the kernel counts finishers a points block at a time, so its increments stay within one row. */
  readonly finalPoints: Float64Array;
  /** leftAfter[m * K + k]: tournaments in which model m was eliminated after round k. */
  readonly leftAfter: Float64Array;
}

/**
 * Counts of a run of several plans on the same tournament seeds (a sweep): one SimulationCounts
 * per plan, and per model the sum and the sum of squares of (points under the last plan - points
 * under the first) over the tournaments, for the paired standard error of the drop.
 */
export interface RunCounts {
  readonly perPlan: SimulationCounts[];
  readonly dropSum: Float64Array;
  readonly dropSquares: Float64Array;
}

export function emptyCounts(modelCount: number, roundCount: number): SimulationCounts {
  return {
    iterations: 0,
    finalPoints: new Float64Array(modelCount * (roundCount + 1)),
    leftAfter: new Float64Array(modelCount * roundCount),
  };
}

export function emptyRunCounts(modelCount: number, roundCount: number, plans: number): RunCounts {
  return {
    perPlan: Array.from({ length: plans }, () => emptyCounts(modelCount, roundCount)),
    dropSum: new Float64Array(modelCount),
    dropSquares: new Float64Array(modelCount),
  };
}

/** target += source, element by element. */
export function addCounts(target: SimulationCounts, source: SimulationCounts): void {
  target.iterations += source.iterations;
  addInto(target.finalPoints, source.finalPoints);
  addInto(target.leftAfter, source.leftAfter);
}

export function addRunCounts(target: RunCounts, source: RunCounts): void {
  target.perPlan.forEach((counts, p) => addCounts(counts, source.perPlan[p]));
  addInto(target.dropSum, source.dropSum);
  addInto(target.dropSquares, source.dropSquares);
}

function addInto(target: Float64Array, source: Float64Array): void {
  for (let i = 0; i < target.length; i++) target[i] += source[i];
}
