/**
 * Per-model exact means for the baselines: each term is an exact fraction (core/fraction.ts) and
 * each mean is returned as the double nearest its exact value, so models whose means are equal on
 * paper get identical numbers and equal ranks. The one limit: distinct means closer than about
 * 1e-16 relative may round to the same double, and then print and rank as equal. Cost: one
 * unreduced fraction addition per term (cheap when terms share a denominator), one rounding per
 * model.
 */
import { addFractions, ZERO, type Fraction } from '../core/fraction.js';
import { nearestDouble } from '../core/nearestDouble.js';

export class ExactMeans {
  private readonly sums: Fraction[];
  private readonly counts: Int32Array;

  constructor(modelCount: number) {
    this.sums = new Array<Fraction>(modelCount).fill(ZERO);
    this.counts = new Int32Array(modelCount);
  }

  /** Adds one term, or the sum of `count` terms at once. */
  add(model: number, term: Fraction, count = 1): void {
    this.sums[model] = addFractions(this.sums[model], term);
    this.counts[model] += count;
  }

  /** Per model, the mean of its terms; null for a model without any (never NaN). */
  means(): (number | null)[] {
    return this.sums.map((sum, m) => (this.counts[m] === 0 ? null : nearestDouble(sum.num, sum.den * BigInt(this.counts[m]))));
  }
}
