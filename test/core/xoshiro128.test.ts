import { describe, expect, it } from 'vitest';
import { Xoshiro128 } from '../../src/rng/xoshiro128.js';
import { blockSeed } from '../../src/rng/blockSeed.js';

describe('Xoshiro128', () => {
  it('matches the reference xoshiro128** sequence for state {1, 2, 3, 4}', () => {
    const rng = new Xoshiro128([1, 2, 3, 4]);
    expect([rng.nextUint32(), rng.nextUint32(), rng.nextUint32()]).toEqual([11520, 0, 5927040]);
  });

  it('draws below(n) uniformly (each bucket within 5 SE)', () => {
    const rng = new Xoshiro128(blockSeed(7, 0));
    for (const n of [1, 2, 3, 7, 29]) {
      const draws = 50_000 * n;
      const counts = new Array<number>(n).fill(0);
      let outOfRange = 0;
      for (let i = 0; i < draws; i++) {
        const r = rng.below(n);
        if (Number.isInteger(r) && r >= 0 && r < n) counts[r]++;
        else outOfRange++;
      }
      expect(outOfRange).toBe(0);
      const p = 1 / n;
      const se = Math.sqrt(draws * p * (1 - p));
      for (const c of counts) expect(Math.abs(c - draws * p)).toBeLessThanOrEqual(5 * se + 1e-9);
    }
  });

  it('gives different blocks different streams, and the same block the same stream', () => {
    expect(Array.from(blockSeed(1, 0))).toEqual(Array.from(blockSeed(1, 0)));
    expect(Array.from(blockSeed(1, 0))).not.toEqual(Array.from(blockSeed(1, 1)));
    expect(Array.from(blockSeed(1, 0))).not.toEqual(Array.from(blockSeed(2, 0)));
  });
});
