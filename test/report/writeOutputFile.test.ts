/**
 * writeOutputFile and writeToStream: what `--out` may do to the path it names (replace a file
 * atomically keeping its mode, follow a link, write a device or FIFO in place, refuse a folder
 * or an input) and how standard output fails (a gone reader is 'closed', ENOSPC an error).
 */
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  existsSync,
  linkSync,
  lstatSync,
  readFileSync,
  readdirSync,
  readlinkSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { checkOutputFile, isStdoutPath, writeOutputFile } from '../../src/report/writeOutputFile.js';
import { writeToStream } from '../../src/report/writeToStream.js';
import { fifoWithReader } from '../support/fifo.js';
import { caught } from '../input/support.js';
import { tempDir } from '../support/cli.js';

// A seam for faults: rename can be made to fail while the rest of node:fs/promises stays real.
const faults = vi.hoisted(() => ({ rename: undefined as undefined | ((from: string, to: string) => Error | undefined) }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  const rename = async (from: string, to: string) => {
    const error = faults.rename?.(String(from), String(to));
    if (error) throw error;
    return actual.rename(from, to);
  };
  return { ...actual, rename, default: { ...actual, rename } };
});
afterEach(() => {
  faults.rename = undefined;
});

const isRoot = process.getuid?.() === 0;
const errno = (code: string, message: string) => Object.assign(new Error(`${code}: ${message}`), { code });

/** The SwissRankError a write refuses with. */
const refusal = (promise: Promise<unknown>) => caught(() => promise);

class Capture extends Writable {
  text = '';
  override _write(chunk: Buffer, _encoding: string, done: (error?: Error | null) => void): void {
    this.text += chunk.toString();
    done();
  }
}

/** A stream whose every write fails with `code`, as process.stdout does on a closed pipe or a
 *  full disk. */
class Failing extends Writable {
  constructor(private readonly code: string) {
    super();
  }
  override _write(_chunk: Buffer, _encoding: string, done: (error?: Error | null) => void): void {
    done(errno(this.code, this.code === 'EPIPE' ? 'broken pipe' : 'no space left on device'));
  }
}

