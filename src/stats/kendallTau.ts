/**
 * Kendall's tau-b between two score vectors over the same models (higher = better in each):
 * (concordant - discordant) / sqrt((pairs - ties in x) (pairs - ties in y)), so ties in either
 * vector are allowed (Kendall 1945; the statistic scipy.stats.kendalltau returns by default).
 * Knight's algorithm (1966): sort by (x, y), count tied blocks, then count discordant pairs as
 * the inversions of y found by a merge sort. Cost: O(n log n).
 * When either vector is constant (or n < 2) tau-b is 0/0; this returns 0, "no association
 * measurable", rather than NaN or null, so comparisons never carry NaN. NaN input throws.
 * @example kendallTau([1, 2, 3, 4], [1, 3, 2, 4]) // 0.6667 (5 concordant, 1 discordant)
 */

export function kendallTau(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const n = x.length;
  if (y.length !== n) throw new RangeError(`kendallTau: ${n} values against ${y.length}`);
  for (let i = 0; i < n; i++) {
    if (Number.isNaN(x[i]) || Number.isNaN(y[i])) throw new RangeError(`kendallTau: value ${i} is NaN`);
  }
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => compare(x[a], x[b]) || compare(y[a], y[b]));
  const pairs = (n * (n - 1)) / 2;
  const xTies = tiedPairs(order, (a, b) => x[a] === x[b]);
  const jointTies = tiedPairs(order, (a, b) => x[a] === x[b] && y[a] === y[b]);
  // Sorted by (x, y), a pair is discordant exactly when its y values are inverted: pairs tied in x
  // are in y order, so never inverted. The merge sort leaves y sorted, ready to count y's ties.
  const ys = Float64Array.from(order, (i) => y[i]);
  const discordant = inversions(ys, new Float64Array(n), 0, n);
  const yTies = tiedPairs(Array.from(ys.keys()), (a, b) => ys[a] === ys[b]);

  const denominator = Math.sqrt((pairs - xTies) * (pairs - yTies));
  if (denominator === 0) return 0;
  // concordant - discordant = (pairs - xTies - yTies + jointTies - discordant) - discordant
  const tau = (pairs - xTies - yTies + jointTies - 2 * discordant) / denominator;
  return Math.max(-1, Math.min(1, tau)); // the square root may round a hair past +-1
}

function compare(a: number, b: number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Pairs within runs of `same` neighbours in `order`: sum of t(t-1)/2 over runs of length t. */
function tiedPairs(order: ArrayLike<number>, same: (a: number, b: number) => boolean): number {
  let total = 0;
  let run = 1;
  for (let i = 1; i <= order.length; i++) {
    if (i < order.length && same(order[i - 1], order[i])) run++;
    else {
      total += (run * (run - 1)) / 2;
      run = 1;
    }
  }
  return total;
}

/** Sorts v[from, to) ascending and returns the number of pairs i < j with v[i] > v[j]. */
function inversions(v: Float64Array, scratch: Float64Array, from: number, to: number): number {
  if (to - from < 2) return 0;
  const mid = (from + to) >>> 1;
  let count = inversions(v, scratch, from, mid) + inversions(v, scratch, mid, to);
  let i = from;
  let j = mid;
  let k = from;
  while (i < mid && j < to) {
    // Equal values are not inverted: take from the left first.
    if (v[j] < v[i]) {
      count += mid - i; // v[j] is below every remaining left value
      scratch[k++] = v[j++];
    } else scratch[k++] = v[i++];
  }
  while (i < mid) scratch[k++] = v[i++];
  while (j < to) scratch[k++] = v[j++];
  v.set(scratch.subarray(from, to), from);
  return count;
}
