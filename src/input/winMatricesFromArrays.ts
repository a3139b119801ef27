/**
 * Builds WinMatrices from in-memory arrays (API and pipelines), with the same checks as files.
 * p[b][i][j] = probability that model i beats model j on benchmark b; the diagonal may be
 * null/undefined/NaN or 0.5. Errors point at key paths such as `p[1][0][2]`.
 */
import { checkMatrixSize } from './checkMatrixSize.js';
import { assembleWinMatrices } from './assembleWinMatrices.js';
import { memoryCell } from './memoryCell.js';
import { requireLength } from './requireLength.js';
import type { WinMatrices } from './types.js';

export interface WinArrays {
  readonly models: readonly string[];
  readonly benchmarks: readonly string[];
  readonly p: ReadonlyArray<ReadonlyArray<ReadonlyArray<number | null | undefined>>>;
  /** A label for provenance; sources become `<label>[b]` (default `p[b]`). */
  readonly source?: string;
}

/** @example winMatricesFromArrays({ models: ['a', 'b'], benchmarks: ['X'], p: [[[0.5, 0.8], [0.2, 0.5]]] }) */
export function winMatricesFromArrays(input: WinArrays): WinMatrices {
  const { models, benchmarks } = input;
  const m = models.length;
  requireLength(input.p, benchmarks.length, 'MATRIX_NOT_SQUARE', 'p', 'benchmark');
  checkMatrixSize(benchmarks.length, m, { option: 'p' });
  const p = new Float64Array(benchmarks.length * m * m);
  // Indexed loops, not forEach: a hole in a sparse array must be seen, not skipped.
  for (let b = 0; b < benchmarks.length; b++) {
    const matrix = input.p[b] ?? [];
    requireLength(matrix, m, 'MATRIX_NOT_SQUARE', `p[${b}]`, 'model');
    for (let i = 0; i < m; i++) {
      const row = matrix[i] ?? [];
      requireLength(row, m, 'MATRIX_NOT_SQUARE', `p[${b}][${i}]`, 'model');
      for (let j = 0; j < m; j++) p[(b * m + i) * m + j] = memoryCell(row[j], `p[${b}][${i}][${j}]`);
    }
  }
  const label = input.source ?? 'p';
  return assembleWinMatrices({
    sources: benchmarks.map((_, b) => `${label}[${b}]`),
    models,
    benchmarks,
    p,
    places: {
      model: (i) => ({ option: `models[${i}]` }),
      benchmark: (b) => ({ option: `benchmarks[${b}]` }),
      models: { option: 'models' },
      benchmarks: { option: 'benchmarks' },
      cell: (b, i, j) => ({ option: `p[${b}][${i}][${j}]` }),
    },
  });
}
