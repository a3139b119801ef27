/**
 * How far a model sits from the boundaries of the profile rule (profiles.ts), in Monte Carlo
 * standard errors: the nearest of the median base and, for a model that is not weak, the two drop
 * boundaries. The error of a distance joins the model's and the median's as if independent. O(1).
 */
import type { ProfileRule } from './sweepResult.js';

export interface ProfileEstimate {
  readonly base: number;
  readonly baseStdError: number;
  readonly drop: number;
  readonly dropStdError: number;
}

/**
 * The smallest distance, in standard errors, to a boundary that would change the label; null when
 * no boundary has Monte Carlo error (every tournament ended alike, so the label cannot flip).
 */
export function profileDistanceInSE(model: ProfileEstimate, rule: ProfileRule): number | null {
  const distances = [inSE(model.base - rule.baseMedian, model.baseStdError, rule.baseMedianStdError)];
  // A weak model stays weak whatever its drop: only the base boundary can change its label.
  if (model.base >= rule.baseMedian) {
    for (const boundary of [rule.robustAbove, rule.aggressiveBelow]) {
      distances.push(inSE(model.drop - boundary, model.dropStdError, rule.dropMedianStdError));
    }
  }
  const known = distances.filter((d): d is number => d !== null);
  return known.length > 0 ? Math.min(...known) : null;
}

function inSE(difference: number, modelStdError: number, medianStdError: number): number | null {
  const se = Math.hypot(modelStdError, medianStdError);
  return se > 0 ? Math.abs(difference) / se : null;
}
