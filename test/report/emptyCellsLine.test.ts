/** Every table says how empty score cells were played: the bundled table's one gap is a coin. */
import { describe, expect, it } from 'vitest';
import { emptyCellsText } from '../../src/report/roundsLine.js';
import { cli } from '../support/cli.js';

describe('the line of rules says how empty cells were played', () => {
  it('names coin and loss, and says nothing under error (a run with empty cells is refused there)', () => {
    expect(emptyCellsText({ missing: 'error' })).toBe('');
    expect(emptyCellsText({ missing: 'coin' })).toBe('; empty score cells: a fair coin in their matches (--missing coin)');
    expect(emptyCellsText({ missing: 'loss' })).toBe('; empty score cells: their matches lost (--missing loss)');
  });

  it('on the bundled table, in the terminal table and the Markdown alike', async () => {
    for (const format of ['table', 'markdown']) {
      const r = await cli('simulate', '--iterations', '1000', '--format', format);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain('empty score cells: a fair coin in their matches (--missing coin)');
    }
  });
});
