/**
 * Profiles of the Failure Sensitivity Analysis (SPEC.md): quadrants of (base, drop) against the
 * medians over all models. Rule, in order:
 *   base below the median base                     -> weak
 *   drop within 2 standard errors of the median    -> in between
 *   drop above the median (loses less)             -> robust generalist
 *   drop below the median (loses more)             -> aggressive specialist
 * Cost: O(M log M) for the medians.
 */
import type { Profile, ProfileRule } from './sweepResult.js';

export const PROFILE_RULE_TEXT =
  'weak: base below the median base; otherwise in between when the drop is within 2 standard errors ' +
  'of the median drop, robust generalist when it is above (the model loses fewer points than most), ' +
  'aggressive specialist when it is below (it loses more).';

export function classifyProfiles(
  base: ArrayLike<number>,
  drop: ArrayLike<number>,
  dropStdError: ArrayLike<number>,
): { profiles: Profile[]; rule: ProfileRule } {
  const baseMedian = median(Array.from(base));
  const dropMedian = median(Array.from(drop));
  const profiles = Array.from(base, (b, m): Profile => {
    if (b < baseMedian) return 'weak';
    if (Math.abs(drop[m] - dropMedian) <= 2 * dropStdError[m]) return 'in between';
    return drop[m] > dropMedian ? 'robust generalist' : 'aggressive specialist';
  });
  return { profiles, rule: { description: PROFILE_RULE_TEXT, baseMedian, dropMedian } };
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
