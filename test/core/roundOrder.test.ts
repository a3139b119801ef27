/**
 * roundOrder `random`: every tournament plays the rounds in a fresh uniformly random order, the
 * elimination staying by position. Held three ways: the memoised enumeration (core/exact) equals
 * the mean of the K! fixed-order enumerations; the plain reference (core/reference), every chance
 * enumerated, equals it too; the kernel's Monte Carlo lies within 4.5 SE of it. Under `fixed`
 * the kernel's streams are pinned to what they were before the rule existed.
 */
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allOrders } from '../../src/analyses/orderChoice.js';
import { EXACT_MAX_RANDOM_ROUNDS, exactTournament, type ExactResult } from '../../src/core/exact/exactTournament.js';
import { groupSchedule } from '../../src/core/groupSchedule.js';
import { permuteRounds } from '../../src/core/permuteRounds.js';
import type { TournamentPlan } from '../../src/core/plan.js';
import { BlockRunner } from '../../src/engine/blockRunner.js';
import { SwissRankError } from '../../src/errors.js';
import { dominancePlan, expectWithinSe, monteCarlo, scorePlan } from '../support/monteCarlo.js';
import { smallPlan } from '../support/plans.js';
import { referenceMoments, referenceOutcomes, referenceStandings } from '../support/referenceOracle.js';

/** The exact answer of `random` as the definition states it: the mean over the K! fixed orders. */
function meanOverFixedOrders(plan: TournamentPlan) {
  const orders = allOrders(plan.roundCount);
  const M = plan.modelCount;
  const K = plan.roundCount;
  const mean = { expectedScore: new Array<number>(M).fill(0), pFirst: new Array<number>(M).fill(0), survival: new Array<number>(M * K).fill(0) };
  for (const order of orders) {
    const r = exactTournament(permuteRounds({ ...plan, roundOrder: 'fixed' }, order));
    for (let m = 0; m < M; m++) {
      mean.expectedScore[m] += r.expectedScore[m] / orders.length;
      mean.pFirst[m] += r.pFirst[m] / orders.length;
      for (let k = 0; k < K; k++) mean.survival[m * K + k] += r.survival[m][k] / orders.length;
    }
  }
  return mean;
}

function expectClose(actual: ArrayLike<number>, expected: ArrayLike<number>, what: string): void {
  expect(actual.length).toBe(expected.length);
  for (let i = 0; i < expected.length; i++) expect(actual[i], `${what}[${i}]`).toBeCloseTo(expected[i], 12);
}

const flatSurvival = (r: ExactResult) => r.survival.flatMap((row) => Array.from(row));

/** Rounds that differ, so the order matters: model m's round-k score. */
const shiftedScores = (M: number, K: number) =>
  Array.from({ length: K }, (_, k) => Array.from({ length: M }, (_, m) => ((m + 2 * k) % M) + (k === 1 && m === 0 ? 0.5 : 0)));

describe('the exact answer under a random round order', () => {
  const plans = fc.sample(
    smallPlan(6, 4).map((plan): TournamentPlan => ({ ...plan, roundOrder: 'random' })),
    { seed: 77, numRuns: 24 },
  );
  it.each(plans.map((plan, i) => ({ i, plan })))(
    'small plan #$i: the enumeration with played-round sets equals the mean of the K! fixed orders',
    ({ plan }) => {
      const random = exactTournament(plan);
      const mean = meanOverFixedOrders(plan);
      expectClose(random.expectedScore, mean.expectedScore, 'E');
      expectClose(random.pFirst, mean.pFirst, 'P(first)');
      expectClose(flatSurvival(random), mean.survival, 'survival');
      // SPEC: the number of matches does not depend on who wins, nor on the order.
      const sum = random.expectedScore.reduce((a, b) => a + b, 0);
      expect(sum).toBeCloseTo(groupSchedule(plan.modelCount, plan.elimination).totalMatches, 10);
    },
  );

  it('differs from the fixed order where the order matters (the test can fail)', () => {
    const plan = scorePlan(shiftedScores(5, 3), [1, 1, 0], 'random');
    const fixed = exactTournament(plan).expectedScore;
    const random = exactTournament({ ...plan, roundOrder: 'random' }).expectedScore;
    expect(Math.max(...Array.from(fixed, (e, m) => Math.abs(e - random[m])))).toBeGreaterThan(0.01);
  });

  it(`refuses more than ${EXACT_MAX_RANDOM_ROUNDS} rounds with BAD_OPTION naming roundOrder`, () => {
    const plan = { ...dominancePlan(3, EXACT_MAX_RANDOM_ROUNDS + 1, 0), roundOrder: 'random' as const };
    expect(() => exactTournament(plan)).toThrow(SwissRankError);
    try {
      exactTournament(plan);
    } catch (error) {
      expect((error as SwissRankError).code).toBe('BAD_OPTION');
      expect((error as SwissRankError).location.option).toBe('roundOrder');
    }
    expect(() => exactTournament({ ...dominancePlan(3, EXACT_MAX_RANDOM_ROUNDS, 0), roundOrder: 'random' })).not.toThrow();
  });
});

