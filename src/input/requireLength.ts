/**
 * Checks the length of one level of an in-memory array (API input) before its cells are read,
 * so a short row is reported at its key path instead of as a pile of missing cells.
 */
import { SwissRankError, type ErrorCode } from '../errors.js';

export function requireLength(
  list: ArrayLike<unknown>,
  expected: number,
  code: ErrorCode,
  keyPath: string,
  per: string,
): void {
  if (list.length !== expected) {
    throw new SwissRankError(code, `expected ${expected} entries (one per ${per}), found ${list.length}`, {
      option: keyPath,
    });
  }
}
