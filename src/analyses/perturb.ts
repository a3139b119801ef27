/**
 * Robustness to a broken benchmark (the paper's test: zero some of one model's scores and see how
 * far it falls under each ranking). `zeroScores` makes the perturbed table; `perturbModel` reports
 * one model's rank under every method before and after; `zeroRandomBenchmarks` repeats it for every
 * model with K random benchmarks of the plan zeroed and summarises the rank shifts per method.
 * CSD reruns use the same seed as the original run, so shifts are not pairing noise; a zeroing that
 * changes no match reuses the unperturbed CSD (the same tournaments). Cost: at most a sweep per
 * model that reruns and per batch of them (less where they share rounds; stated before they run).
 */
import { SwissRankError } from '../errors.js';
import { pauseForAbort } from '../input/abortCheck.js';
import type { ScoreTable } from '../input/types.js';
import { namedSeed } from '../rng/blockSeed.js';
import { Xoshiro128 } from '../rng/xoshiro128.js';
import { median } from '../stats/median.js';
import { planBenchmarks } from '../stats/planBenchmarks.js';
import type { TournamentPlan } from '../core/plan.js';
import type { Engine, Progress } from '../engine/engine.js';
import { scoreTableOf, withData, type Tournament } from '../tournament/tournament.js';
import { baselineRankings, csdRankings, methodRankings, type MethodRanking } from './methodRankings.js';
import { plansPerBatch } from './planBatch.js';
import { sameMatchOutcomes } from './sameMatchOutcomes.js';
import type { RunHeader } from './runHeader.js';
import { sweepTournaments, type SweepSettings } from './sweep.js';

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
  /** Memory budget of one zero-random run of sweeps (default planBatch.ts's). */
  readonly batchBytes?: number;
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
  const original = before ?? (await unperturbedRankings(context, data));
  const zeroed = withData(context.tournament, zeroScores(data, m, benchmarks, to));
  let after = reusedRankings(context, zeroed, original);
  if (after) progress?.(1, 1);
  else after = await methodRankings(zeroed, context.engine, context.settings, progress);
  return { model, benchmarks: benchmarkNames, shifts: rankShifts(m, original, after) };
}

/**
 * Every model in turn with `count` random benchmarks of the plan zeroed. The CSD reruns go to the
 * engine many models at a time (as many sweeps as planBatch.ts's budget holds), each run led by the
 * unperturbed sweep: a zeroed sweep plays the same rounds as it up to its zeroed benchmark, so the
 * kernel can play those once. `progress(m, width)` follows models m to m + width - 1 together.
 */
