/**
 * `sweep`: the Failure Sensitivity Analysis of SPEC.md. Every elimination value T runs on the same
 * tournament seeds in one pass (common random numbers), so the drop E[S | last T] - E[S | first T]
 * is estimated from paired per-tournament differences, with far less noise than two independent
 * runs. Cost: (number of T values) x a simulate.
 */
import type { TournamentPlan } from '../core/plan.js';
import { SwissRankError } from '../errors.js';
import { classifyProfiles } from './profiles.js';
import { runHeader } from './runHeader.js';
import { resolveRunOptions } from './runOptions.js';
import { runBlocks } from './runBlocks.js';
import { bestFirst, summarisePlan } from './planSummary.js';
import type { SimulateOptions } from './simulate.js';
import type { SweepModel, SweepPoint, SweepResult } from './sweepResult.js';
import { eliminationPlan, type Tournament } from './tournament.js';

/** The paper's sweep. */
export const DEFAULT_SWEEP: readonly number[] = [0, 1, 2];

export interface SweepOptions extends SimulateOptions {
  /** Constant eliminations per round to compare, first = base (default 0, 1, 2). */
  sweep?: readonly number[];
}

/**
 * The failure sensitivity sweep: the tournament at each constant elimination of `sweep` (default
 * 0, 1, 2) on the same tournament seeds; per model E[S | T], base, drop with its paired standard
 * error, and profile; ordered by E at the last T.
 * @example const result = await sweep(tournament(scores), { sweep: [0, 1, 2], iterations: 100_000 });
 */
export async function sweep(tournament: Tournament, options: SweepOptions = {}): Promise<SweepResult> {
  const run = resolveRunOptions(options);
  const values = checkSweep(options.sweep ?? DEFAULT_SWEEP);
  const plans = values.map((t) => withElimination(tournament.plan, t));
  const counts = await runBlocks(plans, { ...run, pool: options.pool });
  const M = tournament.plan.modelCount;
  const n = run.iterations;

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
  const { profiles, rule } = classifyProfiles(base, drop, dropStdError);

  const models: SweepModel[] = tournament.models.map((name, m) => ({
    name,
    base: base[m],
    drop: drop[m],
    dropStdError: dropStdError[m],
    dropStdErrorUnpaired: dropStdErrorUnpaired[m],
    profile: profiles[m],
    results: values.map((elimination, p): SweepPoint => ({ elimination, ...summaries[p][m] })),
  }));
  // The paper's order: by E at the harshest (last) T, ties in input order.
  const order = bestFirst((m) => last[m].expectedScore, M);

  return {
    ...runHeader(tournament, run),
    sweep: values,
    profileRule: rule,
    models: order.map((m) => models[m]),
  };
}

/** The same tournament with T models eliminated after every round. */
export function withElimination(plan: TournamentPlan, elimination: number): TournamentPlan {
  return { ...plan, elimination: eliminationPlan(elimination, plan.roundCount) };
}

function checkSweep(values: readonly number[]): number[] {
  if (values.length === 0) {
    throw new SwissRankError('BAD_OPTION', 'expected at least one elimination value', { option: '--sweep' });
  }
  const seen = new Set<number>();
  for (const v of values) {
    if (!Number.isInteger(v) || v < 0 || v > 2 ** 30) {
      throw new SwissRankError('BAD_OPTION', `expected non-negative whole numbers, found ${String(v)}`, {
        option: '--sweep',
      });
    }
    if (seen.has(v)) {
      throw new SwissRankError('BAD_OPTION', `${v} appears twice`, { option: '--sweep' });
    }
    seen.add(v);
  }
  return [...values];
}
