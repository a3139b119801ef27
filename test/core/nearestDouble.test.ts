import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareFractions, fraction, subtractFractions, type Fraction } from '../../src/core/fraction.js';
import { fractionToNumber, nearestDouble } from '../../src/core/nearestDouble.js';
import { nextUp } from '../../src/core/nextUp.js';
import { binaryValue, nextDown } from '../support/binaryValue.js';

describe('nearestDouble: an exact rational to the nearest double', () => {
  it('agrees with one division where that is exact', () => {
    expect(nearestDouble(1n, 3n)).toBe(1 / 3);
    expect(nearestDouble(-1n, 3n)).toBe(-1 / 3);
    expect(nearestDouble(3n, 10n)).toBe(0.3);
    expect(Object.is(nearestDouble(0n, 7n), 0)).toBe(true);
    expect(() => nearestDouble(1n, 0n)).toThrow(RangeError);
  });

  it('handles numbers beyond 2^53 and beyond the double range', () => {
    expect(nearestDouble(10n ** 400n + 1n, 10n ** 400n)).toBe(1);
    expect(nearestDouble(10n ** 400n, 1n)).toBe(Infinity);
    expect(nearestDouble(-(10n ** 400n), 1n)).toBe(-Infinity);
    expect(nearestDouble(1n, 10n ** 400n)).toBe(0);
    expect(nearestDouble(5n, 10n ** 324n)).toBe(5e-324);
    expect(nearestDouble(22250738585072014n, 10n ** 324n)).toBe(2.2250738585072014e-308); // smallest normal
    expect(nearestDouble(3n * 10n ** 300n, 10n ** 600n)).toBe(3e-300);
  });

  it('breaks ties to even, also among subnormals', () => {
    const two53 = 2n ** 53n;
    expect(nearestDouble(two53 + 1n, 1n)).toBe(2 ** 53); // halfway between 2^53 and 2^53 + 2: even
    expect(nearestDouble(two53 + 3n, 1n)).toBe(2 ** 53 + 4);
    expect(nearestDouble(1n, 2n ** 1075n)).toBe(0); // half the smallest subnormal
    expect(nearestDouble(3n, 2n ** 1075n)).toBe(2 * 5e-324); // 1.5 of it
    expect(nearestDouble(2n ** 1024n - 2n ** 970n, 1n)).toBe(Infinity); // halfway past the largest double
    expect(nearestDouble(2n ** 1024n - 2n ** 970n - 1n, 1n)).toBe(Number.MAX_VALUE);
  });

  it('matches the platform reading a long decimal (random 30-digit decimals, any exponent)', () => {
    const decimals = fc.record({
      digits: fc.bigInt({ min: 1n, max: 10n ** 30n }),
      exponent: fc.integer({ min: -360, max: 280 }),
    });
    fc.assert(
      fc.property(decimals, ({ digits, exponent }) => {
        const f = exponent >= 0 ? fraction(digits * 10n ** BigInt(exponent)) : fraction(digits, 10n ** BigInt(-exponent));
        expect(fractionToNumber(f)).toBe(Number(`${digits}e${exponent}`));
      }),
      { seed: 3, numRuns: 3000 },
    );
  });

  it('is nearest: no neighbouring double is closer (random rationals)', () => {
    const distance = (x: number, v: Fraction) => {
      const d = subtractFractions(binaryValue(x), v);
      return { num: d.num < 0n ? -d.num : d.num, den: d.den };
    };
    const rationals = fc.record({ num: fc.bigInt({ min: 1n, max: 2n ** 200n }), den: fc.bigInt({ min: 1n, max: 2n ** 200n }) });
    fc.assert(
      fc.property(rationals, ({ num, den }) => {
        const v = fraction(num, den);
        const x = nearestDouble(num, den);
        const here = distance(x, v);
        expect(compareFractions(here, distance(nextUp(x), v))).toBeLessThanOrEqual(0);
        expect(compareFractions(here, distance(nextDown(x), v))).toBeLessThanOrEqual(0);
      }),
      { seed: 4, numRuns: 1000 },
    );
  });
});

describe('nextUp', () => {
  it('steps to the next double', () => {
    expect(nextUp(1)).toBe(1 + 2 ** -52);
    expect(nextUp(-1)).toBe(-1 + 2 ** -53);
    expect(nextUp(0)).toBe(5e-324);
    expect(nextUp(-0)).toBe(5e-324);
    expect(Object.is(nextUp(-5e-324), -0)).toBe(true);
    expect(nextUp(Number.MAX_VALUE)).toBe(Infinity);
    expect(nextUp(-Infinity)).toBe(-Number.MAX_VALUE);
    expect(nextUp(Infinity)).toBe(Infinity);
  });
});
