/**
 * `simulate`: N Monte Carlo tournaments of one elimination plan, summarised per model as the
 * Expected Win Score with its standard error and 95% interval, ranked highest first. This object
 * is what the JSON output holds.
 */
import { pointStatistics } from '../core/pointStatistics.js';
import { VERSION } from '../packageInfo.js';
import { BLOCK_SIZE } from './blocks.js';
import { groupSchedule } from '../core/groupSchedule.js';
import { resolveRunOptions, type RunOptions } from './runOptions.js';
import { runBlocks } from './runBlocks.js';
import type { DataSource, Tournament } from './tournament.js';
import type { WorkerPool } from './workerPool.js';

export interface ModelResult {
  readonly name: string;
  /** 1 = best; models with exactly equal expected scores share a rank. */
  readonly rank: number;
  /** E[S]: mean final points over the tournaments. */
  readonly expectedScore: number;
  /** Monte Carlo standard error of expectedScore. */
  readonly stdError: number;
  /** expectedScore -/+ 1.96 standard errors. */
  readonly ci95: readonly [number, number];
}

export interface SimulationResult {
  readonly tool: 'swiss-rank';
  readonly version: string;
  readonly seed: number;
  readonly iterations: number;
  /** Iterations per random stream; with the seed and version it fixes every number here. */
  readonly blockSize: number;
  readonly tieBreak: 'random' | 'index';
  readonly missing: 'error' | 'loss' | 'coin';
  readonly source: DataSource;
  readonly rounds: readonly { name: string; benchmarks: readonly string[]; elimination: number }[];
  /** Matches per tournament, exact: the sum of every model's expected score. */
  readonly matchesPerTournament: number;
  readonly models: readonly ModelResult[];
}

export interface SimulateOptions extends RunOptions {
  /** A worker pool to reuse (see WorkerPool); without one a run starts and closes its own. */
  pool?: WorkerPool;
}

export async function simulate(tournament: Tournament, options: SimulateOptions = {}): Promise<SimulationResult> {
  const run = resolveRunOptions(options);
  const counts = (await runBlocks([tournament.plan], { ...run, pool: options.pool })).perPlan[0];
  const stats = pointStatistics(counts, tournament.plan.modelCount);
  return {
    tool: 'swiss-rank',
    version: VERSION,
    seed: run.seed,
    iterations: run.iterations,
    blockSize: BLOCK_SIZE,
    tieBreak: tournament.tieBreak,
    missing: tournament.missing,
    source: tournament.source,
    rounds: tournament.rounds.map((r) => ({ name: r.name, benchmarks: [...r.benchmarks], elimination: r.elimination })),
    matchesPerTournament: groupSchedule(tournament.plan.modelCount, tournament.plan.elimination).totalMatches,
    models: rankModels(tournament.models, stats.expectedScore, stats.stdError),
  };
}

/** Highest expected score first; ties keep input order and share the rank (1, 2, 2, 4). */
export function rankModels(
  names: readonly string[],
  expectedScore: Float64Array,
  stdError: Float64Array,
): ModelResult[] {
  const order = names.map((_, m) => m).sort((a, b) => expectedScore[b] - expectedScore[a] || a - b);
  const results: ModelResult[] = [];
  order.forEach((m, position) => {
    const previous = position > 0 ? order[position - 1] : -1;
    const rank =
      previous >= 0 && expectedScore[previous] === expectedScore[m] ? results[position - 1].rank : position + 1;
    const e = expectedScore[m];
    const se = stdError[m];
    results.push({ name: names[m], rank, expectedScore: e, stdError: se, ci95: [e - 1.96 * se, e + 1.96 * se] });
  });
  return results;
}
