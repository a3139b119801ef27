/**
 * Each round's benchmarks as indices into a score table, round by round, for the round-level
 * baselines: a round is scored as CSD scores it (input/roundOutcomes.ts), so a benchmark named
 * twice in a round counts twice, as it does there. Unknown names are refused as planBenchmarks
 * refuses them (UNKNOWN_BENCHMARK). Cost: O(plan size x B).
 */
import type { Round } from '../input/roundPlan.js';
import { planBenchmarks, type ScoreColumns } from './planBenchmarks.js';

export function roundBenchmarks(table: ScoreColumns, rounds: readonly Pick<Round, 'benchmarks'>[]): number[][] {
  return rounds.map((round) => round.benchmarks.map((name) => planBenchmarks(table, [{ benchmarks: [name] }])[0]));
}
