/**
 * Ranks from scores, higher score = better = rank 1. Competition ranks ("1224"): tied models share
 * the best position of their block. Fractional ranks ("1 2.5 2.5 4"): tied models share the mean
 * of the positions of their block, so ranks always sum to n(n+1)/2 (the ranks Spearman's rho and
 * Kendall's tests use). Cost: O(n log n). NaN has no place in an order: it throws a RangeError.
 * @example competitionRanks([0.9, 0.7, 0.7, 0.1]) // Int32Array [1, 2, 2, 4]
 * @example fractionalRanks([0.9, 0.7, 0.7, 0.1]) // Float64Array [1, 2.5, 2.5, 4]
 */

export function competitionRanks(scores: ArrayLike<number>): Int32Array {
  const ranks = new Int32Array(scores.length);
  forEachTie(scores, (order, from, to) => {
    for (let i = from; i < to; i++) ranks[order[i]] = from + 1;
  });
  return ranks;
}

export function fractionalRanks(scores: ArrayLike<number>): Float64Array {
  const ranks = new Float64Array(scores.length);
  forEachTie(scores, (order, from, to) => {
    // Positions from + 1 .. to, averaged.
    for (let i = from; i < to; i++) ranks[order[i]] = (from + 1 + to) / 2;
  });
  return ranks;
}

/** Visits each block [from, to) of equal scores in `order` (indices, highest score first). */
function forEachTie(scores: ArrayLike<number>, visit: (order: number[], from: number, to: number) => void): void {
  for (let i = 0; i < scores.length; i++) {
    if (Number.isNaN(scores[i])) throw new RangeError(`score ${i} is NaN; ranks need comparable scores`);
  }
  // Comparisons, not subtraction: Infinity - Infinity is NaN.
  const order = Array.from({ length: scores.length }, (_, i) => i).sort((a, b) =>
    scores[a] > scores[b] ? -1 : scores[a] < scores[b] ? 1 : a - b,
  );
  for (let from = 0; from < order.length; ) {
    let to = from + 1;
    while (to < order.length && scores[order[to]] === scores[order[from]]) to++;
    visit(order, from, to);
    from = to;
  }
}
