import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { addFractions, compareFractions, fractionOf } from '../../src/core/fraction.js';
import { buildRoundOutcomes, type MissingPolicy } from '../../src/input/roundOutcomes.js';
import { parseRounds } from '../../src/input/roundPlan.js';
import { loadScoreTable } from '../../src/input/scoreTable.js';
import { loadWinMatrices } from '../../src/input/winMatrices.js';
import { scoreTableFromMatrix } from '../../src/input/scoreTableFromMatrix.js';
import { winMatricesFromArrays } from '../../src/input/winMatricesFromArrays.js';
import { REPO_ROOT } from '../support/paths.js';
import { caught, fixture } from './support.js';

// missing_cells.csv (benchmarks as rows), models m1 m2 m3:
//   A: 0.9 0.5 --     (line 2)
//   B: 0.2 --  0.4    (line 3)
//   C: 0.6 0.8 1.0    (line 4)
describe('buildRoundOutcomes from scores', () => {
  it('gives each round the raw mean of its benchmarks', async () => {
    const table = await loadScoreTable(fixture('missing_cells.csv'));
    const outcomes = buildRoundOutcomes(table, parseRounds('A,C;B', table.benchmarks), 'coin');
    expect(outcomes.kind).toBe('scores');
    if (outcomes.kind !== 'scores') return;
    expect(outcomes.roundScores).toHaveLength(2 * 3);
    expect(outcomes.roundScores[0]).toBeCloseTo(0.75, 15);
    expect(outcomes.roundScores[1]).toBeCloseTo(0.65, 15);
    expect(outcomes.roundScores[3]).toBe(0.2);
    expect(outcomes.roundScores[5]).toBe(0.4);
  });

  it('error: refuses a missing cell, naming its place in the file', async () => {
    const table = await loadScoreTable(fixture('missing_cells.csv'));
    const error = await caught(() => buildRoundOutcomes(table, parseRounds('C;B', table.benchmarks), 'error'));
    expect(error.code).toBe('MISSING_SCORE');
    expect(error.location).toEqual({ file: fixture('missing_cells.csv'), line: 3, column: 3 });
  });

  it('error: accepts a plan that avoids the gaps', async () => {
    const table = await loadScoreTable(fixture('missing_cells.csv'));
    const outcomes = buildRoundOutcomes(table, parseRounds('C', table.benchmarks), 'error');
    expect(outcomes.kind === 'scores' && Array.from(outcomes.roundScores)).toEqual([0.6, 0.8, 1.0]);
  });

  it('loss: a round with a missing cell scores -Infinity for that model only', async () => {
    const table = await loadScoreTable(fixture('missing_cells.csv'));
    const outcomes = buildRoundOutcomes(table, parseRounds(undefined, table.benchmarks), 'loss');
    expect(outcomes.kind === 'scores' && Array.from(outcomes.roundScores)).toEqual([
      0.9, 0.5, -Infinity, 0.2, -Infinity, 0.4, 0.6, 0.8, 1.0,
    ]);
  });

  it('coin: a round with a missing cell scores NaN, even when grouped with a present one', async () => {
    const table = await loadScoreTable(fixture('missing_cells.csv'));
    const outcomes = buildRoundOutcomes(table, parseRounds('A,B', table.benchmarks), 'coin');
    if (outcomes.kind !== 'scores') throw new Error('expected scores');
    expect(outcomes.roundScores[0]).toBeCloseTo(0.55, 15);
    expect(outcomes.roundScores[1]).toBeNaN();
    expect(outcomes.roundScores[2]).toBeNaN();
  });

  it('refuses a round naming a benchmark the data lacks', async () => {
    const table = await loadScoreTable(fixture('missing_cells.csv'));
    const error = await caught(() => buildRoundOutcomes(table, [{ name: 'Z', benchmarks: ['Z'] }], 'error'));
    expect(error.code).toBe('UNKNOWN_BENCHMARK');
  });
});

