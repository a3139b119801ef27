import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { atOneScale, decimalOf, decimalSum, powerOfTen } from '../../src/core/exactDecimal.js';
import { addFractions, compareFractions, fractionOf, fractionOfDecimal, ratio, ZERO } from '../../src/core/fraction.js';

describe('decimalOf: the decimal a double prints as', () => {
  it.each([
    [0.1, 1n, -1],
    [1e-7, 1n, -7],
    [123456.789, 123456789n, -3],
    [-2.5, -25n, -1],
    [100, 1n, 2],
    [0, 0n, 0],
    [-0, 0n, 0],
    [1e21, 1n, 21],
    [1.5e300, 15n, 299],
    [5e-324, 5n, -324],
    [Number.MAX_VALUE, 17976931348623157n, 292],
    [0.1 + 0.2, 30000000000000004n, -17],
  ])('%s is %s x 10^%s', (x, coefficient, exponent) => {
    expect(decimalOf(x)).toEqual({ coefficient, exponent });
  });

  it('refuses what has no decimal', () => {
    for (const x of [Number.NaN, Infinity, -Infinity]) expect(() => decimalOf(x)).toThrow(RangeError);
  });

  it('prints back as the same double, with no trailing zeros (random doubles)', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const { coefficient, exponent } = decimalOf(x);
        expect(Number(`${coefficient}e${exponent}`)).toBe(x === 0 ? 0 : x);
        if (coefficient !== 0n) expect(coefficient % 10n).not.toBe(0n);
      }),
      { seed: 7, numRuns: 2000 },
    );
  });
});

describe('decimalSum: exact sums', () => {
  it('0.1 + 0.2 is exactly 0.3, where floats give 0.30000000000000004', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(compareFractions(fractionOfDecimal(decimalSum([0.1, 0.2])), fractionOf(0.3))).toBe(0);
  });

  it('keeps every digit across exponents: 1e300 + 1e-300 - 1e300 = 1e-300', () => {
    const sum = fractionOfDecimal(decimalSum([1e300, 1e-300, -1e300]));
    expect(sum).toEqual({ num: 1n, den: powerOfTen(300) });
  });

  it('an empty list sums to 0; -0 adds as 0', () => {
    expect(fractionOfDecimal(decimalSum([]))).toEqual({ num: 0n, den: 1n });
    expect(fractionOfDecimal(decimalSum([-0, 0.5, -0.5]))).toEqual({ num: 0n, den: 1n });
  });

  it('does not depend on the order of the terms (floats do)', () => {
    expect(0.1 + 0.2 + 0.3).not.toBe(0.3 + 0.2 + 0.1);
    expect(decimalSum([0.1, 0.2, 0.3])).toEqual(decimalSum([0.3, 0.2, 0.1]));
  });
});

describe('atOneScale: exact decimals as integers over one power of ten', () => {
  it('short scores (float path) and long ones (strings) alike', () => {
    expect(atOneScale([0.782, 85, 0.1, -0])).toEqual({ integers: [782n, 85000n, 100n, 0n], exponent: -3 });
    expect(atOneScale([0.1 + 0.2, 0.1])).toEqual({ integers: [30000000000000004n, 10000000000000000n], exponent: -17 });
    expect(atOneScale([1e20, 0.5])).toEqual({ integers: [10n ** 21n, 5n], exponent: -1 }); // 1e20 is too large for the float path
    expect(atOneScale([])).toEqual({ integers: [], exponent: 0 });
  });

  it('each integer x 10^exponent is the value (random mixes of short and long)', () => {
    const pool = [0, 0.1, 0.782, 85, 123456.789, 1e-7, 0.1 + 0.2, 1 / 3, 1e20, 5e-324, -2.5];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pool), { maxLength: 6 }), (values) => {
        const { integers, exponent } = atOneScale(values);
        expect(exponent).toBeLessThanOrEqual(0);
        integers.forEach((n, i) => expect(compareFractions(ratio(n, powerOfTen(-exponent)), fractionOf(values[i]))).toBe(0));
        const sum = values.reduce((s, x) => addFractions(s, fractionOf(x)), ZERO);
        expect(compareFractions(fractionOfDecimal(decimalSum(values)), sum)).toBe(0);
      }),
      { seed: 8, numRuns: 500 },
    );
  });
});
