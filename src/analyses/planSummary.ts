/**
 * Everything a run reports per model for one elimination plan, from its counts: the Expected Win
 * Score with its standard error, the rank by it, and the final-standing and survival statistics.
 * simulate and sweep both summarise through here, so their numbers cannot differ.
 */
import { groupSchedule } from '../core/groupSchedule.js';
import type { TournamentPlan } from '../core/plan.js';
import { pointStatistics } from '../core/pointStatistics.js';
import type { SimulationCounts } from '../core/simulationCounts.js';
import { standingStatistics } from '../core/standingStatistics.js';
import { competitionRanks } from '../stats/ranks.js';

/** A model's place in the final standings and its survival through the rounds. */
export interface ModelStanding {
  /** P(finishing first); a tie for first is split equally. */
  readonly pFirst: number;
  /** Monte Carlo standard error of pFirst (0 when exact). */
  readonly pFirstStdError: number;
  /** Mean final standing (1 = first; tied models share their positions equally). */
  readonly meanRank: number;
  /** 5% and 95% quantiles of the final standing. */
  readonly rankInterval90: readonly [number, number];
  /** survival[k]: P(still active after round k + 1). */
  readonly survival: readonly number[];
  /** P(eliminated in some round). */
  readonly pEliminated: number;
  /** Mean round (1-based) after which the model left, when it did; null if it never did. */
  readonly meanEliminationRound: number | null;
}

export interface ModelSummary extends ModelStanding {
  /** 1 = best by expected score; exactly equal scores share a rank (1, 2, 2, 4). */
  readonly rank: number;
  readonly expectedScore: number;
  readonly stdError: number;
}

/** Per model, in input order. */
export function summarisePlan(plan: TournamentPlan, counts: SimulationCounts): ModelSummary[] {
  const M = plan.modelCount;
  const K = plan.roundCount;
  const points = pointStatistics(counts, M);
  const standings = standingStatistics(counts, groupSchedule(M, plan.elimination), M, K);
  const ranks = competitionRanks(points.expectedScore);
  return Array.from({ length: M }, (_, m) => ({
    rank: ranks[m],
    expectedScore: points.expectedScore[m],
    stdError: points.stdError[m],
    pFirst: standings.pFirst[m],
    pFirstStdError: standings.pFirstStdError[m],
    meanRank: standings.meanRank[m],
    rankInterval90: [standings.rankLow[m], standings.rankHigh[m]] as const,
    survival: Array.from(standings.survival.subarray(m * K, (m + 1) * K)),
    pEliminated: standings.pEliminated[m],
    meanEliminationRound: Number.isNaN(standings.meanEliminationRound[m]) ? null : standings.meanEliminationRound[m],
  }));
}

/** Indices of the models, best first by `score`; ties keep input order. */
export function bestFirst(score: (m: number) => number, count: number): number[] {
  return Array.from({ length: count }, (_, m) => m).sort((a, b) => score(b) - score(a) || a - b);
}
