// The terminal tables show at most TERMINAL_ROWS models and say how many more there are and how to
// see them: the Open LLM Leaderboard's 4,496 rows cost over a second of layout in the `table` package.
import { describe, expect, it } from 'vitest';
import { sweepTable } from '../../src/report/sweepTable.js';
import { TERMINAL_ROWS, terminalRows } from '../../src/report/terminalRows.js';
import { HELM_LITE, OPEN_LLM, sweepFixtureFromFile } from './sweepFixture.js';

describe('terminalRows', () => {
  it('shows every row up to the limit, with no note', () => {
    const rows = Array.from({ length: TERMINAL_ROWS }, (_, i) => i);
    expect(terminalRows(rows, 'models', 'by rank')).toEqual({ shown: rows, hiddenNote: '' });
  });

  it('cuts after the limit and names how many are hidden and where they are', () => {
    const rows = Array.from({ length: TERMINAL_ROWS + 1 }, (_, i) => i);
    const { shown, hiddenNote } = terminalRows(rows, 'models', 'by rank');
    expect(shown).toEqual(rows.slice(0, TERMINAL_ROWS));
    expect(hiddenNote).toBe(
      `The first ${TERMINAL_ROWS} of ${TERMINAL_ROWS + 1} models by rank; the other 1 are not shown here: ` +
        '--format csv, json or markdown lists every one.\n',
    );
  });
});

describe('a terminal table at scale', () => {
  it('lists the first models of the Open LLM Leaderboard and says where the other 4,296 are', () => {
    const result = sweepFixtureFromFile(OPEN_LLM, { iterations: 10_000 });
    const text = sweepTable(result);
    expect(text).toContain('The first 200 of 4,496 models by E at T=2; the other 4,296 are not shown here');
    expect(text).toContain(result.models[TERMINAL_ROWS - 1].name);
    expect(text).not.toContain(`│ ${result.models[TERMINAL_ROWS].name} `);
    // Rows of the table: one line each (a name never wraps), plus the header's two lines.
    expect(text.split('\n').filter((line) => line.startsWith('║')).length).toBe(TERMINAL_ROWS + 2);
  });

  it('leaves a table of fewer models whole (HELM Lite, 91)', () => {
    const text = sweepTable(sweepFixtureFromFile(HELM_LITE, { iterations: 10_000 }));
    expect(text).not.toContain('not shown here');
    expect(text.split('\n').filter((line) => line.startsWith('║')).length).toBe(91 + 2);
  });
});
