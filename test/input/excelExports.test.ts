/**
 * What Excel writes: a `sep=X` first line naming the delimiter (line numbers stay physical) and
 * trailing nameless columns (`benchmark,a,b,,`), dropped when empty in every row and refused at
 * the cell when one holds a value.
 */
import { describe, expect, it } from 'vitest';
import { readCsvRows, readCsvTable } from '../../src/input/csvRows.js';
import { loadScoreTable } from '../../src/input/scoreTable.js';
import { loadWinMatrices } from '../../src/input/winMatrices.js';
import { caught, fixture } from './support.js';

const excel = (name: string) => fixture(`excel/${name}`);

describe('a sep= first line', () => {
  it('sep=, (after a BOM, CRLF) is skipped; the header is line 2', async () => {
    const rows = await readCsvRows(excel('sep_comma.csv'));
    expect(rows.map((r) => r.line)).toEqual([2, 3, 4]);
    expect(rows[0].cells).toEqual(['benchmark', 'a', 'b', 'c']);
    const table = await loadScoreTable(excel('sep_comma.csv'));
    expect(table.models).toEqual(['a', 'b', 'c']);
    expect(table.cellLocation(1, 2)).toEqual({ line: 4, column: 4 });
  });

  it('sep=; reads a semicolon file with no --delimiter', async () => {
    const table = await loadScoreTable(excel('sep_semicolon.csv'));
    expect(table.models).toEqual(['alpha', 'beta', 'gamma']);
    expect(table.benchmarks).toEqual(['MMLU', 'GSM8K']);
    expect(Array.from(table.scores)).toEqual([0.5, 0.6, 0.1, 0.7, 0.2, 0.9]);
  });

  it('sep=<tab> names a tab', async () => {
    const rows = await readCsvRows(excel('sep_tab.csv'));
    expect(rows[1].cells).toEqual(['X', '1', '2']);
  });

  it('later errors count the sep= line: a bad cell on physical line 3', async () => {
    const error = await caught(() => loadScoreTable(excel('sep_semicolon_bad_cell.csv')));
    expect(error.code).toBe('NOT_A_NUMBER');
    expect(error.location).toEqual({ file: excel('sep_semicolon_bad_cell.csv'), line: 3, column: 2 });
  });

  it('the same delimiter given explicitly agrees (tab spelled "tab" too)', async () => {
    await expect(loadScoreTable(excel('sep_semicolon.csv'), { delimiter: ';' })).resolves.toMatchObject({ models: ['alpha', 'beta', 'gamma'] });
    await expect(readCsvRows(excel('sep_tab.csv'), { delimiter: 'tab' })).resolves.toHaveLength(2);
  });

  it('a different --delimiter is refused at line 1, naming both', async () => {
    const error = await caught(() => loadScoreTable(excel('sep_semicolon.csv'), { delimiter: ',' }));
    expect(error.code).toBe('CONFLICTING_OPTIONS');
    expect(error.location).toMatchObject({ file: excel('sep_semicolon.csv'), line: 1 });
    expect(error.describe()).toMatch(/^.*sep_semicolon\.csv:1: .*sep=;.*';'.*--delimiter.*','.*\[CONFLICTING_OPTIONS\]$/);
  });
});

describe('trailing nameless columns', () => {
  it('are dropped when empty in every row', async () => {
    const { rows } = await readCsvTable(excel('trailing_empty_columns.csv'));
    expect(rows.map((r) => r.cells)).toEqual([
      ['benchmark', 'a', 'b'],
      ['X', '1', '2'],
      ['Y', '3', '4'],
    ]);
    const table = await loadScoreTable(excel('trailing_empty_columns.csv'));
    expect(table.models).toEqual(['a', 'b']);
    expect(Array.from(table.scores)).toEqual([1, 2, 3, 4]);
  });

  it('work together with sep= and models as rows', async () => {
    const table = await loadScoreTable(excel('sep_and_trailing_columns.csv'));
    expect(table.models).toEqual(['alpha', 'beta']);
    expect(table.benchmarks).toEqual(['MMLU', 'GSM8K']);
    expect(table.cellLocation(1, 1)).toEqual({ line: 4, column: 3 });
  });

  it('in a win matrix too', async () => {
    const matrices = await loadWinMatrices([excel('win_trailing_column.csv')]);
    expect(matrices.models).toEqual(['a', 'b', 'c']);
  });

  it('a value under a nameless column is refused at its cell, every such cell', async () => {
    const error = await caught(() => loadScoreTable(excel('value_in_nameless_column.csv')));
    expect(error.code).toBe('UNNAMED_COLUMN');
    expect(error.location).toEqual({ file: excel('value_in_nameless_column.csv'), line: 3, column: 5 });
    expect(error.describe()).toContain(':3:5: a value in column 5, which has no name in the header');
    expect(error.others.map((e) => [e.code, e.location.line, e.location.column])).toEqual([['UNNAMED_COLUMN', 4, 4]]);
  });

  it('a value under a nameless column is not a ragged row: --ragged skip does not hide it', async () => {
    const error = await caught(() => loadScoreTable(excel('value_in_nameless_column.csv'), { ragged: 'skip' }));
    expect(error.code).toBe('UNNAMED_COLUMN');
  });

  it('a row with too few fields is still ragged', async () => {
    const error = await caught(() => loadScoreTable(excel('short_row_with_nameless_columns.csv')));
    expect(error.code).toBe('RAGGED_ROW');
    expect(error.location).toEqual({ file: excel('short_row_with_nameless_columns.csv'), line: 3 });
    const table = await loadScoreTable(excel('short_row_with_nameless_columns.csv'), { ragged: 'skip' });
    expect(table.skipped).toEqual([{ line: 3, name: 'Y', fields: 2, expected: 3 }]);
  });
});
