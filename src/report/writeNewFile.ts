/**
 * Writes a file that must be new (`init`'s config): written whole to a temp file beside it, then
 * hard-linked into place, which fails if anything (a file, a link, a folder) already has the name.
 * Rule: never replace or write through anything; an existing path is OUTPUT_EXISTS, other failures
 * OUTPUT_UNWRITABLE, and no temp file or created folder is left behind. Cost: O(text).
 */
import { link, open, rm } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { SwissRankError } from '../errors.js';
import { createParents, isStdoutPath, readerGone, removeCreated, temporaryPath } from './writeOutputFile.js';
import { systemErrorText, writeToStream } from './writeToStream.js';

export async function writeNewFile(path: string, text: string, stdout: NodeJS.WritableStream): Promise<void> {
  if (isStdoutPath(path)) {
    if ((await writeToStream(stdout, text)) === 'closed') throw readerGone();
    return;
  }
  const target = resolve(path);
  const created = await createParents(dirname(target), path);
  const temporary = temporaryPath(target);
  try {
    const handle = await open(temporary, 'wx', 0o666);
    try {
      await handle.writeFile(text);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await link(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    await removeCreated(created, dirname(target));
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      throw new SwissRankError('OUTPUT_EXISTS', 'already exists; it is never replaced: choose another --out or move it away', { file: path });
    }
    throw new SwissRankError('OUTPUT_UNWRITABLE', `cannot write the output: ${systemErrorText(error)}`, { file: path });
  } finally {
    await rm(temporary, { force: true });
  }
}
