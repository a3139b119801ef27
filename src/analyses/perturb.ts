/**
 * Robustness to a broken benchmark (the paper's test: zero some of one model's scores and see how
 * far it falls under each ranking). `zeroScores` makes the perturbed table; `perturbModel` reports
 * one model's rank under every method before and after; `zeroRandomBenchmarks` repeats it for every
 * model with K random benchmarks of the plan zeroed and summarises the rank shifts per method.
 * CSD reruns use the same seed as the original run, so shifts are not pairing noise; a zeroing that
 * changes no match reuses the unperturbed CSD (the same tournaments). Cost: one methodRankings per
 * perturbed model (models x sweep values x iterations tournaments; stated once the first is timed).
 */
import { SwissRankError } from '../errors.js';
import type { ScoreTable } from '../input/types.js';
import { namedSeed } from '../rng/blockSeed.js';
import { Xoshiro128 } from '../rng/xoshiro128.js';
import { median } from '../stats/median.js';
import { planBenchmarks } from '../stats/planBenchmarks.js';
import type { Engine, Progress } from '../engine/engine.js';
import { scoreTableOf, withData, type Tournament } from '../tournament/tournament.js';
import { baselineRankings, methodRankings, type MethodRanking } from './methodRankings.js';
import { sameMatchOutcomes } from './sameMatchOutcomes.js';
import type { RunHeader } from './runHeader.js';
import type { SweepSettings } from './sweep.js';

/** What a zeroed score becomes: 0, or the lowest score anyone has on that benchmark. */
export type ZeroTo = 'zero' | 'min';

export interface RankShift {
  readonly method: string;
  readonly before: number | null;
  readonly after: number | null;
  /** after - before: positive when the model fell. */
  readonly shift: number | null;
}

export interface PerturbedModel {
  readonly model: string;
  readonly benchmarks: readonly string[];
  readonly shifts: readonly RankShift[];
}

export interface ShiftSummary {
  readonly method: string;
  readonly meanAbsShift: number;
  readonly medianAbsShift: number;
  readonly maxAbsShift: number;
  /** Share of models whose rank changed at all. */
  readonly shareMoved: number;
}

export interface PerturbContext {
  readonly tournament: Tournament;
  /** CSD is ranked at every T of the sweep, with the run's seed before and after. */
  readonly settings: SweepSettings;
  readonly engine: Engine;
  /** Where a note for people goes (the CLI's stderr unless --quiet): zero-random states its cost. */
  readonly note?: (text: string) => void;
}

/** A copy of `data` with model m's scores on `benchmarks` (indices) set to 0 or the benchmark's minimum. */
export function zeroScores(data: ScoreTable, m: number, benchmarks: readonly number[], to: ZeroTo): ScoreTable {
  const M = data.models.length;
  const scores = Float64Array.from(data.scores);
  for (const b of benchmarks) {
    let value = 0;
    if (to === 'min') {
      value = Number.POSITIVE_INFINITY;
      for (let i = 0; i < M; i++) if (!Number.isNaN(data.scores[b * M + i])) value = Math.min(value, data.scores[b * M + i]);
    }
    scores[b * M + m] = value;
  }
  return { ...data, scores };
}

export async function perturbModel(
  context: PerturbContext,
  model: string,
  benchmarkNames: readonly string[],
  to: ZeroTo,
  before?: MethodRanking[],
  progress?: Progress,
): Promise<PerturbedModel> {
  const data = scoreTableOf(context.tournament, 'zeroing scores');
  const m = data.models.indexOf(model);
  if (m < 0) {
    throw new SwissRankError('BAD_OPTION', `unknown model ${JSON.stringify(model)}`, { option: 'zero' });
  }
  const inPlan = new Set(planBenchmarks(data, context.tournament.rounds));
  const benchmarks = benchmarkNames.map((name) => {
    const b = data.benchmarks.indexOf(name);
    if (b < 0 || !inPlan.has(b)) {
      throw new SwissRankError('UNKNOWN_BENCHMARK', `${JSON.stringify(name)} is not a benchmark of the round plan`, {
        option: 'zero',
      });
    }
    return b;
  });
  const original = before ?? (await rankings(context, data));
  const after = await rankings(context, zeroScores(data, m, benchmarks, to), progress, original);
  return {
    model,
    benchmarks: benchmarkNames,
    shifts: original.map((method, i) => {
      const a = method.ranks[m];
      const b = after[i].ranks[m];
      return { method: method.method, before: a, after: b, shift: a === null || b === null ? null : b - a };
    }),
  };
}

