/**
 * Inputs that are not plain files: a device or pipe is read as a stream and refused past the size
 * limit (it has no size to check first), a FIFO holding a small table loads, a folder is named as
 * one.
 */
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readUtf8File } from '../../src/input/readUtf8File.js';
import { loadScoreTable } from '../../src/input/scoreTable.js';
import { tempDir } from '../support/cli.js';
import { caught, fixture } from './support.js';

const folder = tempDir();

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
