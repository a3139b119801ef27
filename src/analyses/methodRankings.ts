/**
 * One table ranked every way we report: the rankings people already use over the round plan's
 * benchmarks, task by task (plain mean, mean of min-max normalised scores, HELM's mean win rate)
 * and round by round, like for like with CSD, which weighs rounds equally (the mean of round means:
 * LiveBench's Global Average when rounds are its categories; HELM's win rate over round scores);
 * and CSD at each elimination of a sweep (one pass, common random numbers). Cost: a sweep plus
 * O(B M log M).
 */
import type { TournamentPlan } from '../core/plan.js';
import type { SimulationCounts } from '../core/simulationCounts.js';
import type { Engine, Progress } from '../engine/engine.js';
import { meanScore } from '../stats/meanScore.js';
import { meanWinRate } from '../stats/meanWinRate.js';
import { normalizedMean } from '../stats/normalizedMean.js';
import { roundMean } from '../stats/roundMean.js';
import { roundWinRate } from '../stats/roundWinRate.js';
import { competitionRanks } from '../stats/ranks.js';
import { scoreTableOf, type Tournament } from '../tournament/tournament.js';
import { summarisePlan } from './planSummary.js';
import { sweepTournaments, type SweepSettings } from './sweep.js';

export interface MethodRanking {
  /** A baseline (BASELINES) or `csd:T=<t>`. */
  readonly method: string;
  /** Per model in input order; null where a baseline has no score for the model. */
  readonly scores: readonly (number | null)[];
  /** Competition ranks (1, 2, 2, 4) among the models with a score; null otherwise. */
  readonly ranks: readonly (number | null)[];
}

/** The baselines by method name, in the order reported: task-level, then round-level. */
const BASELINES = { mean: meanScore, normalizedMean, meanWinRate, roundMean, roundWinRate } as const;

export async function methodRankings(
  tournament: Tournament,
  engine: Engine,
  settings: SweepSettings,
  progress?: Progress,
): Promise<MethodRanking[]> {
  const baselines = baselineRankings(tournament, 'comparing with score averages');
  const plans = sweepTournaments(tournament, settings.sweep).map((t) => t.plan);
  const counts = await engine.runBlocks(plans, settings, progress);
  return [...baselines, ...csdRankings(plans, counts.perPlan, settings.sweep)];
}

/** CSD's ranking at each T of `sweep` from the counts of its plans (one per T, in sweep order). */
export function csdRankings(
  plans: readonly TournamentPlan[],
  counts: readonly SimulationCounts[],
  sweep: readonly number[],
): MethodRanking[] {
  return plans.map((plan, p): MethodRanking => {
    const scores = summarisePlan(plan, counts[p]).map((s) => s.expectedScore);
    return { method: `csd:T=${sweep[p]}`, scores, ranks: ranksAmongScored(scores) };
  });
}

/** Every baseline's scores and ranks over the tournament's score table, in BASELINES order
 *  (`purpose` names the caller in the error raised for win matrices, which have no scores to average). */
export function baselineRankings(tournament: Tournament, purpose: string): MethodRanking[] {
  const data = scoreTableOf(tournament, purpose);
  return Object.entries(BASELINES).map(([method, rank]) => {
    const scores = rank(data, tournament.rounds);
    return { method, scores, ranks: ranksAmongScored(scores) };
  });
}

function ranksAmongScored(scores: readonly (number | null)[]): (number | null)[] {
  const scored = scores.flatMap((s, m) => (s === null ? [] : [m]));
  const ranks = competitionRanks(scored.map((m) => scores[m] as number));
  const out: (number | null)[] = scores.map(() => null);
  scored.forEach((m, i) => (out[m] = ranks[i]));
  return out;
}
