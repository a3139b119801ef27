/**
 * The two kinds of validated input data: a score table (models x benchmarks) and a set of
 * win-probability matrices (one M x M matrix per benchmark). Loaders build them; later stages trust them.
 */

import type { SkippedRow } from './csvTable.js';

/** How a score table is laid out: one row per benchmark, or one row per model. */
export type Layout = 'benchmarks-as-rows' | 'models-as-rows';

export const LAYOUTS: readonly Layout[] = ['benchmarks-as-rows', 'models-as-rows'];

/** A benchmark on which a lower score wins, and who said so. */
export interface LowerIsBetter {
  readonly benchmark: string;
  /** `lm-eval higher_is_better false`, `--lower-is-better`, ... */
  readonly reason: string;
}

/** What happened to the data on its way in, carried into every output's provenance. */
export interface DataProvenance {
  /** The harness output it was imported from: kind, every file read, every choice made. */
  readonly imported?: { readonly kind: string; readonly files: readonly string[]; readonly choices: readonly string[] };
  /** Benchmarks whose scores were negated so that the lower score wins. */
  readonly lowerIsBetter?: readonly LowerIsBetter[];
  /** How matches were decided when not by the paper's rule (`--outcomes noisy`), in words. */
  readonly outcomes?: string;
  /** The files the data came from, when not `source` / `sources` (an import's files). */
  readonly files?: readonly string[];
}

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
  /** Standard errors like `scores` (NaN where none), when the source gives them (imports). */
  readonly stdErrors?: Float64Array;
  readonly provenance?: DataProvenance;
}

export interface WinMatrices {
  readonly kind: 'probabilities';
  /** One file (or in-memory label) per benchmark, in benchmark order. */
  readonly sources: readonly string[];
  readonly models: readonly string[];
  readonly benchmarks: readonly string[];
  /** p[(b * M + i) * M + j] = probability that model i beats model j on benchmark b; diagonal 0.5 */
  readonly p: Float64Array;
  readonly provenance?: DataProvenance;
}
