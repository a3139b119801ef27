/**
 * The library's import: harness outputs to a ScoreTable ready for `tournament(...)`, by the same
 * steps as `--from` (importTable, then orientScores): lower-is-better benchmarks negated, the
 * standard errors in `stdErrors`, and what was chosen in `provenance` (carried into every result's
 * `source`). Cost: the importer's, plus O(cells).
 */
import { orientScores } from '../input/orientScores.js';
import type { ScoreTable } from '../input/types.js';
import type { AbortSignalLike } from '../signal.js';
import { importTable } from './importedTable.js';
import type { FromKind } from './types.js';

export interface ImportScoresOptions {
  /** Task -> metric (`acc`, `exact_match,flexible-extract`), as `--metric task=metric`. */
  readonly metric?: Readonly<Record<string, string>> | ReadonlyMap<string, string>;
  /** Include group rows (lm-eval `groups`) as benchmarks. */
  readonly groups?: boolean;
  /** Benchmarks on which a lower score wins, besides what the source says. */
  readonly lowerIsBetter?: readonly string[];
  /** A CSV `alias,model` renaming models. */
  readonly alias?: string;
  readonly signal?: AbortSignalLike;
}

/** @example const table = await importScores('lm-eval', ['results/']); simulate(tournament(table)) */
export async function importScores(kind: FromKind, paths: readonly string[], options: ImportScoresOptions = {}): Promise<ScoreTable> {
  const metric = options.metric instanceof Map ? options.metric : options.metric === undefined ? undefined : new Map(Object.entries(options.metric));
  const { table, lowerIsBetter } = await importTable(kind, paths, { ...options, metric }, 'kind');
  return orientScores(table, lowerIsBetter);
}
