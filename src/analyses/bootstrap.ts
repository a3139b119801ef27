/**
 * Data uncertainty of CSD: B replicates of the data (analyses/resample.ts: benchmarks within
 * rounds, rounds, or scores drawn from their errors), CSD rerun on each with the run's seed (common
 * random numbers: replicates differ by their data, not by pairing luck); equal resamples are
 * simulated once. Per model: the 95% percentile intervals of E[S] and of its rank, each end with
 * its Monte Carlo SE; LMArena's Rank (UB) on the E[S] intervals; tiers on the rank intervals.
 * Cost: distinct replicates x a simulate of `iterationsPerReplicate` tournaments.
 */
import { pointStatistics } from '../core/pointStatistics.js';
import type { Engine, Progress } from '../engine/engine.js';
import { SwissRankError } from '../errors.js';
import type { ScoreTable } from '../input/types.js';
import { DEFAULT_BOOTSTRAP_ITERATIONS } from '../options/declarations.js';
import type { ResampleUnit } from '../options/resampleUnit.js';
import { namedSeed } from '../rng/blockSeed.js';
import { Xoshiro128 } from '../rng/xoshiro128.js';
import { percentileInterval, type PercentileInterval } from '../stats/percentileInterval.js';
import { competitionRanks } from '../stats/ranks.js';
import { rankUB } from '../stats/rankUB.js';
import { rankTiers } from '../stats/tiers.js';
import type { Tournament } from '../tournament/tournament.js';
import { plansPerBatch } from './planBatch.js';
import { bestFirst } from './planSummary.js';
import { resampler, type BootstrapUnit, type Resample, type Resampler } from './resample.js';

/** The interval level every bootstrap output reports. */
export const BOOTSTRAP_LEVEL = 0.95;

export interface BootstrapSettings {
  /** The run's seed: the resampling and (common to every replicate) the tournaments. */
  readonly seed: number;
  /** The run's iterations: a replicate plays at most this many tournaments by default. */
  readonly iterations: number;
  readonly replicates: number;
  readonly bootstrapIterations?: number;
  /** What is resampled (default benchmarks); not with scoreStdErrors. */
  readonly resample?: ResampleUnit;
  /** Per-score standard errors, same models and benchmarks as the scores: draw scores instead. */
  readonly scoreStdErrors?: ScoreTable;
}

/** A bootstrap checked and ready to run (refusals happen before anything is simulated). */
export interface BootstrapPlan {
  readonly tournament: Tournament;
  readonly resampler: Resampler;
  readonly replicates: number;
  readonly iterationsPerReplicate: number;
  readonly seed: number;
}

export interface BootstrapModel {
  /** 95% percentile interval of E[S] over the replicates, and each end's Monte Carlo SE. */
  readonly expectedScore95: readonly [number, number];
  readonly expectedScore95StdError: readonly [number, number];
  /** 95% percentile interval of the model's rank (by E[S]) over the replicates, and each end's SE. */
  readonly rank95: readonly [number, number];
  readonly rank95StdError: readonly [number, number];
  /** LMArena's Rank (UB) on the E[S] intervals (stats/rankUB.ts). */
  readonly rankUB: number;
  /** 1 = the best tier (stats/tiers.ts). */
  readonly tier: number;
  /** The rank the tier shares; every member's 95% rank interval contains it. */
  readonly tierRank: number;
}

/** How the bootstrap was made. */
export interface BootstrapSummary {
  readonly unit: BootstrapUnit;
  readonly level: number;
  readonly replicates: number;
  /** Replicates with different data, each simulated once. */
  readonly distinctReplicates: number;
  /** How many different resamples the unit allows (null: scores drawn from normals). */
  readonly possibleResamples: number | null;
  readonly iterationsPerReplicate: number;
  /** Rounds no replicate changes (one-benchmark rounds under `benchmarks`). */
  readonly fixedRounds: readonly string[];
}

export interface BootstrapResult {
  readonly summary: BootstrapSummary;
  /** Per model, in input order. */
  readonly models: readonly BootstrapModel[];
}

/** Checks the settings against the tournament and warns about rounds that never vary. */
export function planBootstrap(tournament: Tournament, engine: Engine, settings: BootstrapSettings): BootstrapPlan {
  if (settings.resample !== undefined && settings.scoreStdErrors !== undefined) {
    throw new SwissRankError('CONFLICTING_OPTIONS', 'the bootstrap draws scores from --score-stderr or resamples --resample units, not both', {
      option: 'resample',
    });
  }
  const plan: BootstrapPlan = {
    tournament,
    resampler: resampler(tournament, settings.resample ?? 'benchmarks', settings.scoreStdErrors),
    replicates: settings.replicates,
    iterationsPerReplicate: settings.bootstrapIterations ?? Math.min(DEFAULT_BOOTSTRAP_ITERATIONS, settings.iterations),
    seed: settings.seed,
  };
  const fixed = plan.resampler.fixedRounds;
  if (fixed.length > 0) {
    engine.warn(
      `the bootstrap over benchmarks holds ${fixed.length} one-benchmark round(s) fixed, so they carry no resampling ` +
        `uncertainty: ${fixed.join(', ')} (--resample rounds or --score-stderr FILE vary them)`,
    );
  }
  return plan;
}

