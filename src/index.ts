/**
 * swiss-rank as a library: rank language models across benchmarks by simulated Swiss-system
 * tournaments (CSD, Liu et al. 2025). Load or build the data, make a tournament, simulate or
 * sweep. Results are the same objects the CLI prints as JSON, and every error is a SwissRankError
 * with a stable `code`.
 *
 * @example
 * import { loadScores, tournament, simulate } from 'swiss-rank';
 * const scores = await loadScores('helm_lite.csv');
 * const result = await simulate(tournament(scores, { elimination: 2 }), { iterations: 100_000 });
 * console.log(result.models[0].name, result.models[0].expectedScore);
 */
import { loadScoreTable, type ScoreTableOptions } from './input/scoreTable.js';
import type { ScoreTable, WinMatrices } from './input/types.js';
import { buildTournament, type Tournament, type TournamentOptions } from './tournament/tournament.js';

import { SwissRankError } from './errors.js';
export { SwissRankError, type ErrorCode, type ErrorLocation } from './errors.js';
import { VERSION as PACKAGE_VERSION } from './packageInfo.js';

/** The installed swiss-rank's version (every result records it). */
export const VERSION: string = PACKAGE_VERSION;

// Data
export type { Layout, ScoreTable, WinMatrices } from './input/types.js';
export type { ScoreTableOptions } from './input/scoreTable.js';
export type { CsvOptions } from './input/csvRows.js';
export type { RaggedPolicy, SkippedRow } from './input/csvTable.js';
export type { MissingPolicy } from './input/roundOutcomes.js';
export type { RoundGroup } from './input/roundPlan.js';
export { loadWinMatrices } from './input/winMatrices.js';
export { scoreTableFromMatrix, type ScoreMatrix } from './input/scoreTableFromMatrix.js';
export { scoreTableFromRecords, type ScoreRecordsOptions } from './input/scoreTableFromRecords.js';
export { winMatricesFromArrays, type WinArrays } from './input/winMatricesFromArrays.js';
export { winMatricesFrom } from './import/wins/winMatricesFrom.js';
export type { ArenaSplit, UnseenPolicy, WinsOptions, WinsResult } from './import/wins/winsTypes.js';
export { importScores, type ImportScoresOptions } from './import/importScores.js';
export { IMPORT_KINDS, FROM_KINDS, type ImportKind, type FromKind, type ImportProvenance } from './import/types.js';
export type { DataProvenance, LowerIsBetter } from './input/types.js';
export { noisyWinMatrices } from './input/noisyOutcomes.js';

// Tournaments and runs
export type { Tournament, TournamentOptions, TournamentRound, DataSource } from './tournament/tournament.js';
export type { TieBreak } from './core/plan.js';
export type { RunOptions } from './api/apiOptions.js';
export { simulate, sweep, compare, type SimulateOptions, type SweepOptions, type CompareOptions } from './api/runs.js';
export type { SimulationResult, ModelResult } from './analyses/simulate.js';
export { simulateExact } from './analyses/simulateExact.js';
export type { ModelStanding } from './analyses/planSummary.js';
export { DEFAULT_SWEEP } from './options/declarations.js';
export type { SweepResult, SweepModel, SweepPoint, Profile, ProfileRule } from './analyses/sweepResult.js';
export type { IntervalLegend, SimulationIntervals, SweepIntervals } from './analyses/intervalLegend.js';
export { createRanker, type Ranker, type RankerOptions, type AsyncDisposableIfAvailable } from './api/ranker.js';
export type { CompareResult, CompareModel } from './analyses/compare.js';
export type { BootstrapModel, BootstrapSummary } from './analyses/bootstrap.js';
export type { BootstrapUnit } from './analyses/resample.js';
export type { ResampleUnit } from './options/resampleUnit.js';
export { zeroScores, type PerturbedModel, type RankShift, type ShiftSummary, type ZeroTo } from './analyses/perturb.js';
export type { RunHeader } from './analyses/runHeader.js';
export { kendallTau } from './stats/kendallTau.js';
export { competitionRanks } from './stats/ranks.js';

/**
 * Loads a score table from a CSV file: benchmarks as rows (header `benchmark,<model>...`) or
 * models as rows (header `model,<benchmark>...`); give `layout` when the header's first cell is
 * neither. Throws SwissRankError (codes such as FILE_NOT_FOUND, RAGGED_ROW, NOT_A_NUMBER,
 * DUPLICATE_MODEL) naming the file, line and column.
 */
export function loadScores(path: string, options: ScoreTableOptions = {}): Promise<ScoreTable> {
  return loadScoreTable(path, options);
}

/**
 * A tournament ready to simulate from loaded or in-memory data: the round plan (default one
 * round per benchmark, in order), elimination per round (default 0), tie-break at the cut
 * (default `random`) and the missing-score policy (default `error`). Validates everything the
 * simulation will trust.
 */
export function tournament(data: ScoreTable | WinMatrices, options: TournamentOptions = {}): Tournament {
  return buildTournament(requireData(data), options);
}

function requireData(data: unknown): ScoreTable | WinMatrices {
  const kind = (data as { kind?: unknown } | null)?.kind;
  if (kind === 'scores' || kind === 'probabilities') return data as ScoreTable | WinMatrices;
  throw new SwissRankError('BAD_OPTION', 'expected a score table or win matrices (from loadScores, scoreTableFromRecords, ...)', {
    option: 'data',
  });
}
export type { KernelName } from './engine/kernelName.js';