/** Every model in turn with `count` random benchmarks of the plan zeroed. */
export async function zeroRandomBenchmarks(
  context: PerturbContext,
  count: number,
  to: ZeroTo,
  progress: (model: number) => Progress = () => () => undefined,
): Promise<{ perModel: PerturbedModel[]; summary: ShiftSummary[] }> {
  const data = scoreTableOf(context.tournament, 'zeroing scores');
  const plan = planBenchmarks(data, context.tournament.rounds);
  if (!Number.isInteger(count) || count < 1 || count > plan.length) {
    throw new SwissRankError('BAD_OPTION', `expected a whole number from 1 to ${plan.length} (the plan's benchmarks)`, {
      option: 'zeroRandom',
    });
  }
  const rng = new Xoshiro128(namedSeed(context.settings.seed, 'perturb'));
  const beforeStarted = performance.now();
  const before = await rankings(context, data);
  const beforeSeconds = (performance.now() - beforeStarted) / 1000;
  let costNoted = false;
  const perModel: PerturbedModel[] = [];
  for (let m = 0; m < data.models.length; m++) {
    const chosen = [...plan];
    for (let i = 0; i < count; i++) {
      const j = i + rng.below(chosen.length - i); // a partial shuffle: `count` distinct benchmarks
      [chosen[i], chosen[j]] = [chosen[j], chosen[i]];
    }
    const names = chosen.slice(0, count).map((b) => data.benchmarks[b]);
    const started = performance.now();
    perModel.push(await perturbModel(context, data.models[m], names, to, before, progress(m)));
    // Timed on the first model that ran its sweep (warm, as the rest will be; the unperturbed sweep
    // paid for start-up): a model whose zeroing changes no match reuses it and takes a fraction.
    const seconds = (performance.now() - started) / 1000;
    if (!costNoted && (seconds >= 0.2 * beforeSeconds || m === data.models.length - 1)) {
      costNoted = true;
      context.note?.(zeroRandomCost(data.models.length, context.settings, seconds));
    }
  }
  const summary = before.map((method, i): ShiftSummary => {
    const shifts = perModel.flatMap((p) => (p.shifts[i].shift === null ? [] : [Math.abs(p.shifts[i].shift as number)]));
    return {
      method: method.method,
      meanAbsShift: shifts.reduce((a, b) => a + b, 0) / Math.max(1, shifts.length),
      medianAbsShift: shifts.length ? median(shifts) : 0,
      maxAbsShift: Math.max(0, ...shifts),
      shareMoved: shifts.filter((s) => s > 0).length / Math.max(1, shifts.length),
    };
  });
  return { perModel, summary };
}

/** The cost, stated once the first of the models' sweeps is timed: each costs about as much. */
export function zeroRandomCost(models: number, settings: SweepSettings, firstSweepSeconds: number): string {
  const count = (n: number) => n.toLocaleString('en-US');
  const T = settings.sweep.length;
  return (
    `zero-random: ${count(models)} models x ${T} value${T === 1 ? '' : 's'} of T x ${count(settings.iterations)} tournaments = ` +
    `${count(models * T * settings.iterations)} tournaments, one sweep per model (none where the zeroing changes no match); ` +
    `the first took ${firstSweepSeconds.toFixed(2)} s, ` +
    `so about ${count(Math.ceil(models * firstSweepSeconds))} s in all (fewer --iterations or a shorter --sweep cost less)`
  );
}

/** `unperturbed`: the rankings of the unperturbed table, whose CSD is reused when no match can end
 *  differently (a score already 0, or one that passes no other model's): the same tournaments. */
async function rankings(
  context: PerturbContext,
  data: ScoreTable,
  progress?: Progress,
  unperturbed?: MethodRanking[],
): Promise<MethodRanking[]> {
  const tournament = withData(context.tournament, data);
  const M = data.models.length;
  if (unperturbed && sameMatchOutcomes(context.tournament.plan.outcomes, tournament.plan.outcomes, M)) {
    const baselines = baselineRankings(tournament, 'comparing with score averages');
    progress?.(1, 1);
    return [...baselines, ...unperturbed.slice(baselines.length)];
  }
  return methodRankings(tournament, context.engine, context.settings, progress);
}

/** What `swiss-rank perturb` prints as JSON. */
export interface PerturbResult extends RunHeader {
  readonly zeroTo: ZeroTo;
  readonly sweep: readonly number[];
  /** With --zero: the one model. */
  readonly zeroed?: PerturbedModel;
  /** With --zero-random: every model, and the shifts summarised per method. */
  readonly perModel?: readonly PerturbedModel[];
  readonly summary?: readonly ShiftSummary[];
}