/** Runs the replicates; `pointEstimate` (E[S] on the data as given) orders the tiers. Distinct
 *  replicates go to the engine in runs of as many as `batchBytes` holds (planBatch.ts), on the same
 *  tournament seeds: a run shares the workers' start, every block's seeding and the rounds its
 *  replicates play alike, and changes no replicate's counts. */
export async function bootstrap(
  plan: BootstrapPlan,
  engine: Engine,
  pointEstimate: ArrayLike<number>,
  progress: Progress = () => undefined,
  batchBytes?: number,
): Promise<BootstrapResult> {
  const { replicates: B, iterationsPerReplicate: iterations, seed } = plan;
  const base = plan.tournament.plan;
  const M = base.modelCount;
  const batch = Math.min(B, plansPerBatch(base, batchBytes));
  const rng = new Xoshiro128(namedSeed(seed, 'bootstrap'));
  const distinct: Float64Array[] = []; // E[S] per distinct replicate, in the order first drawn
  const replicateOf = new Int32Array(B);
  const seen = new Map<string, number>();
  let pending: Resample['outcomes'][] = []; // distinct replicates drawn, not yet simulated
  let from = 0; // the first replicate whose batch has not run

  const flush = async (to: number) => {
    if (pending.length === 0) return;
    const plans = pending.map((outcomes) => ({ ...base, outcomes: outcomes() }));
    const width = to - from;
    const counts = await engine.runBlocks(plans, { iterations, seed }, (done, total) =>
      progress(from * total + width * done, B * total),
    );
    for (const c of counts.perPlan) distinct.push(pointStatistics(c, M).expectedScore);
    pending = [];
    from = to;
  };
  for (let r = 0; r < B; r++) {
    const { key, outcomes } = plan.resampler.draw(rng);
    const known = key === undefined ? undefined : seen.get(key);
    if (known !== undefined) {
      replicateOf[r] = known;
      continue;
    }
    replicateOf[r] = distinct.length + pending.length;
    if (key !== undefined) seen.set(key, replicateOf[r]);
    pending.push(outcomes);
    if (pending.length === batch) await flush(r + 1);
  }
  await flush(B);
  progress(1, 1);
  return summarise(plan, distinct, replicateOf, pointEstimate);
}

/** Intervals, Rank (UB) and tiers from each replicate's E[S] (replicate r is distinct[replicateOf[r]]). */
function summarise(
  plan: BootstrapPlan,
  distinct: readonly Float64Array[],
  replicateOf: Int32Array,
  pointEstimate: ArrayLike<number>,
): BootstrapResult {
  const M = plan.tournament.plan.modelCount;
  const ranks = distinct.map((e) => competitionRanks(e));
  const over = (values: readonly ArrayLike<number>[], m: number): PercentileInterval =>
    percentileInterval(Float64Array.from(replicateOf, (d) => values[d][m]), BOOTSTRAP_LEVEL);
  const expected = Array.from({ length: M }, (_, m) => over(distinct, m));
  const rank = Array.from({ length: M }, (_, m) => over(ranks, m));
  const ub = rankUB(expected);
  const order = bestFirst((m) => pointEstimate[m], M);
  const tiers = rankTiers(order.map((m) => rank[m]));
  const position = new Int32Array(M);
  order.forEach((m, i) => (position[m] = i));
  return {
    summary: {
      unit: plan.resampler.unit,
      level: BOOTSTRAP_LEVEL,
      replicates: plan.replicates,
      distinctReplicates: distinct.length,
      possibleResamples: plan.resampler.possibleResamples,
      iterationsPerReplicate: plan.iterationsPerReplicate,
      fixedRounds: plan.resampler.fixedRounds,
    },
    models: Array.from({ length: M }, (_, m) => ({
      expectedScore95: [expected[m].low, expected[m].high],
      expectedScore95StdError: [expected[m].lowStdError, expected[m].highStdError],
      rank95: [rank[m].low, rank[m].high],
      rank95StdError: [rank[m].lowStdError, rank[m].highStdError],
      rankUB: ub[m],
      tier: tiers.tier[position[m]],
      tierRank: tiers.rank[position[m]],
    })),
  };
}
