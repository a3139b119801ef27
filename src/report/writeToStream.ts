/**
 * Writes text to a stream (stdout) and says how it went. Rule: the reader going away (EPIPE) is
 * `'closed'`, as for `cat | head`; any other failure (ENOSPC, EIO) is a one-line SwissRankError.
 * Why: a truncated output with exit 0 would be believed, and a stack trace helps nobody.
 */
import { getSystemErrorMap } from 'node:util';
import { SwissRankError } from '../errors.js';

/** Errors that mean the reader has gone: nobody is left to be told anything. */
const READER_GONE = new Set(['EPIPE', 'ECONNRESET']);

export async function writeToStream(stream: NodeJS.WritableStream, text: string): Promise<'written' | 'closed'> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (error: unknown) => {
      if (settled) return;
      settled = true;
      stream.removeListener('error', settle);
      // The same failure also arrives as an 'error' event, maybe later: absorb that echo.
      if (error != null) stream.once('error', () => {});
      if (error == null) resolve('written');
      else if (READER_GONE.has((error as NodeJS.ErrnoException).code ?? '')) resolve('closed');
      else reject(new SwissRankError('OUTPUT_UNWRITABLE', `cannot write to standard output: ${systemErrorText(error)}`));
    };
    // A failed write reports through the callback and an 'error' event, in either order; whichever
    // comes first settles, so neither goes unheard or crashes the process.
    stream.on('error', settle);
    try {
      stream.write(text, (error) => settle(error));
    } catch (error) {
      settle(error);
    }
  });
}

/** `ENOSPC (no space left on device)`: the errno name people search for and its meaning. */
export function systemErrorText(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  if (typeof e?.errno === 'number') {
    const known = getSystemErrorMap().get(e.errno);
    if (known) return `${known[0]} (${known[1]})`;
  }
  if (typeof e?.code === 'string') {
    // Node's system errors read "ENOSPC: no space left on device, write"; keep the middle.
    const meaning = /^[A-Z0-9_]+: ([^,]+)/.exec(e.message ?? '')?.[1];
    return meaning ? `${e.code} (${meaning})` : e.code;
  }
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}
