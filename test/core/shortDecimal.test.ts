import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalOf } from '../../src/core/exactDecimal.js';
import { scaledInteger, shortDecimalPlaces } from '../../src/core/shortDecimal.js';

describe('shortDecimal: scores as exact integers in doubles', () => {
  it.each([
    [0.782, 3],
    [0.1, 1],
    [1e-7, 7],
    [123456.789, 3],
    [85, 0],
    [-0, 0],
    [-2.5, 1],
    [999999999999999, 0],
    [0.123456789012345, 15],
  ])('%s has %s decimals', (x, places) => {
    expect(shortDecimalPlaces(x)).toBe(places);
  });

  it.each([[0.1 + 0.2], [1e15], [1e-16], [1 / 3], [Number.MAX_VALUE], [5e-324], [Number.NaN], [Infinity]])(
    '%s has no short form',
    (x) => expect(shortDecimalPlaces(x)).toBe(-1),
  );

  it('scales exactly, and refuses too few places or more than 15 digits', () => {
    expect(scaledInteger(0.782, 4)).toBe(7820);
    expect(scaledInteger(0.782, 2)).toBeNaN();
    expect(scaledInteger(123456.789, 9)).toBe(123456789000000); // 15 digits
    expect(scaledInteger(123456.789, 10)).toBeNaN(); // 16 digits: not below 10^15
  });

  it('agrees with decimalOf whenever it answers (random decimals of up to 15 digits)', () => {
    const decimals = fc.record({ r: fc.integer({ min: -(10 ** 15) + 1, max: 10 ** 15 - 1 }), d: fc.integer({ min: 0, max: 15 }) });
    fc.assert(
      fc.property(decimals, ({ r, d }) => {
        const x = Number(`${r}e-${d}`);
        const places = shortDecimalPlaces(x);
        expect(places).toBeGreaterThanOrEqual(0);
        expect(places).toBeLessThanOrEqual(d);
        const { coefficient, exponent } = decimalOf(x);
        // scaledInteger(x, places) x 10^-places is the decimal String(x) prints
        expect(BigInt(scaledInteger(x, places))).toBe(coefficient * 10n ** BigInt(exponent + places));
      }),
      { seed: 11, numRuns: 3000 },
    );
  });

  it('never answers for a double that prints with more than 15 digits (random doubles)', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const digits = decimalOf(x).coefficient.toString().replace('-', '').length;
        const places = shortDecimalPlaces(x);
        if (digits > 15) expect(places).toBe(-1);
        if (places >= 0) expect(BigInt(scaledInteger(x, places))).toBe(decimalOf(x).coefficient * 10n ** BigInt(decimalOf(x).exponent + places));
      }),
      { seed: 12, numRuns: 3000 },
    );
  });
});
