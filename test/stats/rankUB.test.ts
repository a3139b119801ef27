import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankUB, type ScoreInterval } from '../../src/stats/rankUB.js';

const iv = (low: number, high: number): ScoreInterval => ({ low, high });

/** FastChat's recompute_final_ranking (fastchat/serve/monitor/monitor.py), its loop form transcribed:
 *  ranking[a] = 1 + #{b != a : rating_q025[b] > rating_q975[a]}. */
function fastChat(intervals: readonly ScoreInterval[]): number[] {
  return intervals.map((a, i) => 1 + intervals.filter((b, j) => j !== i && b.low > a.high).length);
}

describe("rankUB: LMArena's Rank (UB) on score intervals", () => {
  it('by hand, in any input order; an end shared is no separation (strictly above)', () => {
    const intervals = [iv(10, 12), iv(7, 9.5), iv(9, 11), iv(5, 7), iv(12.5, 13)];
    // [12.5,13] is above all (12.5 > 12); [5,7] has three above it, not [7,9.5] (7 is not above 7).
    expect(Array.from(rankUB(intervals))).toEqual([2, 3, 2, 4, 1]);
    expect(Array.from(rankUB([iv(1, 2), iv(2, 3)]))).toEqual([1, 1]);
    expect(fastChat(intervals)).toEqual([2, 3, 2, 4, 1]);
  });

  it('is not the rule on rank intervals: models that move together can be ordered in every replicate yet overlap in score', () => {
    // Replicates of E[S]: A is always 0.05 above B, and both move a lot together.
    const score = { A: iv(0.5, 0.6), B: iv(0.45, 0.55) };
    const rank = { A: { low: 1, high: 1 }, B: { low: 2, high: 2 } }; // A above B in every replicate
    expect(Array.from(rankUB([score.A, score.B]))).toEqual([1, 1]);
    // The rank-interval version (1 + #{j : high_j < low_i}) would separate them.
    const onRanks = [rank.A, rank.B].map((r, i, all) => 1 + all.filter((s) => s.high < r.low).length);
    expect(onRanks).toEqual([1, 2]);
  });

  it("agrees with FastChat's loop on random interval sets, ties included", () => {
    const intervals = fc.array(
      fc.tuple(fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 6 })).map(([low, w]) => iv(low / 2, (low + w) / 2)),
      { maxLength: 25 },
    );
    fc.assert(
      fc.property(intervals, (list) => {
        expect(Array.from(rankUB(list))).toEqual(fastChat(list));
      }),
      { seed: 3, numRuns: 300 },
    );
  });

  it('refuses a reversed or non-finite interval', () => {
    expect(() => rankUB([iv(2, 1)])).toThrow(RangeError);
    expect(() => rankUB([iv(0, Number.NaN)])).toThrow(RangeError);
  });
});
