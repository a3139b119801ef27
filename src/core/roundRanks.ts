/**
 * Replaces each round's scores by their dense rank within the round. A match only asks which of
 * two round scores is higher, so ranks decide every match exactly as the scores do, while an
 * Int32Array of ranks is half the memory of the scores (the kernel's random reads then stay in
 * cache at leaderboard scale). Cost: O(K M log M) once per plan.
 *
 * Codes: a real score -> 1 + its dense rank (equal scores, equal ranks); -Infinity (missing under
 * `loss`) -> 0, below every score; NaN (missing under `coin`) -> -1, a coin against anyone.
 */

export const COIN_RANK = -1;

export function roundRanks(roundScores: Float64Array, modelCount: number, roundCount: number): Int32Array {
  const ranks = new Int32Array(modelCount * roundCount);
  const order = new Array<number>(modelCount);
  for (let k = 0; k < roundCount; k++) {
    const base = k * modelCount;
    for (let m = 0; m < modelCount; m++) order[m] = m;
    order.sort((a, b) => compareScores(roundScores[base + a], roundScores[base + b]));
    let rank = 0;
    let previous = Number.NaN;
    for (const m of order) {
      const x = roundScores[base + m];
      if (Number.isNaN(x)) ranks[base + m] = COIN_RANK;
      else if (x === Number.NEGATIVE_INFINITY) ranks[base + m] = 0;
      else {
        if (x !== previous) rank++;
        previous = x;
        ranks[base + m] = rank;
      }
    }
  }
  return ranks;
}

/** Ascending, NaN first (its rank is a code, not a position). */
function compareScores(x: number, y: number): number {
  if (Number.isNaN(x)) return Number.isNaN(y) ? 0 : -1;
  if (Number.isNaN(y)) return 1;
  return x < y ? -1 : x > y ? 1 : 0;
}
