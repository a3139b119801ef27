import { describe, expect, it } from 'vitest';
import { readCsvRows } from '../../src/input/csvRows.js';
import { caught, fixture } from './support.js';

describe('readCsvRows', () => {
  it('accepts a BOM, CRLF, quoted commas, quoted line breaks and non-ASCII names', async () => {
    const rows = await readCsvRows(fixture('bom_crlf_quoted.csv'));
    expect(rows.map((r) => r.line)).toEqual([1, 2, 3, 4, 6]);
    expect(rows[0].cells).toEqual(['benchmark', 'Zhipu, GLM-4', 'modèle-été', '通义千问']);
    expect(rows[1].cells).toEqual(['MATH, hard', '0.5', '0.25', '0.75']);
    expect(rows[3].cells[0]).toBe('Long\r\nname');
    expect(rows[4].cells).toEqual(['Last', '7', '8', '9']);
  });

  it('skips trailing blank, whitespace-only and comma-only lines', async () => {
    const rows = await readCsvRows(fixture('trailing_blank_lines.csv'));
    expect(rows.map((r) => r.line)).toEqual([1, 2, 3]);
  });

  it('refuses an empty file', async () => {
    const error = await caught(() => readCsvRows(fixture('empty.csv')));
    expect(error.code).toBe('EMPTY_FILE');
    expect(error.location).toEqual({ file: fixture('empty.csv') });
  });

  it('refuses a missing file', async () => {
    const error = await caught(() => readCsvRows(fixture('no_such_file.csv')));
    expect(error.code).toBe('FILE_NOT_FOUND');
    expect(error.location.file).toBe(fixture('no_such_file.csv'));
  });

  it('refuses a directory as unreadable', async () => {
    const error = await caught(() => readCsvRows(fixture('win')));
    expect(error.code).toBe('FILE_UNREADABLE');
  });

  it('refuses text that is not UTF-8, naming the line', async () => {
    const latin1 = await caught(() => readCsvRows(fixture('latin1.csv')));
    expect(latin1.code).toBe('FILE_UNREADABLE');
    expect(latin1.location).toEqual({ file: fixture('latin1.csv'), line: 3 });
    const utf16 = await caught(() => readCsvRows(fixture('utf16.csv')));
    expect(utf16.code).toBe('FILE_UNREADABLE');
  });

  it('refuses a semicolon-separated file without --delimiter and reads it with one', async () => {
    const error = await caught(() => readCsvRows(fixture('semicolon.csv')));
    expect(error.code).toBe('WRONG_DELIMITER');
    expect(error.location).toEqual({ file: fixture('semicolon.csv'), line: 1, option: '--delimiter' });
    const rows = await readCsvRows(fixture('semicolon.csv'), { delimiter: ';' });
    expect(rows[1].cells).toEqual(['A', '0.1', '0.2']);
  });

  it('refuses a comma-separated file read with another delimiter', async () => {
    const error = await caught(() => readCsvRows(fixture('missing_cells.csv'), { delimiter: ';' }));
    expect(error.code).toBe('WRONG_DELIMITER');
  });

  it('refuses a delimiter that is not one character', async () => {
    const error = await caught(() => readCsvRows(fixture('semicolon.csv'), { delimiter: ';;' }));
    expect(error.code).toBe('BAD_OPTION');
    expect(error.location).toEqual({ option: '--delimiter' });
  });

  it('refuses a ragged row, naming its line', async () => {
    const error = await caught(() => readCsvRows(fixture('ragged_row.csv')));
    expect(error.code).toBe('RAGGED_ROW');
    expect(error.location).toEqual({ file: fixture('ragged_row.csv'), line: 3 });
  });

  it('reports a stray quote on its line, after a multi-line field', async () => {
    const error = await caught(() => readCsvRows(fixture('syntax_bad_quote.csv')));
    expect(error.code).toBe('CSV_SYNTAX');
    expect(error.location).toEqual({ file: fixture('syntax_bad_quote.csv'), line: 4 });
  });

  it('reports an unterminated quote at the line where it opens', async () => {
    const error = await caught(() => readCsvRows(fixture('syntax_unterminated.csv')));
    expect(error.code).toBe('CSV_SYNTAX');
    expect(error.location).toEqual({ file: fixture('syntax_unterminated.csv'), line: 3 });
  });
});
