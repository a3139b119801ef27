/**
 * Every standard error swiss-rank reports is checked against what it claims to measure:
 * - against exact values: the enumeration gives E[S], E[S^2] and P(first) exactly for a small
 *   tournament, so the exact Monte Carlo SE is sd(S) / sqrt(N), and each estimate's error over many
 *   seeds, divided by its reported SE, must have mean square 1 (z-scores);
 * - for the paired drop of a sweep, the same against the exact drop.
 * Each check also proves it has power: the same z-scores with every SE inflated or deflated by 1.5x
 * must fall outside the accepted band, so a wrong SE fails here.
 */
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/analyses/simulate.js';
import { sweep } from '../../src/analyses/sweep.js';
import { exactTournament } from '../../src/core/exact/exactTournament.js';
import { Engine } from '../../src/engine/engine.js';
import { scoreTableFromMatrix } from '../../src/input/scoreTableFromMatrix.js';
import { buildTournament, withElimination } from '../../src/tournament/tournament.js';

// Six models, four rounds with ties and a coin: every model has some chance, nothing is certain.
const table = scoreTableFromMatrix({
  models: ['a', 'b', 'c', 'd', 'e', 'f'],
  benchmarks: ['w', 'x', 'y', 'z'],
  scores: [
    [6, 5, 4, 3, 2, 1],
    [1, 6, 5, 5, 2, 3],
    [3, 3, 6, 1, 5, 2],
    [2, 4, 1, 6, null, 5],
  ],
});
const tournament = buildTournament(table, { elimination: 1, missing: 'coin' });
const engine = new Engine({ threads: 1 });
const SEEDS = 80;
const N = 2000;

/** Accepted band for the mean of z^2 over many (seed, model) pairs: about 4 standard errors of a
 *  chi-square mean of this size, and far from 1/1.5^2 = 0.44 and 1.5^2 = 2.25. */
const BAND: [number, number] = [0.7, 1.4];

function meanSquare(z: readonly number[]): number {
  return z.reduce((sum, x) => sum + x * x, 0) / z.length;
}

/** mean(z^2) inside the band, and outside it with every SE scaled by 1.5 or 1/1.5. */
function expectCalibrated(errors: readonly number[], stdErrors: readonly number[]): void {
  const z = (scale: number) => errors.map((e, i) => e / (stdErrors[i] * scale));
  const calibrated = meanSquare(z(1));
  expect(calibrated).toBeGreaterThan(BAND[0]);
  expect(calibrated).toBeLessThan(BAND[1]);
  expect(meanSquare(z(1.5))).toBeLessThan(BAND[0]);
  expect(meanSquare(z(1 / 1.5))).toBeGreaterThan(BAND[1]);
}

describe('standard errors match the spread they claim', () => {
  const exact = exactTournament(tournament.plan);
  const runs = Promise.all(Array.from({ length: SEEDS }, (_, s) => simulate(tournament, engine, { iterations: N, seed: 100 + s })));

  it('E[S]: the reported SE is sd(S) / sqrt(N) from the exact E[S] and E[S^2]', async () => {
    for (const result of await runs) {
      for (const m of result.models) {
        const i = table.models.indexOf(m.name);
        const sd = Math.sqrt(exact.expectedSquare[i] - exact.expectedScore[i] ** 2);
        // The sample sd of N = 2000 draws is within a few percent of the true one.
        expect(m.stdError * Math.sqrt(N)).toBeGreaterThan(0.9 * sd);
        expect(m.stdError * Math.sqrt(N)).toBeLessThan(1.1 * sd);
      }
    }
  });

  it('E[S]: errors against the exact value, in reported SEs, have mean square 1 over seeds', async () => {
    const errors: number[] = [];
    const stdErrors: number[] = [];
    for (const result of await runs) {
      for (const m of result.models) {
        errors.push(m.expectedScore - exact.expectedScore[table.models.indexOf(m.name)]);
        stdErrors.push(m.stdError);
      }
    }
    expectCalibrated(errors, stdErrors);
  });

  it('P(first): likewise against the exact P(first)', async () => {
    const errors: number[] = [];
    const stdErrors: number[] = [];
    for (const result of await runs) {
      for (const m of result.models) {
        const p = exact.pFirst[table.models.indexOf(m.name)];
        if (p < 0.02) continue; // too rare for a normal approximation at this N
        errors.push(m.pFirst - p);
        stdErrors.push(m.pFirstStdError);
      }
    }
    expect(errors.length).toBeGreaterThan(SEEDS * 3);
    expectCalibrated(errors, stdErrors);
  });

  it('the paired drop of a sweep: likewise against the exact drop', async () => {
    const base = exactTournament(withElimination(tournament, 0).plan).expectedScore;
    const harsh = exactTournament(withElimination(tournament, 2).plan).expectedScore;
    const errors: number[] = [];
    const stdErrors: number[] = [];
    for (let s = 0; s < SEEDS; s++) {
      const result = await sweep(tournament, engine, { iterations: N, seed: 500 + s, sweep: [0, 2] });
      for (const m of result.models) {
        const i = table.models.indexOf(m.name);
        if (m.dropStdError === 0) continue; // a model whose drop is certain
        errors.push(m.drop - (harsh[i] - base[i]));
        stdErrors.push(m.dropStdError);
      }
    }
    expectCalibrated(errors, stdErrors);
  });
});
