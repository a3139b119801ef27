import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXACT_MAX_MODELS, exactTournament, type ExactResult } from '../../../src/core/exact/exactTournament.js';
import { groupSchedule } from '../../../src/core/groupSchedule.js';
import type { TournamentPlan } from '../../../src/core/plan.js';
import { SwissRankError } from '../../../src/errors.js';
import { dominancePlan, scorePlan } from '../../support/monteCarlo.js';
import { smallPlan } from '../../support/plans.js';
import { referenceMoments, referenceOutcomes, referenceStandings } from '../../support/referenceOracle.js';

const rows = (xs: readonly Float64Array[]) => xs.map((row) => Array.from(row));

/** Properties every exact result has, whatever the plan (checked before any value). */
function expectInvariants(plan: TournamentPlan, r: ExactResult): void {
  const M = plan.modelCount;
  const close = (x: number, y: number) => expect(x).toBeCloseTo(y, 10);
  close(
    r.expectedScore.reduce((a, b) => a + b, 0),
    groupSchedule(M, plan.elimination).totalMatches,
  );
  close(r.pFirst.reduce((a, b) => a + b, 0), 1);
  for (let m = 0; m < M; m++) {
    close(r.rankDistribution[m].reduce((a, b) => a + b, 0), 1);
    close(r.pFirst[m], r.rankDistribution[m][0]);
    let column = 0;
    for (let j = 0; j < M; j++) column += r.rankDistribution[j][m];
    close(column, 1);
    for (let k = 1; k < plan.roundCount; k++) {
      expect(r.survival[m][k]).toBeLessThanOrEqual(r.survival[m][k - 1] + 1e-12);
    }
  }
}

describe('exactTournament: SPEC facts (strict dominance)', () => {
  it.each([
    [4, 2, 0, [2, 1, 1, 0]],
    [4, 2, 1, [2, 2 / 3, 1 / 3, 0]],
    [3, 2, 0, [1, 1, 0]],
  ])('M = %i, K = %i, T = %i gives E = %j (exact)', (M, K, T, expected) => {
    const plan = dominancePlan(M, K, T);
    const r = exactTournament(plan);
    expectInvariants(plan, r);
    expected.forEach((v, m) => expect(r.expectedScore[m]).toBeCloseTo(v, 14));
  });

  it('M = 5, K = 3, T = 1: index [1.60, 1.20, 1.20, 1.00, 0], random [1.87, 1.73, 0.93, 0.47, 0]', () => {
    const index = exactTournament(dominancePlan(5, 3, 1, 'index'));
    const random = exactTournament(dominancePlan(5, 3, 1, 'random'));
    [1.6, 1.2, 1.2, 1.0, 0].forEach((v, m) => expect(index.expectedScore[m]).toBeCloseTo(v, 12));
    [1.87, 1.73, 0.93, 0.47, 0].forEach((v, m) => expect(random.expectedScore[m]).toBeCloseTo(v, 2));
  });
});

describe('exactTournament: standings and survival worked by hand', () => {
  it('M = 3, K = 2, T = 0: points are always [1, 1, 0], so the leaders split 1st and 2nd', () => {
    // Whoever takes the round-1 bye, model 0 and model 1 end on 1 point and model 2 on 0.
    const r = exactTournament(dominancePlan(3, 2, 0));
    expect(Array.from(r.pFirst)).toEqual([0.5, 0.5, 0]);
    expect(rows(r.rankDistribution)).toEqual([
      [0.5, 0.5, 0],
      [0.5, 0.5, 0],
      [0, 0, 1],
    ]);
    expect(rows(r.survival)).toEqual([
      [1, 1],
      [1, 1],
      [1, 1],
    ]);
  });

  it('M = 4, K = 2, T = 1: the round-1 losers share the cut; the surviving loser leaves after round 2', () => {
    // Round 1 pairs model 0 with 1, 2 or 3 (1/3 each); the two losers tie on 0 and one leaves at
    // random. Model 1 loses only to 0 (1/3), model 2 to 0 or 1 (2/3), model 3 always.
    // Round 2: 0 beats the other winner w; the surviving loser takes the bye and leaves on 0.
    // Final points: 0 -> 2, w -> 1, both losers 0 (sharing 3rd and 4th).
    const r = exactTournament(dominancePlan(4, 2, 1));
    const expected = {
      survival: [
        [1, 1],
        [5 / 6, 2 / 3],
        [2 / 3, 1 / 3],
        [1 / 2, 0],
      ],
      rankDistribution: [
        [1, 0, 0, 0],
        [0, 2 / 3, 1 / 6, 1 / 6],
        [0, 1 / 3, 1 / 3, 1 / 3],
        [0, 0, 1 / 2, 1 / 2],
      ],
    };
    expected.survival.forEach((row, m) => row.forEach((v, k) => expect(r.survival[m][k]).toBeCloseTo(v, 14)));
    expected.rankDistribution.forEach((row, m) =>
      row.forEach((v, k) => expect(r.rankDistribution[m][k]).toBeCloseTo(v, 14)),
    );
    expect(Array.from(r.pFirst)).toEqual([1, 0, 0, 0]);
  });

  it('play stops with one model left: later rounds count as survived for it', () => {
    // M = 3, T = 2 after round 1: one model remains; rounds 2 and 3 are not played.
    const plan = dominancePlan(3, 3, 2);
    const r = exactTournament(plan);
    expectInvariants(plan, r);
    expect(Array.from(r.survival[0])).toEqual([2 / 3, 2 / 3, 2 / 3]); // 0 survives unless it takes the bye
    expect(r.survival[1][2]).toBeCloseTo(1 / 3, 15); // 1 survives only when 0 takes the bye
    expect(Array.from(r.survival[2])).toEqual([0, 0, 0]);
  });

  it('missing scores: -Infinity loses to any real score, NaN is a coin against anyone', () => {
    const r = exactTournament(scorePlan([[Number.NEGATIVE_INFINITY, 0]], [0], 'random'));
    expect(Array.from(r.expectedScore)).toEqual([0, 1]);
    const coin = exactTournament(scorePlan([[Number.NaN, 5]], [0], 'random'));
    expect(Array.from(coin.expectedScore)).toEqual([0.5, 0.5]);
    const both = exactTournament(scorePlan([[Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY]], [0], 'random'));
    expect(Array.from(both.expectedScore)).toEqual([0.5, 0.5]);
  });
});

