/**
 * Builds a ScoreTable from rows of records, the shape leaderboard JSON usually has: one record per
 * model, its name under `modelKey` and one number per benchmark. Benchmarks are the other keys in
 * first-seen order (or `benchmarks`, when given); a key a record lacks is a missing score.
 * Same checks as a file (scoreTableFromMatrix); errors point at `records[i].<key>`.
 */
import { ErrorCollector, SwissRankError } from '../errors.js';
import { nameCharacterProblem } from './nameCharacters.js';
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
  checkRecordNames(records, models, benchmarks, modelKey, options.benchmarks !== undefined);
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

/**
 * Names with control characters, blamed on the record (or option) they came from rather than on
 * the `models[i]` / `benchmarks[b]` of the matrix built from them; before any key path that would
 * print such a name raw.
 */
function checkRecordNames(
  records: readonly Readonly<Record<string, unknown>>[],
  models: readonly string[],
  benchmarks: readonly string[],
  modelKey: string,
  benchmarksGiven: boolean,
): void {
  const problems = new ErrorCollector();
  models.forEach((name, i) => {
    const problem = nameCharacterProblem(name, 'model', { option: `records[${i}].${modelKey}` });
    if (problem !== undefined) problems.add(problem);
  });
  // A benchmark taken from the keys is blamed on the first record holding that key.
  const firstHolder = new Map<string, number>();
  if (!benchmarksGiven) {
    records.forEach((record, i) => Object.keys(record).forEach((key) => firstHolder.has(key) || firstHolder.set(key, i)));
  }
  benchmarks.forEach((name, b) => {
    const holder = firstHolder.get(name);
    const where = { option: holder === undefined ? `benchmarks[${b}]` : `records[${holder}]` };
    const problem = nameCharacterProblem(name, 'benchmark', where);
    if (problem !== undefined) problems.add(problem);
  });
  problems.throwIfAny();
}
