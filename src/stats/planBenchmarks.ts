/**
 * The benchmarks a round plan uses, as indices into a score table, in plan order: the baselines
 * rank over exactly the data the tournament sees (SPEC "Inputs": a plan may leave benchmarks out).
 * Each benchmark counts once, whatever the size of its round. Cost: O(plan size x B).
 */
import { SwissRankError } from '../errors.js';
import type { Round } from '../input/roundPlan.js';
import type { ScoreTable } from '../input/types.js';

/** The part of a ScoreTable the baselines read: scores[b * models.length + m], NaN = missing. */
export type ScoreColumns = Pick<ScoreTable, 'models' | 'benchmarks' | 'scores'>;

export function planBenchmarks(table: ScoreColumns, rounds: readonly Pick<Round, 'benchmarks'>[]): number[] {
  const indices: number[] = [];
  for (const round of rounds) {
    for (const name of round.benchmarks) {
      const b = table.benchmarks.indexOf(name);
      if (b < 0) {
        const message = `the round plan names ${JSON.stringify(name)}, which the table does not have`;
        throw new SwissRankError('UNKNOWN_BENCHMARK', message);
      }
      if (!indices.includes(b)) indices.push(b); // parseRounds refuses repeats; plans built elsewhere may not
    }
  }
  return indices;
}
