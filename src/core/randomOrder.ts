/**
 * A uniformly random order of 0..n-1, written into `out` (n = out.length): reset to the identity,
 * then Fisher-Yates, so the order is a function of the draws alone. Cost: n - 1 draws, no
 * allocation (the kernel draws one per tournament under roundOrder `random`; the order analysis
 * draws its sample of orders with it too).
 */
import type { Xoshiro128 } from '../rng/xoshiro128.js';

export function randomOrder(rng: Xoshiro128, out: Int32Array): void {
  for (let k = 0; k < out.length; k++) out[k] = k;
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.below(i + 1);
    const t = out[i];
    out[i] = out[j];
    out[j] = t;
  }
}
