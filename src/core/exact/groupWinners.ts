/**
 * The distribution of who wins in one score group in one round: each possible set of winners
 * (a bitmask of model indices) with its probability. SPEC "One tournament": a uniformly chosen
 * bye for an odd group, then a uniform random perfect matching of the rest, which is the
 * distribution of shuffle-and-pair; each match is won with the plan's probability.
 * Cost: n * (n-2)!! * 2^(n/2) paths for a group of n (1,680 at n = 8); the caller caches it.
 */
import type { MatchProbability } from '../matchProbability.js';

/** Winner sets and their probabilities, as parallel arrays (zero-probability sets left out). */
export interface WinnerSets {
  readonly masks: readonly number[];
  readonly probabilities: readonly number[];
}

export function groupWinners(members: readonly number[], round: number, beats: MatchProbability): WinnerSets {
  const total = new Map<number, number>();
  const add = (mask: number, probability: number): void => {
    total.set(mask, (total.get(mask) ?? 0) + probability);
  };

  // The first unpaired model meets each remaining one with equal chance: a uniform matching.
  const pairUp = (rest: readonly number[], winners: number, weight: number): void => {
    if (rest.length === 0) return add(winners, weight);
    const [first, ...others] = rest;
    const share = weight / others.length;
    others.forEach((partner, i) => {
      const left = others.filter((_, j) => j !== i);
      const p = beats(round, first, partner);
      if (p > 0) pairUp(left, winners | (1 << first), share * p);
      if (p < 1) pairUp(left, winners | (1 << partner), share * (1 - p));
    });
  };

  if (members.length % 2 === 1) {
    members.forEach((_, bye) => pairUp(members.filter((__, j) => j !== bye), 0, 1 / members.length));
  } else {
    pairUp(members, 0, 1);
  }
  return { masks: [...total.keys()], probabilities: [...total.values()] };
}
