/**
 * Shared test helpers for the importers: where the harness-format fixtures live, a scratch folder
 * for bad and derived inputs, and the score of one (model, benchmark) cell of an import.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ImportedRecord, ImportedScores } from '../../src/import/types.js';

export { caught } from '../input/support.js';

/** A file or folder under test/fixtures/formats/. */
export function formats(path: string): string {
  return fileURLToPath(new URL(`../fixtures/formats/${path}`, import.meta.url));
}

/** The one record of `model` on `benchmark`; fails the test when there is none or several. */
export function cell(scores: ImportedScores, model: string, benchmark: string): ImportedRecord {
  const found = scores.records.filter((r) => r.model === model && r.benchmark === benchmark);
  if (found.length !== 1) throw new Error(`expected one record of ${model} on ${benchmark}, found ${found.length}`);
  return found[0]!;
}

/** A temporary folder; `write` creates a file in it (and its folders); `remove` deletes it all. */
export async function scratch(
  prefix: string,
): Promise<{ path: string; write: (name: string, text: string) => Promise<string>; remove: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), `swiss-rank-${prefix}-`));
  return {
    path,
    async write(name, text) {
      const file = join(path, name);
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, text);
      return file;
    },
    remove: () => rm(path, { recursive: true, force: true }),
  };
}
