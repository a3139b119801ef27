import { describe, expect, it } from 'vitest';
import { groupSchedule } from '../../src/core/groupSchedule.js';
import type { TieBreak, TournamentPlan } from '../../src/core/plan.js';
import { blockSeed } from '../../src/rng/blockSeed.js';
import { Xoshiro128 } from '../../src/rng/xoshiro128.js';
import { exactTournament } from '../../src/core/exact/exactTournament.js';
import { referenceMoments, referenceOutcomes } from '../support/referenceOracle.js';
import { dominancePlan, expectWithinSe, monteCarlo, scorePlan } from '../support/monteCarlo.js';

/** Exact E[S] from the plain rules (src/core/reference), every chance enumerated. */
const exactByReference = (plan: TournamentPlan) => referenceMoments(referenceOutcomes(plan), plan.modelCount).mean;

describe('strict dominance (SPEC facts)', () => {
  it.each([
    [4, 2, 0, [2, 1, 1, 0]],
    [4, 2, 1, [2, 2 / 3, 1 / 3, 0]],
    [3, 2, 0, [1, 1, 0]],
  ])('M = %i, K = %i, T = %i gives %j', (M, K, T, expected) => {
    const plan = dominancePlan(M, K, T);
    const exact = exactByReference(plan);
    exact.forEach((v, m) => expect(v).toBeCloseTo(expected[m], 12));
    expectWithinSe(monteCarlo(plan, 40_000), expected);
  });

  it('M = 5, K = 3, T = 1: index and random tie-breaks differ, each as SPEC states', () => {
    const index = exactByReference(dominancePlan(5, 3, 1, 'index'));
    const random = exactByReference(dominancePlan(5, 3, 1, 'random'));
    [1.6, 1.2, 1.2, 1.0, 0].forEach((v, m) => expect(index[m]).toBeCloseTo(v, 12));
    [1.87, 1.73, 0.93, 0.47, 0].forEach((v, m) => expect(random[m]).toBeCloseTo(v, 2));
    const mcIndex = monteCarlo(dominancePlan(5, 3, 1, 'index'), 60_000);
    const mcRandom = monteCarlo(dominancePlan(5, 3, 1, 'random'), 60_000);
    expectWithinSe(mcIndex, index);
    expectWithinSe(mcRandom, random);
    // The leader loses points under `index` (a round-1 bye ties it with the losers).
    expect(mcRandom.expectedScore[0] - mcIndex.expectedScore[0]).toBeGreaterThan(
      10 * Math.hypot(mcRandom.stdError[0], mcIndex.stdError[0]),
    );
  });
});

describe('the sum of expected scores is the exact number of matches', () => {
  it.each([
    [29, 0, 154],
    [29, 1, 130],
    [29, 2, 97],
    [30, 2, 103],
  ])('M = %i, K = 12, T = %i: %i', (M, T, matches) => {
    const roundScores = Array.from({ length: 12 }, (_, k) => Array.from({ length: M }, (_, m) => (m * 7 + k * 13) % 10));
    const stats = monteCarlo(scorePlan(roundScores, new Array(12).fill(T), 'random'), 2_000);
    const sum = stats.expectedScore.reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(matches, 9);
    expect(groupSchedule(M, new Array(12).fill(T)).totalMatches).toBe(matches);
  });
});

// The memoised enumeration (src/core/exact) reaches 6 models; it is itself held to the reference
// tournament in test/core/exact/exactTournament.test.ts.
describe('agreement with exhaustive enumeration on random small tournaments', () => {
  // A seeded stream makes the cases themselves reproducible.
  const rng = new Xoshiro128(blockSeed(2025, 0));
  const cases: { name: string; plan: TournamentPlan }[] = [];
  for (let i = 0; i < 24; i++) {
    const M = 2 + rng.below(5); // 2..6
    const K = 1 + rng.below(3); // 1..3
    const tieBreak: TieBreak = rng.coin() ? 'random' : 'index';
    const special = [Number.NaN, Number.NEGATIVE_INFINITY];
    const scores = Array.from({ length: K }, () =>
      Array.from({ length: M }, () => (rng.below(8) === 0 ? special[rng.below(2)] : rng.below(3))),
    );
    const elimination = Array.from({ length: K }, () => rng.below(3));
    cases.push({ name: `#${i}: M=${M} K=${K} T=${elimination} ${tieBreak}`, plan: scorePlan(scores, elimination, tieBreak) });
  }
  for (let i = 0; i < 8; i++) {
    const M = 2 + rng.below(4);
    const K = 1 + rng.below(3);
    const p = new Float64Array(K * M * M);
    for (let k = 0; k < K; k++)
      for (let a = 0; a < M; a++) {
        p[(k * M + a) * M + a] = 0.5;
        for (let b = a + 1; b < M; b++) {
          const v = [0, 0.25, 0.5, 0.9, 1][rng.below(5)];
          p[(k * M + a) * M + b] = v;
          p[(k * M + b) * M + a] = 1 - v;
        }
      }
    const elimination = Array.from({ length: K }, () => rng.below(2));
    cases.push({
      name: `matrix #${i}: M=${M} K=${K} T=${elimination}`,
      plan: { modelCount: M, roundCount: K, outcomes: { kind: 'probabilities', winProbability: p }, elimination: Int32Array.from(elimination), tieBreak: 'random', roundOrder: 'fixed' },
    });
  }

  it.each(cases)('$name', ({ plan }) => {
    expectWithinSe(monteCarlo(plan, 20_000, 3), Array.from(exactTournament(plan).expectedScore));
  });
});
