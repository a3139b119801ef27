/**
 * Who leaves after a round: each possible set of leavers (a bitmask) with its probability.
 * SPEC "One tournament": the `leaving` active models with the lowest points go, continuing into
 * the next group up while the lowest holds fewer; a tie at the cut is broken by `random` (each
 * subset of the tied group of the needed size equally likely) or `index` (lowest index first).
 * Cost: O(M log M) plus one entry per subset, C(tied, needed) of them under `random`.
 */
import type { TieBreak } from '../plan.js';

export interface LeaverSets {
  readonly masks: readonly number[];
  readonly probabilities: readonly number[];
}

const NOBODY: LeaverSets = { masks: [0], probabilities: [1] };

/** `active` lists the active models in increasing index order; `points` is indexed by model. */
export function eliminationChoices(
  active: readonly number[],
  points: ArrayLike<number>,
  eliminate: number,
  tieBreak: TieBreak,
): LeaverSets {
  let needed = Math.min(eliminate, active.length);
  if (needed === 0) return NOBODY;
  // Lowest points first; a stable sort keeps index order inside a tie (what `index` needs).
  const byPoints = [...active].sort((a, b) => points[a] - points[b]);
  let sure = 0;
  let start = 0;
  while (needed > 0) {
    let end = start;
    while (end < byPoints.length && points[byPoints[end]] === points[byPoints[start]]) end++;
    const tied = byPoints.slice(start, end);
    if (tied.length <= needed || tieBreak === 'index') {
      // The whole group leaves, or (index) its earliest-listed `needed` models do.
      for (const m of tied.slice(0, needed)) sure |= 1 << m;
      needed -= Math.min(needed, tied.length);
      start = end;
      continue;
    }
    const subsets = combinations(tied, needed);
    return { masks: subsets.map((subset) => sure | subset), probabilities: subsets.map(() => 1 / subsets.length) };
  }
  return { masks: [sure], probabilities: [1] };
}

/** Every r-subset of `items`, as bitmasks. */
function combinations(items: readonly number[], r: number): number[] {
  if (r === 0) return [0];
  if (items.length < r) return [];
  const [first, ...rest] = items;
  return [...combinations(rest, r - 1).map((mask) => mask | (1 << first)), ...combinations(rest, r)];
}
