/** The shapes a delimited file is read into (csvRows.ts), fitted to its header (fitToHeader.ts). */

export interface CsvRow {
  /** 1-based line where the row starts (a quoted field may continue on later lines). */
  readonly line: number;
  readonly cells: readonly string[];
}

/** Rows whose field count differs from the header's: refused (default) or left out. The
 *  missing cells of a short row cannot be placed, so nothing is ever padded. */
export type RaggedPolicy = 'error' | 'skip';

export interface SkippedRow {
  readonly line: number;
  /** The row's first cell (a model or benchmark name). */
  readonly name: string;
  readonly fields: number;
  readonly expected: number;
}

export interface CsvTable {
  readonly rows: readonly CsvRow[];
  readonly skipped: readonly SkippedRow[];
}
