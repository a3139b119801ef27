/**
 * A plan with its rounds played in another order: position k plays round order[k]'s outcomes,
 * while elimination stays by position (T_k still applies after the k-th round played). The
 * order analysis runs one such plan per order; the tests average them into the exact answer of
 * roundOrder `random`. Cost: O(K M) for scores, O(K M^2) for win matrices (a copy).
 */
import type { RoundOutcomes, TournamentPlan } from './plan.js';

/** `order` is a permutation of 0..K-1 (checked by the caller). */
export function permuteRounds(plan: TournamentPlan, order: readonly number[]): TournamentPlan {
  return { ...plan, outcomes: permuteOutcomes(plan.outcomes, plan.modelCount, order) };
}

function permuteOutcomes(outcomes: RoundOutcomes, modelCount: number, order: readonly number[]): RoundOutcomes {
  // Round k's values are one contiguous row: M scores, or an M x M matrix.
  const rowOf = (values: Float64Array, width: number): Float64Array => {
    const out = new Float64Array(values.length);
    order.forEach((round, k) => out.set(values.subarray(round * width, (round + 1) * width), k * width));
    return out;
  };
  return outcomes.kind === 'scores'
    ? { kind: 'scores', roundScores: rowOf(outcomes.roundScores, modelCount) }
    : { kind: 'probabilities', winProbability: rowOf(outcomes.winProbability, modelCount * modelCount) };
}
