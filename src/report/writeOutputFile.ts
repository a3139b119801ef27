/**
 * Writes one `--out FILE`. Rule: new or regular files are replaced atomically, keeping the mode; links are
 * followed and kept; devices and FIFOs are written in place; folders, sockets and inputs are refused.
 * Why: a mistyped `--out` must cost an error, never a user's file (or, as root, /dev/null itself).
 */
import { constants, type Stats } from 'node:fs';
import { access, lstat, mkdir, open, readlink, realpath, rename, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join, resolve } from 'node:path';
import { SwissRankError } from '../errors.js';
import { systemErrorText, writeToStream } from './writeToStream.js';

export interface OutputFileOptions {
  /** Files the run reads; the output may not be any of them. */
  readonly inputs?: readonly string[];
  /** Where '-' and /dev/stdout go. */
  readonly stdout?: NodeJS.WritableStream;
}

/** Paths that mean "standard output": written to the stream, never opened or replaced. */
const STDOUT_PATHS = new Set(['-', '/dev/stdout', '/dev/fd/1', '/proc/self/fd/1']);

/** What an output path names once links are followed. */
type Target =
  | { kind: 'stdout' }
  | { kind: 'missing'; path: string }
  | { kind: 'file'; path: string; info: Stats }
  | { kind: 'special'; path: string; info: Stats }
  | { kind: 'folder' };

export async function checkOutputFile(path: string, options: OutputFileOptions = {}): Promise<void> {
  await asOutputError(path, async () => {
    const target = await examine(path);
    if (target.kind === 'stdout') return;
    if (target.kind === 'folder') throw refusal(path, 'is a folder, expected a file path');
    if (target.kind === 'missing') return probeFolder(await nearestFolder(dirname(target.path), path), path);
    await refuseInputs(path, target.info, options.inputs);
    // A file is replaced through a temp file beside it; a device or FIFO is opened as it is
    // (access, not open: opening a FIFO would wait for its reader).
    if (target.kind === 'file') await probeFolder(dirname(target.path), path);
    else await access(target.path, constants.W_OK);
  });
}

export async function writeOutputFile(path: string, text: string, options: OutputFileOptions = {}): Promise<void> {
  await asOutputError(path, async () => {
    const target = await examine(path);
    if (target.kind === 'stdout') {
      if ((await writeToStream(options.stdout ?? process.stdout, text)) === 'closed') throw readerGone();
      return;
    }
    if (target.kind === 'folder') throw refusal(path, 'is a folder, expected a file path');
    if (target.kind === 'missing') {
      const created = await createParents(dirname(target.path), path);
      try {
        await replaceAtomically(target.path, text);
      } catch (error) {
        await removeCreated(created, dirname(target.path));
        throw error;
      }
      return;
    }
    await refuseInputs(path, target.info, options.inputs);
    if (target.kind === 'file') await replaceAtomically(target.path, text, target.info);
    else await writeFile(target.path, text, { encoding: 'utf8', flag: 'w' });
  });
}

/** Every failure as one SwissRankError naming the path and the errno. */
async function asOutputError(path: string, task: () => Promise<void>): Promise<void> {
  try {
    await task();
  } catch (error) {
    throw cannotWrite(path, error);
  }
}

/** `-`, /dev/stdout and its aliases: written to the stream. */
export function isStdoutPath(path: string): boolean {
  return STDOUT_PATHS.has(path);
}

/** The one error for "the reader of standard output went away": the CLI ends quietly with 141. */
export function readerGone(): SwissRankError {
  return new SwissRankError('OUTPUT_CLOSED', 'the reader of standard output went away');
}

async function examine(path: string): Promise<Target> {
  if (isStdoutPath(path)) return { kind: 'stdout' };
  const absolute = resolve(path);
  let info: Stats;
  try {
    info = await stat(absolute);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw cannotWrite(path, error);
    return { kind: 'missing', path: await danglingTarget(absolute, path) };
  }
  if (info.isDirectory()) return { kind: 'folder' };
  // realpath: the temp file must sit beside the link's final target, not beside the link.
  if (info.isFile()) return { kind: 'file', path: await realpath(absolute), info };
  // open() cannot write a socket (ENXIO); say so plainly, and before the run.
  if (info.isSocket()) throw refusal(path, 'is a socket, which cannot be written as a file');
  return { kind: 'special', path: absolute, info };
}

