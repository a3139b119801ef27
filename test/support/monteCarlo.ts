/** Test helpers: run the kernel in-process on a plan and compare with exact answers in SE units. */
import { expect } from 'vitest';
import { pointStatistics } from '../../src/core/pointStatistics.js';
import type { RoundOrder, RoundOutcomes, TieBreak, TournamentPlan } from '../../src/core/plan.js';
import { blockCount } from '../../src/engine/blocks.js';
import { BlockRunner } from '../../src/engine/blockRunner.js';

export function scorePlan(
  roundScores: number[][],
  elimination: number[],
  tieBreak: TieBreak,
  roundOrder: RoundOrder = 'fixed',
): TournamentPlan {
  const K = roundScores.length;
  const M = roundScores[0].length;
  const outcomes: RoundOutcomes = { kind: 'scores', roundScores: Float64Array.from(roundScores.flat()) };
  return { modelCount: M, roundCount: K, outcomes, elimination: Int32Array.from(elimination), tieBreak, roundOrder };
}

/** Strict dominance: model 0 beats everyone, model 1 all but 0, ... in every round. */
export function dominancePlan(M: number, K: number, T: number, tieBreak: TieBreak = 'random'): TournamentPlan {
  const row = Array.from({ length: M }, (_, m) => M - m);
  return scorePlan(Array.from({ length: K }, () => row), new Array<number>(K).fill(T), tieBreak);
}

export function monteCarlo(plan: TournamentPlan, iterations: number, seed = 1) {
  const runner = new BlockRunner({ plans: [plan], seed, iterations });
  for (let b = 0; b < blockCount(iterations); b++) runner.runBlock(b);
  return pointStatistics(runner.counts.perPlan[0], plan.modelCount);
}

/** Every model within `z` standard errors of the exact value (exactly equal where SE is 0). */
export function expectWithinSe(
  stats: { expectedScore: Float64Array; stdError: Float64Array },
  exact: number[],
  z = 4.5,
): void {
  exact.forEach((value, m) => {
    const tolerance = Math.max(z * stats.stdError[m], 1e-9);
    const gap = Math.abs(stats.expectedScore[m] - value);
    expect(gap, `model ${m}: E = ${stats.expectedScore[m]}, exact ${value}, SE ${stats.stdError[m]}`).toBeLessThanOrEqual(
      tolerance,
    );
  });
}