describe('buildRoundOutcomes from win matrices', () => {
  it('averages the matrices of a grouped round, keeping P[i][j] + P[j][i] = 1', async () => {
    const data = await loadWinMatrices([fixture('win/ok/alpha.csv'), fixture('win/ok/beta.csv')]);
    const outcomes = buildRoundOutcomes(data, parseRounds('alpha,beta', data.benchmarks), 'error');
    if (outcomes.kind !== 'probabilities') throw new Error('expected probabilities');
    const p = Array.from(outcomes.winProbability);
    expect(p).toHaveLength(9);
    const expected = [0.5, 0.45, 0.6, 0.55, 0.5, 0.7, 0.4, 0.3, 0.5];
    p.forEach((value, c) => expect(value).toBeCloseTo(expected[c], 15));
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) expect(p[i * 3 + j] + p[j * 3 + i]).toBeCloseTo(1, 15);
    }
  });

  it('keeps single-benchmark rounds in plan order', async () => {
    const data = await loadWinMatrices([fixture('win/ok/alpha.csv'), fixture('win/ok/beta.csv')]);
    const outcomes = buildRoundOutcomes(data, parseRounds('beta;alpha', data.benchmarks), 'error');
    if (outcomes.kind !== 'probabilities') throw new Error('expected probabilities');
    expect(Array.from(outcomes.winProbability)).toEqual([...data.p.subarray(9, 18), ...data.p.subarray(0, 9)]);
  });

  it('ignores the missing policy (matrices have no gaps)', () => {
    const data = winMatricesFromArrays({ models: ['a', 'b'], benchmarks: ['X'], p: [[[null, 1], [0, null]]] });
    for (const missing of ['error', 'loss', 'coin'] as const) {
      const outcomes = buildRoundOutcomes(data, parseRounds(undefined, data.benchmarks), missing);
      expect(outcomes.kind === 'probabilities' && Array.from(outcomes.winProbability)).toEqual([0.5, 1, 0, 0.5]);
    }
  });
});

describe('buildRoundOutcomes: exact means (issue "exact ties")', () => {
  const table = (scores: number[][]) =>
    scoreTableFromMatrix({ models: scores[0].map((_, m) => `m${m}`), benchmarks: scores.map((_, b) => `B${b}`), scores });
  const roundScores = (t: ReturnType<typeof table>, plan: string, missing: MissingPolicy = 'error') => {
    const outcomes = buildRoundOutcomes(t, parseRounds(plan, t.benchmarks), missing);
    if (outcomes.kind !== 'scores') throw new Error('expected scores');
    return Array.from(outcomes.roundScores);
  };

  it('means equal on paper are one value: (0.1, 0.2) and (0.3, 0) both 0.15', () => {
    expect(roundScores(table([[0.1, 0.3], [0.2, 0]]), 'B0,B1')).toEqual([0.15, 0.15]);
    expect(roundScores(table([[0.1, 0.3, 0.6], [0.2, 0.2, 0], [0.3, 0.1, 0]]), 'B0,B1,B2')).toEqual([0.2, 0.2, 0.2]);
  });

  it('the order of the round scores is the exact order of the means (HELM Lite Mathematics, 91 models)', async () => {
    const helm = await loadScoreTable(join(REPO_ROOT, 'data', 'helm_lite_v1.13.0.csv'));
    // The table's one gap (phi-3-small on GSM8K) is a coin (NaN), which has no place in an order.
    const x = roundScores(helm, 'MATH,GSM8K', 'coin');
    const M = helm.models.length;
    const [math, gsm] = ['MATH', 'GSM8K'].map((name) => helm.benchmarks.indexOf(name));
    const exact = (m: number) => addFractions(fractionOf(helm.scores[math * M + m]), fractionOf(helm.scores[gsm * M + m]));
    const present = helm.models.flatMap((_, m) => (Number.isNaN(x[m]) ? [] : [m]));
    expect(present).toHaveLength(M - 1);
    for (const a of present) {
      for (const b of present) expect(Math.sign(x[a] - x[b]), `${helm.models[a]} / ${helm.models[b]}`).toBe(compareFractions(exact(a), exact(b)));
    }
  });

  it('scores without a short form tie exactly too, and keep the missing policies', async () => {
    // m0: 0.30000000000000004 + 0.1 + 0.2 and m2: 0.6 + 4e-17 + 0 are both 0.60000000000000004
    // exactly; as float sums 0.6000000000000001 and 0.6. m1 has a gap.
    const long = table([[0.1 + 0.2, Number.NaN, 0.6], [0.1, 0.5, 4e-17], [0.2, 0.5, 0]]);
    for (const [missing, gap] of [['loss', -Infinity], ['coin', Number.NaN]] as const) {
      const x = roundScores(long, 'B0,B1,B2', missing);
      expect(x[0]).toBe(x[2]);
      expect(x[0]).toBeCloseTo(0.2, 15);
      expect(x[1]).toBe(gap);
    }
    const error = await caught(() => roundScores(long, 'B0,B1,B2', 'error'));
    expect(error.code).toBe('MISSING_SCORE');
    expect(error.location).toMatchObject({ line: 1, column: 2 });
  });
});
