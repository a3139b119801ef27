/**
 * Every bad input of test/fixtures/input through the command line, end to end: exit code 2, one
 * line per problem naming the file, line and column with a stable code, no stack trace, and no
 * output file written.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, tempDir } from '../support/cli.js';
import { REPO_ROOT } from '../support/paths.js';

const fixtures = join(REPO_ROOT, 'test', 'fixtures', 'input');
const f = (name: string) => join(fixtures, name);

/** [arguments after `simulate`, expected code, where (the start of the message), lines expected]. */
const CASES: [string[], string, string, number][] = [
  [['--scores', f('no_such_file.csv')], 'FILE_NOT_FOUND', `${f('no_such_file.csv')}: `, 1],
  [['--scores', f('win')], 'FILE_UNREADABLE', `${f('win')}: `, 1],
  [['--scores', f('empty.csv')], 'EMPTY_FILE', `${f('empty.csv')}: `, 1],
  [['--scores', f('header_only.csv')], 'NO_DATA_ROWS', `${f('header_only.csv')}:1: `, 1],
  [['--scores', f('ragged_row.csv')], 'RAGGED_ROW', `${f('ragged_row.csv')}:3: `, 1],
  [['--scores', f('two_ragged_rows.csv')], 'RAGGED_ROW', `${f('two_ragged_rows.csv')}:2: `, 2],
  [['--scores', f('cell_na.csv')], 'NOT_A_NUMBER', `${f('cell_na.csv')}:3:3: `, 1],
  [['--scores', f('cell_percent.csv')], 'NOT_A_NUMBER', `${f('cell_percent.csv')}:2:2: `, 1],
  [['--scores', f('cell_decimal_comma.csv')], 'NOT_A_NUMBER', `${f('cell_decimal_comma.csv')}:2:3: `, 1],
  [['--scores', f('cell_nan.csv')], 'NOT_A_NUMBER', `${f('cell_nan.csv')}:3:2: `, 1],
  [['--scores', f('cell_infinity.csv')], 'NOT_A_NUMBER', `${f('cell_infinity.csv')}:2:2: `, 1],
  [['--scores', f('many_bad_cells.csv')], 'NOT_A_NUMBER', `${f('many_bad_cells.csv')}:2:3: `, 3],
  [['--scores', f('duplicate_model.csv')], 'DUPLICATE_MODEL', `${f('duplicate_model.csv')}:1:4: `, 1],
  [['--scores', f('duplicate_benchmark.csv')], 'DUPLICATE_BENCHMARK', `${f('duplicate_benchmark.csv')}:4:1: `, 1],
  [['--scores', f('several_duplicates.csv')], 'DUPLICATE_(MODEL|BENCHMARK)', `${f('several_duplicates.csv')}:1:4: `, 3],
  [['--scores', f('empty_model_name.csv')], 'EMPTY_NAME', `${f('empty_model_name.csv')}:3:1: `, 1],
  [['--scores', f('one_model.csv')], 'TOO_FEW_MODELS', `${f('one_model.csv')}:1: `, 1],
  [['--scores', f('syntax_bad_quote.csv')], 'CSV_SYNTAX', `${f('syntax_bad_quote.csv')}:4: `, 1],
  [['--scores', f('syntax_unterminated.csv')], 'CSV_SYNTAX', `${f('syntax_unterminated.csv')}:`, 1],
  [['--scores', f('latin1.csv')], 'FILE_UNREADABLE', `${f('latin1.csv')}:`, 1],
  [['--scores', f('utf16.csv')], 'FILE_UNREADABLE', `${f('utf16.csv')}: `, 1],
  [['--scores', f('layout_undeclared.csv')], 'LAYOUT_REQUIRED', `${f('layout_undeclared.csv')}:1:1: `, 1],
  [['--scores', f('layout_declared_models.csv'), '--layout', 'benchmarks-as-rows'], 'LAYOUT_MISMATCH', `${f('layout_declared_models.csv')}:1:1: `, 1],
  [['--scores', f('semicolon.csv')], 'WRONG_DELIMITER', `${f('semicolon.csv')}:1: `, 1],
  [['--scores', f('missing_cells.csv')], 'MISSING_SCORE', `${f('missing_cells.csv')}:2:4: `, 1],
  [['--scores', f('missing_cells.csv'), '--rounds', 'A;Nope'], 'UNKNOWN_BENCHMARK', '--rounds: ', 1],
  [['--scores', f('missing_cells.csv'), '--rounds', 'A;A'], 'REPEATED_BENCHMARK', '--rounds: ', 1],
  [['--scores', f('missing_cells.csv'), '--rounds', 'A;;B'], 'EMPTY_ROUND', '--rounds: ', 1],
  [['--scores', f('missing_cells.csv'), '--missing', 'coin', '--elimination', '1,2'], 'BAD_ELIMINATION', '--elimination: ', 1],
  [['--scores', f('missing_cells.csv'), '--elimination', '1.5'], 'BAD_ELIMINATION', '--elimination: ', 1],
  [['--win-matrix', f('win/not_square.csv')], 'MATRIX_NOT_SQUARE', `${f('win/not_square.csv')}:`, 1],
  [['--win-matrix', f('win/differ/first.csv'), f('win/differ/second.csv')], 'MATRIX_MODELS_DIFFER', `${f('win/differ/second.csv')}:1:`, 1],
  [['--win-matrix', f('win/out_of_range.csv')], 'PROBABILITY_OUT_OF_RANGE', `${f('win/out_of_range.csv')}:`, 1],
  [['--win-matrix', f('win/inconsistent.csv')], 'PROBABILITIES_INCONSISTENT', `${f('win/inconsistent.csv')}:`, 1],
  [['--win-matrix', f('win/bad_diagonal.csv')], 'BAD_DIAGONAL', `${f('win/bad_diagonal.csv')}:`, 1],
  [['--win-matrix', f('win/missing_cell.csv')], 'MISSING_SCORE', `${f('win/missing_cell.csv')}:`, 1],
  [['--win-matrix', f('win/ok/alpha.csv'), '--scores', f('missing_cells.csv')], 'CONFLICTING_OPTIONS', '--win-matrix: ', 1],
  [['--iterations', '0'], 'BAD_OPTION', '--iterations: ', 1],
  [['--iterations', '-3'], 'BAD_OPTION', '--iterations: ', 1],
  [['--iterations', '2.5'], 'BAD_OPTION', '--iterations: ', 1],
  [['--iterations', '4294967296'], 'BAD_OPTION', '--iterations: ', 1],
  [['--threads', '0'], 'BAD_OPTION', '--threads: ', 1],
  [['--bogus'], 'BAD_OPTION', 'usage: ', 1],
];

