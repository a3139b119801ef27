/**
 * Benchmark uncertainty: how much a model's Expected Win Score and rank depend on which
 * benchmarks were chosen. Each replicate resamples the benchmarks inside each round with
 * replacement (a round of one benchmark keeps it) or, given per-score standard errors, draws every
 * score from a normal with that error instead; CSD is rerun on the replicate with the run's seed
 * (common random numbers: replicates differ by their benchmarks, not by pairing luck). Reported:
 * each model's 95% percentile interval of E[S] and of its rank, and tiers of models whose rank
 * intervals overlap (stats/tiers.ts). Cost: replicates x a simulate.
 */
import type { RoundOutcomes } from '../core/plan.js';
import { SwissRankError } from '../errors.js';
import { buildRoundOutcomes } from '../input/roundOutcomes.js';
import type { Round } from '../input/roundPlan.js';
import type { ScoreTable } from '../input/types.js';
import { namedSeed } from '../rng/blockSeed.js';
import { Xoshiro128 } from '../rng/xoshiro128.js';
import { competitionRanks } from '../stats/ranks.js';
import { lmarenaRank, rankTiers } from '../stats/tiers.js';
import { pointStatistics } from '../core/pointStatistics.js';
import type { Engine, Progress, RunSettings } from '../engine/engine.js';
import { scoreTableOf, type Tournament } from '../tournament/tournament.js';
import { bestFirst } from './planSummary.js';

export interface BootstrapSettings extends RunSettings {
  readonly replicates: number;
  /** Per-score standard errors, same models and benchmarks as the scores: draw scores from
   *  normals instead of resampling benchmarks. */
  readonly scoreStdErrors?: ScoreTable;
}

export interface BootstrapModel {
  /** 95% percentile interval of E[S] over the replicates. */
  readonly expectedScore95: readonly [number, number];
  /** 95% percentile interval of the model's rank (by E[S]) over the replicates. */
  readonly rank95: readonly [number, number];
  /** 1 = the best tier: consecutive models (by E[S] on the data as given) whose rank intervals
   *  overlap share a tier. */
  readonly tier: number;
  /** The rank the tier shares: 1 + the number of models in better tiers. */
  readonly tierRank: number;
  /** LMArena's convention instead: 1 + the number of models whose whole rank interval lies above. */
  readonly lmarenaRank: number;
}

export interface BootstrapResult {
  readonly replicates: number;
  readonly method: 'resample-benchmarks' | 'score-stderr';
  /** Per model, in input order. */
  readonly models: readonly BootstrapModel[];
}

export async function bootstrap(
  tournament: Tournament,
  engine: Engine,
  pointEstimate: ArrayLike<number>,
  settings: BootstrapSettings,
  progress: (replicate: number) => Progress = () => () => undefined,
): Promise<BootstrapResult> {
  const data = scoreTableOf(tournament, 'the bootstrap over benchmarks');
  const { replicates, scoreStdErrors } = settings;
  if (scoreStdErrors) checkSameShape(data, scoreStdErrors);
  const M = tournament.plan.modelCount;
  const rng = new Xoshiro128(namedSeed(settings.seed, 'bootstrap'));
  const expected: Float64Array[] = [];
  const ranks: Int32Array[] = [];
  for (let r = 0; r < replicates; r++) {
    const outcomes = scoreStdErrors
      ? perturbedScores(data, scoreStdErrors, tournament, rng)
      : resampledBenchmarks(data, tournament, rng);
    const plan = { ...tournament.plan, outcomes };
    const counts = await engine.runBlocks([plan], settings, progress(r));
    const e = pointStatistics(counts.perPlan[0], M).expectedScore;
    expected.push(e);
    ranks.push(competitionRanks(e));
  }

  const eInterval = (m: number) => percentileInterval(expected.map((e) => e[m]));
  const rankInterval = (m: number) => percentileInterval(ranks.map((rank) => rank[m]));
  const order = bestFirst((m) => pointEstimate[m], M);
  const tiers = rankTiers(order.map((m) => {
    const [low, high] = rankInterval(m);
    return { low, high };
  }));
  const arena = lmarenaRank(Array.from({ length: M }, (_, m) => {
    const [low, high] = rankInterval(m);
    return { low, high };
  }));
  const tierOf = new Int32Array(M);
  const tierRankOf = new Int32Array(M);
  order.forEach((m, i) => {
    tierOf[m] = tiers.tier[i];
    tierRankOf[m] = tiers.rank[i];
  });
  return {
    replicates,
    method: scoreStdErrors ? 'score-stderr' : 'resample-benchmarks',
    models: Array.from({ length: M }, (_, m) => ({
      expectedScore95: eInterval(m),
      rank95: rankInterval(m),
      tier: tierOf[m],
      tierRank: tierRankOf[m],
      lmarenaRank: arena[m],
    })),
  };
}

/** Each round's benchmarks drawn with replacement (as many as it has). */
function resampledBenchmarks(data: ScoreTable, tournament: Tournament, rng: Xoshiro128): RoundOutcomes {
  const rounds: Round[] = tournament.rounds.map((round) => ({
    name: round.name,
    benchmarks:
      round.benchmarks.length === 1
        ? round.benchmarks
        : round.benchmarks.map(() => round.benchmarks[rng.below(round.benchmarks.length)]),
  }));
  return buildRoundOutcomes(data, rounds, tournament.missing);
}

/** Every score drawn from a normal around it with its standard error (missing stays missing). */
function perturbedScores(data: ScoreTable, errors: ScoreTable, tournament: Tournament, rng: Xoshiro128): RoundOutcomes {
  // A missing standard error means an exact score.
  const scores = Float64Array.from(data.scores, (x, i) =>
    Number.isNaN(x) || Number.isNaN(errors.scores[i]) ? x : x + errors.scores[i] * normal(rng),
  );
  return buildRoundOutcomes({ ...data, scores }, tournament.rounds, tournament.missing);
}

/** A standard normal draw (Box-Muller). */
function normal(rng: Xoshiro128): number {
  const u = (rng.nextUint32() + 1) / 4294967297; // (0, 1)
  const v = rng.nextUint32() / 4294967296;
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** The 2.5% and 97.5% percentiles (nearest rank). */
function percentileInterval(values: number[]): [number, number] {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
  return [at(0.025), at(0.975)];
}

function checkSameShape(data: ScoreTable, errors: ScoreTable): void {
  const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);
  if (!same(data.models, errors.models) || !same(data.benchmarks, errors.benchmarks)) {
    throw new SwissRankError(
      'CONFLICTING_OPTIONS',
      'the standard errors must list the same models and benchmarks, in the same order, as the scores',
      { file: errors.source, option: 'scoreStderr' },
    );
  }
  errors.scores.forEach((se, i) => {
    if (!Number.isNaN(se) && se < 0) {
      const b = Math.floor(i / errors.models.length);
      const m = i % errors.models.length;
      throw new SwissRankError('NOT_A_NUMBER', 'a standard error cannot be negative', {
        file: errors.source,
        ...errors.cellLocation(b, m),
      });
    }
  });
}
