import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankTiers, type RankInterval } from '../../src/stats/tiers.js';

const iv = (low: number, high: number): RankInterval => ({ low, high });
const common = (t: ReturnType<typeof rankTiers>) => Array.from(t.low, (low, i) => [low, t.high[i]]);

describe('rankTiers: runs of consecutive models whose rank intervals share a rank', () => {
  it('the file example: [1,2] [1,3] | [3,5]', () => {
    const t = rankTiers([iv(1, 2), iv(1, 3), iv(3, 5)]);
    expect(Array.from(t.tier)).toEqual([1, 1, 2]);
    expect(common(t)).toEqual([[1, 2], [1, 2], [3, 5]]);
  });

  it('intervals are closed: sharing an end rank is sharing a rank', () => {
    const t = rankTiers([iv(1, 2), iv(2, 4), iv(4, 4), iv(5, 6)]);
    expect(Array.from(t.tier)).toEqual([1, 1, 2, 3]);
    expect(common(t)).toEqual([[2, 2], [2, 2], [4, 4], [5, 6]]);
  });

  it('no chaining: A overlaps B and B overlaps C, but the three share no rank, so C starts a tier', () => {
    const t = rankTiers([iv(1, 2), iv(2, 4), iv(3, 5), iv(6, 7), iv(6, 8), iv(9, 9)]);
    expect(Array.from(t.tier)).toEqual([1, 1, 2, 3, 3, 4]);
    expect(common(t)).toEqual([[2, 2], [2, 2], [3, 5], [6, 7], [6, 7], [9, 9]]);
  });

  it("never prints a rank a member's interval rules out (the leader rule printed 1 for [3,8])", () => {
    // Under "overlap the leader's interval, share the leader's position" [3,8] joined [1,3] at rank 1.
    const t = rankTiers([iv(1, 3), iv(3, 8), iv(2, 5)]);
    expect(Array.from(t.tier)).toEqual([1, 1, 1]);
    expect(common(t)).toEqual([[3, 3], [3, 3], [3, 3]]);
  });

  it('no intervals, one interval; bad intervals throw', () => {
    expect(rankTiers([]).tier).toHaveLength(0);
    expect(common(rankTiers([iv(3, 3)]))).toEqual([[3, 3]]);
    expect(() => rankTiers([iv(2, 1)])).toThrow(RangeError);
    expect(() => rankTiers([iv(1, Number.NaN)])).toThrow(RangeError);
    expect(() => rankTiers([iv(1, 2.5)])).toThrow(RangeError);
  });

  it("every member's interval holds its tier's common ranks; tiers start at 1, never skip, and are the fewest such runs", () => {
    const intervals = fc.array(
      fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 4 })).map(([low, w]) => iv(low, low + w)),
      { maxLength: 20 },
    );
    fc.assert(
      fc.property(intervals, (list) => {
        const t = rankTiers(list);
        list.forEach((r, i) => {
          expect(t.low[i]).toBeLessThanOrEqual(t.high[i]);
          expect(r.low).toBeLessThanOrEqual(t.low[i]);
          expect(t.high[i]).toBeLessThanOrEqual(r.high);
          expect(t.tier[i] - (i === 0 ? 0 : t.tier[i - 1])).toBeOneOf(i === 0 ? [1] : [0, 1]);
        });
        expect(list.length === 0 ? 0 : t.tier[list.length - 1]).toBe(fewestRuns(list));
      }),
      { seed: 9, numRuns: 300 },
    );
  });
});

/** Brute force: the fewest runs of consecutive intervals that each share a rank (dynamic programming). */
function fewestRuns(list: readonly RankInterval[]): number {
  const best = [0];
  for (let end = 1; end <= list.length; end++) {
    best[end] = Infinity;
    for (let start = 0; start < end; start++) {
      const run = list.slice(start, end);
      if (Math.max(...run.map((r) => r.low)) <= Math.min(...run.map((r) => r.high))) best[end] = Math.min(best[end], best[start] + 1);
    }
  }
  return best[list.length];
}
