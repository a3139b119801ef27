/**
 * Builds a ScoreTable from rows of records, the shape leaderboard JSON usually has: one record per
 * model, its name under `modelKey` and one number per benchmark. Benchmarks are the other keys in
 * first-seen order (or `benchmarks`, when given); a key a record lacks is a missing score.
 * Same checks as a file (scoreTableFromMatrix); errors point at `records[i].<key>`.
 */
import { SwissRankError } from '../errors.js';
import { scoreTableFromMatrix } from './scoreTableFromMatrix.js';
import type { ScoreTable } from './types.js';

export interface ScoreRecordsOptions {
  /** The key holding the model's name (default `model`). */
  readonly modelKey?: string;
  /** Which benchmarks to take, in this order (default: every other key, first seen first). */
  readonly benchmarks?: readonly string[];
  /** A label for messages and provenance (default `in-memory records`). */
  readonly source?: string;
}

/** @example scoreTableFromRecords([{ model: 'a', MMLU: 0.7 }, { model: 'b', MMLU: 0.5 }]) */
export function scoreTableFromRecords(
  records: readonly Readonly<Record<string, unknown>>[],
  options: ScoreRecordsOptions = {},
): ScoreTable {
  const modelKey = options.modelKey ?? 'model';
  const models = records.map((record, i) => {
    const name = record[modelKey];
    if (typeof name !== 'string') {
      throw new SwissRankError('EMPTY_NAME', `expected the model's name (a string) under "${modelKey}"`, {
        option: `records[${i}].${modelKey}`,
      });
    }
    return name;
  });
  const benchmarks = options.benchmarks ?? firstSeenKeys(records, modelKey);
  const scores = benchmarks.map((benchmark) =>
    records.map((record, i) => {
      const value = record[benchmark];
      if (value === undefined || value === null || typeof value === 'number') return value;
      throw new SwissRankError('NOT_A_NUMBER', `expected a number or null, found ${JSON.stringify(value)}`, {
        option: `records[${i}].${benchmark}`,
      });
    }),
  );
  return scoreTableFromMatrix({ models, benchmarks, scores, source: options.source ?? 'in-memory records' });
}

function firstSeenKeys(records: readonly Readonly<Record<string, unknown>>[], modelKey: string): string[] {
  const keys = new Set<string>();
  for (const record of records) for (const key of Object.keys(record)) if (key !== modelKey) keys.add(key);
  return [...keys];
}
