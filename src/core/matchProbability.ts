/**
 * The probability that model a beats model b in round k, read from a plan's RoundOutcomes
 * (SPEC "Inputs"; the rule the kernel's playGroup applies with ranks and one draw). Cost: O(1) a call.
 * Scores: the higher round score wins; equal scores, or NaN on either side (missing under `coin`),
 * are a fair coin; -Infinity (missing under `loss`) loses to any real score and meets another
 * -Infinity as a coin. Both `>` tests are false whenever NaN is involved, which gives exactly that.
 */
import type { RoundOutcomes } from './plan.js';

export type MatchProbability = (round: number, a: number, b: number) => number;

export function matchProbability(outcomes: RoundOutcomes, modelCount: number): MatchProbability {
  const M = modelCount;
  if (outcomes.kind === 'scores') {
    const x = outcomes.roundScores;
    return (k, a, b) => {
      const xa = x[k * M + a];
      const xb = x[k * M + b];
      return xa > xb ? 1 : xb > xa ? 0 : 0.5;
    };
  }
  const p = outcomes.winProbability;
  return (k, a, b) => p[(k * M + a) * M + b];
}
