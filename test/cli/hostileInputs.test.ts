/**
 * Real exports and hostile names through the command line: an Excel `sep=` line picks the
 * delimiter unless --delimiter says otherwise (refused), and a name holding a tab is refused at
 * load with one line and exit 2 (the table renderer used to crash on it after the whole run).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { REPO_ROOT } from '../support/paths.js';

const f = (name: string) => join(REPO_ROOT, 'test', 'fixtures', 'input', name);
const QUICK = ['--iterations', '100', '--quiet'];

describe('Excel exports through the CLI', () => {
  it('a sep=; file needs no --delimiter', async () => {
    const r = await cli('simulate', '--scores', f('excel/sep_semicolon.csv'), ...QUICK, '--format', 'json');
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).models.map((m: { name: string }) => m.name).sort()).toEqual(['alpha', 'beta', 'gamma']);
  });

  it('--delimiter contradicting the sep= line: exit 2, one line at file:1', async () => {
    const r = await cli('simulate', '--scores', f('excel/sep_semicolon.csv'), '--delimiter', ',', ...QUICK);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`^swiss-rank: ${f('excel/sep_semicolon.csv')}:1: .*\\[CONFLICTING_OPTIONS\\]\\n$`));
  });

  it('trailing empty columns are read; a value under one is refused at its cell', async () => {
    const ok = await cli('simulate', '--scores', f('excel/trailing_empty_columns.csv'), ...QUICK, '--format', 'csv');
    expect(ok.code, ok.stderr).toBe(0);
    const bad = await cli('simulate', '--scores', f('excel/value_in_nameless_column.csv'), ...QUICK);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toEqual([
      `swiss-rank: ${f('excel/value_in_nameless_column.csv')}:3:5: a value in column 5, which has no name in the header (found "7") [UNNAMED_COLUMN]`,
      `swiss-rank: ${f('excel/value_in_nameless_column.csv')}:4:4: a value in column 4, which has no name in the header (found "8") [UNNAMED_COLUMN]`,
    ]);
  });
});

describe('control characters in names through the CLI', () => {
  it('a tab in a model name with --format table: refused at load, exit 2, one escaped line', async () => {
    const r = await cli('simulate', '--scores', f('names/tab_in_model.csv'), '--format', 'table', '--iterations', '100');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toBe(
      `swiss-rank: ${f('names/tab_in_model.csv')}:1:2: model "a\\tb" holds U+0009 CHARACTER TABULATION, ` +
        'a control character; names must be plain printable text [BAD_NAME]',
    );
  });

  it('U+202E in a model name: the line shows the code point, not the character', async () => {
    const r = await cli('simulate', '--scores', f('names/rlo_in_model.csv'), ...QUICK);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain('\u202e');
    expect(r.stderr).toMatch(/rlo_in_model\.csv:3:1: model "evil\\u202Egpt" holds U\+202E RIGHT-TO-LEFT OVERRIDE.*\[BAD_NAME\]\n$/);
  });
});
