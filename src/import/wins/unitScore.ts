/**
 * An item's score as a number in [0, 1] (1 = right), or BAD_IMPORT at its place. Rule: a finite
 * number in [0, 1] or a boolean (true = 1); nothing else is read as a score (no guessing from
 * strings). Cost: O(1).
 */
import { SwissRankError, type ErrorLocation } from '../../errors.js';
import { showValue } from '../../input/nameCharacters.js';

export function unitScore(value: unknown, what: string, place: ErrorLocation): number {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= 1) return value;
  throw new SwissRankError('BAD_IMPORT', `${what}: expected a score in [0, 1], found ${showValue(value)}`, place);
}
