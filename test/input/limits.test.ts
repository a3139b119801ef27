import { closeSync, openSync, ftruncateSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkMatrixSize, MAX_MATRIX_CELLS } from '../../src/input/checkMatrixSize.js';
import { MAX_FILE_BYTES } from '../../src/input/readUtf8File.js';
import { loadScoreTable } from '../../src/input/scoreTable.js';
import { tempDir } from '../support/cli.js';

describe('limits: refused up front, with the size and the limit', () => {
  it('a file larger than the limit, before reading it', async () => {
    const path = join(tempDir(), 'huge.csv');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, MAX_FILE_BYTES + 1); // sparse: no real disk use
    closeSync(fd);
    try {
      await expect(loadScoreTable(path)).rejects.toMatchObject({ code: 'TOO_LARGE', location: { file: path } });
      await expect(loadScoreTable(path)).rejects.toThrow(/512 MiB/);
    } finally {
      rmSync(path);
    }
  });

  it('win matrices that would not fit, before allocating them', () => {
    // 7 matrices of 4,496 x 4,496 need 1.1 GiB.
    expect(() => checkMatrixSize(7, 4496, { file: 'x.csv' })).toThrow(expect.objectContaining({ code: 'TOO_LARGE' }));
    expect(() => checkMatrixSize(7, 4496, { file: 'x.csv' })).toThrow(/1\.1 GiB; the limit is 1 GiB/);
    expect(() => checkMatrixSize(1, Math.floor(Math.sqrt(MAX_MATRIX_CELLS)), {})).not.toThrow();
  });
});
