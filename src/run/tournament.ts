/**
 * A tournament ready to simulate: the models, the round plan with its elimination per round,
 * the tie-break, and the kernel's typed-array plan. Built from loaded data once; everything the
 * kernel trusts is checked here.
 */
import type { TieBreak, TournamentPlan } from '../core/plan.js';
import { SwissRankError } from '../errors.js';
import { buildRoundOutcomes, type MissingPolicy } from '../input/roundOutcomes.js';
import { parseRounds, roundsFromGroups, type Round, type RoundGroup } from '../input/roundPlan.js';
import type { SkippedRow } from '../input/csvRows.js';
import type { ScoreTable, WinMatrices } from '../input/types.js';
import { planWarnings } from './planWarnings.js';

/** The kernel draws positions below 2^21 exactly (rng/xoshiro128.ts); far beyond any leaderboard. */
export const MAX_MODELS = 2 ** 20;

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
}

export interface Tournament {
  readonly models: readonly string[];
  readonly rounds: readonly TournamentRound[];
  readonly tieBreak: TieBreak;
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
  /** Empty score cells: `error` (default), `loss` or `coin`. */
  missing?: MissingPolicy;
}

export function buildTournament(data: ScoreTable | WinMatrices, options: TournamentOptions = {}): Tournament {
  const tieBreak = options.tieBreak ?? 'random';
  if (tieBreak !== 'random' && tieBreak !== 'index') {
    throw new SwissRankError('BAD_OPTION', `expected random or index, found ${String(tieBreak)}`, {
      option: '--tie-break',
    });
  }
  const missing = options.missing ?? 'error';
  if (missing !== 'error' && missing !== 'loss' && missing !== 'coin') {
    throw new SwissRankError('BAD_OPTION', `expected error, loss or coin, found ${String(missing)}`, {
      option: '--missing',
    });
  }
  const rounds: Round[] =
    typeof options.rounds === 'string' || options.rounds === undefined
      ? parseRounds(options.rounds, data.benchmarks)
      : roundsFromGroups(options.rounds, data.benchmarks, 'rounds');
  const elimination = eliminationPlan(options.elimination ?? 0, rounds.length);
  if (data.models.length > MAX_MODELS) {
    throw new SwissRankError('TOO_LARGE', `${data.models.length} models; the limit is ${MAX_MODELS}`, {
      file: data.kind === 'scores' ? data.source : data.sources[0],
    });
  }
  const outcomes = buildRoundOutcomes(data, rounds, missing);
  const plan: TournamentPlan = {
    modelCount: data.models.length,
    roundCount: rounds.length,
    outcomes,
    elimination,
    tieBreak,
  };
  return {
    models: data.models,
    rounds: rounds.map((r, k) => ({ name: r.name, benchmarks: r.benchmarks, elimination: elimination[k] })),
    tieBreak,
    missing,
    source:
      data.kind === 'scores'
        ? { kind: data.kind, files: [data.source], skippedRows: data.skipped }
        : { kind: data.kind, files: data.sources, skippedRows: [] },
    plan,
    warnings: planWarnings(plan, rounds, data.benchmarks),
  };
}

/** One non-negative integer for every round, or exactly one per round. */
export function eliminationPlan(spec: number | readonly number[], roundCount: number): Int32Array {
  const values = typeof spec === 'number' ? new Array<number>(roundCount).fill(spec) : [...spec];
  if (values.length !== roundCount) {
    throw new SwissRankError(
      'BAD_ELIMINATION',
      `expected one value for every round or exactly ${roundCount} values (one per round), found ${values.length}`,
      { option: '--elimination' },
    );
  }
  for (const v of values) {
    if (!Number.isInteger(v) || v < 0 || v > 2 ** 30) {
      throw new SwissRankError(
        'BAD_ELIMINATION',
        `expected non-negative whole numbers, found ${String(v)}`,
        { option: '--elimination' },
      );
    }
  }
  return Int32Array.from(values);
}
