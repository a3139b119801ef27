/**
 * The exact value of a score: the decimal its double prints as (String(x), JavaScript's shortest
 * round-trip form), so 0.1 is exactly 1/10 and, for a CSV cell of up to 15 significant digits,
 * the value is the cell's text exactly. Sums of such decimals are exact as BigInt coefficients at
 * a common power of ten. Cost: O(digits) per value (one String(x) and one BigInt), a few float
 * operations instead for values with a short form (shortDecimal.ts).
 * @example decimalOf(0.1) // { coefficient: 1n, exponent: -1 }
 * @example decimalSum([0.1, 0.2]) // { coefficient: 3n, exponent: -1 }, where 0.1 + 0.2 is 0.30000000000000004
 */
import { scaledInteger, shortDecimalPlaces } from './shortDecimal.js';

/** coefficient x 10^exponent. decimalOf gives the canonical form (no trailing zeros in the
 *  coefficient, zero as 0 x 10^0); a sum need not be canonical. */
export interface Decimal {
  readonly coefficient: bigint;
  readonly exponent: number;
}

export function decimalOf(x: number): Decimal {
  if (!Number.isFinite(x)) throw new RangeError(`${x} has no decimal value`);
  const text = String(x); // "-1.25e-7", "0.001", "1e+21"; -0 prints as "0"
  const e = text.indexOf('e');
  const mantissa = e < 0 ? text : text.slice(0, e);
  let exponent = e < 0 ? 0 : Number(text.slice(e + 1));
  const point = mantissa.indexOf('.');
  let digits = mantissa;
  if (point >= 0) {
    digits = mantissa.slice(0, point) + mantissa.slice(point + 1);
    exponent -= mantissa.length - point - 1;
  }
  let end = digits.length;
  while (end > 1 && digits[end - 1] === '0') {
    end--;
    exponent++;
  }
  const coefficient = BigInt(digits.slice(0, end));
  return coefficient === 0n ? { coefficient: 0n, exponent: 0 } : { coefficient, exponent };
}

/** The values' exact decimals as integers over one power of ten: values[i] = integers[i] x
 *  10^exponent, exponent <= 0. Scores with a few decimals skip the strings (shortDecimal.ts). */
export function atOneScale(values: ArrayLike<number>): { integers: bigint[]; exponent: number } {
  let places = 0;
  for (let i = 0; i < values.length; i++) {
    if (!Number.isNaN(scaledInteger(values[i], places))) continue;
    const own = shortDecimalPlaces(values[i]);
    if (own <= places) {
      places = -1; // no short form, or too many digits at `places`
      break;
    }
    places = own;
  }
  if (places >= 0) {
    const integers = Array.from(values, (x) => scaledInteger(x, places));
    if (!integers.some(Number.isNaN)) return { integers: integers.map(BigInt), exponent: 0 - places }; // not -0
  }
  const decimals = Array.from(values, decimalOf);
  let exponent = 0;
  for (const d of decimals) exponent = Math.min(exponent, d.exponent);
  return { integers: decimals.map((d) => d.coefficient * powerOfTen(d.exponent - exponent)), exponent };
}

/** The exact sum of the values' decimals (an empty list sums to 0). */
export function decimalSum(values: ArrayLike<number>): Decimal {
  const { integers, exponent } = atOneScale(values);
  let coefficient = 0n;
  for (const x of integers) coefficient += x;
  return { coefficient, exponent };
}

const powers: bigint[] = [1n];

/** 10^k as a BigInt, k >= 0 (remembered: sums ask for the same few powers again and again). */
export function powerOfTen(k: number): bigint {
  for (let i = powers.length; i <= k; i++) powers.push(powers[i - 1] * 10n);
  return powers[k];
}