describe('writeOutputFile', () => {
  it('creates a new file, and the missing folders above it, leaving no temp file', async () => {
    const dir = tempDir();
    const out = join(dir, 'a', 'b', 'result.json');
    await checkOutputFile(out);
    expect(readdirSync(dir)).toEqual([]); // the check creates nothing
    await writeOutputFile(out, 'new\n');
    expect(readFileSync(out, 'utf8')).toBe('new\n');
    expect(readdirSync(join(dir, 'a', 'b'))).toEqual(['result.json']);
  });

  it("replaces a file atomically and keeps its mode (0600 stays 0600) and, as root, its owner", async () => {
    const dir = tempDir();
    const out = join(dir, 'result.json');
    writeFileSync(out, 'old\n');
    chmodSync(out, 0o600);
    if (isRoot) chownSync(out, 4321, 4321);
    await writeOutputFile(out, 'new\n');
    expect(readFileSync(out, 'utf8')).toBe('new\n');
    expect(statSync(out).mode & 0o7777).toBe(0o600);
    if (isRoot) expect([statSync(out).uid, statSync(out).gid]).toEqual([4321, 4321]);
    expect(readdirSync(dir)).toEqual(['result.json']);
  });

  it('follows a symlink: the link stays a link and its target gets the text', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'target.json'), 'old\n');
    chmodSync(join(dir, 'target.json'), 0o640);
    symlinkSync('target.json', join(dir, 'link.json'));
    await writeOutputFile(join(dir, 'link.json'), 'new\n');
    expect(lstatSync(join(dir, 'link.json')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(dir, 'link.json'))).toBe('target.json');
    expect(readFileSync(join(dir, 'target.json'), 'utf8')).toBe('new\n');
    expect(statSync(join(dir, 'target.json')).mode & 0o7777).toBe(0o640);
    expect(readdirSync(dir).sort()).toEqual(['link.json', 'target.json']);
  });

  it('follows a dangling symlink (through a chain of two) and creates its target, folders included', async () => {
    const dir = tempDir();
    symlinkSync('second.json', join(dir, 'first.json'));
    symlinkSync('results/deep/final.json', join(dir, 'second.json'));
    await checkOutputFile(join(dir, 'first.json'));
    await writeOutputFile(join(dir, 'first.json'), 'new\n');
    expect(lstatSync(join(dir, 'first.json')).isSymbolicLink()).toBe(true);
    expect(lstatSync(join(dir, 'second.json')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'results', 'deep', 'final.json'), 'utf8')).toBe('new\n');
  });

  it('writes a character device in place: it stays a device (mknod c 1 3, as /dev/null)', async ({ skip }) => {
    if (!isRoot) skip('mknod needs root: run the tests as root to cover a device as --out');
    const dir = tempDir();
    const device = join(dir, 'null');
    execFileSync('mknod', [device, 'c', '1', '3']);
    await checkOutputFile(device);
    await writeOutputFile(device, 'text\n');
    const info = lstatSync(device);
    expect(info.isCharacterDevice()).toBe(true);
    expect(info.rdev).toBe(statSync('/dev/null').rdev);
    expect(readdirSync(dir)).toEqual(['null']);
  });

  it('writes a FIFO in place: the reader gets the text and the FIFO stays', async () => {
    const dir = tempDir();
    const { path: fifo, received } = fifoWithReader(dir);
    await writeOutputFile(fifo, 'through the pipe\n');
    expect(await received).toBe('through the pipe\n');
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(readdirSync(dir)).toEqual(['fifo']);
  });

  it('reports a device that fails (a full disk) as one line naming the errno', async () => {
    // As root, a private copy of /dev/full (c 1 7): a regression that renames over devices must
    // not take the machine's own.
    const device = isRoot ? join(tempDir(), 'full') : '/dev/full';
    if (isRoot) execFileSync('mknod', [device, 'c', '1', '7']);
    const error = await refusal(writeOutputFile(device, 'text\n'));
    expect(error.code).toBe('OUTPUT_UNWRITABLE');
    expect(error.describe()).toBe(`${device}: cannot write the output: ENOSPC (no space left on device) [OUTPUT_UNWRITABLE]`);
    expect(lstatSync(device).isCharacterDevice()).toBe(true);
  });

  it('refuses a folder, before and at writing, and leaves it alone', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'keep.txt'), 'mine');
    for (const attempt of [() => checkOutputFile(dir), () => writeOutputFile(dir, 'x')]) {
      const error = await refusal(attempt());
      expect(error.code).toBe('OUTPUT_UNWRITABLE');
      expect(error.message).toBe('is a folder, expected a file path');
    }
    expect(readdirSync(dir)).toEqual(['keep.txt']);
  });

  it('refuses a socket before any work (it cannot be opened as a file) and leaves it', async () => {
    const dir = tempDir();
    const socket = join(dir, 'socket');
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(socket, resolve));
    try {
      for (const attempt of [() => checkOutputFile(socket), () => writeOutputFile(socket, 'x')]) {
        const error = await refusal(attempt());
        expect(error.describe()).toBe(`${socket}: is a socket, which cannot be written as a file [OUTPUT_UNWRITABLE]`);
      }
      expect(lstatSync(socket).isSocket()).toBe(true);
    } finally {
      server.close();
    }
  });

  it('refuses a path whose parent cannot be created: below a file, or in /proc', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'file'), 'mine');
    const below = await refusal(checkOutputFile(join(dir, 'file', 'sub', 'out.json')));
    expect(below.code).toBe('OUTPUT_UNWRITABLE');
    expect(below.message).toMatch(/^cannot write the output: ENOTDIR \(not a directory/);
    const proc = await refusal(checkOutputFile('/proc/no/such/place.json'));
    expect(proc.code).toBe('OUTPUT_UNWRITABLE');
    expect(proc.describe()).toMatch(/^\/proc\/no\/such\/place\.json: cannot write the output: E[A-Z]+ \(.*\) \[OUTPUT_UNWRITABLE\]$/);
    expect(readFileSync(join(dir, 'file'), 'utf8')).toBe('mine');
  });

  it('refuses an output that is an input: the same path, a link to it, a hard link; the input stays', async () => {
    const dir = tempDir();
    const input = join(dir, 'scores.csv');
    writeFileSync(input, 'data\n');
    symlinkSync('scores.csv', join(dir, 'alias.csv'));
    linkSync(input, join(dir, 'hard.csv'));
    for (const out of [input, join(dir, 'alias.csv'), join(dir, 'hard.csv')]) {
      for (const attempt of [() => checkOutputFile(out, { inputs: [input] }), () => writeOutputFile(out, 'x', { inputs: [input] })]) {
        const error = await refusal(attempt());
        expect(error.code).toBe('OUTPUT_IS_INPUT');
        expect(error.location.file).toBe(out);
      }
    }
    expect(readFileSync(input, 'utf8')).toBe('data\n');
    // A path that does not exist yet is never an input.
    await checkOutputFile(join(dir, 'new.json'), { inputs: [input, join(dir, 'missing.csv')] });
  });

  it('removes its temp file, and the folders it created, when the final rename fails', async () => {
    const dir = tempDir();
    faults.rename = () => errno('EIO', 'i/o error');
    const error = await refusal(writeOutputFile(join(dir, 'new', 'result.json'), 'x'));
    expect(error.describe()).toBe(`${join(dir, 'new', 'result.json')}: cannot write the output: EIO (i/o error) [OUTPUT_UNWRITABLE]`);
    expect(readdirSync(dir)).toEqual([]);
    writeFileSync(join(dir, 'old.json'), 'old');
    await refusal(writeOutputFile(join(dir, 'old.json'), 'new'));
    expect(readdirSync(dir)).toEqual(['old.json']);
    expect(readFileSync(join(dir, 'old.json'), 'utf8')).toBe('old');
  });

  it('sends "-", /dev/fd/1 and /proc/self/fd/1 to options.stdout, creating no file', async () => {
    const dir = tempDir();
    for (const path of ['-', '/dev/fd/1', '/proc/self/fd/1']) {
      const stdout = new Capture();
      await checkOutputFile(path);
      await writeOutputFile(path, `to ${path}\n`, { stdout });
      expect(stdout.text).toBe(`to ${path}\n`);
    }
    // /dev/stdout too, checked without writing: code that renamed over its output, as root,
    // would replace the machine's /dev/stdout (swiss-rank once did).
    expect(isStdoutPath('/dev/stdout')).toBe(true);
    expect(existsSync(join(process.cwd(), '-'))).toBe(false);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('says OUTPUT_CLOSED when "-" has lost its reader', async () => {
    const error = await refusal(writeOutputFile('-', 'text', { stdout: new Failing('EPIPE') }));
    expect(error.code).toBe('OUTPUT_CLOSED');
  });
});

describe('writeToStream', () => {
  it("resolves 'written' once the text is taken", async () => {
    const stream = new Capture();
    expect(await writeToStream(stream, 'hello\n')).toBe('written');
    expect(stream.text).toBe('hello\n');
  });

  it("resolves 'closed' when the reader has gone (EPIPE), and the echoed 'error' event crashes nothing", async () => {
    const stream = new Failing('EPIPE');
    expect(await writeToStream(stream, 'hello\n')).toBe('closed');
    await new Promise((resolve) => setTimeout(resolve, 20)); // the event comes on a later tick
  });

  it('rejects any other failure with one line naming the errno', async () => {
    const error = await refusal(writeToStream(new Failing('ENOSPC'), 'hello\n'));
    expect(error.code).toBe('OUTPUT_UNWRITABLE');
    expect(error.describe()).toBe('cannot write to standard output: ENOSPC (no space left on device) [OUTPUT_UNWRITABLE]');
    await new Promise((resolve) => setTimeout(resolve, 20));
  });
});