describe('bad input through the CLI', () => {
  it.each(CASES)('simulate %j -> %s', async (args, code, where, lines) => {
    const out = join(tempDir(), 'result.json');
    const r = await cli('simulate', '--iterations', '100', ...args, '--out', out);
    expect(r.code).toBe(2);
    const printed = r.stderr.trim().split('\n');
    expect(printed).toHaveLength(lines);
    expect(printed[0].startsWith(`swiss-rank: ${where}`), printed[0]).toBe(true);
    for (const line of printed) expect(line).toMatch(new RegExp(`\\[${code}\\]$`));
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(existsSync(out)).toBe(false);
  });

  it('prints the stack trace with --debug', async () => {
    const r = await cli('simulate', '--scores', f('cell_na.csv'), '--debug');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/\n\s+at /);
  });

  it('accepts a semicolon file with --delimiter ";", and BOM, CRLF, quoted commas and non-ASCII names', async () => {
    const semi = await cli('simulate', '--scores', f('semicolon.csv'), '--delimiter', ';', '--iterations', '100', '--format', 'json', '--quiet');
    expect(semi.code, semi.stderr).toBe(0);
    const quoted = await cli('simulate', '--scores', f('bom_crlf_quoted_names.csv'), '--iterations', '100', '--format', 'json', '--quiet');
    expect(quoted.code, quoted.stderr).toBe(0);
    expect(JSON.parse(quoted.stdout).models.map((m: { name: string }) => m.name).sort()).toEqual(['modèle-été', 'Zhipu, GLM-4', '通义千问'].sort());
  });

  it('warns once, and still runs, when rounds cannot be played or a benchmark is in no round', async () => {
    const r = await cli('simulate', '--scores', f('missing_cells.csv'), '--missing', 'coin', '--rounds', 'A;B', '--elimination', '2',
      '--iterations', '100', '--format', 'json', '--quiet');
    expect(r.code, r.stderr).toBe(0);
    const warnings = r.stderr.trim().split('\n');
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/^swiss-rank: warning: the elimination plan leaves at most one model after round 1/);
    expect(warnings[1]).toMatch(/^swiss-rank: warning: 1 benchmark\(s\) in no round.*: C$/);
  });
});
