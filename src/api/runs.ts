/**
 * The library's runs: each checks its arguments, starts an engine for the call (or uses a
 * ranker's), runs the analysis and stops its workers before it resolves, so nothing is left
 * running. Results are the very objects the CLI prints as JSON.
 */
import { compare as compareAnalysis, type CompareResult } from '../analyses/compare.js';
import { simulate as simulateAnalysis, type SimulationResult } from '../analyses/simulate.js';
import { sweep as sweepAnalysis } from '../analyses/sweep.js';
import type { SweepResult } from '../analyses/sweepResult.js';
import type { Engine } from '../engine/engine.js';
import type { ScoreTable } from '../input/types.js';
import type { ZeroTo } from '../analyses/perturb.js';
import type { ResampleUnit } from '../options/resampleUnit.js';
import { ENGINE_FIELDS, engineFor, readApiOptions, requireTournament, type RunOptions } from './apiOptions.js';

export type SimulateOptions = RunOptions;

export interface SweepOptions extends RunOptions {
  /** Constant eliminations per round to compare, first = base (default 0, 1, 2). */
  sweep?: readonly number[];
}

export interface CompareOptions extends SweepOptions {
  /** Bootstrap replicates (default 0: none): 95% intervals of CSD's E[S] and rank, Rank (UB), tiers. */
  bootstrap?: number;
  /** What the bootstrap resamples: each round's `benchmarks` (default) or the `rounds`. */
  resample?: ResampleUnit;
  /** Tournaments per bootstrap replicate (default 10,000, or `iterations` if fewer). */
  bootstrapIterations?: number;
  /** Per-score standard errors (same models and benchmarks): the bootstrap draws scores from normals. */
  scoreStdErrors?: ScoreTable;
  /** Benchmarks zeroed per model in the robustness experiment (default 0: none). */
  zeroRandom?: number;
  /** A zeroed score becomes 0 (default) or the benchmark's minimum. */
  zeroTo?: ZeroTo;
}

/**
 * Plays `iterations` tournaments (default 100,000) and returns every model's Expected Win Score
 * with its standard error, rank, final standings and survival, best first. Identical for the same
 * seed on any thread count. Cost: O(iterations x models x rounds), spread over `threads`.
 * @example const result = await simulate(tournament(scores, { elimination: 2 }), { iterations: 100_000, seed: 1 });
 */
export function simulate(tournament: unknown, options: SimulateOptions = {}): Promise<SimulationResult> {
  return simulateOn(undefined, tournament, options);
}

/** simulate on a ranker's engine (`base`), or on one of its own. */
export async function simulateOn(base: Engine | undefined, tournament: unknown, options: SimulateOptions): Promise<SimulationResult> {
  const t = requireTournament(tournament);
  const run = readApiOptions(options, ['iterations', 'seed'], ENGINE_FIELDS);
  return withEngine(options, base, (engine) => simulateAnalysis(t, engine, run));
}

/**
 * The failure sensitivity sweep: the tournament at each constant elimination of `sweep` (default
 * 0, 1, 2) on the same tournament seeds; per model E[S | T], base, drop with its paired standard
 * error, and profile; ordered by E at the last T.
 * @example const result = await sweep(tournament(scores), { sweep: [0, 1, 2], iterations: 100_000 });
 */
export function sweep(tournament: unknown, options: SweepOptions = {}): Promise<SweepResult> {
  return sweepOn(undefined, tournament, options);
}

/** sweep on a ranker's engine (`base`), or on one of its own. */
export async function sweepOn(base: Engine | undefined, tournament: unknown, options: SweepOptions): Promise<SweepResult> {
  const t = requireTournament(tournament);
  const settings = readApiOptions(options, ['iterations', 'seed', 'sweep'], ENGINE_FIELDS);
  return withEngine(options, base, (engine) => sweepAnalysis(t, engine, settings));
}

/**
 * Ranks a score table by the plain mean, the normalised mean, mean win rate and CSD at each T,
 * with Kendall's tau-b between every pair; `bootstrap` adds intervals and tiers, `zeroRandom`
 * robustness. Refuses a bootstrap that could not vary anything (every round one benchmark under
 * `resample: 'benchmarks'`) and warns (a process warning) about rounds it holds fixed.
 * @example const result = await compare(tournament(scores), { bootstrap: 1000, resample: 'rounds' });
 */
export function compare(tournament: unknown, options: CompareOptions = {}): Promise<CompareResult> {
  return compareOn(undefined, tournament, options);
}

/** compare on a ranker's engine (`base`), or on one of its own. */
export async function compareOn(base: Engine | undefined, tournament: unknown, options: CompareOptions): Promise<CompareResult> {
  const t = requireTournament(tournament);
  const settings = readApiOptions(options, ['iterations', 'seed', 'sweep', 'bootstrap', 'resample', 'bootstrapIterations', 'zeroRandom', 'zeroTo'], [
    ...ENGINE_FIELDS,
    'scoreStdErrors',
  ]);
  return withEngine(options, base, (engine) =>
    compareAnalysis(t, engine, { ...settings, scoreStdErrors: options.scoreStdErrors }),
  );
}

async function withEngine<T>(options: RunOptions, base: Engine | undefined, run: (engine: Engine) => Promise<T>): Promise<T> {
  const engine = engineFor(options, base);
  try {
    return await run(engine);
  } finally {
    // A ranker's engine outlives the run; a one-off's stops its workers here.
    if (!base) await engine.close();
  }
}
