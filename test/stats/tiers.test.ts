import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankTiers, type RankInterval } from '../../src/stats/tiers.js';

const iv = (low: number, high: number): RankInterval => ({ low, high });
const tiersOf = (list: RankInterval[]) => {
  const t = rankTiers(list);
  return { tier: Array.from(t.tier), rank: Array.from(t.rank) };
};

describe("rankTiers: a tier's rank lies in every member's own interval", () => {
  it('the file example: [1,2] [1,3] | [2,5]', () => {
    expect(tiersOf([iv(1, 2), iv(1, 3), iv(2, 5)])).toEqual({ tier: [1, 1, 2], rank: [1, 1, 3] });
  });

  it('intervals are closed: an interval ending at the tier rank holds it', () => {
    expect(tiersOf([iv(1, 2), iv(2, 4), iv(2, 2), iv(3, 5)])).toEqual({ tier: [1, 2, 2, 3], rank: [1, 2, 2, 4] });
  });

  it('no chaining: a model joins only if it could hold the tier rank, not because it overlaps the one before', () => {
    // [2,5] overlaps [1,4] but cannot be rank 1: it starts the tier at its position, 3.
    expect(tiersOf([iv(1, 3), iv(1, 4), iv(2, 5), iv(3, 6)])).toEqual({ tier: [1, 1, 2, 2], rank: [1, 1, 3, 3] });
    expect(tiersOf([iv(1, 2), iv(2, 4), iv(3, 5), iv(6, 7), iv(6, 8), iv(9, 9)])).toEqual({
      tier: [1, 2, 3, 4, 4, 5],
      rank: [1, 2, 3, 6, 6, 9],
    });
  });

  it("never prints a rank a member's interval rules out (the leader-overlap rule printed 1 for [3,8])", () => {
    expect(tiersOf([iv(1, 3), iv(3, 8)])).toEqual({ tier: [1, 2], rank: [1, 3] });
  });

  it("a position outside the first model's own interval is moved into it", () => {
    // Position 1 for [2,3] becomes 2; position 2 for [1,1] becomes 1.
    expect(tiersOf([iv(2, 3), iv(1, 1), iv(2, 4)])).toEqual({ tier: [1, 2, 3], rank: [2, 1, 3] });
  });

  it('no intervals, one interval; bad intervals throw', () => {
    expect(rankTiers([]).tier).toHaveLength(0);
    expect(tiersOf([iv(3, 3)])).toEqual({ tier: [1], rank: [3] });
    expect(() => rankTiers([iv(2, 1)])).toThrow(RangeError);
    expect(() => rankTiers([iv(1, Number.NaN)])).toThrow(RangeError);
  });

  it("every member's interval holds its tier's rank; tiers start at 1 and never skip; a model joins exactly when it can hold the rank", () => {
    const intervals = fc.array(
      fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 4 })).map(([low, w]) => iv(low, low + w)),
      { maxLength: 20 },
    );
    fc.assert(
      fc.property(intervals, (list) => {
        const t = rankTiers(list);
        list.forEach((r, i) => {
          expect(r.low <= t.rank[i] && t.rank[i] <= r.high).toBe(true);
          const joined = i > 0 && r.low <= t.rank[i - 1] && t.rank[i - 1] <= r.high;
          expect(t.tier[i]).toBe(i === 0 ? 1 : t.tier[i - 1] + (joined ? 0 : 1));
          if (!joined) expect(t.rank[i]).toBe(Math.min(r.high, Math.max(r.low, i + 1)));
        });
      }),
      { seed: 9, numRuns: 300 },
    );
  });
});
