import { describe, expect, it } from 'vitest';
import { buildRoundOutcomes } from '../../src/input/roundOutcomes.js';
import { parseRounds } from '../../src/input/roundPlan.js';
import { loadScoreTable } from '../../src/input/scoreTable.js';
import { loadWinMatrices } from '../../src/input/winMatrices.js';
import { winMatricesFromArrays } from '../../src/input/winMatricesFromArrays.js';
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
