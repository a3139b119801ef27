/**
 * The command line read through the option table: what was typed is what an error shows, a repeated
 * flag is refused (which one was meant cannot be known), every problem is reported at once, and
 * errors raised below the CLI name the flag, not the library's field.
 */
import { describe, expect, it } from 'vitest';
import { parseCommandLine } from '../../src/cli/parseArgs.js';
import { SwissRankError } from '../../src/errors.js';
import { cli } from '../support/cli.js';

async function problems(...argv: string[]): Promise<string[]> {
  try {
    await parseCommandLine(argv);
  } catch (error) {
    if (error instanceof SwissRankError) return error.describeAll();
    throw error;
  }
  return [];
}

describe('values as typed', () => {
  it.each([
    [['simulate', '--seed', 'abc'], '--seed: expected a whole number from 0 to 9007199254740991, found "abc" [BAD_OPTION]'],
    [['simulate', '--seed='], '--seed: expected a whole number from 0 to 9007199254740991, found nothing [BAD_OPTION]'],
    [['simulate', '--iterations', '1e5'], '--iterations: expected a whole number from 1 to 2147483648, found "1e5" [BAD_OPTION]'],
    [['simulate', '--iterations', '-5'], '--iterations: expected a whole number from 1 to 2147483648, found "-5" [BAD_OPTION]'],
    [['simulate', '--threads', ' 2.5'], '--threads: expected a whole number from 1 to 1024, found " 2.5" [BAD_OPTION]'],
    [['simulate', '--elimination', '1,x'], '--elimination: expected non-negative whole numbers, found "x" [BAD_ELIMINATION]'],
    [['sweep', '--sweep', '0,1,1'], '--sweep: 1 appears twice [BAD_OPTION]'],
    [['simulate', '--tie-break', 'coin'], '--tie-break: expected one of random, index, found "coin" [BAD_OPTION]'],
  ])('%j', async (argv, line) => {
    expect(await problems(...argv)).toEqual([line]);
  });

  it('reads good values into their types, with defaults', async () => {
    const parsed = await parseCommandLine(['sweep', '--iterations', ' 2000 ', '--sweep', '0, 2', '--seed', '7']);
    expect(parsed?.values).toMatchObject({ iterations: 2000, sweep: [0, 2], seed: 7, tieBreak: 'random', format: 'table' });
    expect([...(parsed?.given ?? [])].sort()).toEqual(['iterations', 'seed', 'sweep']);
  });
});

describe('"-" after a flag', () => {
  it('is that flag\'s value (--out - is standard output), not a stray argument', async () => {
    expect((await parseCommandLine(['simulate', '--out', '-']))?.values.out).toBe('-');
    expect((await parseCommandLine(['simulate', '--out=-']))?.values.out).toBe('-');
    const r = await cli('simulate', '--iterations', '10', '--format', 'csv', '--out', '-');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# swiss-rank|^rank,|model/);
  });
});

describe('a repeated flag is refused', () => {
  it.each([
    [['simulate', '--format', 'csv', '--format', 'json'], '--format'],
    [['simulate', '--out', 'a.json', '--out', 'b.json'], '--out'],
    [['simulate', '--scores', 'a.csv', '--scores', 'b.csv'], '--scores'],
  ])('%j', async (argv, flag) => {
    const lines = await problems(...argv);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^${flag}: given 2 times .*; give it once \\[BAD_OPTION\\]$`));
  });

  it('but --win-matrix takes several files, repeated or not', async () => {
    const parsed = await parseCommandLine(['simulate', '--win-matrix', 'a.csv', 'b.csv', '--win-matrix', 'c.csv']);
    expect(parsed?.values.winMatrix).toEqual(['a.csv', 'b.csv', 'c.csv']);
  });

  it('through the CLI: exit 2, one line, nothing on stdout', async () => {
    const r = await cli('simulate', '--format', 'csv', '--format', 'json', '--iterations', '10');
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toEqual(['swiss-rank: --format: given 2 times ("csv", "json"); give it once [BAD_OPTION]']);
    expect(r.stdout).toBe('');
  });
});

describe('every problem at once, each at its flag', () => {
  it('reports a bad seed and a bad iteration count together', async () => {
    expect(await problems('simulate', '--seed', 'x', '--iterations', '0')).toEqual([
      '--iterations: expected a whole number from 1 to 2147483648, found "0" [BAD_OPTION]',
      '--seed: expected a whole number from 0 to 9007199254740991, found "x" [BAD_OPTION]',
    ]);
  });

  it('names the flag for an error found once the data is loaded', async () => {
    const r = await cli('simulate', '--elimination', '1,2', '--iterations', '10');
    expect(r.stderr).toMatch(/^swiss-rank: --elimination: expected one value for every round or exactly 10 values/);
  });
});
