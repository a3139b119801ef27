/**
 * Reads a whole file as UTF-8 text, turning every way that can fail into a SwissRankError.
 * Rule: a leading BOM is dropped; invalid UTF-8 (including UTF-16 exports) is refused, not repaired;
 * more than MAX_FILE_BYTES is refused: a regular file before it is read (its size is known), a pipe
 * or device (`/dev/zero`, `<(...)`, a FIFO; their size reads as 0) as soon as the bytes read pass
 * the limit; a folder is unreadable; a name ending in `.gz` is gunzipped first (the same limit on
 * what it unpacks to). An abort stops the read with ABORTED. Cost: O(file size) time and memory.
 */
import { createReadStream } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { readFile, stat } from 'node:fs/promises';
import { SwissRankError } from '../errors.js';
import { abortedError, isAbortError, throwIfAborted } from './abortCheck.js';

/** Larger files are refused before they are read: a leaderboard table is megabytes, and a
 *  gigabyte file would only end in swapping. */
export const MAX_FILE_BYTES = 512 * 1024 * 1024;

export interface ReadOptions {
  signal?: AbortSignal;
  /** The size limit in bytes (default MAX_FILE_BYTES); lowered by tests. */
  maxBytes?: number;
}

export async function readUtf8File(path: string, options: ReadOptions = {}): Promise<string> {
  const { signal, maxBytes = MAX_FILE_BYTES } = options;
  throwIfAborted(signal);
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (info.isDirectory()) {
      throw new SwissRankError('FILE_UNREADABLE', 'cannot read the file: it is a folder', { file: path });
    }
    if (info.isFile()) {
      if (info.size > maxBytes) {
        const message = `the file is ${sizeText(info.size)}; the limit is ${sizeText(maxBytes)}`;
        throw new SwissRankError('TOO_LARGE', message, { file: path });
      }
      bytes = await readFile(path, { signal });
    } else {
      bytes = await readCounting(path, maxBytes, signal);
    }
  } catch (error) {
    if (error instanceof SwissRankError) throw error;
    if (isAbortError(error)) throw abortedError();
    const code = errnoCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new SwissRankError('FILE_NOT_FOUND', 'no such file', { file: path });
    }
    throw new SwissRankError('FILE_UNREADABLE', `cannot read the file (${code ?? String(error)})`, { file: path });
  }
  if (path.endsWith('.gz')) bytes = gunzip(bytes, path, maxBytes);
  // Spreadsheet "Unicode text" exports are UTF-16; say so instead of reporting garbage cells.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new SwissRankError('FILE_UNREADABLE', 'the file is UTF-16; save it as UTF-8 (CSV UTF-8)', { file: path });
  }
  try {
    // TextDecoder drops a leading UTF-8 BOM by default (ignoreBOM: false).
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new SwissRankError('FILE_UNREADABLE', 'the file is not valid UTF-8 text; save it as UTF-8', {
      file: path,
      line: firstInvalidLine(bytes),
    });
  }
}

/** A pipe or device has no size to check first: read it as a stream, counting, and stop at the limit. */
async function readCounting(path: string, maxBytes: number, signal: AbortSignal | undefined): Promise<Buffer> {
  // Large reads: /dev/zero reaches the limit in a fraction of a second instead of seconds.
  const stream = createReadStream(path, { signal, highWaterMark: 2 ** 20 });
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > maxBytes) {
        throw new SwissRankError(
          'TOO_LARGE',
          `more than ${sizeText(maxBytes)} read, the limit (a pipe or device: its size is not known before reading)`,
          { file: path },
        );
      }
      chunks.push(chunk);
    }
  } finally {
    stream.destroy();
  }
  return Buffer.concat(chunks, total);
}

/** A gzip'd file's contents (shared data ships large CSVs as `.csv.gz`); a bomb stops at the limit. */
function gunzip(bytes: Buffer, path: string, maxBytes: number): Buffer {
  try {
    return gunzipSync(bytes, { maxOutputLength: maxBytes });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') {
      throw new SwissRankError('TOO_LARGE', `the file unpacks to more than ${sizeText(maxBytes)}, the limit`, { file: path });
    }
    throw new SwissRankError('FILE_UNREADABLE', `the file ends in .gz but is not valid gzip (${(error as Error).message})`, { file: path });
  }
}

function sizeText(bytes: number): string {
  return bytes < 2 ** 20 ? `${bytes} bytes` : `${(bytes / 2 ** 20).toFixed(0)} MiB`;
}

/** The line holding the first byte a lenient decode had to replace (U+FFFD). */
function firstInvalidLine(bytes: Buffer): number {
  const text = new TextDecoder('utf-8').decode(bytes);
  const bad = text.indexOf('\uFFFD');
  return text.slice(0, Math.max(bad, 0)).split(/\r\n|\r|\n/).length;
}

function errnoCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string') {
    return error.code;
  }
  return undefined;
}
