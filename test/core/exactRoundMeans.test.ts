import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exactRoundMeans } from '../../src/core/exactRoundMeans.js';
import { addFractions, compareFractions, fraction, fractionOf, ZERO, type Fraction } from '../../src/core/fraction.js';
import { fractionToNumber } from '../../src/core/nearestDouble.js';
import { nextUp } from '../../src/core/nextUp.js';

/** Round means of a table given as rows (benchmarks) of model scores, all rows in one round. */
function means(rows: number[][]): number[] {
  const M = rows[0].length;
  const out = new Float64Array(M);
  exactRoundMeans(Float64Array.from(rows.flat()), M, rows.map((_, b) => b), out);
  return Array.from(out);
}

/** The oracle: the exact mean of a column, as a fraction. */
function exactMean(rows: number[][], m: number): Fraction {
  const sum = rows.reduce((s, row) => addFractions(s, fractionOf(row[m])), ZERO);
  return fraction(sum.num, sum.den * BigInt(rows.length));
}

describe('exactRoundMeans: means equal on paper are one double', () => {
  it('(0.1, 0.2) and (0.3, 0) both give 0.15, where float sums differ', () => {
    expect(0.1 + 0.2).not.toBe(0.3 + 0);
    expect(means([[0.1, 0.3], [0.2, 0]])).toEqual([0.15, 0.15]);
  });

  it('three benchmarks: (0.1, 0.2, 0.3), (0.3, 0.2, 0.1), (0.6, 0, 0) all give 0.2', () => {
    expect(0.1 + 0.2 + 0.3).not.toBe(0.3 + 0.2 + 0.1);
    expect(means([[0.1, 0.3, 0.6], [0.2, 0.2, 0], [0.3, 0.1, 0]])).toEqual([0.2, 0.2, 0.2]);
  });

  it('scores without a short form (17 digits) tie exactly too', () => {
    const a = 0.1 + 0.2; // prints as 0.30000000000000004
    // exact sums: 0.60000000000000004 each; float sums 0.6000000000000001, 0.6000000000000001, 0.6
    const out = means([[a, 0.2, 0.6], [0.1, 0.1, 4e-17], [0.2, a, 0]]);
    expect(out[0]).toBe(out[1]);
    expect(out[1]).toBe(out[2]);
    expect(out[0]).toBe(fractionToNumber(exactMean([[a, 0.2, 0.6], [0.1, 0.1, 4e-17], [0.2, a, 0]], 0)));
  });

  it('different means that round to one double are kept apart, in order', () => {
    // exact means 0.5, 0.500000000000000005, 0.50000000000000001: one double apart at most
    const out = means([[1, 1, 1], [0, 1e-17, 2e-17]]);
    expect(out[0]).toBe(0.5);
    expect(out[1]).toBe(nextUp(0.5));
    expect(out[2]).toBe(nextUp(nextUp(0.5)));
  });

  it('two equal means above a mean that had to move up stay identical', () => {
    // exact means 0.16666666666666665 (model 1) and 0.16666666666666667 (models 0 and 2)
    const out = means([[1 / 3, 0, 1 / 3], [4e-17, 1 / 3, 4e-17]]);
    expect(out[1]).toBeLessThan(out[0]);
    expect(out[2]).toBe(out[0]);
  });

  it('a missing cell gives NaN for that model only, in either arithmetic', () => {
    expect(means([[0.1, Number.NaN], [0.2, 0.4]])).toEqual([0.15, Number.NaN]);
    expect(means([[0.1 + 0.2, Number.NaN], [0.2, 0.4]])).toEqual([0.25000000000000002, Number.NaN]);
  });

  it('-0 is 0; negative and huge scores stay exact', () => {
    expect(Object.is(means([[-0], [0]])[0], 0)).toBe(true);
    expect(Object.is(means([[-0, 0.5], [-0, -0.5]])[0], 0)).toBe(true);
    expect(means([[-0.1, -0.3], [-0.2, 0]])).toEqual([-0.15, -0.15]);
    expect(means([[1.7e308, 1.65e308], [1.7e308, 1.75e308]])).toEqual([1.7e308, 1.7e308]); // float sums overflow
  });

  it('one benchmark: the scores themselves', () => {
    expect(means([[0.1 + 0.2, 0.3, Number.NaN, -Infinity]])).toEqual([0.30000000000000004, 0.3, Number.NaN, -Infinity]);
  });

  it('refuses an empty round', () => {
    expect(() => exactRoundMeans(new Float64Array(2), 2, [], new Float64Array(2))).toThrow(RangeError);
  });
});

describe('exactRoundMeans agrees with exact fractions on random tables', () => {
  // Short and long decimals that make many exact ties and near ties.
  const pool = [0, -0, 0.1, 0.2, 0.3, 0.6, 0.7, 1, -0.1, 0.1 + 0.2, 4e-17, 1e-17, 1 / 3, 2 / 3, 1e-300, 123456.789, Number.NaN];
  const tables = fc
    .record({ M: fc.integer({ min: 2, max: 8 }), n: fc.integer({ min: 1, max: 4 }), short: fc.boolean() })
    .chain(({ M, n, short }) => {
      const cell = fc.constantFrom(...(short ? pool.filter((x) => [0, 0.1, 0.2, 0.3, 0.6, 0.7, 1, -0.1, 123456.789].includes(x)) : pool));
      return fc.array(fc.array(cell, { minLength: M, maxLength: M }), { minLength: n, maxLength: n });
    });

  it('same order as the exact means, identical doubles for equal means, nearest double when apart', () => {
    fc.assert(
      fc.property(tables, (rows) => {
        const out = means(rows);
        const M = rows[0].length;
        const present = out.map((_, m) => m).filter((m) => rows.every((row) => !Number.isNaN(row[m])));
        for (let m = 0; m < M; m++) expect(Number.isNaN(out[m])).toBe(!present.includes(m));
        const exact = new Map(present.map((m) => [m, exactMean(rows, m)]));
        for (const a of present) {
          for (const b of present) {
            const order = compareFractions(exact.get(a)!, exact.get(b)!);
            expect(Math.sign(out[a] - out[b]), `models ${a} and ${b}`).toBe(order);
            if (order === 0) expect(Object.is(out[a], out[b])).toBe(true);
          }
          const nearest = fractionToNumber(exact.get(a)!);
          const alone = present.every((b) => b === a || fractionToNumber(exact.get(b)!) !== nearest);
          // Nearest double, or the float mean within (n + 3) 2^-52 of the mean magnitude (exactRoundMeans' rule).
          const magnitude = rows.reduce((s, row) => s + Math.abs(row[a]), 0) / rows.length;
          if (alone) expect(Math.abs(out[a] - nearest)).toBeLessThanOrEqual(magnitude * (rows.length + 3) * 2 ** -52);
        }
      }),
      { seed: 21, numRuns: 2000 },
    );
  });

  it('gives exactly the nearest double when every score is short', () => {
    const short = [0, 0.1, 0.2, 0.3, 0.6, 0.7, 1, -0.1, 123456.789];
    const rows = fc.array(fc.array(fc.constantFrom(...short), { minLength: 5, maxLength: 5 }), { minLength: 2, maxLength: 5 });
    fc.assert(
      fc.property(rows, (table) => {
        means(table).forEach((x, m) => expect(x).toBe(fractionToNumber(exactMean(table, m))));
      }),
      { seed: 22, numRuns: 500 },
    );
  });
});
