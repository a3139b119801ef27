/**
 * The plain reference tournament (src/core/reference) against the kernel where enumeration cannot
 * reach: both play the same mid-size plans by Monte Carlo, with their own random streams, and every
 * model's E[S] must agree within 4.5 combined standard errors. (On small plans both are held to the
 * exact enumeration of the reference: tournamentSimulator.test.ts, exact/exactTournament.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import type { TournamentPlan } from '../../src/core/plan.js';
import { playReferenceTournament, type Chance } from '../../src/core/reference/referenceTournament.js';
import { blockSeed } from '../../src/rng/blockSeed.js';
import { Xoshiro128 } from '../../src/rng/xoshiro128.js';
import { monteCarlo, scorePlan } from '../support/monteCarlo.js';

function referenceMonteCarlo(plan: TournamentPlan, iterations: number, seed: number) {
  const rng = new Xoshiro128(blockSeed(seed, 999));
  const chance: Chance = { below: (n) => rng.below(n), happens: (p) => rng.nextUint32() < p * 2 ** 32 };
  const sum = new Float64Array(plan.modelCount);
  const squares = new Float64Array(plan.modelCount);
  for (let i = 0; i < iterations; i++) {
    playReferenceTournament(plan, chance).points.forEach((s, m) => {
      sum[m] += s;
      squares[m] += s * s;
    });
  }
  const mean = Array.from(sum, (s) => s / iterations);
  const stdError = mean.map((e, m) => Math.sqrt((squares[m] / iterations - e * e) / (iterations - 1)));
  return { mean, stdError };
}

describe('the reference tournament and the kernel play the same game', () => {
  // 13 models (odd: byes every round), 6 rounds with many tied scores, a coin (NaN) and a certain
  // loss (-Infinity), under both tie-breaks and an uneven elimination plan.
  const scores = Array.from({ length: 6 }, (_, k) =>
    Array.from({ length: 13 }, (_, m) => (m === 3 && k === 2 ? Number.NaN : m === 5 && k === 4 ? -Infinity : (m * 5 + k * 3) % 4)),
  );
  it.each([
    ['random', 'fixed'],
    ['index', 'fixed'],
    ['random', 'random'],
    ['index', 'random'],
  ] as const)('tie-break %s, round order %s: E[S] within 4.5 combined standard errors', (tieBreak, roundOrder) => {
    const plan = scorePlan(scores, [1, 2, 0, 1, 2, 1], tieBreak, roundOrder);
    const reference = referenceMonteCarlo(plan, 20_000, 5);
    const kernel = monteCarlo(plan, 20_000, 6);
    reference.mean.forEach((e, m) => {
      const tolerance = 4.5 * Math.hypot(reference.stdError[m], kernel.stdError[m]) + 1e-12;
      expect(Math.abs(e - kernel.expectedScore[m]), `model ${m}`).toBeLessThanOrEqual(tolerance);
    });
  });
});
