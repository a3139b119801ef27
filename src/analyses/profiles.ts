/**
 * Profiles of the Failure Sensitivity Analysis (SPEC.md): weak below the median base; every other
 * model against the reference drop (the median drop of the models that are not weak) with a
 * margin of a fifth of the mean drop, which is exact. No boundary depends on the number of
 * tournaments, so labels converge as it grows. Cost: O(M log M) for the medians.
 */
import { median, medianStdError } from '../stats/median.js';
import { profileDistanceInSE } from './profileDistance.js';
import type { Profile, ProfileRule } from './sweepResult.js';

/**
 * The margin as a share of the mean drop. The mean drop is the elimination pressure of the plan
 * (HELM Lite, 7 rounds: 0.231; its 10 benchmarks as rounds: 0.451; LiveBench: 0.206), so one
 * fraction gives the same shape on each: about 0.4 of the spread (IQR) of the non-weak drops,
 * 40-50% of those models in between, and 14-23 Monte Carlo SEs of a drop at 100,000 tournaments.
 */
export const MARGIN_FRACTION = 0.2;

/** Labels this close to a boundary (in standard errors) are marked uncertain: about 95% two-sided. */
export const UNCERTAIN_WITHIN_SE = 2;

export const PROFILE_RULE_TEXT =
  'weak: base below the median base of all models. Every other model is compared with the reference drop, ' +
  'the median drop of the models that are not weak: robust generalist when its drop is more than the margin ' +
  'above it (it loses fewer points than the typical competitive model), aggressive specialist when more than ' +
  'the margin below it (it loses more), in between otherwise. The margin is a fifth of the mean drop over all ' +
  'models, which is exact (every match gives one point, so the drops add up to the matches the last setting ' +
  'removes), so no boundary depends on the number of tournaments. A label within 2 Monte Carlo standard ' +
  'errors of a boundary is marked uncertain: more tournaments may change it.';

/** Per model, in any order (the arrays run in parallel). */
export interface ProfileInput {
  readonly base: readonly number[];
  readonly baseStdError: readonly number[];
  readonly drop: readonly number[];
  readonly dropStdError: readonly number[];
}

export interface ClassifiedProfile {
  readonly profile: Profile;
  readonly profileDistanceInSE: number | null;
  readonly profileUncertain: boolean;
}

/** The rule's numbers for these models, then every model's label and its distance to a boundary. */
export function classifyProfiles(input: ProfileInput): { rule: ProfileRule; models: ClassifiedProfile[] } {
  const rule = profileRule(input);
  const models = input.base.map((base, m): ClassifiedProfile => {
    const estimate = {
      base,
      baseStdError: input.baseStdError[m],
      drop: input.drop[m],
      dropStdError: input.dropStdError[m],
    };
    const distance = profileDistanceInSE(estimate, rule);
    return {
      profile: profileAt(base, estimate.drop, rule),
      profileDistanceInSE: distance,
      profileUncertain: distance !== null && distance <= rule.uncertainWithinSE,
    };
  });
  return { rule, models };
}

/** The label of a point (base, drop) under `rule`: the one place the boundaries are compared. */
export function profileAt(base: number, drop: number, rule: ProfileRule): Profile {
  if (base < rule.baseMedian) return 'weak';
  if (drop > rule.robustAbove) return 'robust generalist';
  if (drop < rule.aggressiveBelow) return 'aggressive specialist';
  return 'in between';
}

export function profileRule(input: ProfileInput): ProfileRule {
  const baseMedian = median(input.base);
  const kept = input.base.flatMap((b, m) => (b >= baseMedian ? [m] : []));
  const keptDrops = kept.map((m) => input.drop[m]);
  const dropMedian = median(keptDrops);
  const meanDrop = input.drop.reduce((a, d) => a + d, 0) / Math.max(1, input.drop.length);
  const dropMargin = MARGIN_FRACTION * Math.abs(meanDrop);
  return {
    description: PROFILE_RULE_TEXT,
    baseMedian,
    baseMedianStdError: medianStdError(input.base, input.baseStdError),
    baseMedianModels: input.base.length,
    dropMedian,
    dropMedianStdError: medianStdError(keptDrops, kept.map((m) => input.dropStdError[m])),
    dropMedianModels: kept.length,
    meanDrop,
    dropMargin,
    marginFraction: MARGIN_FRACTION,
    robustAbove: dropMedian + dropMargin,
    aggressiveBelow: dropMedian - dropMargin,
    uncertainWithinSE: UNCERTAIN_WITHIN_SE,
  };
}
