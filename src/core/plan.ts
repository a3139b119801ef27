/**
 * What the kernel is given: a fully validated tournament in typed arrays. Loaders build it; the
 * kernel trusts it (validation happens once, at the boundary).
 */

/**
 * How a match in round k is decided.
 * - `scores`: roundScores[k * M + m] is model m's round-k score; the higher wins, equal scores are
 *   a fair coin. From a score table it is the mean of the model's scores on the round's
 *   benchmarks, each score the decimal it prints as, computed so that means equal on paper are
 *   the identical double ((0.1 + 0.2) / 2 and (0.3 + 0) / 2 both give 0.15) and the order of the
 *   doubles is the exact order of the means; the value is the exact mean to within rounding
 *   (core/exactRoundMeans.ts states how close). NaN never compares, so it is
 *   a coin against anyone (missing policy `coin`); -Infinity loses to any real score (missing
 *   policy `loss`).
 * - `probabilities`: winProbability[(k * M + i) * M + j] is the probability that i beats j in
 *   round k; P[i][j] + P[j][i] = 1.
 */
export type RoundOutcomes =
  | { readonly kind: 'scores'; readonly roundScores: Float64Array }
  | { readonly kind: 'probabilities'; readonly winProbability: Float64Array };

/** `random`: ties at the elimination cut are broken uniformly at random (the paper's text).
 *  `index`: the earliest-listed models leave first (the authors' script). */
export type TieBreak = 'random' | 'index';

/** `fixed`: the rounds are played in the order given. `random`: every tournament plays them in a
 *  fresh uniformly random order (CSD without the order's weighting); elimination stays per
 *  position, elimination[k] applying after the k-th round played. */
export type RoundOrder = 'fixed' | 'random';

export interface TournamentPlan {
  readonly modelCount: number;
  readonly roundCount: number;
  readonly outcomes: RoundOutcomes;
  /** elimination[k]: how many active models leave after round k (non-negative integers). */
  readonly elimination: Int32Array;
  readonly tieBreak: TieBreak;
  readonly roundOrder: RoundOrder;
}
