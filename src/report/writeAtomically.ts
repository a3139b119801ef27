/**
 * Output files appear whole or not at all: the text goes to a temporary file beside the target,
 * which is then renamed over it (rename is atomic within a folder), so an interrupted run never
 * leaves a truncated or mixed file.
 */
import { constants } from 'node:fs';
import { access, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { SwissRankError } from '../errors.js';

export async function writeAtomically(path: string, text: string): Promise<void> {
  const target = resolve(path);
  const temporary = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await writeFile(temporary, text, { encoding: 'utf8', flag: 'wx' });
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new SwissRankError('OUTPUT_UNWRITABLE', `cannot write the output: ${(error as Error).message}`, {
      file: path,
    });
  }
}

/** Fails fast, before any simulation, when `path` cannot be written: its folder is missing or
 *  read-only, or the path is a folder. */
export async function checkWritable(path: string): Promise<void> {
  const target = resolve(path);
  const folder = dirname(target);
  try {
    const info = await stat(folder);
    if (!info.isDirectory()) throw new Error(`${folder} is not a folder`);
    await access(folder, constants.W_OK);
  } catch (error) {
    throw new SwissRankError('OUTPUT_UNWRITABLE', `cannot write here: ${(error as Error).message}`, {
      file: path,
    });
  }
  const existing = await stat(target).catch(() => undefined);
  if (existing?.isDirectory()) {
    throw new SwissRankError('OUTPUT_UNWRITABLE', 'is a folder, expected a file path', { file: path });
  }
}
