/** Test helper: the exact binary value of a double (sign x mantissa x 2^exponent), read from its bits. */
import { fraction, type Fraction } from '../../src/core/fraction.js';

export function binaryValue(x: number): Fraction {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const negative = bits >> 63n === 1n;
  const biased = Number((bits >> 52n) & 0x7ffn);
  const fractionBits = bits & ((1n << 52n) - 1n);
  if (biased === 0x7ff) throw new RangeError('not finite');
  // Subnormals have no implicit leading bit and the exponent of the smallest normal.
  const mantissa = biased === 0 ? fractionBits : fractionBits | (1n << 52n);
  const exponent = (biased === 0 ? 1 : biased) - 1075;
  const num = negative ? -mantissa : mantissa;
  return exponent >= 0 ? fraction(num << BigInt(exponent)) : fraction(num, 1n << BigInt(-exponent));
}

/** The next double below x. */
export function nextDown(x: number): number {
  return -nextUpOf(-x);
}

function nextUpOf(x: number): number {
  if (x === 0) return Number.MIN_VALUE;
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const word = view.getBigUint64(0);
  view.setBigUint64(0, x > 0 ? word + 1n : word - 1n);
  return view.getFloat64(0);
}
