/**
 * A reusable ranker for pipelines that run many simulations: it keeps one worker pool for all its
 * runs (started on first use) and must be closed, by `close()` or `await using`. One-off calls of
 * `simulate` / `sweep` need none of this: they start and stop their own workers.
 */
import { availableParallelism } from 'node:os';
import { SwissRankError } from '../errors.js';
import { simulate, type SimulateOptions, type SimulationResult } from '../run/simulate.js';
import { startPool } from '../run/startPool.js';
import { sweep, type SweepOptions } from '../run/sweep.js';
import type { SweepResult } from '../run/sweepResult.js';
import type { Tournament } from '../run/tournament.js';
import type { WorkerPool } from '../run/workerPool.js';

export interface RankerOptions {
  /** Threads every run may use, the calling one included (default: the machine's cores). */
  threads?: number;
}

export interface Ranker extends AsyncDisposable {
  simulate(tournament: Tournament, options?: Omit<SimulateOptions, 'pool' | 'threads'>): Promise<SimulationResult>;
  sweep(tournament: Tournament, options?: Omit<SweepOptions, 'pool' | 'threads'>): Promise<SweepResult>;
  /** Stops the workers; the ranker cannot be used afterwards. */
  close(): Promise<void>;
}

/**
 * @example
 * await using ranker = createRanker();
 * const a = await ranker.simulate(tournamentA);
 * const b = await ranker.sweep(tournamentB);
 */
export function createRanker(options: RankerOptions = {}): Ranker {
  const threads = options.threads ?? availableParallelism();
  let pool: Promise<WorkerPool | undefined> | undefined;
  let closed = false;

  const getPool = (): Promise<WorkerPool | undefined> => {
    if (closed) throw new SwissRankError('BAD_OPTION', 'this ranker is closed', { option: 'ranker' });
    pool ??= startPool(threads);
    return pool;
  };
  const close = async () => {
    closed = true;
    const started = await pool;
    pool = undefined;
    await started?.close();
  };
  return {
    async simulate(tournament, runOptions = {}) {
      return simulate(tournament, { ...runOptions, threads, pool: await getPool() });
    },
    async sweep(tournament, runOptions = {}) {
      return sweep(tournament, { ...runOptions, threads, pool: await getPool() });
    },
    close,
    [Symbol.asyncDispose]: close,
  };
}
