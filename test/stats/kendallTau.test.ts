import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kendallTau } from '../../src/stats/kendallTau.js';

/** Tau-b straight from its definition, over all pairs: O(n^2). */
function tauB(x: number[], y: number[]): number {
  let concordant = 0;
  let discordant = 0;
  let xTies = 0;
  let yTies = 0;
  const n = x.length;
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const s = Math.sign(x[i] - x[j]) * Math.sign(y[i] - y[j]);
      if (s > 0) concordant++;
      if (s < 0) discordant++;
      if (x[i] === x[j]) xTies++;
      if (y[i] === y[j]) yTies++;
    }
  const pairs = (n * (n - 1)) / 2;
  return (concordant - discordant) / Math.sqrt((pairs - xTies) * (pairs - yTies));
}

describe("kendallTau (tau-b, Knight's algorithm)", () => {
  it('scipy.stats.kendalltau documentation example: -0.47140452079103173', () => {
    // 2 concordant, 6 discordant, 2 pairs tied in x, 1 in y: -4 / sqrt(8 * 9).
    expect(kendallTau([12, 2, 1, 12, 2], [1, 4, 7, 1, 0])).toBeCloseTo(-0.47140452079103173, 15);
    expect(kendallTau([12, 2, 1, 12, 2], [1, 4, 7, 1, 0])).toBeCloseTo(-4 / Math.sqrt(72), 15);
  });

  it('by hand: one swapped pair of 4 is 5 concordant, 1 discordant', () => {
    expect(kendallTau([1, 2, 3, 4], [1, 3, 2, 4])).toBeCloseTo(4 / 6, 15);
    expect(kendallTau([1, 2, 3, 4], [4, 3, 2, 1])).toBe(-1);
  });

  it('a constant vector (tau-b is 0/0) and fewer than two models give 0', () => {
    expect(kendallTau([1, 2, 3], [5, 5, 5])).toBe(0);
    expect(kendallTau([7], [1])).toBe(0);
    expect(kendallTau([], [])).toBe(0);
  });

  it('refuses vectors of different lengths, and NaN', () => {
    expect(() => kendallTau([1, 2], [1])).toThrow(RangeError);
    expect(() => kendallTau([1, Number.NaN], [1, 2])).toThrow(RangeError);
  });

  const vectors = fc
    .integer({ min: 2, max: 40 })
    .chain((n) =>
      fc.tuple(
        fc.array(fc.integer({ min: 0, max: 5 }), { minLength: n, maxLength: n }),
        fc.array(fc.integer({ min: 0, max: 5 }), { minLength: n, maxLength: n }),
      ),
    );

  it('equals the O(n^2) definition, is symmetric, flips sign with -y, ignores increasing maps', () => {
    fc.assert(
      fc.property(vectors, ([x, y]) => {
        const tau = kendallTau(x, y);
        const expected = tauB(x, y);
        expect(tau).toBeCloseTo(Number.isNaN(expected) ? 0 : expected, 12);
        expect(kendallTau(y, x)).toBe(tau);
        expect(kendallTau(x, y.map((v) => -v))).toBeCloseTo(-tau, 12);
        expect(kendallTau(x.map((v) => v ** 3 - 7), y)).toBe(tau);
      }),
      { seed: 11, numRuns: 300 },
    );
  });

  it('tau(x, x) = 1 and tau(x, -x) = -1 for any non-constant x', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 2, maxLength: 50 }), (x) => {
        fc.pre(new Set(x).size > 1);
        expect(kendallTau(x, x)).toBe(1);
        expect(kendallTau(x, x.map((v) => -v))).toBe(-1);
      }),
      { seed: 5, numRuns: 200 },
    );
  });
});
