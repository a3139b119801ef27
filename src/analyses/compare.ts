/**
 * `compare`: CSD beside the rankings people already use, on the same table and round plan: every
 * model's score and rank under each method, Kendall's tau-b between every pair of rankings, and
 * optionally how sure CSD at the harshest T is (bootstrap intervals, Rank (UB), tiers) and how far
 * one broken benchmark moves each ranking (zero-random robustness). Bootstrap settings are checked
 * before anything is simulated. Cost: a sweep, plus distinct replicates x a simulate, plus at most
 * models x a sweep.
 */
import type { Engine } from '../engine/engine.js';
import { SwissRankError } from '../errors.js';
import type { ScoreTable } from '../input/types.js';
import { kendallTau } from '../stats/kendallTau.js';
import { scoreTableOf, withElimination, type Tournament } from '../tournament/tournament.js';
import type { ResampleUnit } from '../options/resampleUnit.js';
import { bootstrap, planBootstrap, type BootstrapModel, type BootstrapSummary } from './bootstrap.js';
import { methodRankings } from './methodRankings.js';
import { zeroRandomBenchmarks, type PerturbedModel, type ShiftSummary, type ZeroTo } from './perturb.js';
import { bestFirst } from './planSummary.js';
import { runHeader, type RunHeader } from './runHeader.js';
import type { SweepSettings } from './sweep.js';

export interface CompareSettings extends SweepSettings {
  /** Bootstrap replicates (0: none). */
  readonly bootstrap: number;
  /** Tournaments per replicate (default: 10,000, or the run's iterations if fewer). */
  readonly bootstrapIterations?: number;
  /** What the bootstrap resamples (default benchmarks); not with scoreStdErrors. */
  readonly resample?: ResampleUnit;
  readonly scoreStdErrors?: ScoreTable;
  /** Benchmarks zeroed per model in the robustness experiment (0: none). */
  readonly zeroRandom: number;
  readonly zeroTo: ZeroTo;
  /** Where a note for people goes: the zero-random experiment states its cost before it starts. */
  readonly note?: (text: string) => void;
}

export interface CompareModel {
  readonly name: string;
  readonly scores: Readonly<Record<string, number | null>>;
  readonly ranks: Readonly<Record<string, number | null>>;
  /** With bootstrap: intervals, Rank (UB) and tier for CSD at the harshest T. */
  readonly bootstrap?: BootstrapModel;
}

export interface CompareResult extends RunHeader {
  readonly methods: readonly string[];
  /** Ordered by CSD at the harshest T. */
  readonly models: readonly CompareModel[];
  readonly kendallTau: readonly { a: string; b: string; tau: number }[];
  /** With bootstrap: how it was made (the models carry their intervals). */
  readonly bootstrap?: BootstrapSummary & { readonly csdMethod: string };
  readonly robustness?: {
    readonly zeroedPerModel: number;
    readonly zeroTo: ZeroTo;
    readonly summary: readonly ShiftSummary[];
    readonly perModel: readonly PerturbedModel[];
  };
}

/**
 * Ranks a score table by the plain mean, the normalised mean, mean win rate and CSD at each T,
 * with Kendall's tau-b between every pair; `bootstrap` adds intervals and tiers, `zeroRandom`
 * robustness. Progress covers every step: the rankings, the bootstrap, each perturbed model.
 */
export async function compare(tournament: Tournament, engine: Engine, settings: CompareSettings): Promise<CompareResult> {
  const data = scoreTableOf(tournament, 'comparing with score averages');
  const harshestT = settings.sweep[settings.sweep.length - 1];
  const plan = settings.bootstrap
    ? planBootstrap(withElimination(tournament, harshestT), engine, { ...settings, replicates: settings.bootstrap })
    : refuseBootstrapOptions(settings);
  // Progress steps, each about one sweep's work: the rankings, the bootstrap, each perturbed model.
  const bootstrapSteps = plan
    ? Math.max(1, Math.round((plan.replicates * plan.iterationsPerReplicate) / (settings.sweep.length * settings.iterations)))
    : 0;
  const steps = 1 + bootstrapSteps + (settings.zeroRandom > 0 ? data.models.length : 0);
  const rankings = await methodRankings(tournament, engine, settings, engine.step(0, steps));
  const methods = rankings.map((r) => r.method);
  const harshest = rankings[rankings.length - 1];

  const uncertainty = plan ? await bootstrap(plan, engine, harshest.scores as number[], engine.step(1, steps, bootstrapSteps)) : undefined;
  const robustness = settings.zeroRandom
    ? await zeroRandomBenchmarks({ tournament, settings, engine, note: settings.note }, settings.zeroRandom, settings.zeroTo, (m, width) =>
        engine.step(1 + bootstrapSteps + m, steps, width),
      )
    : undefined;

  const order = bestFirst((m) => harshest.scores[m] as number, data.models.length);
  const kendall: { a: string; b: string; tau: number }[] = [];
  for (let i = 0; i < rankings.length; i++) {
    for (let j = i + 1; j < rankings.length; j++) {
      // Over the models every ranking scores.
      const both = data.models.flatMap((_, m) => (rankings[i].scores[m] === null || rankings[j].scores[m] === null ? [] : [m]));
      const tau = kendallTau(both.map((m) => rankings[i].scores[m] as number), both.map((m) => rankings[j].scores[m] as number));
      kendall.push({ a: rankings[i].method, b: rankings[j].method, tau });
    }
  }
  return {
    ...runHeader(tournament, { ...settings, kernel: engine.kernel }),
    methods,
    models: order.map((m) => ({
      name: data.models[m],
      scores: Object.fromEntries(rankings.map((r) => [r.method, r.scores[m]])),
      ranks: Object.fromEntries(rankings.map((r) => [r.method, r.ranks[m]])),
      ...(uncertainty ? { bootstrap: uncertainty.models[m] } : {}),
    })),
    kendallTau: kendall,
    ...(uncertainty ? { bootstrap: { ...uncertainty.summary, csdMethod: harshest.method } } : {}),
    ...(robustness ? { robustness: { zeroedPerModel: settings.zeroRandom, zeroTo: settings.zeroTo, ...robustness } } : {}),
  };
}

/** Bootstrap settings without --bootstrap would silently do nothing. */
function refuseBootstrapOptions(settings: CompareSettings): undefined {
  const given = (['resample', 'bootstrapIterations', 'scoreStdErrors'] as const).find((name) => settings[name] !== undefined);
  if (given !== undefined) {
    throw new SwissRankError('CONFLICTING_OPTIONS', 'applies to the bootstrap only; add --bootstrap', {
      option: given === 'scoreStdErrors' ? 'scoreStderr' : given,
    });
  }
  return undefined;
}
