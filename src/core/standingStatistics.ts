/**
 * Final standings and survival per model, from a run's counts: P(rank = r) with ties split, the
 * probability of finishing first, the mean rank and a 90% rank interval, the probability of still
 * being active after each round, and when models leave. Every tournament of a plan ends with the
 * same multiset of points (GroupSchedule.finishingWith), so finishing with s points means sharing
 * ranks [1 + #(more than s), #(at least s)] equally with the others on s: the standings follow
 * exactly from the final-points counts. Cost: O(M * (M + K)).
 */
import { rankSummary } from '../stats/rankSummary.js';
import type { GroupSchedule } from './groupSchedule.js';
import type { SimulationCounts } from './simulationCounts.js';

export interface StandingStatistics {
  /** P(finishing first), a tie for first split equally. */
  readonly pFirst: Float64Array;
  readonly meanRank: Float64Array;
  /** The 5% and 95% quantiles of the final standing. */
  readonly rankLow: Int32Array;
  readonly rankHigh: Int32Array;
  /** survival[m * K + k]: P(model m still active after round k). */
  readonly survival: Float64Array;
  /** P(eliminated at some point). */
  readonly pEliminated: Float64Array;
  /** Mean 1-based round after which the model left, over the tournaments where it left; NaN if never. */
  readonly meanEliminationRound: Float64Array;
}

export function standingStatistics(
  counts: SimulationCounts,
  schedule: GroupSchedule,
  modelCount: number,
  roundCount: number,
): StandingStatistics {
  const n = counts.iterations;
  const M = modelCount;
  const K = roundCount;
  const stride = K + 1;
  // Ranks shared by the models finishing with s points: [above[s] + 1, above[s] + count].
  const above = new Int32Array(stride);
  for (let s = K - 1; s >= 0; s--) above[s] = above[s + 1] + schedule.finishingWith[s + 1];

  const pFirst = new Float64Array(M);
  const meanRank = new Float64Array(M);
  const rankLow = new Int32Array(M);
  const rankHigh = new Int32Array(M);
  const survival = new Float64Array(M * K);
  const pEliminated = new Float64Array(M);
  const meanEliminationRound = new Float64Array(M);
  const distribution = new Float64Array(M);

  for (let m = 0; m < M; m++) {
    distribution.fill(0);
    for (let s = 0; s <= K; s++) {
      const share = schedule.finishingWith[s];
      const tournaments = counts.finalPoints[m * stride + s];
      if (tournaments === 0) continue;
      for (let r = above[s]; r < above[s] + share; r++) distribution[r] += tournaments / n / share;
    }
    const summary = rankSummary(distribution);
    pFirst[m] = distribution[0];
    meanRank[m] = summary.meanRank;
    rankLow[m] = summary.low;
    rankHigh[m] = summary.high;

    let left = 0;
    let roundSum = 0;
    for (let k = 0; k < K; k++) {
      const leaving = counts.leftAfter[m * K + k];
      left += leaving;
      roundSum += (k + 1) * leaving;
      survival[m * K + k] = 1 - left / n;
    }
    pEliminated[m] = left / n;
    meanEliminationRound[m] = left > 0 ? roundSum / left : Number.NaN;
  }
  return { pFirst, meanRank, rankLow, rankHigh, survival, pEliminated, meanEliminationRound };
}
