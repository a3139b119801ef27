/**
 * A model's profile as the report's tooltips and table say it: the label, and for an uncertain one
 * how many Monte Carlo standard errors it sits from a boundary of the rule. O(1).
 */
import type { SweepModel } from '../../analyses/sweepResult.js';
import { fixed } from './format.js';

/** "in between", or "in between (uncertain: 1.3 SE from a boundary)". */
export function profileNote(m: SweepModel): string {
  if (!m.profileUncertain || m.profileDistanceInSE === null) return m.profile;
  return `${m.profile} (uncertain: ${fixed(m.profileDistanceInSE, 1)} SE from a boundary)`;
}
