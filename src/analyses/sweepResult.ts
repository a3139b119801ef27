/**
 * The result of a failure-sensitivity sweep (SPEC.md "Failure Sensitivity Analysis"): every
 * model's Expected Win Score at each constant elimination T, its base (first T) and drop
 * (last T minus first T) with the paired standard error, and its profile. The JSON output of
 * `swiss-rank sweep` is this object serialised.
 */
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
  /** One entry per sweep value, in sweep order. */
  readonly results: readonly SweepPoint[];
}

/** The documented profile rule and the medians it used. */
export interface ProfileRule {
  readonly description: string;
  readonly baseMedian: number;
  readonly dropMedian: number;
}

/** The header's round plan has no eliminations: the elimination of each round is the sweep value. */
export interface SweepResult extends RunHeader {
  /** The constant eliminations, in the order given (default 0, 1, 2). */
  readonly sweep: readonly number[];
  readonly profileRule: ProfileRule;
  /** Ordered by expected score at the last (harshest) sweep value, highest first. */
  readonly models: readonly SweepModel[];
}
