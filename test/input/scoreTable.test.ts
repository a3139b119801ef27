import { describe, expect, it } from 'vitest';
import { loadScoreTable } from '../../src/input/scoreTable.js';
import { scoreTableFromMatrix } from '../../src/input/scoreTableFromMatrix.js';
import type { ErrorLocation } from '../../src/errors.js';
import { caught, fixture } from './support.js';

describe('loadScoreTable: layouts', () => {
  it('reads benchmarks-as-rows declared by the header', async () => {
    const table = await loadScoreTable(fixture('missing_cells.csv'));
    expect(table.kind).toBe('scores');
    expect(table.models).toEqual(['m1', 'm2', 'm3']);
    expect(table.benchmarks).toEqual(['A', 'B', 'C']);
    expect(Array.from(table.scores)).toEqual([0.9, 0.5, NaN, 0.2, NaN, 0.4, 0.6, 0.8, 1.0]);
    expect(table.cellLocation(2, 1)).toEqual({ line: 4, column: 3 });
  });

  it('reads models-as-rows declared by the header', async () => {
    const table = await loadScoreTable(fixture('layout_declared_models.csv'));
    expect(table.models).toEqual(['m1', 'm2']);
    expect(table.benchmarks).toEqual(['A', 'B']);
    // scores[b * M + m]
    expect(Array.from(table.scores)).toEqual([1, 3, 2, 4]);
    expect(table.cellLocation(1, 0)).toEqual({ line: 2, column: 3 });
  });

  it('leaves out a ragged row only when asked, and lists it', async () => {
    const table = await loadScoreTable(fixture('ragged_row.csv'), { ragged: 'skip' });
    expect(table.benchmarks).toEqual(['A', 'C']);
    expect(table.skipped).toEqual([{ line: 3, name: 'B', fields: 3, expected: 4 }]);
    expect(table.cellLocation(1, 2)).toEqual({ line: 4, column: 4 });
    expect((await loadScoreTable(fixture('missing_cells.csv'))).skipped).toEqual([]);
  });

  it('takes an explicit layout when the header does not declare one', async () => {
    const asBenchmarks = await loadScoreTable(fixture('layout_undeclared.csv'), { layout: 'benchmarks-as-rows' });
    expect(asBenchmarks.models).toEqual(['m1', 'm2']);
    expect(asBenchmarks.benchmarks).toEqual(['A']);
  });

  it('asks for --layout rather than guessing from the shape', async () => {
    const error = await caught(() => loadScoreTable(fixture('layout_undeclared.csv')));
    expect(error.code).toBe('LAYOUT_REQUIRED');
    expect(error.location).toEqual({ file: fixture('layout_undeclared.csv'), line: 1, column: 1, option: '--layout' });
  });

  it('refuses a layout contradicting the header', async () => {
    const error = await caught(() => loadScoreTable(fixture('layout_declared_models.csv'), { layout: 'benchmarks-as-rows' }));
    expect(error.code).toBe('LAYOUT_MISMATCH');
    expect(error.location).toEqual({ file: fixture('layout_declared_models.csv'), line: 1, column: 1, option: '--layout' });
  });

  it('accepts the layout the header declares', async () => {
    const table = await loadScoreTable(fixture('layout_declared_models.csv'), { layout: 'models-as-rows' });
    expect(table.models).toEqual(['m1', 'm2']);
  });

  it('reads a semicolon-separated file only with --delimiter', async () => {
    expect((await caught(() => loadScoreTable(fixture('semicolon.csv')))).code).toBe('WRONG_DELIMITER');
    const table = await loadScoreTable(fixture('semicolon.csv'), { delimiter: ';' });
    expect(Array.from(table.scores)).toEqual([0.1, 0.2, 0.3, 0.4]);
  });

  it('keeps BOM, CRLF, quoted commas and non-ASCII names intact', async () => {
    // A quoted cell spanning two lines (a score: a line break in a name is refused, BAD_NAME).
    const table = await loadScoreTable(fixture('bom_crlf_quoted_names.csv'));
    expect(table.models).toEqual(['Zhipu, GLM-4', 'modèle-été', '通义千问']);
    expect(table.benchmarks).toEqual(['MATH, hard', 'GSM8K', 'Long name', 'Last']);
    expect(table.scores[2 * 3]).toBe(4);
    expect(table.cellLocation(3, 2)).toEqual({ line: 6, column: 4 });
    expect(table.scores[3 * 3 + 2]).toBe(9);
  });

  it('ignores trailing blank lines', async () => {
    const table = await loadScoreTable(fixture('trailing_blank_lines.csv'));
    expect(table.benchmarks).toEqual(['A', 'B']);
  });
});

