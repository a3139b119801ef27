/**
 * CSV (formula) injection, OWASP's rule: every text cell of every CSV swiss-rank writes that starts
 * with = + - @, a tab or a carriage return gets a leading single quote; numbers stay numbers.
 */
import { describe, expect, it } from 'vitest';
import { safeCsvCell, writeCsv } from '../../src/report/writeCsv.js';
import { cli } from '../support/cli.js';
import { REPO_ROOT } from '../support/paths.js';

const names = `${REPO_ROOT}test/fixtures/input/formula_names.csv`;
const HOSTILE = ['=HYPERLINK("http://x")', '+SUM(1)', '-2+3', '@cmd'];

describe('safeCsvCell', () => {
  it.each([...HOSTILE, '\tx', '\rx'])('neutralises %j', (cell) => {
    expect(safeCsvCell(cell)).toBe(`'${cell}`);
  });

  it.each([['plain'], [-0.42], [0], [''], [null], ["'already"], ['a=b']])('leaves %j alone', (cell) => {
    expect(safeCsvCell(cell)).toBe(cell);
  });

  it('quotes as RFC 4180 asks, after neutralising', async () => {
    expect(await writeCsv([['model', 'x'], ['=A1,"B"', -1]])).toBe('model,x\n"\'=A1,""B""",-1\n');
  });
});

describe('every CSV the commands write', () => {
  it.each([
    ['simulate', []],
    ['sweep', []],
    ['compare', []],
    ['perturb', ['--zero', '@cmd:MMLU']],
  ])('%s: no text cell starts a formula', async (command, extra) => {
    const r = await cli(command, '--scores', names, '--iterations', '200', '--format', 'csv', '--quiet', ...extra);
    expect(r.code, r.stderr).toBe(0);
    const cells = r.stdout.split('\n').flatMap((line) => line.split(','));
    for (const cell of cells) expect(cell.replace(/^"/, '')).not.toMatch(/^[=+@\t\r]|^-[^0-9.]/);
    // Every hostile name that appears is there neutralised (a number such as -0.42 is not text).
    const shown = HOSTILE.filter((name) => r.stdout.includes(name.slice(1, 5)));
    expect(shown.length).toBeGreaterThan(0);
    for (const name of shown) expect(r.stdout).toContain(`'${name.replace(/"/g, '""')}`);
  });
});
