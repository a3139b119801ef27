/**
 * Final standings and survival per model, from a run's counts: P(rank = r) with ties split, the
 * probability of finishing first, the mean rank and a 90% rank interval, the probability of still
 * being active after each round, and when models leave. Every tournament of a plan ends with the
 * same multiset of points (GroupSchedule.finishingWith), so finishing with s points means sharing
 * ranks [1 + #(more than s), #(at least s)] equally with the others on s: the standings follow
 * exactly from the final-points counts, each points value a block of ranks with uniform mass.
 * Quantiles follow stats/rankSummary.ts (the smallest rank whose cumulative probability reaches
 * q, allowing 1e-9 of rounding), computed per block so the cost is O(M * K), not O(M^2).
 */
import type { GroupSchedule } from './groupSchedule.js';
import type { SimulationCounts } from './simulationCounts.js';

export interface StandingStatistics {
  /** P(finishing first), a tie for first split equally. */
  readonly pFirst: Float64Array;
  /** Its Monte Carlo standard error. */
  readonly pFirstStdError: Float64Array;
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
  const pFirstStdError = new Float64Array(M);
  const meanRank = new Float64Array(M);
  const rankLow = new Int32Array(M);
  const rankHigh = new Int32Array(M);
  const survival = new Float64Array(M * K);
  const pEliminated = new Float64Array(M);
  const meanEliminationRound = new Float64Array(M);
  let top = K;
  while (top > 0 && schedule.finishingWith[top] === 0) top--;

  for (let m = 0; m < M; m++) {
    const p = (s: number) => counts.finalPoints[s * M + m] / n;
    // Rank 1 is shared by the models on the top score; there are always c of them, so a
    // tournament gives m the share 1/c or nothing, whose sample variance gives the standard error.
    const c = schedule.finishingWith[top];
    pFirst[m] = p(top) / c;
    pFirstStdError[m] = n > 1 ? Math.sqrt((p(top) * (1 - p(top))) / (n - 1)) / c : 0;
    let mean = 0;
    for (let s = 0; s <= K; s++) {
      const share = schedule.finishingWith[s];
      if (share > 0) mean += p(s) * (above[s] + (share + 1) / 2);
    }
    meanRank[m] = mean;
    rankLow[m] = rankQuantile(p, schedule.finishingWith, above, K, 0.05);
    rankHigh[m] = rankQuantile(p, schedule.finishingWith, above, K, 0.95);

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
  return { pFirst, pFirstStdError, meanRank, rankLow, rankHigh, survival, pEliminated, meanEliminationRound };
}

/** The smallest rank whose cumulative probability reaches q: blocks of ranks, best points first,
 *  each block's probability spread evenly over its ranks. */
function rankQuantile(
  p: (s: number) => number,
  finishingWith: Int32Array,
  above: Int32Array,
  K: number,
  q: number,
): number {
  const ROUNDING = 1e-9;
  let cumulative = 0;
  let last = 1;
  for (let s = K; s >= 0; s--) {
    const share = finishingWith[s];
    if (share === 0) continue;
    const mass = p(s);
    last = above[s] + share;
    if (mass > 0 && cumulative + mass >= q - ROUNDING) {
      // Within the block, rank above[s] + j reaches cumulative + mass * j / share.
      const j = Math.max(1, Math.ceil(((q - ROUNDING - cumulative) * share) / mass - 1e-9));
      return above[s] + Math.min(j, share);
    }
    cumulative += mass;
  }
  return last;
}