describe('exactTournament: agreement with the reference tournament, every chance enumerated', () => {
  it('E[S], E[S^2], standings and survival match on random plans (M <= 5, K <= 3)', () => {
    fc.assert(
      fc.property(smallPlan(5, 3), (plan) => {
        const r = exactTournament(plan);
        expectInvariants(plan, r);
        const outcomes = referenceOutcomes(plan);
        const { mean, square } = referenceMoments(outcomes, plan.modelCount);
        mean.forEach((v, m) => expect(r.expectedScore[m]).toBeCloseTo(v, 12));
        square.forEach((v, m) => expect(r.expectedSquare[m]).toBeCloseTo(v, 12));
        const expected = referenceStandings(outcomes, plan.modelCount, plan.roundCount);
        expected.rankDistribution.forEach((row, m) =>
          row.forEach((v, k) => expect(r.rankDistribution[m][k]).toBeCloseTo(v, 12)),
        );
        expected.survival.forEach((row, m) => row.forEach((v, k) => expect(r.survival[m][k]).toBeCloseTo(v, 12)));
      }),
      { seed: 20251221, numRuns: 60 },
    );
  });
});

describe('exactTournament: the paper-sized round count at the model limit', () => {
  it('8 models x 12 rounds with every match a coin flip (the most states), T = 0', () => {
    const probabilities = new Float64Array(12 * 8 * 8).fill(0.5);
    const plan: TournamentPlan = {
      modelCount: 8,
      roundCount: 12,
      outcomes: { kind: 'probabilities', winProbability: probabilities },
      elimination: new Int32Array(12),
      tieBreak: 'random',
      roundOrder: 'fixed',
    };
    const started = performance.now();
    const r = exactTournament(plan);
    const elapsed = performance.now() - started;
    expectInvariants(plan, r);
    // Symmetric models: each gets an eighth of the 28 matches and of every position.
    for (let m = 0; m < 8; m++) {
      expect(r.expectedScore[m]).toBeCloseTo(28 / 8, 12);
      r.rankDistribution[m].forEach((p) => expect(p).toBeCloseTo(1 / 8, 12));
    }
    expect(elapsed).toBeLessThan(3_000); // about 0.4 s alone; generous for a shared machine
  });

  it.each([1, 2])('8 models x 12 rounds, T = %i, index and random: invariants', (T) => {
    const scores = Array.from({ length: 12 }, (_, k) => Array.from({ length: 8 }, (_, m) => (m * 7 + k * 13) % 5));
    for (const tieBreak of ['index', 'random'] as const) {
      const plan = scorePlan(scores, new Array<number>(12).fill(T), tieBreak);
      expectInvariants(plan, exactTournament(plan));
    }
  });
});

describe('exactTournament: limits', () => {
  it(`refuses more than ${EXACT_MAX_MODELS} models, pointing at --exact`, () => {
    const error = (() => {
      try {
        exactTournament(dominancePlan(9, 1, 0));
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(SwissRankError);
    expect((error as SwissRankError).code).toBe('BAD_OPTION');
    expect((error as SwissRankError).location).toEqual({ option: '--exact' });
    expect((error as SwissRankError).message).toMatch(/at most 8 models/);
  });

  it('maxModels lowers or raises the limit', () => {
    expect(() => exactTournament(dominancePlan(4, 1, 0), { maxModels: 3 })).toThrow(/at most 3 models/);
    expect(exactTournament(dominancePlan(9, 1, 0), { maxModels: 9 }).expectedScore[0]).toBeCloseTo(8 / 9, 14);
    expect(() => exactTournament(dominancePlan(2, 1, 0), { maxModels: 0.5 })).toThrow(SwissRankError);
  });
});
