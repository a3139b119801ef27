/**
 * Reads one CSV cell as a number, strictly: plain decimal or scientific notation (`0.782`, `-1`,
 * `1e-3`, `85.0`). An empty cell is missing and gives NaN (the caller decides what that means);
 * anything else (`N/A`, `85%`, `1,5`, `NaN`, `Infinity`, hex, overflow) is NOT_A_NUMBER.
 */
import { SwissRankError } from '../errors.js';
import { showValue } from './nameCharacters.js';

export interface CellPlace {
  readonly file: string;
  /** 1-based line of the row. */
  readonly line: number;
  /** 1-based field number. */
  readonly column: number;
}

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

/** `expected` describes the wanted value in the error, e.g. "a probability between 0 and 1". */
export function parseNumber(text: string, place: CellPlace, expected = 'a number such as 0.782, 85 or 1e-3'): number {
  if (text === '') return Number.NaN;
  const value = DECIMAL.test(text) ? Number(text) : Number.NaN;
  if (Number.isFinite(value)) return value;
  throw new SwissRankError('NOT_A_NUMBER', `expected ${expected}, found ${showValue(text)}${hint(text)}`, {
    ...place,
  });
}

/** The common spreadsheet habits, named so the fix is obvious. */
function hint(text: string): string {
  if (DECIMAL.test(text)) return ' (too large)';
  if (text.endsWith('%')) return ' (no percent signs: write 85 or 0.85)';
  if (/^[+-]?\d[\d,]*$|^[+-]?\d*,\d+$/.test(text)) return " (use '.' for decimals and no thousands separators)";
  if (/^(n\/?a|nan|null|none|-|\?)$/i.test(text)) return ' (leave the cell empty for a missing score)';
  return '';
}
