import { describe, expect, it } from 'vitest';
import { groupSchedule } from '../../src/core/groupSchedule.js';

describe('groupSchedule (SPEC facts: matches per tournament are exact)', () => {
  it.each([
    [29, 0, 154],
    [29, 1, 130],
    [29, 2, 97],
    [30, 0, 160],
    [30, 1, 132],
    [30, 2, 103],
  ])('M = %i, K = 12, T = %i plays %i matches', (M, T, matches) => {
    expect(groupSchedule(M, new Array(12).fill(T)).totalMatches).toBe(matches);
  });

  it('stops when at most one model is active', () => {
    const s = groupSchedule(4, [2, 2, 2, 2]);
    expect(s.playedRounds).toBe(2); // 4 -> 2 -> 0 active
    expect(Array.from(s.activeBefore.slice(0, 2))).toEqual([4, 2]);
  });

  it('marks a tie at the cut and none when the cut falls between groups', () => {
    // M = 4, round 1: groups 2 (1 point) and 2 (0 points). T = 1 cuts inside the 0-point group.
    const tie = groupSchedule(4, [1]);
    expect([tie.tieStart[0], tie.cutFrom[0], tie.tieEnd[0]]).toEqual([2, 3, 4]);
    // T = 2 removes the whole 0-point group: no tie to break.
    const clean = groupSchedule(4, [2]);
    expect(clean.tieStart[0]).toBe(clean.cutFrom[0]);
  });

  it('lays out an odd group with its bye among the losers', () => {
    // M = 5: round 1 one group of 5 -> 2 winners (1 point), 3 at 0 points (2 losers + bye).
    const s = groupSchedule(5, [0, 0]);
    expect(Array.from(s.groupSizes.slice(s.groupOffset[1], s.groupOffset[2]))).toEqual([2, 3]);
  });
});
