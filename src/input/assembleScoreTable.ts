/**
 * Builds a ScoreTable from names, a score array and the places to blame, after the checks every
 * table passes whatever its origin (checkNames).
 */
import { checkNames, type NamePlaces } from './checkNames.js';
import type { SkippedRow } from './csvTable.js';
import type { ScoreTable } from './types.js';

export interface ScoreTableParts {
  readonly source: string;
  /** Ragged rows left out on request (none unless the loader was told to skip them). */
  readonly skipped?: readonly SkippedRow[];
  readonly models: readonly string[];
  readonly benchmarks: readonly string[];
  /** scores[b * models.length + m]; NaN for missing. */
  readonly scores: Float64Array;
  cellLocation(b: number, m: number): { line: number; column: number };
  readonly places: NamePlaces;
}

export function assembleScoreTable(parts: ScoreTableParts): ScoreTable {
  const { source, models, benchmarks, scores, places } = parts;
  checkNames(models, benchmarks, places);
  return Object.freeze({
    kind: 'scores' as const,
    source,
    skipped: Object.freeze([...(parts.skipped ?? [])]),
    models: Object.freeze([...models]),
    benchmarks: Object.freeze([...benchmarks]),
    scores,
    cellLocation: parts.cellLocation,
  });
}
