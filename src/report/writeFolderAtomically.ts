/**
 * A report folder appears whole or not at all: its files are written into a temporary folder
 * beside the target, which is then renamed into place (an existing folder is moved aside first
 * and removed after), so an interrupted run never leaves a half-written or mixed report.
 */
import { constants } from 'node:fs';
import { access, mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { SwissRankError } from '../errors.js';

export async function writeFolderAtomically(folder: string, files: ReadonlyMap<string, string | Buffer>): Promise<void> {
  const target = resolve(folder);
  const stamp = `${process.pid}.${Date.now()}`;
  const building = join(dirname(target), `.${basename(target)}.${stamp}.tmp`);
  const retired = join(dirname(target), `.${basename(target)}.${stamp}.old`);
  try {
    await mkdir(building);
    for (const [name, content] of files) await writeFile(join(building, name), content);
    const existing = await stat(target).catch(() => undefined);
    if (existing) await rename(target, retired);
    await rename(building, target);
    if (existing) await rm(retired, { recursive: true, force: true });
  } catch (error) {
    await rm(building, { recursive: true, force: true });
    throw new SwissRankError('OUTPUT_UNWRITABLE', `cannot write the report: ${(error as Error).message}`, {
      file: folder,
    });
  }
}

/** Fails fast, before any simulation, when the folder's parent is missing or read-only, or the
 *  path is a file. */
export async function checkFolderWritable(folder: string): Promise<void> {
  const target = resolve(folder);
  try {
    await access(dirname(target), constants.W_OK);
  } catch (error) {
    throw new SwissRankError('OUTPUT_UNWRITABLE', `cannot create the report folder here: ${(error as Error).message}`, {
      file: folder,
    });
  }
  const existing = await stat(target).catch(() => undefined);
  if (existing && !existing.isDirectory()) {
    throw new SwissRankError('OUTPUT_UNWRITABLE', 'is a file, expected a folder', { file: folder });
  }
}
