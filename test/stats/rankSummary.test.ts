import { describe, expect, it } from 'vitest';
import { rankSummary } from '../../src/stats/rankSummary.js';

describe('rankSummary: mean rank and the [5%, 95%] quantiles', () => {
  it('the file example', () => {
    const s = rankSummary([0.5, 0.3, 0.2]);
    expect(s.meanRank).toBeCloseTo(1.7, 15);
    expect([s.low, s.high]).toEqual([1, 3]);
  });

  it('a sure rank is its own interval', () => {
    expect(rankSummary([0, 0, 1, 0])).toEqual({ meanRank: 3, low: 3, high: 3 });
  });

  it('a cumulative exactly at the quantile stops there (smallest r with F(r) >= q)', () => {
    // F = 0.05, 0.95, 1: low 1, high 2.
    expect(rankSummary([0.05, 0.9, 0.05])).toEqual({ meanRank: 2, low: 1, high: 2 });
    const s = rankSummary([0.01, 0.02, 0.02, 0.9, 0.05]);
    expect([s.low, s.high]).toEqual([3, 4]);
  });

  it('rounding in the cumulative does not push a quantile one rank too far', () => {
    // F(3) = 0.18 + 0.69 + 0.08 = 0.95 in reals but 0.9499999999999998 summed in floats.
    expect(0.18 + 0.69 + 0.08).toBeLessThan(0.95);
    const s = rankSummary([0.18, 0.69, 0.08, 0.05]);
    expect([s.low, s.high]).toEqual([1, 3]);
    expect(s.meanRank).toBeCloseTo(2, 14);
  });

  it('another level: 50% is the quartiles', () => {
    const s = rankSummary([0.1, 0.2, 0.4, 0.2, 0.1], { level: 0.5 });
    expect([s.low, s.high]).toEqual([2, 4]);
  });

  it('refuses what is not a distribution, and levels outside (0, 1)', () => {
    expect(() => rankSummary([0.5, 0.6])).toThrow(RangeError);
    expect(() => rankSummary([1.5, -0.5])).toThrow(RangeError);
    expect(() => rankSummary([Number.NaN, 1])).toThrow(RangeError);
    expect(() => rankSummary([])).toThrow(RangeError);
    expect(() => rankSummary([1], { level: 1 })).toThrow(RangeError);
  });
});
