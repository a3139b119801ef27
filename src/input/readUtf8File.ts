/**
 * Reads a whole file as UTF-8 text, turning every way that can fail into a SwissRankError.
 * Rule: a leading BOM is dropped; invalid UTF-8 (including UTF-16 exports) is refused, not repaired.
 */
import { readFile, stat } from 'node:fs/promises';
import { SwissRankError } from '../errors.js';

/** Larger files are refused before they are read: a leaderboard table is megabytes, and a
 *  gigabyte file would only end in swapping. */
export const MAX_FILE_BYTES = 512 * 1024 * 1024;

export async function readUtf8File(path: string): Promise<string> {
  let bytes: Buffer;
  try {
    const size = (await stat(path)).size;
    if (size > MAX_FILE_BYTES) {
      throw new SwissRankError(
        'TOO_LARGE',
        `the file is ${(size / 2 ** 20).toFixed(0)} MiB; the limit is ${MAX_FILE_BYTES / 2 ** 20} MiB`,
        { file: path },
      );
    }
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof SwissRankError) throw error;
    const code = errnoCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new SwissRankError('FILE_NOT_FOUND', 'no such file', { file: path });
    }
    throw new SwissRankError('FILE_UNREADABLE', `cannot read the file (${code ?? String(error)})`, { file: path });
  }
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
