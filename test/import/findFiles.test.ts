/** The importers' file finder: files as given, folders searched recursively in a fixed order. */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findFiles } from '../../src/import/findFiles.js';

const isResults = (name: string) => name.startsWith('results_') && name.endsWith('.json');

function tree(): string {
  const root = mkdtempSync(join(tmpdir(), 'swiss-rank-find-'));
  for (const path of ['b/results_2.json', 'a/results_1.json', 'a/deep/results_0.json', 'a/samples_x.jsonl', 'notes.txt']) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), '{}');
  }
  return root;
}

describe('findFiles', () => {
  it('walks folders recursively, sorted by name, keeping the path as given', async () => {
    const root = tree();
    expect(await findFiles([root], isResults, 'results files')).toEqual([
      join(root, 'a/deep/results_0.json'),
      join(root, 'a/results_1.json'),
      join(root, 'b/results_2.json'),
    ]);
  });

  it('takes a named file whatever its name, in the order given', async () => {
    const root = tree();
    expect(await findFiles([join(root, 'notes.txt'), join(root, 'b')], isResults, 'results files')).toEqual([
      join(root, 'notes.txt'),
      join(root, 'b/results_2.json'),
    ]);
  });

  it('does not follow symlinked folders (no cycles)', async () => {
    const root = tree();
    symlinkSync(root, join(root, 'a', 'loop'));
    expect(await findFiles([join(root, 'a')], isResults, 'results files')).toHaveLength(2);
  });

  it('a folder with no such file is BAD_IMPORT naming what was looked for; a missing path FILE_NOT_FOUND', async () => {
    const root = tree();
    await expect(findFiles([join(root, 'a', 'deep')], (n) => n.endsWith('.csv'), 'CSV files')).rejects.toMatchObject({
      code: 'BAD_IMPORT',
      message: expect.stringMatching(/no CSV files/),
    });
    await expect(findFiles([join(root, 'nope')], isResults, 'x')).rejects.toMatchObject({ code: 'FILE_NOT_FOUND', location: { file: join(root, 'nope') } });
  });
});
