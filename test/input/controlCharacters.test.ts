/**
 * Names holding control or bidirectional characters (tab, ESC, U+202E, C1, a line break) are
 * refused at load with BAD_NAME and their place, from files, in-memory data, round plans and
 * configs alike; the message shows the name escaped, never raw.
 */
import { describe, expect, it } from 'vitest';
import type { SwissRankError } from '../../src/errors.js';
import { parseReportConfig } from '../../src/options/reportConfig.js';
import { parseRounds, roundsFromGroups } from '../../src/input/roundPlan.js';
import { loadScoreTable } from '../../src/input/scoreTable.js';
import { scoreTableFromMatrix } from '../../src/input/scoreTableFromMatrix.js';
import { scoreTableFromRecords } from '../../src/input/scoreTableFromRecords.js';
import { loadWinMatrices } from '../../src/input/winMatrices.js';
import { winMatricesFromArrays } from '../../src/input/winMatricesFromArrays.js';
import { buildTournament } from '../../src/tournament/tournament.js';
import { caught, fixture } from './support.js';

const names = (name: string) => fixture(`names/${name}`);
/** Anything a terminal would act on: C0, DEL, C1, bidirectional controls. */
const RAW_CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

function expectEscaped(error: SwissRankError, shown: string, codePoint: string): void {
  expect(error.code).toBe('BAD_NAME');
  const line = error.describe();
  expect(line).not.toMatch(RAW_CONTROL);
  expect(line).toContain(shown);
  expect(line).toContain(codePoint);
}

describe('names with control characters in files', () => {
  it('a tab in a model name (header cell)', async () => {
    const error = await caught(() => loadScoreTable(names('tab_in_model.csv')));
    expect(error.location).toEqual({ file: names('tab_in_model.csv'), line: 1, column: 2 });
    expectEscaped(error, '"a\\tb"', 'U+0009');
  });

  it('ESC in a benchmark name (row cell)', async () => {
    const error = await caught(() => loadScoreTable(names('esc_in_benchmark.csv')));
    expect(error.location).toEqual({ file: names('esc_in_benchmark.csv'), line: 3, column: 1 });
    expectEscaped(error, '"Y\\u001b[2J"', 'U+001B ESCAPE');
  });

  it('U+202E RIGHT-TO-LEFT OVERRIDE in a model name (models as rows)', async () => {
    const error = await caught(() => loadScoreTable(names('rlo_in_model.csv')));
    expect(error.location).toEqual({ file: names('rlo_in_model.csv'), line: 3, column: 1 });
    expectEscaped(error, '"evil\\u202Egpt"', 'U+202E RIGHT-TO-LEFT OVERRIDE');
  });

  it('a line break inside a quoted name', async () => {
    const error = await caught(() => loadScoreTable(fixture('bom_crlf_quoted.csv')));
    expect(error.location).toEqual({ file: fixture('bom_crlf_quoted.csv'), line: 4, column: 1 });
    expectEscaped(error, '"Long\\r\\nname"', 'U+000D');
  });

  it('a C1 control (U+0085) in a win matrix model', async () => {
    const error = await caught(() => loadWinMatrices([names('c1_in_matrix.csv')]));
    expect(error.location).toEqual({ file: names('c1_in_matrix.csv'), line: 1, column: 3 });
    expectEscaped(error, '"b\\u0085"', 'U+0085');
  });
});

describe('other messages quoting unchecked text escape it too', () => {
  it('a bad cell holding U+202E', async () => {
    const error = await caught(() => loadScoreTable(names('rlo_in_cell.csv')));
    expect(error).toMatchObject({ code: 'NOT_A_NUMBER', location: { line: 2, column: 3 } });
    expect(error.describe()).not.toMatch(RAW_CONTROL);
    expect(error.describe()).toContain('"N/A\\u202E"');
  });
});

describe('names with control characters in memory', () => {
  it('records: the model name and a benchmark key, at their records', async () => {
    const error = await caught(() =>
      scoreTableFromRecords([
        { model: 'a\tb', MMLU: 0.5 },
        { model: 'c', MMLU: 0.6, 'GSM\u202e8K': 0.1 },
      ]),
    );
    expectEscaped(error, '"a\\tb"', 'U+0009');
    expect(error.location).toEqual({ option: 'records[0].model' });
    expect(error.others.map((e) => [e.code, e.location.option])).toEqual([['BAD_NAME', 'records[1]']]);
    expectEscaped(error.others[0], '"GSM\\u202E8K"', 'U+202E');
  });

  it('records with the benchmarks option: at benchmarks[b]', async () => {
    const error = await caught(() =>
      scoreTableFromRecords([{ model: 'a', 'X\u001b': 1 }, { model: 'b', 'X\u001b': 2 }], { benchmarks: ['X\u001b'] }),
    );
    expect(error.location).toEqual({ option: 'benchmarks[0]' });
  });

  it('matrices and arrays: at models[i] / benchmarks[b]', async () => {
    const table = await caught(() => scoreTableFromMatrix({ models: ['a', 'b\u007f'], benchmarks: ['X'], scores: [[1, 2]] }));
    expect(table.location).toEqual({ option: 'models[1]' });
    expectEscaped(table, '"b\\u007F"', 'U+007F DELETE');
    const arrays = await caught(() =>
      winMatricesFromArrays({ models: ['a', 'b'], benchmarks: ['\u2066X'], p: [[[0.5, 0.5], [0.5, 0.5]]] }),
    );
    expect(arrays.location).toEqual({ option: 'benchmarks[0]' });
    expectEscaped(arrays, '"\\u2066X"', 'U+2066');
  });
});

describe('round names with control characters', () => {
  const table = scoreTableFromMatrix({ models: ['a', 'b'], benchmarks: ['X', 'Y'], scores: [[1, 2], [3, 4]] });

  it('a group name (API, configs): at its key path', async () => {
    const error = await caught(() => roundsFromGroups([{ name: 'R\u202e1', benchmarks: ['X'] }], table.benchmarks, 'rounds'));
    expect(error.location).toEqual({ option: 'rounds[0].name' });
    expectEscaped(error, '"R\\u202E1"', 'U+202E');
    const viaTournament = await caught(() => buildTournament(table, { rounds: [{ benchmarks: ['Y'] }, { name: 'a\tb', benchmarks: ['X'] }] }));
    expect(viaTournament).toMatchObject({ code: 'BAD_NAME', location: { option: 'rounds[1].name' } });
  });

  it('a benchmark named in a plan, before the unknown-name message could print it', async () => {
    const error = await caught(() => parseRounds('X;Y\u001b', table.benchmarks));
    expect(error.location).toEqual({ option: '--rounds' });
    expectEscaped(error, '"Y\\u001b"', 'U+001B');
  });

  it('a report config: the round name and its benchmarks, by key path, with the other problems', async () => {
    const error = await caught(() =>
      parseReportConfig(
        { data: { scores: 't.csv' }, rounds: [{ name: 'R\u200f', benchmarks: ['X', 'Y\t'] }], iterations: 0 },
        'cfg.json',
      ),
    );
    const all = [error, ...error.others].map((e) => [e.code, e.location.option]);
    expect(all).toEqual([
      ['BAD_NAME', 'rounds[0].name'],
      ['BAD_NAME', 'rounds[0].benchmarks[1]'],
      ['BAD_CONFIG', 'iterations'],
    ]);
    expect(error.describe()).toMatch(/^cfg\.json: rounds\[0\]\.name: round "R\\u200F" holds U\+200F/);
  });
});
