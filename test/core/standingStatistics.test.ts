import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exactTournament } from '../../src/core/exact/exactTournament.js';
import { groupSchedule } from '../../src/core/groupSchedule.js';
import { pointStatistics } from '../../src/core/pointStatistics.js';
import { standingStatistics } from '../../src/core/standingStatistics.js';
import { BlockRunner } from '../../src/engine/blockRunner.js';
import { blockCount } from '../../src/engine/blocks.js';
import { smallPlan } from '../support/plans.js';
import type { TournamentPlan } from '../../src/core/plan.js';
import { dominancePlan } from '../support/monteCarlo.js';

const N = 20_000;

function monteCarloStandings(plan: TournamentPlan) {
  const runner = new BlockRunner({ plans: [plan], seed: 5, iterations: N });
  for (let b = 0; b < blockCount(N); b++) runner.runBlock(b);
  const counts = runner.counts.perPlan[0];
  const schedule = groupSchedule(plan.modelCount, plan.elimination);
  return {
    points: pointStatistics(counts, plan.modelCount),
    standings: standingStatistics(counts, schedule, plan.modelCount, plan.roundCount),
  };
}

/** |estimate - exact| within 4.5 standard errors of a proportion (or of a bounded mean). */
function close(estimate: number, exact: number, sd: number): boolean {
  return Math.abs(estimate - exact) <= 4.5 * sd / Math.sqrt(N) + 1e-9;
}

describe('standing statistics from counts agree with exact enumeration', () => {
  const plans = fc.sample(smallPlan(6, 3), { seed: 77, numRuns: 24 });
  it.each(plans.map((plan, i) => ({ i, plan })))('plan #$i', ({ plan }) => {
    const exact = exactTournament(plan);
    const { points, standings } = monteCarloStandings(plan);
    const M = plan.modelCount;
    const K = plan.roundCount;
    for (let m = 0; m < M; m++) {
      expect(close(points.expectedScore[m], exact.expectedScore[m], K), `E m${m}`).toBe(true);
      const pf = exact.pFirst[m];
      expect(close(standings.pFirst[m], pf, Math.sqrt(pf * (1 - pf))), `pFirst m${m}`).toBe(true);
      const meanRank = exact.rankDistribution[m].reduce((a, p, r) => a + (r + 1) * p, 0);
      expect(close(standings.meanRank[m], meanRank, (M - 1) / 2), `mean rank m${m}`).toBe(true);
      for (let k = 0; k < K; k++) {
        const s = exact.survival[m][k];
        expect(close(standings.survival[m * K + k], s, Math.sqrt(s * (1 - s))), `survival m${m} k${k}`).toBe(true);
      }
    }
  });
});

describe('sums that must hold', () => {
  it('P(first) sums to 1, survival never rises, and leavers match the plan', () => {
    // 9 models (a round-1 bye), 2 leave after each of 4 rounds: 8 leave, 1 survives.
    const byes = monteCarloStandings(dominancePlan(9, 4, 2)).standings;
    expect(byes.pFirst.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    for (let m = 0; m < 9; m++) {
      for (let k = 1; k < 4; k++) expect(byes.survival[m * 4 + k]).toBeLessThanOrEqual(byes.survival[m * 4 + k - 1]);
    }
    const lastRound = Array.from({ length: 9 }, (_, m) => byes.survival[m * 4 + 3]);
    expect(lastRound.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(byes.pEliminated.reduce((a, b) => a + b, 0)).toBeCloseTo(8, 12);
    // 8 models, no byes, 3 rounds, T = 2: the strongest wins every match, is never eliminated and
    // finishes alone on 3 points.
    const { standings } = monteCarloStandings(dominancePlan(8, 3, 2));
    expect(standings.pFirst[0]).toBe(1);
    expect(standings.pEliminated[0]).toBe(0);
    expect(Number.isNaN(standings.meanEliminationRound[0])).toBe(true);
    expect(standings.rankLow[0]).toBe(1);
    expect(standings.rankHigh[0]).toBe(1);
  });
});

describe('rank intervals per block of ranks', () => {
  it('equal rankSummary on the full distribution (the one quantile rule)', async () => {
    const { rankSummary } = await import('../../src/stats/rankSummary.js');
    for (const plan of [dominancePlan(9, 4, 1), ...fc.sample(smallPlan(8, 4).filter((p) => p.modelCount >= 2), { seed: 5, numRuns: 20 })]) {
      const runner = new BlockRunner({ plans: [plan], seed: 8, iterations: 3000 });
      for (let b = 0; b < 3; b++) runner.runBlock(b);
      const counts = runner.counts.perPlan[0];
      const schedule = groupSchedule(plan.modelCount, plan.elimination);
      const stats = standingStatistics(counts, schedule, plan.modelCount, plan.roundCount);
      const K = plan.roundCount;
      let above = 0;
      const ranges: [number, number][] = [];
      for (let s = K; s >= 0; s--) {
        ranges[s] = [above, schedule.finishingWith[s]];
        above += schedule.finishingWith[s];
      }
      for (let m = 0; m < plan.modelCount; m++) {
        const distribution = new Float64Array(plan.modelCount);
        for (let s = 0; s <= K; s++) {
          const [from, share] = ranges[s];
          for (let r = from; r < from + share; r++) distribution[r] += counts.finalPoints[s * plan.modelCount + m] / counts.iterations / share;
        }
        const expected = rankSummary(distribution);
        expect(stats.rankLow[m]).toBe(expected.low);
        expect(stats.rankHigh[m]).toBe(expected.high);
        expect(stats.meanRank[m]).toBeCloseTo(expected.meanRank, 10);
        expect(stats.pFirst[m]).toBeCloseTo(distribution[0], 12);
      }
    }
  });
});
