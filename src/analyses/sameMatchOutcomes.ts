/**
 * Whether two score-decided plans end every possible match the same way: for each round, each
 * pair of models compares (core/matchProbability.ts: higher wins, equal or missing is a coin) as
 * it did. Then, on the same tournament seeds, they play the very same tournaments (the kernel reads
 * scores only through these comparisons). Cost: O(K M) to find changed scores, O(M) per changed score.
 */
import { matchProbability } from '../core/matchProbability.js';
import type { RoundOutcomes } from '../core/plan.js';

export function sameMatchOutcomes(a: RoundOutcomes, b: RoundOutcomes, modelCount: number): boolean {
  if (a.kind !== 'scores' || b.kind !== 'scores' || a.roundScores.length !== b.roundScores.length) return false;
  const M = modelCount;
  const before = matchProbability(a, M);
  const after = matchProbability(b, M);
  for (let i = 0; i < a.roundScores.length; i++) {
    if (Object.is(a.roundScores[i], b.roundScores[i])) continue;
    const k = Math.floor(i / M);
    const m = i % M;
    for (let j = 0; j < M; j++) if (j !== m && before(k, m, j) !== after(k, m, j)) return false;
  }
  return true;
}
