/** A signal given to the library must be Node's AbortSignal (loaders and workers listen to it);
 *  anything else is a clear error where it comes in, not a TypeError deep inside. */
import { SwissRankError } from './errors.js';

/** `signal` as Node's AbortSignal; a clear error for anything else. */
export function requireSignal(signal: unknown, option = 'signal'): AbortSignal | undefined {
  if (signal === undefined || signal instanceof AbortSignal) return signal;
  throw new SwissRankError('BAD_OPTION', 'expected an AbortSignal (from an AbortController)', { option });
}
