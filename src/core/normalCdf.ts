/**
 * Phi(z) = erfc(-z / sqrt 2) / 2. erfc below 1 by the all-positive series of A&S 7.1.6, from 1 by
 * the continued fraction of A&S 7.1.14 (modified Lentz), e^(-x^2) with x^2 split so its rounding
 * is not magnified: relative error below 1e-14 against 40-digit values (test/core/normalCdf.test.ts).
 * Cost: at most ~250 steps (x near 1), a few dozen beyond 3.
 */

const SQRT_PI = Math.sqrt(Math.PI);
/** erfc(x) underflows to 0 beyond this (the smallest subnormal is 4.9e-324). */
const ERFC_ZERO_BEYOND = 27.3;

export function erfc(x: number): number {
  if (Number.isNaN(x)) return Number.NaN;
  if (x < 0) return 2 - erfc(-x);
  if (x < 1) return 1 - erfSeries(x);
  if (x > ERFC_ZERO_BEYOND) return 0;
  return expMinusSquare(x) / SQRT_PI / continuedFraction(x);
}

/** P(Z <= z) for a standard normal Z. */
export function normalCdf(z: number): number {
  return erfc(-z / Math.SQRT2) / 2;
}

/** e^(-x^2) as e^(-h^2) e^(-(x-h)(x+h)) with h = x rounded down to 1/16: h^2 is exact. */
function expMinusSquare(x: number): number {
  const h = Math.floor(x * 16) / 16;
  return Math.exp(-h * h) * Math.exp(-(x - h) * (x + h));
}

function erfSeries(x: number): number {
  const twoXSquared = 2 * x * x;
  let term = 1;
  let sum = 1;
  for (let n = 1; term > sum * 1e-17; n++) {
    term *= twoXSquared / (2 * n + 1);
    sum += term;
  }
  return ((2 * x) / SQRT_PI) * expMinusSquare(x) * sum;
}

/** x + (1/2)/(x + 1/(x + (3/2)/(x + 2/(x + ...)))): sqrt(pi) e^(x^2) erfc(x) is its reciprocal. */
function continuedFraction(x: number): number {
  const tiny = 1e-300;
  let f = x;
  let c = x;
  let d = 0;
  for (let n = 1; n < 10_000; n++) {
    const a = n / 2;
    d = x + a * d;
    d = 1 / (d === 0 ? tiny : d);
    c = x + a / c;
    if (c === 0) c = tiny;
    const delta = c * d;
    f *= delta;
    if (Math.abs(delta - 1) < 1e-17) break;
  }
  return f;
}
