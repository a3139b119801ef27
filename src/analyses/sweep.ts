/**
 * `sweep`: the Failure Sensitivity Analysis of SPEC.md. Every elimination value T runs on the same
 * tournament seeds in one pass (common random numbers), so the drop E[S | last T] - E[S | first T]
 * is estimated from paired per-tournament differences, with far less noise than two independent
 * runs. Cost: (number of T values) x a simulate.
 */
import type { Engine, RunSettings } from '../engine/engine.js';
import { withElimination, type Tournament } from '../tournament/tournament.js';
import { sweepIntervals } from './intervalLegend.js';
import { bestFirst, summarisePlan } from './planSummary.js';
import { classifyProfiles } from './profiles.js';
import { runHeader } from './runHeader.js';
import type { SweepModel, SweepPoint, SweepResult } from './sweepResult.js';

export interface SweepSettings extends RunSettings {
  /** Constant eliminations per round to compare, first = base (checked: distinct, non-negative). */
  readonly sweep: readonly number[];
}

/** The tournament at each T of the sweep, for every analysis that ranks by CSD at several T. */
export function sweepTournaments(tournament: Tournament, sweep: readonly number[]): Tournament[] {
  return sweep.map((t) => withElimination(tournament, t));
}

/**
 * The failure sensitivity sweep: per model E[S | T] at every T, base, drop with its paired
 * standard error, and profile with its distance to the rule's boundaries; ordered by E at the last T.
 */
export async function sweep(tournament: Tournament, engine: Engine, settings: SweepSettings): Promise<SweepResult> {
  const values = [...settings.sweep];
  const plans = sweepTournaments(tournament, values).map((t) => t.plan);
  const counts = await engine.runBlocks(plans, settings);
  const M = tournament.plan.modelCount;
  const n = settings.iterations;

  const summaries = plans.map((plan, p) => summarisePlan(plan, counts.perPlan[p]));
  const first = summaries[0];
  const last = summaries[summaries.length - 1];

  const base = new Float64Array(M);
  const drop = new Float64Array(M);
  const dropStdError = new Float64Array(M);
  const dropStdErrorUnpaired = new Float64Array(M);
  for (let m = 0; m < M; m++) {
    base[m] = first[m].expectedScore;
    drop[m] = last[m].expectedScore - first[m].expectedScore;
    const mean = counts.dropSum[m] / n;
    const variance = n > 1 ? Math.max(0, (counts.dropSquares[m] - n * mean * mean) / (n - 1)) : 0;
    dropStdError[m] = Math.sqrt(variance / n);
    dropStdErrorUnpaired[m] = Math.hypot(first[m].stdError, last[m].stdError);
  }
  const profiles = classifyProfiles({
    base: Array.from(base),
    baseStdError: first.map((s) => s.stdError),
    drop: Array.from(drop),
    dropStdError: Array.from(dropStdError),
  });

  const models: SweepModel[] = tournament.models.map((name, m) => ({
    name,
    base: base[m],
    drop: drop[m],
    dropStdError: dropStdError[m],
    dropStdErrorUnpaired: dropStdErrorUnpaired[m],
    ...profiles.models[m],
    results: values.map((elimination, p): SweepPoint => ({ elimination, ...summaries[p][m] })),
  }));
  // The paper's order: by E at the harshest (last) T, ties in input order.
  const order = bestFirst((m) => last[m].expectedScore, M);

  return {
    ...runHeader(tournament, { ...settings, kernel: engine.kernel }),
    sweep: values,
    profileRule: profiles.rule,
    intervals: sweepIntervals(),
    models: order.map((m) => models[m]),
  };
}
