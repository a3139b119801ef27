import { describe, expect, it } from 'vitest';
import { groupWinners } from '../../../src/core/exact/groupWinners.js';
import type { MatchProbability } from '../../../src/core/matchProbability.js';

const coin: MatchProbability = () => 0.5;
const lowerIndexWins: MatchProbability = (_k, a, b) => (a < b ? 1 : 0);

/** Winner sets as sorted member lists -> probability, for readable expectations. */
function table(members: number[], beats: MatchProbability): Record<string, number> {
  const { masks, probabilities } = groupWinners(members, 0, beats);
  const out: Record<string, number> = {};
  masks.forEach((mask, i) => (out[members.filter((m) => mask & (1 << m)).join(',')] = probabilities[i]));
  return out;
}

describe('groupWinners', () => {
  it('a group of 4 coins: each of the 6 pairs of winners has chance 1/6', () => {
    // {a, b} wins when a and b are not paired (2 of 3 matchings) and both win (1/4).
    const t = table([0, 1, 2, 3], coin);
    expect(Object.keys(t)).toHaveLength(6);
    Object.values(t).forEach((p) => expect(p).toBeCloseTo(1 / 6, 15));
  });

  it('a group of 3 coins: one winner, each 1/3 (the bye takes one of the other two)', () => {
    const t = table([2, 5, 7], coin);
    expect(Object.keys(t).sort()).toEqual(['2', '5', '7']);
    Object.values(t).forEach((p) => expect(p).toBeCloseTo(1 / 3, 15));
  });

  it('strict dominance in a group of 4: {0,1} unless 0 meets 1 (1/3), then {0,2}', () => {
    const t = table([0, 1, 2, 3], lowerIndexWins);
    expect(t['0,1']).toBeCloseTo(2 / 3, 15);
    expect(t['0,2']).toBeCloseTo(1 / 3, 15);
    expect(Object.keys(t)).toHaveLength(2);
  });

  it('a lone model takes the bye and nobody wins', () => {
    expect(table([4], coin)).toEqual({ '': 1 });
  });

  it('the probabilities of a group of 8 sum to 1, over the C(8,4) = 70 winner sets', () => {
    const { masks, probabilities } = groupWinners([0, 1, 2, 3, 4, 5, 6, 7], 0, (_k, a, b) => (a + 1) / (a + b + 2));
    expect(masks).toHaveLength(70);
    expect(probabilities.reduce((x, y) => x + y, 0)).toBeCloseTo(1, 14);
  });
});
