/**
 * `compare`: CSD beside the rankings people already use, on the same table and round plan: every
 * model's score and rank under each method, Kendall's tau-b between every pair of rankings, and
 * optionally which models are statistically tied (bootstrap tiers, for CSD at the harshest T) and
 * how far one broken benchmark moves each ranking (zero-random robustness).
 */
import { SwissRankError } from '../errors.js';
import type { ScoreTable, WinMatrices } from '../input/types.js';
import { kendallTau } from '../stats/kendallTau.js';
import { bootstrap, type BootstrapModel } from './bootstrap.js';
import { methodRankings } from './methodRankings.js';
import { bestFirst } from './planSummary.js';
import { zeroRandomBenchmarks, type PerturbedModel, type ShiftSummary, type ZeroTo } from './perturb.js';
import { resolveRunOptions, type RunOptions } from './runOptions.js';
import { DEFAULT_SWEEP } from './sweep.js';
import { runHeader, type RunHeader } from './runHeader.js';
import type { Tournament } from './tournament.js';
import { startPool } from './startPool.js';
import type { WorkerPool } from './workerPool.js';

export interface CompareOptions extends RunOptions {
  /** CSD eliminations to rank by (default 0, 1, 2). */
  sweep?: readonly number[];
  /** Bootstrap replicates for tiers (0 or absent: none). */
  bootstrap?: number;
  scoreStdErrors?: ScoreTable;
  /** Benchmarks zeroed per model in the robustness experiment (0 or absent: none). */
  zeroRandom?: number;
  zeroTo?: ZeroTo;
  pool?: WorkerPool;
}

export interface CompareModel {
  readonly name: string;
  readonly scores: Readonly<Record<string, number | null>>;
  readonly ranks: Readonly<Record<string, number | null>>;
  /** With bootstrap: tiers and intervals for CSD at the harshest T. */
  readonly bootstrap?: BootstrapModel;
}

export interface CompareResult extends RunHeader {
  readonly methods: readonly string[];
  /** Ordered by CSD at the harshest T. */
  readonly models: readonly CompareModel[];
  readonly kendallTau: readonly { a: string; b: string; tau: number }[];
  readonly bootstrap?: { readonly replicates: number; readonly method: string; readonly csdMethod: string };
  readonly robustness?: {
    readonly zeroedPerModel: number;
    readonly zeroTo: ZeroTo;
    readonly summary: readonly ShiftSummary[];
    readonly perModel: readonly PerturbedModel[];
  };
}

/**
 * Ranks a score table by the plain mean, the normalised mean, mean win rate and CSD at each T,
 * with Kendall's tau-b between every pair; `bootstrap` adds tiers, `zeroRandom` robustness.
 * @example const result = await compare(scores, tournament(scores), { bootstrap: 200 });
 */
export async function compare(
  data: ScoreTable | WinMatrices,
  tournament: Tournament,
  options: CompareOptions = {},
): Promise<CompareResult> {
  if (data.kind !== 'scores') {
    throw new SwissRankError('CONFLICTING_OPTIONS', 'comparing with score averages needs a score table, not win matrices', {
      option: '--win-matrix',
    });
  }
  const run = resolveRunOptions(options);
  const sweepValues = [...(options.sweep ?? DEFAULT_SWEEP)];
  const pool = options.pool ?? (await startPool(run.threads));
  try {
    const rankings = await methodRankings(data, tournament, sweepValues, { ...run, onProgress: undefined }, pool);
    const methods = rankings.map((r) => r.method);
    const harshest = rankings[rankings.length - 1];

    let tiers: Awaited<ReturnType<typeof bootstrap>> | undefined;
    if (options.bootstrap) {
      const plan = { ...tournament.plan, elimination: tournament.plan.elimination.map(() => sweepValues[sweepValues.length - 1]) };
      tiers = await bootstrap(data, { ...tournament, plan }, harshest.scores as number[], {
        ...run,
        replicates: options.bootstrap,
        scoreStdErrors: options.scoreStdErrors,
        pool,
      });
    }
    const robustness = options.zeroRandom
      ? await zeroRandomBenchmarks({ data, tournament, sweep: sweepValues, run, pool }, options.zeroRandom, options.zeroTo ?? 'zero')
      : undefined;

    const order = bestFirst((m) => (harshest.scores[m] as number), data.models.length);
    const kendall: { a: string; b: string; tau: number }[] = [];
    for (let i = 0; i < rankings.length; i++) {
      for (let j = i + 1; j < rankings.length; j++) {
        // Over the models every ranking scores.
        const both = data.models.flatMap((_, m) =>
          rankings[i].scores[m] === null || rankings[j].scores[m] === null ? [] : [m],
        );
        const tau = kendallTau(both.map((m) => rankings[i].scores[m] as number), both.map((m) => rankings[j].scores[m] as number));
        kendall.push({ a: rankings[i].method, b: rankings[j].method, tau });
      }
    }
    return {
      ...runHeader(tournament, run),
      methods,
      models: order.map((m) => ({
        name: data.models[m],
        scores: Object.fromEntries(rankings.map((r) => [r.method, r.scores[m]])),
        ranks: Object.fromEntries(rankings.map((r) => [r.method, r.ranks[m]])),
        ...(tiers ? { bootstrap: tiers.models[m] } : {}),
      })),
      kendallTau: kendall,
      ...(tiers ? { bootstrap: { replicates: tiers.replicates, method: tiers.method, csdMethod: harshest.method } } : {}),
      ...(robustness
        ? { robustness: { zeroedPerModel: options.zeroRandom as number, zeroTo: options.zeroTo ?? 'zero', ...robustness } }
        : {}),
    };
  } finally {
    if (!options.pool) await pool?.close();
  }
}