/** Where a path that does not exist will be created: itself, or the end of its chain of
 *  (dangling) symlinks, so the link stays a link. */
export async function danglingTarget(absolute: string, shownAs: string): Promise<string> {
  let current = absolute;
  for (let hops = 0; hops < 40; hops++) {
    let info: Stats;
    try {
      info = await lstat(current);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return current;
      throw cannotWrite(shownAs, error);
    }
    if (!info.isSymbolicLink()) return current;
    // A relative link is relative to the folder it really sits in (which may itself be a link).
    const folder = await realpath(dirname(current)).catch(() => dirname(current));
    current = resolve(folder, await readlink(current));
  }
  throw cannotWrite(shownAs, systemError('ELOOP', 'too many symbolic links encountered'));
}

async function refuseInputs(path: string, output: Stats, inputs: readonly string[] = []): Promise<void> {
  for (const input of inputs) {
    const info = await stat(input).catch(() => undefined);
    if (info && info.dev === output.dev && info.ino === output.ino) {
      throw new SwissRankError('OUTPUT_IS_INPUT', `is the same file as the input ${input}; choose another output file`, {
        file: path,
      });
    }
  }
}

/** The closest existing folder at or above `folder`: what `mkdir -p` would start from. */
export async function nearestFolder(folder: string, shownAs: string): Promise<string> {
  let current = folder;
  for (;;) {
    try {
      const info = await stat(current);
      if (!info.isDirectory()) {
        throw cannotWrite(shownAs, systemError('ENOTDIR', `not a directory: ${current}`));
      }
      return current;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || dirname(current) === current) {
        throw error instanceof SwissRankError ? error : cannotWrite(shownAs, error);
      }
      current = dirname(current);
    }
  }
}

/** Creates and removes an empty file in `folder`: the only honest test of writability (`access`
 *  says yes to root on read-only places such as /proc). */
export async function probeFolder(folder: string, shownAs: string): Promise<void> {
  const probe = temporaryPath(join(folder, 'probe'));
  try {
    await (await open(probe, 'wx')).close();
  } catch (error) {
    throw cannotWrite(shownAs, error);
  }
  await rm(probe, { force: true });
}

/** `mkdir -p folder`; returns the first folder it created (for removeCreated), if any. */
export async function createParents(folder: string, shownAs: string): Promise<string | undefined> {
  try {
    return await mkdir(folder, { recursive: true });
  } catch (error) {
    throw cannotWrite(shownAs, error);
  }
}

/** Undoes createParents after a failure: removes the folders it made, deepest first, if still
 *  empty (rmdir never removes anything else). */
export async function removeCreated(first: string | undefined, folder: string): Promise<void> {
  if (first === undefined) return;
  for (let current = folder; ; current = dirname(current)) {
    if ((await rmdir(current).then(() => true, () => false)) === false || current === first) return;
    if (dirname(current) === current) return;
  }
}

/** A temp name beside `target`, hidden, recognisably ours, never colliding. */
export function temporaryPath(target: string): string {
  const name = basename(target).slice(0, 200); // room for the suffix within NAME_MAX
  return join(dirname(target), `.${name}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

/** Text to a temp file beside `target`, flushed, then renamed over it. With `keep` (the file
 *  being replaced) the new file gets its mode, and its owner when running as root. */
export async function replaceAtomically(target: string, content: string | Uint8Array, keep?: Stats): Promise<void> {
  const temporary = temporaryPath(target);
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(temporary, 'wx', 0o666);
    await handle.writeFile(content);
    if (keep) {
      // chown first: it may clear set-id bits that chmod then restores.
      if (process.getuid?.() === 0) await handle.chown(keep.uid, keep.gid).catch(() => undefined);
      await handle.chmod(keep.mode & 0o7777);
    }
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(temporary, target);
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await rm(temporary, { force: true });
    throw error;
  }
}

function cannotWrite(path: string, error: unknown): SwissRankError {
  if (error instanceof SwissRankError) return error;
  return new SwissRankError('OUTPUT_UNWRITABLE', `cannot write the output: ${systemErrorText(error)}`, { file: path });
}

/** An error shaped like Node's own system errors, for conditions found by looking, not by a call. */
function systemError(code: string, meaning: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${meaning}`), { code });
}

function refusal(path: string, message: string): SwissRankError {
  return new SwissRankError('OUTPUT_UNWRITABLE', message, { file: path });
}
