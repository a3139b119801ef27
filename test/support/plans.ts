/** Test plans for the exact enumerations: fast-check arbitraries of small plans. */
import fc from 'fast-check';
import type { TieBreak, TournamentPlan } from '../../src/core/plan.js';

/** Small plans: scores with ties, NaN and -Infinity, or win matrices with 0, 1 and in-between. */
export function smallPlan(maxModels: number, maxRounds: number): fc.Arbitrary<TournamentPlan> {
  return fc
    .record({
      M: fc.integer({ min: 1, max: maxModels }),
      K: fc.integer({ min: 1, max: maxRounds }),
      byScores: fc.boolean(),
      tieBreak: fc.constantFrom<TieBreak>('random', 'index'),
      seed: fc.array(fc.nat(), { minLength: 600, maxLength: 600 }),
      elimination: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: maxRounds, maxLength: maxRounds }),
    })
    .map(({ M, K, byScores, tieBreak, seed, elimination }) => {
      let next = 0;
      const draw = () => seed[next++ % seed.length];
      const outcomes = byScores ? scores(M, K, draw) : matrices(M, K, draw);
      const plan: TournamentPlan = {
        modelCount: M,
        roundCount: K,
        outcomes,
        elimination: Int32Array.from(elimination.slice(0, K)),
        tieBreak,
        roundOrder: 'fixed',
      };
      return plan;
    });
}

function scores(M: number, K: number, draw: () => number) {
  const special = [Number.NaN, Number.NEGATIVE_INFINITY];
  const roundScores = Float64Array.from({ length: K * M }, () =>
    draw() % 8 === 0 ? special[draw() % 2] : draw() % 3,
  );
  return { kind: 'scores' as const, roundScores };
}

function matrices(M: number, K: number, draw: () => number) {
  const values = [0, 0.25, 0.5, 0.9, 1, 0.3];
  const p = new Float64Array(K * M * M);
  for (let k = 0; k < K; k++)
    for (let a = 0; a < M; a++) {
      p[(k * M + a) * M + a] = 0.5;
      for (let b = a + 1; b < M; b++) {
        const v = values[draw() % values.length];
        p[(k * M + a) * M + b] = v;
        p[(k * M + b) * M + a] = 1 - v;
      }
    }
  return { kind: 'probabilities' as const, winProbability: p };
}
