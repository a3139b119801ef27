/**
 * The provenance every result opens with: which tool and version, which seed, how many
 * tournaments in blocks of what size, the rules, the data and the round plan. With these any
 * number in the result can be reproduced exactly. simulate, sweep, compare and perturb all
 * build it here.
 */
import type { RoundOrder, TieBreak } from '../core/plan.js';
import type { MissingPolicy } from '../input/roundOutcomes.js';
import { VERSION } from '../packageInfo.js';
import { BLOCK_SIZE } from '../engine/blocks.js';
import type { KernelName } from '../engine/kernelName.js';
import type { DataSource, Tournament } from '../tournament/tournament.js';

export interface RoundPlanEntry {
  readonly name: string;
  readonly benchmarks: readonly string[];
}

export interface RunHeader {
  readonly tool: 'swiss-rank';
  readonly version: string;
  readonly seed: number;
  readonly iterations: number;
  /** Iterations per random stream; with the seed and version it fixes every number. */
  readonly blockSize: number;
  /** The kernel that played the tournaments (Monte Carlo runs): provenance only, since both
   *  kernels give identical results. */
  readonly kernel?: KernelName;
  readonly tieBreak: TieBreak;
  /** `random`: every tournament played the rounds in a fresh random order (elimination per position). */
  readonly roundOrder: RoundOrder;
  readonly missing: MissingPolicy;
  readonly source: DataSource;
  readonly rounds: readonly RoundPlanEntry[];
}

export function runHeader(tournament: Tournament, run: { seed: number; iterations: number; kernel?: KernelName }): RunHeader {
  return {
    tool: 'swiss-rank',
    version: VERSION,
    seed: run.seed,
    iterations: run.iterations,
    blockSize: BLOCK_SIZE,
    ...(run.kernel === undefined ? {} : { kernel: run.kernel }),
    tieBreak: tournament.tieBreak,
    roundOrder: tournament.roundOrder,
    missing: tournament.missing,
    source: tournament.source,
    rounds: tournament.rounds.map((r) => ({ name: r.name, benchmarks: [...r.benchmarks] })),
  };
}
