import { describe, expect, it } from 'vitest';
import { eliminationChoices } from '../../../src/core/exact/eliminationChoices.js';

const members = (mask: number) => [0, 1, 2, 3, 4, 5, 6, 7].filter((m) => mask & (1 << m));

describe('eliminationChoices', () => {
  //            model: 0  1  2  3  4
  const points = [2, 0, 1, 0, 0];

  it('nobody leaves when T = 0', () => {
    expect(eliminationChoices([0, 1, 2, 3, 4], points, 0, 'random')).toEqual({ masks: [0], probabilities: [1] });
  });

  it('a whole lowest group, then into the next group up', () => {
    const { masks, probabilities } = eliminationChoices([0, 1, 2, 3, 4], points, 4, 'random');
    expect(masks.map(members)).toEqual([[1, 2, 3, 4]]);
    expect(probabilities).toEqual([1]);
  });

  it('random: each subset of the tied group at the cut is equally likely', () => {
    const { masks, probabilities } = eliminationChoices([0, 1, 2, 3, 4], points, 2, 'random');
    expect(masks.map(members)).toEqual([
      [1, 3],
      [1, 4],
      [3, 4],
    ]);
    probabilities.forEach((p) => expect(p).toBe(1 / 3));
  });

  it('index: the earliest-listed tied models leave', () => {
    expect(eliminationChoices([0, 1, 2, 3, 4], points, 2, 'index').masks.map(members)).toEqual([[1, 3]]);
    // Active 0, 2, 3, 4 on 1, 1, 0, 1 points: 3 leaves surely, then 0 from the tie of 0, 2, 4.
    expect(eliminationChoices([0, 2, 3, 4], [1, 0, 1, 0, 1], 2, 'index').masks.map(members)).toEqual([[0, 3]]);
  });

  it('only active models leave, and never more than there are', () => {
    expect(eliminationChoices([0, 2], points, 5, 'random').masks.map(members)).toEqual([[0, 2]]);
  });
});
