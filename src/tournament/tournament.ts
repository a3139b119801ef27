/**
 * A tournament ready to simulate: the data, the models, the round plan with its elimination per
 * round, the rules (tie-break, missing scores) and the kernel's typed-array plan. Built once from
 * loaded data; everything the kernel trusts is checked here. The rules are read through the option
 * table, so the library, configs and the command line accept and refuse the same values.
 * `withData`, `withElimination` and `withRoundsInOrder` derive tournaments that keep every other
 * rule, so an analysis never rebuilds one by hand (and a new rule cannot be silently dropped).
 */
import { permuteRounds } from '../core/permuteRounds.js';
import type { RoundOrder, TieBreak, TournamentPlan } from '../core/plan.js';
import { SwissRankError } from '../errors.js';
import type { SkippedRow } from '../input/csvTable.js';
import { buildRoundOutcomes, type MissingPolicy } from '../input/roundOutcomes.js';
import { parseRounds, roundsFromGroups, type Round, type RoundGroup } from '../input/roundPlan.js';
import type { DataProvenance, ScoreTable, WinMatrices } from '../input/types.js';
import { readOptions } from '../options/readOptions.js';
import { planWarnings } from './planWarnings.js';

/** The kernel draws positions below 2^21 exactly (rng/xoshiro128.ts); far beyond any leaderboard. */
export const MAX_MODELS = 2 ** 20;

/** The options a tournament is built from (see options/declarations.ts). */
export const TOURNAMENT_OPTIONS = ['rounds', 'elimination', 'tieBreak', 'roundOrder', 'missing'] as const;

export interface TournamentRound {
  readonly name: string;
  readonly benchmarks: readonly string[];
  /** Models leaving after this round. */
  readonly elimination: number;
}

/** Where the outcomes came from, for provenance in every output. */
export interface DataSource {
  readonly kind: 'scores' | 'probabilities';
  readonly files: readonly string[];
  /** Ragged rows left out on request (`--ragged skip`); empty otherwise. */
  readonly skippedRows: readonly SkippedRow[];
  /** An import's choices, benchmarks where lower is better, noisy outcomes; absent for plain data. */
  readonly provenance?: DataProvenance;
}

export interface Tournament {
  /** The data the outcomes were built from. */
  readonly data: ScoreTable | WinMatrices;
  readonly models: readonly string[];
  readonly rounds: readonly TournamentRound[];
  readonly tieBreak: TieBreak;
  /** `fixed`: rounds in the order given; `random`: a fresh random order in every tournament. */
  readonly roundOrder: RoundOrder;
  readonly missing: MissingPolicy;
  readonly source: DataSource;
  readonly plan: TournamentPlan;
  /** Valid but possibly unintended: rounds never played, benchmarks in no round (planWarnings). */
  readonly warnings: readonly string[];
}

export interface TournamentOptions {
  /** `"A,B;C"` (as `--rounds`) or a list of groups; default one round per benchmark in order. */
  rounds?: string | readonly RoundGroup[];
  /** Models leaving after each round: one number for every round, or one per round (default 0). */
  elimination?: number | readonly number[];
  /** Default `random` (the paper's text); `index` reproduces the authors' script. */
  tieBreak?: TieBreak;
  /** Default `fixed` (the paper); `random` plays every tournament's rounds in a fresh uniformly
   *  random order, so no round gains weight from its position. */
  roundOrder?: RoundOrder;
  /** Empty score cells: `error` (default), `loss` or `coin`. */
  missing?: MissingPolicy;
}

export function buildTournament(data: ScoreTable | WinMatrices, options: TournamentOptions = {}): Tournament {
  const { values } = readOptions(TOURNAMENT_OPTIONS, options, { source: 'api' });
  const missing = values.missing ?? 'error';
  const rounds: Round[] =
    typeof values.rounds === 'string' || values.rounds === undefined
      ? parseRounds(values.rounds, data.benchmarks, 'rounds')
      : roundsFromGroups(values.rounds, data.benchmarks, 'rounds');
  const elimination = eliminationPlan(values.elimination, rounds.length);
  if (data.models.length > MAX_MODELS) {
    throw new SwissRankError('TOO_LARGE', `${data.models.length} models; the limit is ${MAX_MODELS}`, {
      file: data.kind === 'scores' ? data.source : data.sources[0],
    });
  }
  const plan: TournamentPlan = {
    modelCount: data.models.length,
    roundCount: rounds.length,
    outcomes: buildRoundOutcomes(data, rounds, missing),
    elimination,
    tieBreak: values.tieBreak,
    roundOrder: values.roundOrder,
  };
  return {
    data,
    models: data.models,
    rounds: rounds.map((r, k) => ({ name: r.name, benchmarks: r.benchmarks, elimination: elimination[k] })),
    tieBreak: values.tieBreak,
    roundOrder: values.roundOrder,
    missing,
    source: dataSource(data),
    plan,
    warnings: planWarnings(plan, rounds, data.benchmarks),
  };
}

