/**
 * The double nearest an exact rational (ties to even): what IEEE division would give if both
 * operands were exact. The rule: find the binary exponent of num/den, divide out a 53-bit (fewer
 * when subnormal) integer quotient, round it on the remainder, scale by a power of two, which is
 * exact. One function of the value, so equal rationals give identical doubles, and monotone, so
 * the order of doubles never contradicts the order of values (distinct values closer than about
 * one part in 2^53 can meet). Cost: O(1) below 2^53, otherwise a few BigInt operations.
 * @example nearestDouble(1n, 3n) // 0.3333333333333333, as 1 / 3
 * @example nearestDouble(3n, 10n) // 0.3, where 0.1 + 0.2 gives 0.30000000000000004
 */
import type { Fraction } from './fraction.js';

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);

export function nearestDouble(num: bigint, den: bigint): number {
  if (den <= 0n) throw new RangeError('nearestDouble needs a positive denominator');
  if (num === 0n) return 0;
  const negative = num < 0n;
  const n = negative ? -num : num;
  // Both exact in doubles: one division is correctly rounded already.
  const x = n <= SAFE && den <= SAFE ? Number(n) / Number(den) : quotient(n, den);
  return negative ? -x : x;
}

export function fractionToNumber(f: Fraction): number {
  return nearestDouble(f.num, f.den);
}

/** n / den for positive BigInts, correctly rounded. */
function quotient(n: bigint, den: bigint): number {
  // 2^e <= n / den < 2^(e + 1)
  let e = bitLength(n) - bitLength(den);
  if (e >= 0 ? n < den << BigInt(e) : n << BigInt(-e) < den) e--;
  if (e > 1023) return Infinity;
  // The weight of the last bit kept: 2^(e - 52) for a normal double, 2^-1074 below 2^-1022.
  const s = Math.max(e, -1022) - 52;
  const [top, bottom] = s >= 0 ? [n, den << BigInt(s)] : [n << BigInt(-s), den];
  let q = top / bottom;
  const twice = 2n * (top - q * bottom);
  if (twice > bottom || (twice === bottom && (q & 1n) === 1n)) q++;
  // q <= 2^53 and the scaling is by a power of two: exact (or Infinity past the largest double).
  return Number(q) * powerOfTwo(s);
}

function bitLength(x: bigint): number {
  return x.toString(2).length;
}

const bits = new DataView(new ArrayBuffer(8));

/** 2^s as a double, -1074 <= s <= 1023, built from its bits (Math.pow is not promised exact). */
function powerOfTwo(s: number): number {
  if (s >= -1022) bits.setBigUint64(0, BigInt(s + 1023) << 52n);
  else bits.setBigUint64(0, 1n << BigInt(s + 1074));
  return bits.getFloat64(0);
}
