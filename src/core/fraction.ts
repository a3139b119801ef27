/**
 * Exact rationals as BigInt fractions, for means and shares that no decimal holds (1/3, a win
 * share of 2.5/7). The rule: den > 0, the sign on num. Arithmetic does not reduce (a gcd costs
 * far more than the additions it saves, and nearestDouble and compareFractions take any form);
 * `fraction` gives the reduced form, where equal values have equal fields. Cost: O(1) BigInt
 * operations per step, plus one gcd (O(digits^2), float-fast below 2^53) per `fraction`.
 * @example addFractions(fractionOf(0.1), fractionOf(0.2)) // 15/50, equal to fractionOf(0.3) = 3/10
 */
import { decimalOf, powerOfTen, type Decimal } from './exactDecimal.js';

export interface Fraction {
  readonly num: bigint;
  readonly den: bigint;
}

export const ZERO: Fraction = { num: 0n, den: 1n };

/** num / den as it stands (not reduced); a negative denominator gives its sign to num. */
export function ratio(num: bigint, den: bigint = 1n): Fraction {
  if (den === 0n) throw new RangeError('a fraction cannot have denominator 0');
  return den < 0n ? { num: -num, den: -den } : { num, den };
}

/** num / den reduced: gcd(|num|, den) = 1, zero as 0/1. */
export function fraction(num: bigint, den: bigint = 1n): Fraction {
  const f = ratio(num, den);
  const g = gcd(f.num < 0n ? -f.num : f.num, f.den);
  return g === 1n ? f : { num: f.num / g, den: f.den / g };
}

/** The exact value of a score (exactDecimal.ts: the decimal String(x) prints), reduced. */
export function fractionOf(x: number): Fraction {
  return fractionOfDecimal(decimalOf(x));
}

export function fractionOfDecimal(d: Decimal): Fraction {
  const f = decimalRatio(d);
  return fraction(f.num, f.den);
}

/** A decimal as coefficient / 10^k or coefficient x 10^k over 1, not reduced. */
export function decimalRatio(d: Decimal): Fraction {
  return d.exponent >= 0 ? ratio(d.coefficient * powerOfTen(d.exponent)) : ratio(d.coefficient, powerOfTen(-d.exponent));
}

export function addFractions(a: Fraction, b: Fraction): Fraction {
  if (a.den === b.den) return { num: a.num + b.num, den: a.den };
  return { num: a.num * b.den + b.num * a.den, den: a.den * b.den };
}

export function subtractFractions(a: Fraction, b: Fraction): Fraction {
  return addFractions(a, { num: -b.num, den: b.den });
}

export function multiplyFractions(a: Fraction, b: Fraction): Fraction {
  return { num: a.num * b.num, den: a.den * b.den };
}

export function divideFractions(a: Fraction, b: Fraction): Fraction {
  if (b.num === 0n) throw new RangeError('division by zero');
  return ratio(a.num * b.den, a.den * b.num);
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
