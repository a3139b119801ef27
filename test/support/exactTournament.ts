/**
 * An independent, brute-force statement of SPEC.md's rules for tiny tournaments: it enumerates
 * every pairing, bye, match outcome and elimination choice with its probability, and returns
 * each model's exact expected final points. Written for clarity, not speed (M <= 6), and shares
 * no code with the kernel, so agreement between the two means something.
 */

export interface ExactCase {
  modelCount: number;
  /** Probability that a beats b in round k (for scores: 1, 0, or 0.5 on a tie). */
  beats: (k: number, a: number, b: number) => number;
  elimination: number[];
  tieBreak: 'random' | 'index';
}

export function exactExpectedPoints(c: ExactCase): number[] {
  const expected = new Array<number>(c.modelCount).fill(0);
  const points = new Array<number>(c.modelCount).fill(0);
  const active = Array.from({ length: c.modelCount }, (_, m) => m);
  playRound(c, 0, points, active, 1, expected);
  return expected;
}

function playRound(c: ExactCase, k: number, points: number[], active: number[], prob: number, out: number[]): void {
  if (k === c.elimination.length || active.length <= 1) {
    points.forEach((p, m) => (out[m] += prob * p));
    return;
  }
  // Score groups, each paired by one of its equally likely (bye, matching) choices.
  const levels = [...new Set(active.map((m) => points[m]))].sort((x, y) => y - x);
  const groupChoices = levels.map((level) => pairings(active.filter((m) => points[m] === level)));
  forEachCombination(groupChoices, (pairs, weight) => {
    forEachOutcome(c, k, pairs, 0, [], weight, (winners, w) => {
      const after = [...points];
      for (const winner of winners) after[winner]++;
      forEachElimination(c, k, after, active, (survivors, we) => {
        playRound(c, k + 1, after, survivors, prob * w * we, out);
      });
    });
  });
}

/** All (pairs) choices of a group, each equally likely: a bye for odd groups, then a matching. */
function pairings(group: number[]): number[][][] {
  if (group.length % 2 === 1) {
    return group.flatMap((bye) => matchings(group.filter((m) => m !== bye)));
  }
  return matchings(group);
}

function matchings(items: number[]): number[][][] {
  if (items.length === 0) return [[]];
  const [first, ...rest] = items;
  return rest.flatMap((partner) =>
    matchings(rest.filter((m) => m !== partner)).map((tail) => [[first, partner], ...tail]),
  );
}

function forEachCombination(groups: number[][][][], visit: (pairs: number[][], weight: number) => void): void {
  const recurse = (g: number, pairs: number[][], weight: number) => {
    if (g === groups.length) return visit(pairs, weight);
    for (const choice of groups[g]) recurse(g + 1, [...pairs, ...choice], weight / groups[g].length);
  };
  recurse(0, [], 1);
}

function forEachOutcome(
  c: ExactCase,
  k: number,
  pairs: number[][],
  i: number,
  winners: number[],
  weight: number,
  visit: (winners: number[], weight: number) => void,
): void {
  if (i === pairs.length) return visit(winners, weight);
  const [a, b] = pairs[i];
  const p = c.beats(k, a, b);
  if (p > 0) forEachOutcome(c, k, pairs, i + 1, [...winners, a], weight * p, visit);
  if (p < 1) forEachOutcome(c, k, pairs, i + 1, [...winners, b], weight * (1 - p), visit);
}

function forEachElimination(
  c: ExactCase,
  k: number,
  points: number[],
  active: number[],
  visit: (survivors: number[], weight: number) => void,
): void {
  let leaving = Math.min(c.elimination[k], active.length);
  if (leaving === 0) return visit(active, 1);
  const out = new Set<number>();
  const levels = [...new Set(active.map((m) => points[m]))].sort((x, y) => x - y);
  for (const level of levels) {
    const tied = active.filter((m) => points[m] === level);
    if (tied.length <= leaving) {
      tied.forEach((m) => out.add(m));
      leaving -= tied.length;
      if (leaving === 0) return visit(active.filter((m) => !out.has(m)), 1);
      continue;
    }
    if (c.tieBreak === 'index') {
      tied.slice(0, leaving).forEach((m) => out.add(m)); // active is in input order
      return visit(active.filter((m) => !out.has(m)), 1);
    }
    const subsets = combinations(tied, leaving);
    for (const subset of subsets) {
      visit(active.filter((m) => !out.has(m) && !subset.includes(m)), 1 / subsets.length);
    }
    return;
  }
  visit(active.filter((m) => !out.has(m)), 1);
}

function combinations(items: number[], r: number): number[][] {
  if (r === 0) return [[]];
  if (items.length < r) return [];
  const [first, ...rest] = items;
  return [...combinations(rest, r - 1).map((c) => [first, ...c]), ...combinations(rest, r)];
}
