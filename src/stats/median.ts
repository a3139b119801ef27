/**
 * The median of a list of values, and, when the values are estimates with standard errors, the
 * median's standard error taken as that of the middle estimate (the mean of the two middle ones for
 * an even count): the median moves with the model(s) at the middle. Cost: O(n log n).
 * @example median([3, 1, 2, 10]) // 2.5
 */

export function median(values: readonly number[]): number {
  const middle = middleIndices(values);
  return middle.length === 0 ? NaN : middle.reduce((a, i) => a + values[i], 0) / middle.length;
}

/** Standard error of `median(values)`, given each value's standard error (0 when empty). */
export function medianStdError(values: readonly number[], stdErrors: readonly number[]): number {
  const middle = middleIndices(values);
  return middle.length === 0 ? 0 : middle.reduce((a, i) => a + stdErrors[i], 0) / middle.length;
}

/** Indices of the middle value (odd count) or the two middle values (even count), in sorted order. */
function middleIndices(values: readonly number[]): number[] {
  const order = values.map((_, i) => i).sort((a, b) => values[a] - values[b] || a - b);
  const mid = order.length >> 1;
  if (order.length === 0) return [];
  return order.length % 2 ? [order[mid]] : [order[mid - 1], order[mid]];
}
