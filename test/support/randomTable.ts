/** Test tables with scores from a fixed stream: reproducible, and ties are unlikely. */
import { scoreTableFromMatrix } from '../../src/input/scoreTableFromMatrix.js';
import { namedSeed } from '../../src/rng/blockSeed.js';
import { Xoshiro128 } from '../../src/rng/xoshiro128.js';

/** A table of `M` models and `B` benchmarks with scores from a fixed stream (ties are unlikely). */
export function randomTable(M: number, B: number, seed: number) {
  const rng = new Xoshiro128(namedSeed(seed, 'table'));
  return scoreTableFromMatrix({
    models: Array.from({ length: M }, (_, m) => `m${m}`),
    benchmarks: Array.from({ length: B }, (_, b) => `b${b}`),
    // A model's strength plus noise, so the ranking is neither fixed nor arbitrary.
    scores: Array.from({ length: B }, () => Array.from({ length: M }, (_, m) => (M - m) / M + rng.nextUint32() / 2 ** 32)),
  });
}
