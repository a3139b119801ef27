/**
 * The file arguments of the loaders, checked before use (library callers are not always typed):
 * a path is a string, a list of paths is an array of strings. Why: `loadWinMatrices('one.csv')`
 * would otherwise iterate the characters and report a missing file `o`.
 */
import { SwissRankError } from '../errors.js';

export function requirePath(path: unknown, option: string): asserts path is string {
  if (typeof path !== 'string') {
    throw new SwissRankError('BAD_OPTION', `expected a file path (a string), found ${kindOf(path)}`, { option });
  }
}

export function requirePathList(paths: unknown, option: string): asserts paths is readonly string[] {
  if (typeof paths === 'string') {
    throw new SwissRankError('BAD_OPTION', 'expected a list of file paths, found a string', { option });
  }
  if (!Array.isArray(paths)) {
    throw new SwissRankError('BAD_OPTION', `expected a list of file paths, found ${kindOf(paths)}`, { option });
  }
  paths.forEach((path, i) => requirePath(path, `${option}[${i}]`));
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (value === undefined) return 'nothing';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}
