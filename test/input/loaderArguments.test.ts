/**
 * Library callers are not always typed: a lone string where a list of paths is expected, or a
 * non-string path, is refused with BAD_OPTION naming the argument (it used to iterate the
 * string's characters, reporting a missing file "o").
 */
import { describe, expect, it } from 'vitest';
import { loadScores } from '../../src/index.js';
import { loadScoreTable } from '../../src/input/scoreTable.js';
import { loadWinMatrices } from '../../src/input/winMatrices.js';
import { caught } from './support.js';

describe('loader arguments', () => {
  it('loadWinMatrices with a string instead of a list', async () => {
    const error = await caught(() => loadWinMatrices('one.csv' as unknown as string[]));
    expect(error.code).toBe('BAD_OPTION');
    expect(error.message).toBe('expected a list of file paths, found a string');
    expect(error.location).toEqual({ option: 'paths' });
  });

  it('loadWinMatrices with a non-string path in the list, or no list', async () => {
    const error = await caught(() => loadWinMatrices(['a.csv', 7] as unknown as string[]));
    expect(error).toMatchObject({ code: 'BAD_OPTION', location: { option: 'paths[1]' } });
    const none = await caught(() => loadWinMatrices(undefined as unknown as string[]));
    expect(none).toMatchObject({ code: 'BAD_OPTION', location: { option: 'paths' } });
  });

  it('loadScoreTable and loadScores with a non-string path', async () => {
    for (const load of [loadScoreTable, loadScores]) {
      const error = await caught(() => load(['a.csv'] as unknown as string));
      expect(error.code).toBe('BAD_OPTION');
      expect(error.location).toEqual({ option: 'path' });
      expect(error.message).toMatch(/expected a file path \(a string\), found a list/);
    }
  });
});