export async function zeroRandomBenchmarks(
  context: PerturbContext,
  count: number,
  to: ZeroTo,
  progress: (model: number, width: number) => Progress = () => () => undefined,
): Promise<{ perModel: PerturbedModel[]; summary: ShiftSummary[] }> {
  const data = scoreTableOf(context.tournament, 'zeroing scores');
  const plan = planBenchmarks(data, context.tournament.rounds);
  if (!Number.isInteger(count) || count < 1 || count > plan.length) {
    throw new SwissRankError('BAD_OPTION', `expected a whole number from 1 to ${plan.length} (the plan's benchmarks)`, {
      option: 'zeroRandom',
    });
  }
  const { settings } = context;
  const rng = new Xoshiro128(namedSeed(settings.seed, 'perturb'));
  const beforeStarted = performance.now();
  const before = await unperturbedRankings(context, data);
  const beforeSeconds = (performance.now() - beforeStarted) / 1000;
  const M = data.models.length;
  const zeroedBenchmarks = data.models.map(() => {
    const chosen = [...plan];
    for (let i = 0; i < count; i++) {
      const j = i + rng.below(chosen.length - i); // a partial shuffle: `count` distinct benchmarks
      [chosen[i], chosen[j]] = [chosen[j], chosen[i]];
    }
    return chosen.slice(0, count);
  });
  const zeroed = (m: number) => withData(context.tournament, zeroScores(data, m, zeroedBenchmarks[m], to));
  // Known before anything more is simulated, so the cost can be stated first: the tables are
  // rebuilt below, a batch at a time, rather than all held at once. A table takes milliseconds
  // to build at thousands of models, so an abort is let through every few.
  const reruns: number[] = [];
  for (let m = 0; m < M; m++) {
    if (m % 16 === 15) await pauseForAbort(context.engine.signal);
    if (!sameMatchOutcomes(context.tournament.plan.outcomes, zeroed(m).plan.outcomes, M)) reruns.push(m);
  }
  const T = settings.sweep.length;
  const perBatch = Math.max(1, Math.floor(plansPerBatch(context.tournament.plan, context.batchBytes) / T) - 1);
  const batches = Math.ceil(reruns.length / perBatch);
  context.note?.(zeroRandomCost({ models: M, reruns: reruns.length, batches }, settings, beforeSeconds));

  const roots = sweepTournaments(context.tournament, settings.sweep).map((t) => t.plan);
  const perModel: PerturbedModel[] = [];
  let first = 0; // a batch covers models first to end - 1: its reruns and the reused models between
  for (let i = 0; first < M; i += perBatch) {
    const end = i + perBatch < reruns.length ? reruns[i + perBatch] : M;
    const models = Array.from({ length: end - first }, (_, j) => first + j);
    const after = await batchRankings(context, models, zeroed, before, roots, progress(first, models.length));
    for (const [j, m] of models.entries()) {
      const benchmarks = zeroedBenchmarks[m].map((b) => data.benchmarks[b]);
      perModel.push({ model: data.models[m], benchmarks, shifts: rankShifts(m, before, after[j]) });
    }
    first = end;
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

/** The rankings of `models` zeroed (each tournament built in turn, only its plans kept): reused
 *  where the zeroing changes no match, else their CSD from one run led by the unperturbed sweep
 *  (`roots`, whose counts are the unperturbed CSD's again). */
async function batchRankings(
  context: PerturbContext,
  models: readonly number[],
  zeroed: (model: number) => Tournament,
  unperturbed: MethodRanking[],
  roots: readonly TournamentPlan[],
  progress: Progress,
): Promise<MethodRanking[][]> {
  const { sweep } = context.settings;
  const after: (MethodRanking[] | undefined)[] = [];
  const runs: { i: number; baselines: MethodRanking[]; plans: TournamentPlan[] }[] = [];
  for (const [i, m] of models.entries()) {
    await pauseForAbort(context.engine.signal); // the baselines take 0.1 s a model at 4,496 models
    const tournament = zeroed(m);
    after[i] = reusedRankings(context, tournament, unperturbed);
    if (after[i]) continue;
    const plans = sweepTournaments(tournament, sweep).map((t) => t.plan);
    runs.push({ i, baselines: baselineRankings(tournament, 'comparing with score averages'), plans });
  }
  if (runs.length === 0) progress(1, 1);
  else {
    const counts = await context.engine.runBlocks([...roots, ...runs.flatMap((r) => r.plans)], context.settings, progress);
    runs.forEach(({ i, baselines, plans }, r) => {
      const at = sweep.length * (r + 1);
      after[i] = [...baselines, ...csdRankings(plans, counts.perPlan.slice(at, at + sweep.length), sweep)];
    });
  }
  return after as MethodRanking[][];
}

/** What zero-random will cost, stated before its batches run: at most one unperturbed sweep's time
 *  for each model that reruns its sweep and for each batch (which replays the unperturbed sweep). */
export function zeroRandomCost(
  work: { readonly models: number; readonly reruns: number; readonly batches: number },
  settings: SweepSettings,
  sweepSeconds: number,
): string {
  const count = (n: number) => n.toLocaleString('en-US');
  const { models, reruns, batches } = work;
  const T = settings.sweep.length;
  return (
    `zero-random: ${count(reruns)} models x ${T} value${T === 1 ? '' : 's'} of T x ${count(settings.iterations)} tournaments = ` +
    `${count(reruns * T * settings.iterations)} tournaments, one sweep per model, in ${count(batches)} ` +
    `batch${batches === 1 ? '' : 'es'} with the unperturbed sweep (${count(models - reruns)} of ${count(models)} models reuse ` +
    `the unperturbed CSD: their zeroing changes no match); the unperturbed sweep took ${sweepSeconds.toFixed(2)} s, ` +
    `so at most about ${count(Math.ceil((reruns + batches) * sweepSeconds))} s in all (less as a batch's sweeps share ` +
    `their rounds before the zeroed benchmark; fewer --iterations or a shorter --sweep cost less)`
  );
}

/** The rankings of the table as given (the tournament rebuilt on it, as every zeroing is). */
function unperturbedRankings(context: PerturbContext, data: ScoreTable): Promise<MethodRanking[]> {
  return methodRankings(withData(context.tournament, data), context.engine, context.settings);
}

/** `zeroed`'s rankings when its CSD is the `unperturbed` one, reused because no match can end
 *  differently (a score already 0, or one that passes no other model's: the same tournaments);
 *  undefined when it must be simulated. */
function reusedRankings(context: PerturbContext, zeroed: Tournament, unperturbed: MethodRanking[]): MethodRanking[] | undefined {
  if (!sameMatchOutcomes(context.tournament.plan.outcomes, zeroed.plan.outcomes, zeroed.plan.modelCount)) return undefined;
  const baselines = baselineRankings(zeroed, 'comparing with score averages');
  return [...baselines, ...unperturbed.slice(baselines.length)];
}

/** Model m's rank under every method before and after. */
function rankShifts(m: number, before: readonly MethodRanking[], after: readonly MethodRanking[]): RankShift[] {
  return before.map((method, i) => {
    const a = method.ranks[m];
    const b = after[i].ranks[m];
    return { method: method.method, before: a, after: b, shift: a === null || b === null ? null : b - a };
  });
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
