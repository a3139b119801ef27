import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addFractions,
  compareFractions,
  divideFractions,
  fraction,
  fractionOf,
  multiplyFractions,
  ratio,
  subtractFractions,
  ZERO,
  type Fraction,
} from '../../src/core/fraction.js';

describe('fraction: reduced BigInt rationals', () => {
  it('reduces, with the sign on the numerator and zero as 0/1', () => {
    expect(fraction(6n, -4n)).toEqual({ num: -3n, den: 2n });
    expect(fraction(0n, 5n)).toEqual(ZERO);
    expect(fraction(3n * 2n ** 80n, 2n ** 81n)).toEqual({ num: 3n, den: 2n });
    expect(fraction(10n ** 40n + 10n ** 20n, 10n ** 20n)).toEqual({ num: 10n ** 20n + 1n, den: 1n });
    expect(() => fraction(1n, 0n)).toThrow(RangeError);
  });

  it('takes a score as the decimal it prints as', () => {
    expect(fractionOf(0.1)).toEqual({ num: 1n, den: 10n });
    expect(fractionOf(1e-7)).toEqual({ num: 1n, den: 10_000_000n });
    expect(fractionOf(123456.789)).toEqual({ num: 123456789n, den: 1000n });
    expect(fractionOf(-0)).toEqual(ZERO);
    expect(fractionOf(1e300)).toEqual({ num: 10n ** 300n, den: 1n });
    expect(fractionOf(5e-324)).toEqual({ num: 1n, den: 2n * 10n ** 323n });
  });

  it('adds exactly: 0.1 + 0.2 = 0.3 and 1/3 + 1/6 = 1/2 (unreduced until asked)', () => {
    const reduced = (f: Fraction) => fraction(f.num, f.den);
    expect(addFractions(fractionOf(0.1), fractionOf(0.2))).toEqual({ num: 15n, den: 50n }); // 1/10 + 1/5
    expect(reduced(addFractions(fractionOf(0.1), fractionOf(0.2)))).toEqual(fractionOf(0.3));
    expect(compareFractions(addFractions(fractionOf(0.1), fractionOf(0.2)), fractionOf(0.3))).toBe(0);
    expect(addFractions(fraction(1n, 3n), fraction(1n, 6n))).toEqual({ num: 9n, den: 18n });
    expect(reduced(addFractions(fraction(1n, 3n), fraction(1n, 6n)))).toEqual(fraction(1n, 2n));
    expect(reduced(subtractFractions(fractionOf(0.3), fractionOf(0.1)))).toEqual(fractionOf(0.2));
    expect(reduced(multiplyFractions(fraction(2n, 3n), fraction(9n, 4n)))).toEqual(fraction(3n, 2n));
    expect(reduced(divideFractions(fraction(1n, 3n), fraction(-2n, 3n)))).toEqual(fraction(-1n, 2n));
    expect(() => divideFractions(fraction(1n), ZERO)).toThrow(RangeError);
    expect(ratio(6n, -4n)).toEqual({ num: -6n, den: 4n });
    expect(() => ratio(1n, 0n)).toThrow(RangeError);
  });

  it('compares exactly, down to differences no double can show', () => {
    expect(compareFractions(fraction(1n, 3n), fractionOf(0.3333))).toBe(1);
    expect(compareFractions(fraction(-1n, 2n), fraction(1n, 3n))).toBe(-1);
    expect(compareFractions(fraction(2n, 4n), fraction(1n, 2n))).toBe(0);
    const one = fraction(1n);
    const barelyMore = fraction(10n ** 30n + 1n, 10n ** 30n);
    expect(compareFractions(barelyMore, one)).toBe(1);
    expect(compareFractions(one, barelyMore)).toBe(-1);
  });

  it('equal values have equal reduced fields, whatever the route (random sums)', () => {
    const term = fc.record({ num: fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), den: fc.bigInt({ min: 1n, max: 10n ** 12n }) });
    fc.assert(
      fc.property(fc.array(term.map(({ num, den }) => fraction(num, den)), { minLength: 1, maxLength: 6 }), (terms) => {
        const forward = terms.reduce(addFractions, ZERO);
        const backward = [...terms].reverse().reduce(addFractions, ZERO);
        expect(fraction(forward.num, forward.den)).toEqual(fraction(backward.num, backward.den));
        expect(compareFractions(forward, backward)).toBe(0);
      }),
      { seed: 5, numRuns: 500 },
    );
  });
});
