/**
 * Runs every block of a simulation. The main thread always simulates (it needs no start-up);
 * when the job is big enough to pay for them, threads - 1 workers join in, all claiming blocks
 * from one shared ledger. Counts are integers (exact in float64 below 2^53), so their sum is the
 * same bits in any order: the thread count never changes a result.
 */
import { addRunCounts, type RunCounts } from '../core/simulationCounts.js';
import type { TournamentPlan } from '../core/plan.js';
import { SwissRankError } from '../errors.js';
import { BlockClaims } from './blockClaims.js';
import { BlockRunner } from './blockRunner.js';
import { blockCount, BLOCK_SIZE } from './blocks.js';
import type { ResolvedRunOptions } from './runOptions.js';
import { startPool } from './startPool.js';
import type { WorkerPool } from './workerPool.js';

/** Below about this much work (model-rounds; ~30 ms on one core) starting workers costs more
 *  than they save. */
const POOL_WORTH_IT = 5_000_000;
/** The main thread yields to the event loop this often (ms), to hand tasks to starting workers,
 *  report progress and notice an abort. */
const SLICE_MS = 10;

export interface RunBlocksOptions extends ResolvedRunOptions {
  /** A pool to reuse; without one, a pool is started for this run and closed after it. */
  readonly pool?: WorkerPool;
}

/** Runs `plans` (one, or several sharing tournament seeds: a sweep) for the options' iterations. */
export async function runBlocks(plans: readonly TournamentPlan[], options: RunBlocksOptions): Promise<RunCounts> {
  const { iterations, seed, signal } = options;
  const blocks = blockCount(iterations);
  const claims = new BlockClaims(blocks);
  const job = { plans, seed, iterations };
  const plan = plans[0];
  throwIfAborted(signal);

  const worthIt = blocks > 1 && iterations * plans.length * plan.modelCount * plan.roundCount >= POOL_WORTH_IT;
  const pool = worthIt ? (options.pool ?? (await startPool(options.threads))) : undefined;

  let failure: unknown;
  const tasks = pool
    ? Array.from({ length: pool.threads }, () =>
        pool.run({ ...job, blocks, claims: claims.buffer }).catch((error: unknown) => {
          failure ??= error;
          claims.stop();
          return undefined;
        }),
      )
    : [];
  const onAbort = () => claims.stop();
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const main = new BlockRunner(job);
    while (!main.runClaimed(claims, performance.now() + SLICE_MS)) {
      options.onProgress?.(Math.min(claims.completed * BLOCK_SIZE, iterations), iterations);
      await new Promise((resolve) => setImmediate(resolve));
    }
    const parts = await Promise.all(tasks);
    throwIfAborted(signal);
    if (failure !== undefined) {
      throw new SwissRankError('WORKER_FAILED', `a worker failed: ${describe(failure)}`);
    }
    const total = main.counts;
    for (const part of parts) if (part) addRunCounts(total, part);
    const done = total.perPlan[0].iterations;
    if (done !== iterations) {
      throw new SwissRankError('WORKER_FAILED', `simulated ${done} of ${iterations} tournaments`);
    }
    options.onProgress?.(iterations, iterations);
    return total;
  } finally {
    signal?.removeEventListener('abort', onAbort);
    claims.stop();
    if (pool && !options.pool) await pool.close();
  }
}

function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new SwissRankError('ABORTED', 'the run was aborted');
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
