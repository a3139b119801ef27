/**
 * Reads one in-memory cell (API input) as a number, the counterpart of parseNumber for files:
 * null, undefined and NaN are missing (NaN); anything else must be a finite number.
 */
import { SwissRankError } from '../errors.js';

export function memoryCell(value: unknown, keyPath: string): number {
  if (value === null || value === undefined) return Number.NaN;
  if (typeof value === 'number' && (Number.isFinite(value) || Number.isNaN(value))) return value;
  throw new SwissRankError('NOT_A_NUMBER', `expected a finite number or null, found ${String(value)}`, {
    option: keyPath,
  });
}
