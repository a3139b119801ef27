import { describe, expect, it } from 'vitest';
import type { ErrorLocation } from '../../src/errors.js';
import { loadWinMatrices } from '../../src/input/winMatrices.js';
import { winMatricesFromArrays } from '../../src/input/winMatricesFromArrays.js';
import { caught, fixture } from './support.js';

const win = (name: string) => fixture(`win/${name}`);

describe('loadWinMatrices', () => {
  it('reads one matrix per file, named after the file, diagonal 0.5', async () => {
    const data = await loadWinMatrices([win('ok/alpha.csv'), win('ok/beta.csv')]);
    expect(data.kind).toBe('probabilities');
    expect(data.models).toEqual(['a', 'b', 'c']);
    expect(data.benchmarks).toEqual(['alpha', 'beta']);
    expect(data.sources).toEqual([win('ok/alpha.csv'), win('ok/beta.csv')]);
    expect(Array.from(data.p)).toEqual([
      0.5, 0.7, 0.4, 0.3, 0.5, 0.9, 0.6, 0.1, 0.5,
      0.5, 0.2, 0.8, 0.8, 0.5, 0.5, 0.2, 0.5, 0.5,
    ]);
  });

  const cases: [string, string, string, ErrorLocation][] = [
    ['not square', 'not_square.csv', 'MATRIX_NOT_SQUARE', { line: 3 }],
    ['rows out of header order', 'row_order.csv', 'MATRIX_MODELS_DIFFER', { line: 3, column: 1 }],
    ['probability above 1', 'out_of_range.csv', 'PROBABILITY_OUT_OF_RANGE', { line: 2, column: 4 }],
    ['pair not summing to 1', 'inconsistent.csv', 'PROBABILITIES_INCONSISTENT', { line: 4, column: 3 }],
    ['diagonal not 0.5', 'bad_diagonal.csv', 'BAD_DIAGONAL', { line: 3, column: 3 }],
    ['empty off-diagonal cell', 'missing_cell.csv', 'MISSING_SCORE', { line: 4, column: 2 }],
  ];
  it.each(cases)('refuses a matrix with %s', async (_, name, code, location) => {
    const error = await caught(() => loadWinMatrices([win(name)]));
    expect(error.code).toBe(code);
    expect(error.location).toEqual({ file: win(name), ...location });
  });

  it('refuses files whose models differ from the first file, naming the first difference', async () => {
    const error = await caught(() => loadWinMatrices([win('differ/first.csv'), win('differ/second.csv')]));
    expect(error.code).toBe('MATRIX_MODELS_DIFFER');
    expect(error.location).toEqual({ file: win('differ/second.csv'), line: 1, column: 3 });
  });

  it('refuses two files with the same benchmark name', async () => {
    const error = await caught(() => loadWinMatrices([win('ok/alpha.csv'), win('ok/beta.csv'), win('dup/alpha.csv')]));
    expect(error.code).toBe('DUPLICATE_BENCHMARK');
    expect(error.location).toEqual({ file: win('dup/alpha.csv') });
  });

  it('refuses a score table read as a win matrix', async () => {
    const error = await caught(() => loadWinMatrices([fixture('missing_cells.csv')]));
    expect(error.code).toBe('MATRIX_MODELS_DIFFER');
    expect(error.location).toEqual({ file: fixture('missing_cells.csv'), line: 2, column: 1 });
  });

  it('refuses an empty file list', async () => {
    expect((await caught(() => loadWinMatrices([]))).code).toBe('NO_DATA_ROWS');
  });
});

describe('winMatricesFromArrays', () => {
  const models = ['a', 'b'];
  it('builds matrices with the same checks, diagonal 0.5', () => {
    const data = winMatricesFromArrays({ models, benchmarks: ['X'], p: [[[null, 0.75], [0.25, 0.5]]] });
    expect(Array.from(data.p)).toEqual([0.5, 0.75, 0.25, 0.5]);
    expect(data.sources).toEqual(['p[0]']);
  });

  const cases: [string, Parameters<typeof winMatricesFromArrays>[0], string, string][] = [
    ['a missing matrix', { models, benchmarks: ['X', 'Y'], p: [[[0.5, 1], [0, 0.5]]] }, 'MATRIX_NOT_SQUARE', 'p'],
    ['a short row', { models, benchmarks: ['X'], p: [[[0.5, 1], [0]]] }, 'MATRIX_NOT_SQUARE', 'p[0][1]'],
    ['an inconsistent pair', { models, benchmarks: ['X'], p: [[[0.5, 0.6], [0.6, 0.5]]] }, 'PROBABILITIES_INCONSISTENT', 'p[0][1][0]'],
    ['a bad diagonal', { models, benchmarks: ['X'], p: [[[1, 0.6], [0.4, 0.5]]] }, 'BAD_DIAGONAL', 'p[0][0][0]'],
    ['a missing cell', { models, benchmarks: ['X'], p: [[[0.5, null], [0.4, 0.5]]] }, 'MISSING_SCORE', 'p[0][0][1]'],
    ['an out-of-range cell', { models, benchmarks: ['X'], p: [[[0.5, 2], [-1, 0.5]]] }, 'PROBABILITY_OUT_OF_RANGE', 'p[0][0][1]'],
    ['one model', { models: ['a'], benchmarks: ['X'], p: [[[0.5]]] }, 'TOO_FEW_MODELS', 'models'],
    ['a duplicate benchmark', { models, benchmarks: ['X', 'X'], p: [[[0.5, 1], [0, 0.5]], [[0.5, 1], [0, 0.5]]] }, 'DUPLICATE_BENCHMARK', 'benchmarks[1]'],
  ];
  it.each(cases)('refuses %s', async (_, input, code, option) => {
    const error = await caught(() => winMatricesFromArrays(input));
    expect(error.code).toBe(code);
    expect(error.location).toEqual({ option });
  });
});
