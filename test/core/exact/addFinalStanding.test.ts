import { describe, expect, it } from 'vitest';
import { addFinalStanding } from '../../../src/core/exact/addFinalStanding.js';
import { CompensatedSums } from '../../../src/core/exact/compensatedSums.js';

describe('addFinalStanding', () => {
  it('ties share the positions they span; rows and columns keep the probability added', () => {
    const standing = new CompensatedSums(16);
    addFinalStanding([3, 1, 3, 0], 0.5, standing);
    const t = Array.from(standing.totals());
    expect(t.slice(0, 4)).toEqual([0.25, 0.25, 0, 0]); // model 0 shares 1st-2nd with model 2
    expect(t.slice(4, 8)).toEqual([0, 0, 0.5, 0]);
    expect(t.slice(8, 12)).toEqual([0.25, 0.25, 0, 0]);
    expect(t.slice(12, 16)).toEqual([0, 0, 0, 0.5]);
  });

  it('everyone tied: each model gets 1/M of each position', () => {
    const standing = new CompensatedSums(9);
    addFinalStanding([2, 2, 2], 1, standing);
    standing.totals().forEach((p) => expect(p).toBeCloseTo(1 / 3, 15));
  });
});
