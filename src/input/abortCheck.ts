/**
 * Abort while loading: the loaders take an AbortSignal and stop with ABORTED, the code the run
 * uses too (the CLI maps it to exit 130). Rule: a synchronous loop never sees an abort, because
 * the signal handler or timer that aborts runs on the event loop; so long loops call
 * `pauseForAbort` every few thousand steps. Cost: one setImmediate per call (about a microsecond).
 */
import { SwissRankError } from '../errors.js';
import type { AbortSignalLike } from '../signal.js';

/** Steps (lines, cells) between two pauses: thousands per millisecond, so an abort lands fast. */
export const ABORT_CHECK_EVERY = 4096;
/** Characters of CSV text between two pauses, for wide rows (a 1,500-model matrix row is 6 KB):
 *  the parser takes a few milliseconds per 64 KiB. */
export const ABORT_CHECK_CHARS = 64 * 1024;

export function abortedError(): SwissRankError {
  return new SwissRankError('ABORTED', 'the run was aborted');
}

export function throwIfAborted(signal: AbortSignalLike | undefined): void {
  if (signal?.aborted) throw abortedError();
}

/** Lets the event loop run (so a pending abort is delivered), then checks the signal. */
export async function pauseForAbort(signal: AbortSignalLike | undefined): Promise<void> {
  if (signal === undefined) return;
  await new Promise<void>((resolve) => setImmediate(resolve));
  throwIfAborted(signal);
}

/** What Node's readFile and streams reject with when their `signal` aborts. */
export function isAbortError(error: unknown): boolean {
  return error instanceof Error && (error.name === 'AbortError' || (error as NodeJS.ErrnoException).code === 'ABORT_ERR');
}