function dataSource(data: ScoreTable | WinMatrices): DataSource {
  const provenance = data.provenance === undefined ? {} : { provenance: data.provenance };
  return data.kind === 'scores'
    ? { kind: data.kind, files: data.provenance?.files ?? [data.source], skippedRows: data.skipped, ...provenance }
    : { kind: data.kind, files: data.provenance?.files ?? data.sources, skippedRows: [], ...provenance };
}

/** The same rules on other data with the same benchmarks (a perturbed or resampled table). */
export function withData(tournament: Tournament, data: ScoreTable | WinMatrices): Tournament {
  return buildTournament(data, {
    rounds: tournament.rounds.map((r) => ({ name: r.name, benchmarks: r.benchmarks })),
    elimination: tournament.rounds.map((r) => r.elimination),
    tieBreak: tournament.tieBreak,
    roundOrder: tournament.roundOrder,
    missing: tournament.missing,
  });
}

/** The same tournament with `elimination` models leaving after every round (plan and rounds agree). */
export function withElimination(tournament: Tournament, elimination: number | readonly number[]): Tournament {
  const values = eliminationPlan(elimination, tournament.rounds.length);
  const plan = { ...tournament.plan, elimination: values };
  return {
    ...tournament,
    rounds: tournament.rounds.map((r, k) => ({ ...r, elimination: values[k] })),
    plan,
    warnings: planWarnings(plan, tournament.rounds, tournament.data.benchmarks),
  };
}

/**
 * The same tournament with its rounds played in another order: position k plays the round at
 * 0-based index order[k] of this one; the elimination stays by position (the order analysis).
 */
export function withRoundsInOrder(tournament: Tournament, order: readonly number[]): Tournament {
  const K = tournament.rounds.length;
  if (order.length !== K || new Set(order).size !== K || order.some((r) => !Number.isInteger(r) || r < 0 || r >= K)) {
    throw new SwissRankError('BAD_OPTION', `expected an order of the ${K} rounds (each index 0 to ${K - 1} once), found [${order.join(', ')}]`, {
      option: 'orders',
    });
  }
  const rounds = order.map((r, k) => ({ ...tournament.rounds[r], elimination: tournament.rounds[k].elimination }));
  const plan = permuteRounds(tournament.plan, order);
  return { ...tournament, rounds, plan, warnings: planWarnings(plan, rounds, tournament.data.benchmarks) };
}

/** One non-negative integer for every round, or exactly one per round. */
export function eliminationPlan(spec: number | readonly number[], roundCount: number): Int32Array {
  const { values } = readOptions(['elimination'], { elimination: spec }, { source: 'api' });
  const list = typeof values.elimination === 'number' ? new Array<number>(roundCount).fill(values.elimination) : values.elimination;
  if (list.length !== roundCount) {
    throw new SwissRankError(
      'BAD_ELIMINATION',
      `expected one value for every round or exactly ${roundCount} values (one per round), found ${list.length}`,
      { option: 'elimination' },
    );
  }
  return Int32Array.from(list);
}

/** The tournament's score table; analyses that average or zero scores cannot use win matrices. */
export function scoreTableOf(tournament: Tournament, purpose: string): ScoreTable {
  if (tournament.data.kind !== 'scores') {
    // --outcomes noisy turns a score table into matrices: blame that option, not --win-matrix.
    const noisy = tournament.data.provenance?.outcomes !== undefined;
    throw new SwissRankError('CONFLICTING_OPTIONS', `${purpose} needs a score table, not win matrices${noisy ? ' (--outcomes noisy makes matrices)' : ''}`, {
      option: noisy ? 'outcomes' : 'winMatrix',
    });
  }
  return tournament.data;
}
