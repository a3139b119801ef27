/**
 * The two kinds of validated input data: a score table (models x benchmarks) and a set of
 * win-probability matrices (one M x M matrix per benchmark). Loaders build them; later stages trust them.
 */

import type { SkippedRow } from './csvTable.js';

/** How a score table is laid out: one row per benchmark, or one row per model. */
export type Layout = 'benchmarks-as-rows' | 'models-as-rows';

export const LAYOUTS: readonly Layout[] = ['benchmarks-as-rows', 'models-as-rows'];

export interface ScoreTable {
  readonly kind: 'scores';
  /** The file the table was read from (or a label for in-memory data). */
  readonly source: string;
  /** Ragged rows left out because the caller asked to skip them (`--ragged skip`). */
  readonly skipped: readonly SkippedRow[];
  readonly models: readonly string[];
  readonly benchmarks: readonly string[];
  /** scores[b * models.length + m]; NaN where the cell was empty */
  readonly scores: Float64Array;
  /** where cell (b, m) is in the file, for error messages */
  cellLocation(b: number, m: number): { line: number; column: number };
}

export interface WinMatrices {
  readonly kind: 'probabilities';
  /** One file (or in-memory label) per benchmark, in benchmark order. */
  readonly sources: readonly string[];
  readonly models: readonly string[];
  readonly benchmarks: readonly string[];
  /** p[(b * M + i) * M + j] = probability that model i beats model j on benchmark b; diagonal 0.5 */
  readonly p: Float64Array;
}
