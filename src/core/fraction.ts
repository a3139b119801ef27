/**
 * Exact rationals as reduced BigInt fractions, for means and shares that no decimal holds
 * (1/3, a win share of 2.5/7). The rule: den > 0 and gcd(|num|, den) = 1, so equal values have
 * equal fields. Cost: one gcd (O(digits^2) at worst, float-fast for values below 2^53) per result.
 * @example addFractions(fractionOf(0.1), fractionOf(0.2)) // { num: 3n, den: 10n }, equal to fractionOf(0.3)
 */
import { decimalOf, powerOfTen, type Decimal } from './exactDecimal.js';

export interface Fraction {
  readonly num: bigint;
  readonly den: bigint;
}

export const ZERO: Fraction = { num: 0n, den: 1n };

/** num / den, reduced; a negative denominator gives its sign to num, a zero one is a RangeError. */
export function fraction(num: bigint, den: bigint = 1n): Fraction {
  if (den === 0n) throw new RangeError('a fraction cannot have denominator 0');
  if (den < 0n) {
    num = -num;
    den = -den;
  }
  const g = gcd(num < 0n ? -num : num, den);
  return g === 1n ? { num, den } : { num: num / g, den: den / g };
}

/** The exact value of a score (exactDecimal.ts: the decimal String(x) prints). */
export function fractionOf(x: number): Fraction {
  return fractionOfDecimal(decimalOf(x));
}

export function fractionOfDecimal(d: Decimal): Fraction {
  return d.exponent >= 0
    ? fraction(d.coefficient * powerOfTen(d.exponent))
    : fraction(d.coefficient, powerOfTen(-d.exponent));
}

export function addFractions(a: Fraction, b: Fraction): Fraction {
  if (a.den === b.den) return fraction(a.num + b.num, a.den);
  return fraction(a.num * b.den + b.num * a.den, a.den * b.den);
}

export function subtractFractions(a: Fraction, b: Fraction): Fraction {
  return addFractions(a, { num: -b.num, den: b.den });
}

export function multiplyFractions(a: Fraction, b: Fraction): Fraction {
  return fraction(a.num * b.num, a.den * b.den);
}

export function divideFractions(a: Fraction, b: Fraction): Fraction {
  if (b.num === 0n) throw new RangeError('division by zero');
  return fraction(a.num * b.den, a.den * b.num);
}

/** -1, 0 or 1 as a <, = or > b. */
export function compareFractions(a: Fraction, b: Fraction): number {
  const left = a.num * b.den;
  const right = b.num * a.den;
  return left < right ? -1 : left > right ? 1 : 0;
}

/** Euclid's algorithm on non-negative values; in doubles once both fit exactly. */
function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) {
    if (a <= SAFE && b <= SAFE) return BigInt(gcdSmall(Number(a), Number(b)));
    [a, b] = [b, a % b];
  }
  return a;
}

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

function gcdSmall(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}
