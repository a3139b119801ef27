/**
 * `simulate`: N Monte Carlo tournaments of one elimination plan, summarised per model as the
 * Expected Win Score with its Monte Carlo standard error and 95% interval, ranked highest first,
 * with a legend saying what each interval covers. This object is what the JSON output holds. Cost: O(iterations x models x rounds), spread over the engine's
 * threads.
 */
import { groupSchedule } from '../core/groupSchedule.js';
import type { Engine, RunSettings } from '../engine/engine.js';
import type { KernelName } from '../engine/kernelName.js';
import type { Tournament } from '../tournament/tournament.js';
import { simulationIntervals, type SimulationIntervals } from './intervalLegend.js';
import { bestFirst, summarisePlan, type ModelStanding, type ModelSummary } from './planSummary.js';
import { runHeader, type RoundPlanEntry, type RunHeader } from './runHeader.js';

export interface ModelResult extends ModelStanding {
  readonly name: string;
  /** 1 = best; models with exactly equal expected scores share a rank. */
  readonly rank: number;
  /** E[S]: mean final points over the tournaments. */
  readonly expectedScore: number;
  /** Monte Carlo standard error of expectedScore (simulation error only, not benchmark noise). */
  readonly stdError: number;
  /** Monte Carlo 95% interval: expectedScore -/+ 1.96 standard errors. */
  readonly ci95: readonly [number, number];
}

export interface SimulationResult extends RunHeader {
  /** `monte-carlo`, or `exact` (simulate --exact: enumeration; seed and iterations are 0). */
  readonly method: 'monte-carlo' | 'exact';
  /** What each standard error and interval of `models` covers. */
  readonly intervals: SimulationIntervals;
  /** The round plan with each round's elimination. */
  readonly rounds: readonly (RoundPlanEntry & { readonly elimination: number })[];
  /** Matches per tournament, exact: the sum of every model's expected score. */
  readonly matchesPerTournament: number;
  readonly models: readonly ModelResult[];
}

export async function simulate(tournament: Tournament, engine: Engine, run: RunSettings): Promise<SimulationResult> {
  const counts = (await engine.runBlocks([tournament.plan], run)).perPlan[0];
  const summaries = summarisePlan(tournament.plan, counts);
  const order = bestFirst((m) => summaries[m].expectedScore, summaries.length);
  return {
    ...simulationHeader(tournament, { ...run, kernel: engine.kernel }, 'monte-carlo'),
    matchesPerTournament: groupSchedule(tournament.plan.modelCount, tournament.plan.elimination).totalMatches,
    models: order.map((m) => modelResult(tournament.models[m], summaries[m])),
  };
}

/** The header of a simulation: the common one, the method, and each round's elimination. */
export function simulationHeader(
  tournament: Tournament,
  run: RunSettings & { readonly kernel?: KernelName },
  method: 'monte-carlo' | 'exact',
): Omit<SimulationResult, 'matchesPerTournament' | 'models'> {
  const header = runHeader(tournament, run);
  return {
    ...header,
    method,
    intervals: simulationIntervals(method),
    rounds: header.rounds.map((r, k) => ({ ...r, elimination: tournament.rounds[k].elimination })),
  };
}

function modelResult(name: string, summary: ModelSummary): ModelResult {
  const { rank, expectedScore, stdError, ...standing } = summary;
  return {
    name,
    rank,
    expectedScore,
    stdError,
    ci95: [expectedScore - 1.96 * stdError, expectedScore + 1.96 * stdError],
    ...standing,
  };
}
