/**
 * Builds a ScoreTable from in-memory data (API and pipelines), with the same checks as a file.
 * Errors point at key paths such as `scores[2][5]` or `models[3]`; cellLocation gives the cell's
 * 1-based place in a virtual table with one row per benchmark (line) and one column per model.
 */
import { assembleScoreTable } from './assembleScoreTable.js';
import { memoryCell } from './memoryCell.js';
import { requireLength } from './requireLength.js';
import type { ScoreTable } from './types.js';

export interface ScoreMatrix {
  readonly models: readonly string[];
  readonly benchmarks: readonly string[];
  /** scores[b][m]: model m on benchmark b; null, undefined or NaN = missing. */
  readonly scores: ReadonlyArray<ReadonlyArray<number | null | undefined>>;
  /** A label for messages and provenance (default `in-memory table`). */
  readonly source?: string;
}

/** @example scoreTableFromMatrix({ models: ['a', 'b'], benchmarks: ['X'], scores: [[0.7, 0.5]] }) */
export function scoreTableFromMatrix(input: ScoreMatrix): ScoreTable {
  const { models, benchmarks, scores } = input;
  requireLength(scores, benchmarks.length, 'RAGGED_ROW', 'scores', 'benchmark');
  const modelCount = models.length;
  const values = new Float64Array(benchmarks.length * modelCount);
  for (let b = 0; b < scores.length; b++) {
    const row = scores[b] ?? [];
    requireLength(row, modelCount, 'RAGGED_ROW', `scores[${b}]`, 'model');
    // Indexed loop, not forEach: a hole in a sparse array must read as missing, not be skipped.
    for (let m = 0; m < modelCount; m++) {
      values[b * modelCount + m] = memoryCell(row[m], `scores[${b}][${m}]`);
    }
  }
  return assembleScoreTable({
    source: input.source ?? 'in-memory table',
    models,
    benchmarks,
    scores: values,
    cellLocation: (b, m) => ({ line: b + 1, column: m + 1 }),
    places: {
      model: (m) => ({ option: `models[${m}]` }),
      benchmark: (b) => ({ option: `benchmarks[${b}]` }),
      models: { option: 'models' },
      benchmarks: { option: 'benchmarks' },
    },
  });
}
