/**
 * The next double above x (IEEE 754 nextUp): the smallest step that keeps two different exact
 * values apart when rounding would merge them. Cost: O(1).
 * @example nextUp(1) // 1.0000000000000002
 */
const bits = new DataView(new ArrayBuffer(8));

export function nextUp(x: number): number {
  if (Number.isNaN(x) || x === Infinity) return x;
  if (x === 0) return Number.MIN_VALUE; // from -0 as from 0
  bits.setFloat64(0, x);
  const word = bits.getBigUint64(0);
  // Positive: one more unit in the last place; negative: one less in magnitude.
  bits.setBigUint64(0, x > 0 ? word + 1n : word - 1n);
  return bits.getFloat64(0);
}