describe('the plain reference under a random round order', () => {
  it.each([
    ['scores, T = 1, 0, 1', scorePlan(shiftedScores(4, 3), [1, 0, 1], 'random', 'random')],
    ['scores, T = 1 by index', scorePlan(shiftedScores(4, 3), [1, 1, 0], 'index', 'random')],
    ['5 models, 3 rounds, T = 0', scorePlan(shiftedScores(5, 3), [0, 0, 0], 'random', 'random')],
  ])('%s: every chance enumerated, it equals the memoised enumeration', (_, plan) => {
    const outcomes = referenceOutcomes(plan);
    const moments = referenceMoments(outcomes, plan.modelCount);
    const standings = referenceStandings(outcomes, plan.modelCount, plan.roundCount);
    const exact = exactTournament(plan);
    expectClose(exact.expectedScore, moments.mean, 'E');
    expectClose(exact.pFirst, standings.rankDistribution.map((row) => row[0]), 'P(first)');
    expectClose(flatSurvival(exact), standings.survival.flat(), 'survival');
  });
});

describe('the kernel under a random round order', () => {
  const cases = [
    ['dominance, M = 5, K = 3, T = 1', { ...dominancePlan(5, 3, 1), roundOrder: 'random' as const }],
    ['shifted scores, M = 6, K = 4, T = 1, 0, 2, 0', scorePlan(shiftedScores(6, 4), [1, 0, 2, 0], 'random', 'random')],
    ['shifted scores, M = 7, K = 3, T = 1 by index', scorePlan(shiftedScores(7, 3), [1, 1, 1], 'index', 'random')],
  ] as const;
  it.each(cases)('%s: E within 4.5 SE of the exact answer, and the sum of E exact', (_, plan) => {
    const exact = Array.from(exactTournament(plan).expectedScore);
    const stats = monteCarlo(plan, 40_000, 3);
    expectWithinSe(stats, exact);
    const sum = stats.expectedScore.reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(groupSchedule(plan.modelCount, plan.elimination).totalMatches, 9);
  });

  it('and the exact answers differ between fixed and random there (so agreement means something)', () => {
    const plan = cases[1][1];
    const fixed = exactTournament({ ...plan, roundOrder: 'fixed' }).expectedScore;
    const random = exactTournament(plan).expectedScore;
    expect(Math.max(...Array.from(fixed, (e, m) => Math.abs(e - random[m])))).toBeGreaterThan(0.05);
  });
});

describe('under the fixed order the kernel draws exactly what it drew before roundOrder existed', () => {
  // Hashes of the integer counts, computed with the kernel as it was before the rule was added.
  const M = 13;
  const K = 6;
  const scores = Float64Array.from({ length: K * M }, (_, i) => {
    const k = Math.floor(i / M);
    const m = i % M;
    return m === 3 && k === 2 ? Number.NaN : m === 5 && k === 4 ? -Infinity : (m * 5 + k * 3) % 4;
  });
  const p = new Float64Array(K * M * M);
  for (let k = 0; k < K; k++)
    for (let a = 0; a < M; a++) {
      p[(k * M + a) * M + a] = 0.5;
      for (let b = a + 1; b < M; b++) {
        const v = [0, 0.25, 0.5, 0.9, 1][(a * 7 + b * 3 + k) % 5];
        p[(k * M + a) * M + b] = v;
        p[(k * M + b) * M + a] = 1 - v;
      }
    }
  const plan = (outcomes: TournamentPlan['outcomes'], tieBreak: TournamentPlan['tieBreak']): TournamentPlan => ({
    modelCount: M,
    roundCount: K,
    outcomes,
    elimination: Int32Array.from([1, 2, 0, 1, 2, 1]),
    tieBreak,
    roundOrder: 'fixed',
  });
  it.each([
    ['scores', plan({ kind: 'scores', roundScores: scores }, 'random'), 'eaa329c4242a7c1ebb6ac97d49ee733fa99b3edb6368f89823787d1f6238cc4f'],
    ['probabilities', plan({ kind: 'probabilities', winProbability: p }, 'index'), '2f8797acd79e1d804f81d08594e2b9c8b7da614134980281eea8341d3c751c16'],
  ])('%s', (_, thePlan, hash) => {
    const runner = new BlockRunner({ plans: [thePlan], seed: 11, iterations: 2500 });
    for (let b = 0; b < 3; b++) runner.runBlock(b);
    const counts = runner.counts.perPlan[0];
    const digest = createHash('sha256')
      .update(Buffer.from(counts.finalPoints.buffer))
      .update(Buffer.from(counts.leftAfter.buffer))
      .digest('hex');
    expect(digest).toBe(hash);
    // And `random` on the same seed draws something else (the pin is not vacuous).
    const shuffled = new BlockRunner({ plans: [{ ...thePlan, roundOrder: 'random' }], seed: 11, iterations: 2500 });
    for (let b = 0; b < 3; b++) shuffled.runBlock(b);
    expect(Array.from(shuffled.counts.perPlan[0].finalPoints)).not.toEqual(Array.from(counts.finalPoints));
  });
});
