/**
 * A reusable ranker for pipelines that run many simulations: one engine (threads checked when the
 * ranker is made, workers started on first use and kept for every run) until `close()`. One-off
 * calls of `simulate` / `sweep` / `compare` need none of this: they start and stop their own.
 * Closing while a run is going on rejects that run with CLOSED.
 */
import type { CompareResult } from '../analyses/compare.js';
import type { SimulationResult } from '../analyses/simulate.js';
import type { SweepResult } from '../analyses/sweepResult.js';
import { Engine } from '../engine/engine.js';
import { SwissRankError } from '../errors.js';
import { readApiOptions, warn, type RunOptions } from './apiOptions.js';
import { compareOn, simulateOn, sweepOn, type CompareOptions, type SweepOptions } from './runs.js';

export interface RankerOptions {
  /** Threads every run may use, the calling one included (default: the machine's cores). */
  threads?: number;
}

type PerRun<T> = Omit<T, 'threads'>;

export interface Ranker {
  simulate(tournament: unknown, options?: PerRun<RunOptions>): Promise<SimulationResult>;
  sweep(tournament: unknown, options?: PerRun<SweepOptions>): Promise<SweepResult>;
  compare(tournament: unknown, options?: PerRun<CompareOptions>): Promise<CompareResult>;
  /** Stops the workers; the ranker cannot be used afterwards. Also `await using ranker = ...`. */
  close(): Promise<void>;
}

/**
 * @example
 * const ranker = createRanker();
 * try { const a = await ranker.simulate(tournamentA); const b = await ranker.sweep(tournamentB); }
 * finally { await ranker.close(); }
 */
export function createRanker(options: RankerOptions = {}): Ranker & AsyncDisposableIfAvailable {
  const { threads } = readApiOptions(options, ['threads']);
  const engine = new Engine({ threads, onWarning: warn });
  const close = () => engine.close();
  const ranker: Ranker = {
    simulate: async (tournament, runOptions = {}) => simulateOn(engine, tournament, noThreads(runOptions)),
    sweep: async (tournament, runOptions = {}) => sweepOn(engine, tournament, noThreads(runOptions)),
    compare: async (tournament, runOptions = {}) => compareOn(engine, tournament, noThreads(runOptions)),
    close,
  };
  // `await using` where the runtime has Symbol.asyncDispose (Node 20 has it).
  const dispose = (Symbol as { asyncDispose?: symbol }).asyncDispose;
  if (dispose) Object.defineProperty(ranker, dispose, { value: close });
  return ranker as Ranker & AsyncDisposableIfAvailable;
}

/** A ranker's runs share its threads; a per-run `threads` would be silently ignored, so it is refused. */
function noThreads<T extends object>(options: T): T {
  if (typeof options === 'object' && options !== null && 'threads' in options) {
    throw new SwissRankError('BAD_OPTION', "a ranker's runs use the threads it was made with: give them to createRanker", {
      option: 'threads',
    });
  }
  return options;
}

/**
 * `[Symbol.asyncDispose]` in the types only where the consumer's TypeScript lib declares it
 * (`esnext.disposable`), so the published types also check under `lib: ["es2022"]`.
 */
export type AsyncDisposableIfAvailable = SymbolConstructor extends { readonly asyncDispose: infer K extends symbol }
  ? { [P in K]: () => Promise<void> }
  : unknown;
