/**
 * Inputs that are not plain files, and loads that are cut short: a device or pipe is read as a
 * stream and refused past the size limit (it has no size to check first), a FIFO holding a small
 * table loads, a folder is named as one, and an AbortSignal stops a long load within a second.
 */
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SwissRankError } from '../../src/errors.js';
import { loadScores } from '../../src/index.js';
import { readUtf8File } from '../../src/input/readUtf8File.js';
import { loadScoreTable } from '../../src/input/scoreTable.js';
import { loadWinMatrices } from '../../src/input/winMatrices.js';
import { tempDir } from '../support/cli.js';
import { caught, fixture } from './support.js';

const folder = tempDir();
// The generated tables are tens of MB: not left behind in the temp folder.
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function fifo(name: string): string {
  const path = join(folder, name);
  execFileSync('mkfifo', [path]);
  return path;
}

describe('devices, pipes and folders', () => {
  it('/dev/zero (size 0 to stat) is refused once the bytes read pass the limit', async () => {
    const started = Date.now();
    const error = await caught(() => readUtf8File('/dev/zero', { maxBytes: 2 ** 20 }));
    expect(error.code).toBe('TOO_LARGE');
    expect(error.location).toEqual({ file: '/dev/zero' });
    expect(error.message).toMatch(/more than 1 MiB/);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('a FIFO holding a small table loads', async () => {
    const path = fifo('table.csv');
    const writing = writeFile(path, 'benchmark,a,b\nX,0.1,0.2\nY,0.3,0.4\n');
    const table = await loadScoreTable(path);
    await writing;
    expect(table.models).toEqual(['a', 'b']);
    expect(Array.from(table.scores)).toEqual([0.1, 0.2, 0.3, 0.4]);
  });

  it('a FIFO pouring more than the limit is refused', async () => {
    const path = fifo('endless.csv');
    const writing = writeFile(path, Buffer.alloc(4 * 2 ** 20, 0x41)).catch(() => undefined); // EPIPE once refused
    const error = await caught(() => readUtf8File(path, { maxBytes: 2 ** 20 }));
    await writing;
    expect(error.code).toBe('TOO_LARGE');
  });

  it('a folder is FILE_UNREADABLE, saying it is a folder', async () => {
    const error = await caught(() => loadScoreTable(fixture('win')));
    expect(error.code).toBe('FILE_UNREADABLE');
    expect(error.message).toMatch(/is a folder/);
  });
});

describe('aborting a load', () => {
  const big = join(folder, 'big.csv');
  const matrix = join(folder, 'matrix.csv');

  beforeAll(() => {
    // About 25 MB: 300,000 models x 10 benchmarks; several seconds to parse.
    const lines = ['model,' + Array.from({ length: 10 }, (_, i) => `b${i}`).join(',')];
    for (let r = 0; r < 300_000; r++) lines.push(`model-${r},0.1234,0.2345,0.3456,0.4567,0.5678,0.6789,0.7891,0.8912,0.9123,0.1111`);
    writeFileSync(big, lines.join('\n') + '\n');
    // A 1,500-model win matrix, about 9 MB.
    const m = 1500;
    const names = Array.from({ length: m }, (_, i) => `m${i}`);
    const rows = [',' + names.join(',')];
    for (let i = 0; i < m; i++) rows.push(`${names[i]},` + names.map((_, j) => (i === j ? '' : '0.5')).join(','));
    writeFileSync(matrix, rows.join('\n') + '\n');
  });

  async function abortAfter(ms: number, load: (signal: AbortSignal) => Promise<unknown>): Promise<{ error: SwissRankError; late: number }> {
    const controller = new AbortController();
    let abortedAt = 0;
    setTimeout(() => {
      abortedAt = Date.now();
      controller.abort();
    }, ms);
    const error = await caught(() => load(controller.signal));
    return { error, late: Date.now() - abortedAt };
  }

  it('a large score table, aborted after 100 ms, rejects with ABORTED within a second', async () => {
    const { error, late } = await abortAfter(100, (signal) => loadScoreTable(big, { signal }));
    expect(error.code).toBe('ABORTED');
    expect(error.message).toBe('the run was aborted');
    expect(late).toBeLessThan(1000);
  });

  it('through the public loadScores too', async () => {
    const { error, late } = await abortAfter(100, (signal) => loadScores(big, { signal }));
    expect(error.code).toBe('ABORTED');
    expect(late).toBeLessThan(1000);
  });

  it('a large win matrix, aborted after 100 ms, rejects with ABORTED within a second', async () => {
    const { error, late } = await abortAfter(100, (signal) => loadWinMatrices([matrix, matrix], { signal }));
    expect(error.code).toBe('ABORTED');
    expect(late).toBeLessThan(1000);
  });

  it('an already aborted signal stops before reading', async () => {
    const error = await caught(() => loadScoreTable(fixture('no_such_file.csv'), { signal: AbortSignal.abort() }));
    expect(error.code).toBe('ABORTED');
  });
});
