/**
 * One table ranked every way we report: the rankings people already use over the round plan's
 * benchmarks, task by task (plain mean, mean of min-max normalised scores, HELM's mean win rate)
 * and round by round, like for like with CSD, which weighs rounds equally (the mean of round means:
 * LiveBench's Global Average when rounds are its categories; HELM's win rate over round scores);
 * and CSD at each elimination of a sweep (one pass, common random numbers). Cost: a sweep plus
 * O(B M log M).
 */
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
  const baselines = baselineRankings(tournament); // first: a table that is not scores is refused before simulating
  const plans = sweepTournaments(tournament, settings.sweep).map((t) => t.plan);
  const counts = await engine.runBlocks(plans, settings, progress);
  const csd = plans.map((plan, p) =>
    ranking(`csd:T=${settings.sweep[p]}`, summarisePlan(plan, counts.perPlan[p]).map((s) => s.expectedScore)),
  );
  return [...baselines, ...csd];
}

/** The baselines alone (no simulation), in the order methodRankings reports them. */
export function baselineRankings(tournament: Tournament): MethodRanking[] {
  const data = scoreTableOf(tournament, 'comparing with score averages');
  return Object.entries(BASELINES).map(([method, rank]) => ranking(method, rank(data, tournament.rounds)));
}

function ranking(method: string, scores: (number | null)[]): MethodRanking {
  return { method, scores, ranks: ranksAmongScored(scores) };
}

function ranksAmongScored(scores: readonly (number | null)[]): (number | null)[] {
  const scored = scores.flatMap((s, m) => (s === null ? [] : [m]));
  const ranks = competitionRanks(scored.map((m) => scores[m] as number));
  const out: (number | null)[] = scores.map(() => null);
  scored.forEach((m, i) => (out[m] = ranks[i]));
  return out;
}
