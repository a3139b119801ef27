/**
 * Turns loaded data and a round plan into the kernel's RoundOutcomes (SPEC "Inputs").
 * Scores: a model's round score is the raw arithmetic mean of its scores over the round's
 * benchmarks (no normalisation), computed exactly on the decimals the scores print as, so means
 * that are equal on paper are equal here and meet as a coin (core/exactRoundMeans.ts). Win
 * matrices: a round's matrix is the mean of its benchmarks' matrices, so a grouped round is decided
 * by one of its benchmarks picked uniformly at random.
 * Cost: O(K B M) for scores (float operations for scores with a few decimals, BigInt otherwise),
 * O(K B M^2) for matrices.
 */
import { exactRoundMeans } from '../core/exactRoundMeans.js';
import type { RoundOutcomes } from '../core/plan.js';
import { SwissRankError } from '../errors.js';
import type { Round } from './roundPlan.js';
import type { ScoreTable, WinMatrices } from './types.js';

/**
 * What a missing score does to its model's round (win matrices have no gaps, so it never applies):
 * - `error`: refuse (MISSING_SCORE naming the model, benchmark and cell);
 * - `loss`: the model loses every match of that round (-Infinity; two such models meet as a coin);
 * - `coin`: each of the model's matches that round is a fair coin (NaN).
 * A round with any missing benchmark is missing as a whole: a mean over the rest would be a
 * different round for that model than for the others.
 */
export type MissingPolicy = 'error' | 'loss' | 'coin';

export const MISSING_POLICIES: readonly MissingPolicy[] = ['error', 'loss', 'coin'];

export function buildRoundOutcomes(
  data: ScoreTable | WinMatrices,
  rounds: readonly Round[],
  missing: MissingPolicy,
): RoundOutcomes {
  const indices = rounds.map((round) => benchmarkIndices(round, data.benchmarks));
  return data.kind === 'scores' ? scoreOutcomes(data, rounds, indices, missing) : probabilityOutcomes(data, indices);
}

function scoreOutcomes(
  table: ScoreTable,
  rounds: readonly Round[],
  indices: readonly number[][],
  missing: MissingPolicy,
): RoundOutcomes {
  const m = table.models.length;
  const roundScores = new Float64Array(rounds.length * m);
  indices.forEach((group, k) => {
    const round = roundScores.subarray(k * m, (k + 1) * m);
    exactRoundMeans(table.scores, m, group, round); // NaN where a cell is missing
    for (let model = 0; model < m; model++) {
      if (!Number.isNaN(round[model])) continue;
      const b = group.find((b) => Number.isNaN(table.scores[b * m + model])) as number;
      round[model] = missingRoundScore(table, rounds[k], b, model, missing);
    }
  });
  return { kind: 'scores', roundScores };
}

function missingRoundScore(table: ScoreTable, round: Round, b: number, model: number, missing: MissingPolicy): number {
  switch (missing) {
    case 'loss':
      return -Infinity;
    case 'coin':
      return Number.NaN;
    case 'error': {
      const { line, column } = table.cellLocation(b, model);
      throw new SwissRankError(
        'MISSING_SCORE',
        `model ${JSON.stringify(table.models[model])} has no score on ${JSON.stringify(table.benchmarks[b])} ` +
          `(round ${JSON.stringify(round.name)}); fill the cell or choose --missing loss or --missing coin`,
        { file: table.source, line, column },
      );
    }
  }
}

function probabilityOutcomes(data: WinMatrices, indices: readonly number[][]): RoundOutcomes {
  const m = data.models.length;
  const cells = m * m;
  const winProbability = new Float64Array(indices.length * cells);
  indices.forEach((group, k) => {
    const round = winProbability.subarray(k * cells, (k + 1) * cells);
    for (const b of group) {
      const matrix = data.p.subarray(b * cells, (b + 1) * cells);
      for (let c = 0; c < cells; c++) round[c] += matrix[c];
    }
    for (let c = 0; c < cells; c++) round[c] /= group.length;
  });
  return { kind: 'probabilities', winProbability };
}

/** Rounds normally come from parseRounds on the same data; this re-checks plans built elsewhere. */
function benchmarkIndices(round: Round, benchmarks: readonly string[]): number[] {
  if (round.benchmarks.length === 0) {
    throw new SwissRankError('EMPTY_ROUND', `round ${JSON.stringify(round.name)} has no benchmarks`, {});
  }
  return round.benchmarks.map((name) => {
    const index = benchmarks.indexOf(name);
    if (index < 0) {
      const message = `round ${JSON.stringify(round.name)} names ${JSON.stringify(name)}, which the data does not have`;
      throw new SwissRankError('UNKNOWN_BENCHMARK', message, {});
    }
    return index;
  });
}