describe('loadScoreTable: refused inputs', () => {
  const cases: [string, string, ErrorLocation][] = [
    ['ragged_row.csv', 'RAGGED_ROW', { line: 3 }],
    ['cell_na.csv', 'NOT_A_NUMBER', { line: 3, column: 3 }],
    ['cell_percent.csv', 'NOT_A_NUMBER', { line: 2, column: 2 }],
    ['cell_decimal_comma.csv', 'NOT_A_NUMBER', { line: 2, column: 3 }],
    ['cell_nan.csv', 'NOT_A_NUMBER', { line: 3, column: 2 }],
    ['cell_infinity.csv', 'NOT_A_NUMBER', { line: 2, column: 2 }],
    ['duplicate_model.csv', 'DUPLICATE_MODEL', { line: 1, column: 4 }],
    ['duplicate_benchmark.csv', 'DUPLICATE_BENCHMARK', { line: 4, column: 1 }],
    ['empty_model_name.csv', 'EMPTY_NAME', { line: 3, column: 1 }],
    ['one_model.csv', 'TOO_FEW_MODELS', { line: 1 }],
    ['one_model_rows.csv', 'TOO_FEW_MODELS', { line: 1 }],
    ['header_only.csv', 'NO_DATA_ROWS', { line: 1 }],
    ['empty.csv', 'EMPTY_FILE', {}],
    ['syntax_bad_quote.csv', 'CSV_SYNTAX', { line: 4 }],
  ];
  it.each(cases)('%s -> %s', async (name, code, location) => {
    const error = await caught(() => loadScoreTable(fixture(name)));
    expect(error.code).toBe(code);
    expect(error.location).toEqual({ file: fixture(name), ...location });
  });
});

describe('scoreTableFromMatrix', () => {
  it('builds the same table as a file, with a virtual cell location', () => {
    const table = scoreTableFromMatrix({
      models: ['m1', 'm2', 'm3'],
      benchmarks: ['A', 'B', 'C'],
      scores: [
        [0.9, 0.5, null],
        [0.2, undefined, 0.4],
        [0.6, 0.8, 1.0],
      ],
    });
    expect(Array.from(table.scores)).toEqual([0.9, 0.5, NaN, 0.2, NaN, 0.4, 0.6, 0.8, 1.0]);
    expect(table.cellLocation(1, 2)).toEqual({ line: 2, column: 3 });
    expect(table.source).toBe('in-memory table');
  });

  it('reads NaN and holes in sparse rows as missing', () => {
    const sparse: (number | undefined)[] = [1];
    sparse[2] = 3;
    const table = scoreTableFromMatrix({ models: ['a', 'b', 'c'], benchmarks: ['X', 'Y'], scores: [sparse, [NaN, 1, 2]] });
    expect(Array.from(table.scores)).toEqual([1, NaN, 3, NaN, 1, 2]);
  });

  const base = { models: ['a', 'b'], benchmarks: ['X'], scores: [[1, 2]] };
  const cases: [string, Parameters<typeof scoreTableFromMatrix>[0], string, string][] = [
    ['duplicate model', { ...base, models: ['a', 'a'] }, 'DUPLICATE_MODEL', 'models[1]'],
    ['duplicate benchmark', { ...base, benchmarks: ['X', 'X'], scores: [[1, 2], [3, 4]] }, 'DUPLICATE_BENCHMARK', 'benchmarks[1]'],
    ['empty model name', { ...base, models: ['a', ' '] }, 'EMPTY_NAME', 'models[1]'],
    ['one model', { models: ['a'], benchmarks: ['X'], scores: [[1]] }, 'TOO_FEW_MODELS', 'models'],
    ['no benchmarks', { models: ['a', 'b'], benchmarks: [], scores: [] }, 'NO_DATA_ROWS', 'benchmarks'],
    ['short row', { ...base, scores: [[1]] }, 'RAGGED_ROW', 'scores[0]'],
    ['missing row', { ...base, scores: [] }, 'RAGGED_ROW', 'scores'],
    ['infinite score', { ...base, scores: [[1, Infinity]] }, 'NOT_A_NUMBER', 'scores[0][1]'],
  ];
  it.each(cases)('refuses %s', async (_, input, code, option) => {
    const error = await caught(() => scoreTableFromMatrix(input));
    expect(error.code).toBe(code);
    expect(error.location).toEqual({ option });
  });
});
