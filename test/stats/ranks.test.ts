import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { competitionRanks, fractionalRanks } from '../../src/stats/ranks.js';

describe('ranks (higher score = rank 1)', () => {
  it('competition ranks: 1, 2, 2, 4', () => {
    expect(Array.from(competitionRanks([0.9, 0.7, 0.7, 0.1]))).toEqual([1, 2, 2, 4]);
    expect(Array.from(competitionRanks([5, 9, 5, 5, 9]))).toEqual([3, 1, 3, 3, 1]);
  });

  it('fractional ranks: ties share the mean of their positions', () => {
    expect(Array.from(fractionalRanks([0.9, 0.7, 0.7, 0.1]))).toEqual([1, 2.5, 2.5, 4]);
    expect(Array.from(fractionalRanks([5, 9, 5, 5, 9]))).toEqual([4, 1.5, 4, 4, 1.5]);
  });

  it('infinities order like numbers; empty input gives empty ranks; NaN throws', () => {
    expect(Array.from(competitionRanks([-Infinity, Infinity, Infinity, 0]))).toEqual([4, 1, 1, 3]);
    expect(competitionRanks([])).toHaveLength(0);
    expect(() => fractionalRanks([1, Number.NaN])).toThrow(RangeError);
  });

  it('agree with counting: 1 + #better, and + (#tied - 1) / 2; fractional ranks sum to n(n+1)/2', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -3, max: 3 }), { maxLength: 30 }), (xs) => {
        const competition = competitionRanks(xs);
        const fractional = fractionalRanks(xs);
        xs.forEach((x, i) => {
          const better = xs.filter((y) => y > x).length;
          const tied = xs.filter((y) => y === x).length;
          expect(competition[i]).toBe(1 + better);
          expect(fractional[i]).toBe(1 + better + (tied - 1) / 2);
        });
        const n = xs.length;
        expect(fractional.reduce((a, b) => a + b, 0)).toBe((n * (n + 1)) / 2);
      }),
      { seed: 3, numRuns: 200 },
    );
  });
});
