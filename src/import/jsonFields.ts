/**
 * Typed reads of one field of a harness's JSON: a finite number, a non-empty string, an optional
 * object. Rule: a
 * wrong or missing value is BAD_IMPORT naming the key path and the file, never a NaN or an empty
 * name passed on. Cost: O(1).
 */
import { SwissRankError } from '../errors.js';
import type { Json } from './readJson.js';

/** `value` as a finite number, or BAD_IMPORT saying what `keyPath` held instead. */
export function requireFiniteNumber(value: Json | undefined, keyPath: string, file: string): number {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  throw new SwissRankError('BAD_IMPORT', `${keyPath}: expected a number, found ${shown(value)}`, { file });
}

/** `value` as a string with something besides spaces in it, or BAD_IMPORT. */
export function requireName(value: Json | undefined, keyPath: string, file: string): string {
  if (typeof value === 'string' && value.trim() !== '') return value;
  throw new SwissRankError('BAD_IMPORT', `${keyPath}: expected a non-empty name, found ${shown(value)}`, { file });
}

/** `value` when it is a JSON object, else undefined: for the optional parts of a log. */
export function objectOrUndefined(value: Json | undefined): { [key: string]: Json } | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
}

function shown(value: Json | undefined): string {
  return value === undefined ? 'nothing' : JSON.stringify(value).slice(0, 40);
}
