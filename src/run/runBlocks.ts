/**
 * Schedules a run's blocks: in-process when the job is too small to be worth starting workers
 * (or one thread is asked for), otherwise on the worker pool. Either way the same
 * simulateBlockRange runs each range, and the counts are merged in block order.
 */
import { setMaxListeners } from 'node:events';
import { addCounts, emptyCounts, type SimulationCounts } from '../core/simulationCounts.js';
import type { TournamentPlan } from '../core/plan.js';
import { SwissRankError } from '../errors.js';
import { blockCount, BLOCK_SIZE, splitBlocks, type BlockRange } from './blocks.js';
import type { ResolvedRunOptions } from './runOptions.js';
import { simulateBlockRange } from './simulateBlockRange.js';
import { WorkerPool } from './workerPool.js';

/** Below about this much work (model-rounds; roughly 0.1 s on one core) workers cost more than
 *  they save: starting them takes tens of milliseconds. */
const POOL_WORTH_IT = 15_000_000;
/** Ranges per thread: enough to balance the cores to the end and to report progress. */
const RANGES_PER_THREAD = 8;
/** In-process, progress and abort are checked between ranges of this many blocks. */
const IN_PROCESS_RANGE = 16;

export interface RunBlocksOptions extends ResolvedRunOptions {
  /** A pool to reuse; without one, a pool is started for this run and closed after it. */
  readonly pool?: WorkerPool;
}

export async function runBlocks(plan: TournamentPlan, options: RunBlocksOptions): Promise<SimulationCounts> {
  const { iterations, seed, signal } = options;
  const blocks = blockCount(iterations);
  const work = iterations * plan.modelCount * plan.roundCount;
  const threads = options.pool?.threads ?? options.threads;
  if (threads <= 1 || work < POOL_WORTH_IT || blocks === 1) {
    return runInProcess(plan, options, blocks);
  }
  throwIfAborted(signal);
  const pool = options.pool ?? new WorkerPool(threads);
  // One listener on the caller's signal, fanned out to every task of this run.
  const tasks = new AbortController();
  const forwardAbort = () => tasks.abort();
  signal?.addEventListener('abort', forwardAbort, { once: true });
  try {
    const ranges = splitBlocks(blocks, threads * RANGES_PER_THREAD);
    setMaxListeners(ranges.length + 1, tasks.signal);
    let done = 0;
    const parts = await Promise.all(
      ranges.map(async (range) => {
        const counts = await pool.run({ plan, seed, iterations, range }, tasks.signal);
        done += iterationsIn(range, iterations);
        options.onProgress?.(done, iterations);
        return counts;
      }),
    ).catch((error: unknown) => {
      if (signal?.aborted) throw abortError();
      if (error instanceof SwissRankError) throw error;
      throw new SwissRankError('WORKER_FAILED', `a worker failed: ${describe(error)}`);
    });
    return mergeInOrder(plan, parts);
  } finally {
    signal?.removeEventListener('abort', forwardAbort);
    if (!options.pool) await pool.close();
  }
}

function runInProcess(plan: TournamentPlan, options: RunBlocksOptions, blocks: number): SimulationCounts {
  const { iterations, seed, signal } = options;
  const total = emptyCounts(plan.modelCount, plan.roundCount);
  for (let first = 0; first < blocks; first += IN_PROCESS_RANGE) {
    throwIfAborted(signal);
    const range = { first, count: Math.min(IN_PROCESS_RANGE, blocks - first) };
    addCounts(total, simulateBlockRange({ plan, seed, iterations, range }));
    options.onProgress?.(total.iterations, iterations);
  }
  return total;
}

function mergeInOrder(plan: TournamentPlan, parts: SimulationCounts[]): SimulationCounts {
  const total = emptyCounts(plan.modelCount, plan.roundCount);
  for (const part of parts) addCounts(total, part);
  return total;
}

function iterationsIn(range: BlockRange, iterations: number): number {
  return Math.min((range.first + range.count) * BLOCK_SIZE, iterations) - range.first * BLOCK_SIZE;
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw abortError();
}

function abortError(): SwissRankError {
  return new SwissRankError('ABORTED', 'the run was aborted');
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
