import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lmarenaRank, rankTiers, type RankInterval } from '../../src/stats/tiers.js';

const iv = (low: number, high: number): RankInterval => ({ low, high });

describe("rankTiers: a new tier when the interval misses the tier leader's", () => {
  it('the file example: [1,2] [1,3] | [4,5]', () => {
    const t = rankTiers([iv(1, 2), iv(1, 3), iv(4, 5)]);
    expect(Array.from(t.tier)).toEqual([1, 1, 2]);
    expect(Array.from(t.rank)).toEqual([1, 1, 3]);
  });

  it('intervals are closed: sharing an end rank is an overlap', () => {
    expect(Array.from(rankTiers([iv(1, 2), iv(2, 4), iv(4, 4), iv(5, 6)]).tier)).toEqual([1, 1, 2, 3]);
  });

  it('no chaining: A overlaps B and B overlaps C, but C misses the leader A, so C leads a new tier', () => {
    const intervals = [iv(1, 2), iv(2, 4), iv(3, 5), iv(6, 7), iv(6, 8), iv(9, 9)];
    const t = rankTiers(intervals);
    expect(Array.from(t.tier)).toEqual([1, 1, 2, 3, 3, 4]);
    expect(Array.from(t.rank)).toEqual([1, 1, 3, 4, 4, 6]);
    // LMArena counts the models strictly better instead: C has A above it, so rank 2.
    expect(Array.from(lmarenaRank(intervals))).toEqual([1, 1, 2, 4, 4, 6]);
  });

  it('the leader, not the last member: a wide leading interval keeps a later model in the tier', () => {
    // The leader [1,6] covers 5; the previous member [1,2] does not.
    expect(Array.from(rankTiers([iv(1, 6), iv(1, 2), iv(5, 6), iv(7, 8)]).tier)).toEqual([1, 1, 1, 2]);
  });

  it('no intervals, one interval; bad intervals throw', () => {
    expect(rankTiers([]).tier).toHaveLength(0);
    expect(Array.from(rankTiers([iv(3, 3)]).rank)).toEqual([1]);
    expect(() => rankTiers([iv(2, 1)])).toThrow(RangeError);
    expect(() => lmarenaRank([iv(1, Number.NaN)])).toThrow(RangeError);
  });
});

describe('lmarenaRank: 1 + #{j : high_j < low_i}', () => {
  it('by hand, in any input order', () => {
    // Points-interval convention in rank space: j is better when its worst rank beats i's best.
    expect(Array.from(lmarenaRank([iv(3, 5), iv(1, 1), iv(1, 3), iv(4, 4)]))).toEqual([2, 1, 1, 3]);
  });

  it('agrees with counting, and never exceeds the tier-based ordering position', () => {
    const intervals = fc.array(
      fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 4 })).map(([low, w]) => iv(low, low + w)),
      { maxLength: 20 },
    );
    fc.assert(
      fc.property(intervals, (list) => {
        const ranks = lmarenaRank(list);
        list.forEach((r, i) => expect(ranks[i]).toBe(1 + list.filter((s) => s.high < r.low).length));
        const sorted = [...list].sort((a, b) => a.low - b.low || a.high - b.high);
        const t = rankTiers(sorted);
        sorted.forEach((_, i) => {
          expect(t.rank[i]).toBeLessThanOrEqual(i + 1);
          if (i > 0) expect(t.tier[i] - t.tier[i - 1]).toBeGreaterThanOrEqual(0);
        });
      }),
      { seed: 9, numRuns: 200 },
    );
  });
});
