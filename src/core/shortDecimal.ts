/**
 * The fast view of exactDecimal.ts for scores with few decimals (0.782, 85.5): x x 10^d as an
 * exact integer held in a double, so sums of such integers are exact in plain float arithmetic.
 * The rule: r = round(x x 10^d) counts only if |r| < 10^15 and r / 10^d === x. Both operands of
 * that division are exact doubles, so it rounds r x 10^-d correctly; equal to x means x is the
 * double nearest a decimal of at most 15 significant digits, and such a decimal is the only one of
 * at most 15 digits that rounds to x, so it is what String(x) prints. Cost: O(1) float operations
 * (shortDecimalPlaces: up to 16 tries).
 * @example scaledInteger(0.782, 4) // 7820
 * @example scaledInteger(0.1 + 0.2, 15) // NaN (String gives 0.30000000000000004: 17 digits)
 */

/** The largest d tried: 10^d must be an exact double, and 15 digits is where the rule stops. */
export const MAX_SHORT_PLACES = 15;

const POW10 = Array.from({ length: MAX_SHORT_PLACES + 1 }, (_, d) => Number(`1e${d}`));

/** x x 10^d when that is an integer below 10^15 in magnitude and String(x) has at most d
 *  decimals; NaN otherwise (then use exactDecimal.ts). -0 gives -0, which adds as 0. */
export function scaledInteger(x: number, d: number): number {
  const p = POW10[d];
  const r = Math.round(x * p);
  return Math.abs(r) < 1e15 && r / p === x ? r : Number.NaN;
}

/** The fewest decimals d <= 15 with scaledInteger(x, d) an integer; -1 if there is none. */
export function shortDecimalPlaces(x: number): number {
  for (let d = 0; d <= MAX_SHORT_PLACES; d++) {
    if (!Number.isNaN(scaledInteger(x, d))) return d;
    if (Math.abs(x) * POW10[d] >= 1e15) return -1; // more places only make the integer larger
  }
  return -1;
}

/** 10^d as an exact double, 0 <= d <= 15. */
export function powerOfTenDouble(d: number): number {
  return POW10[d];
}
