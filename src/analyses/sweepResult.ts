/**
 * The result of a failure-sensitivity sweep (SPEC.md "Failure Sensitivity Analysis"): every
 * model's Expected Win Score at each constant elimination T, its base (first T) and drop
 * (last T minus first T) with the paired standard error, and its profile with how far it sits
 * from the rule's boundaries. The JSON output of `swiss-rank sweep` is this object serialised.
 */
import type { SweepIntervals } from './intervalLegend.js';
import type { ModelStanding } from './planSummary.js';
import type { RunHeader } from './runHeader.js';

export type Profile = 'robust generalist' | 'aggressive specialist' | 'in between' | 'weak';

export interface SweepPoint extends ModelStanding {
  /** Models eliminated after every round. */
  readonly elimination: number;
  readonly expectedScore: number;
  readonly stdError: number;
  /** Rank among all models at this elimination (1 = best; exact ties share). */
  readonly rank: number;
}

export interface SweepModel {
  readonly name: string;
  /** E[S | first T]. */
  readonly base: number;
  /** E[S | last T] - E[S | first T] (negative: the model loses points under pressure). */
  readonly drop: number;
  /** Standard error of `drop` from the paired per-tournament differences (common random
   *  numbers: every T replays the same tournament seeds). */
  readonly dropStdError: number;
  /** What the same drop's standard error would be from two independent runs. */
  readonly dropStdErrorUnpaired: number;
  readonly profile: Profile;
  /** How many Monte Carlo standard errors separate the model from the nearest boundary of the
   *  profile rule that would change its label (profileDistance.ts); null without Monte Carlo error. */
  readonly profileDistanceInSE: number | null;
  /** Within `profileRule.uncertainWithinSE` standard errors of a boundary: more tournaments may flip it. */
  readonly profileUncertain: boolean;
  /** One entry per sweep value, in sweep order. */
  readonly results: readonly SweepPoint[];
}

/** The documented profile rule (profiles.ts) and every number it used. */
export interface ProfileRule {
  readonly description: string;
  /** Median base over all models: a model below it is weak. */
  readonly baseMedian: number;
  readonly baseMedianStdError: number;
  /** How many models the base median is taken over (all). */
  readonly baseMedianModels: number;
  /** The reference drop: the median drop of the models that are not weak. */
  readonly dropMedian: number;
  readonly dropMedianStdError: number;
  /** How many models the reference drop is taken over (those not weak). */
  readonly dropMedianModels: number;
  /** Mean drop over all models: exact, the matches the last T removes from a tournament per model. */
  readonly meanDrop: number;
  /** marginFraction x |meanDrop|: how far a drop must sit from the reference to leave "in between". */
  readonly dropMargin: number;
  readonly marginFraction: number;
  /** dropMedian + dropMargin: a non-weak model with a drop above it is a robust generalist. */
  readonly robustAbove: number;
  /** dropMedian - dropMargin: below it, an aggressive specialist. */
  readonly aggressiveBelow: number;
  /** A label this many standard errors or fewer from a boundary is marked uncertain. */
  readonly uncertainWithinSE: number;
}

/** The header's round plan has no eliminations: the elimination of each round is the sweep value. */
export interface SweepResult extends RunHeader {
  /** The constant eliminations, in the order given (default 0, 1, 2). */
  readonly sweep: readonly number[];
  readonly profileRule: ProfileRule;
  /** What each interval and standard error covers (intervalLegend.ts). */
  readonly intervals: SweepIntervals;
  /** Ordered by expected score at the last (harshest) sweep value, highest first. */
  readonly models: readonly SweepModel[];
}
