/**
 * The engine: the one owner of the threads a process (or a ranker) simulates on. It holds the
 * thread count, the worker pool (started when a job is big enough, or early on request), the abort
 * signal and the progress callback, and runs blocks of tournaments. Analyses receive it; nothing
 * else starts or stops workers.
 *
 * A run: the main thread always simulates (it needs no start-up); when the job pays for them,
 * threads - 1 workers join in, all claiming blocks from one shared ledger (blockClaims.ts). Counts
 * are integers (exact in float64 below 2^53), so their sum is the same bits in any order: the thread
 * count never changes a result.
 */
import { availableParallelism } from 'node:os';
import { addRunCounts, type RunCounts } from '../core/simulationCounts.js';
import type { TournamentPlan } from '../core/plan.js';
import { SwissRankError } from '../errors.js';
import { BlockClaims } from './blockClaims.js';
import { BlockRunner } from './blockRunner.js';
import { blockCount, BLOCK_SIZE } from './blocks.js';
import type { WorkerPool } from './workerPool.js';

/** Below about this much work (model-rounds; ~30 ms on one core) starting workers costs more
 *  than they save. */
const POOL_WORTH_IT = 5_000_000;
/** The main thread yields to the event loop this often (ms), to hand tasks to starting workers,
 *  report progress and notice an abort or a close. */
const SLICE_MS = 10;

export type Progress = (done: number, total: number) => void;

export interface EngineOptions {
  /** Threads, the calling one included (default: the machine's cores); checked by the caller. */
  readonly threads?: number;
  /** Aborting stops every run after its current blocks; the run rejects with ABORTED. */
  readonly signal?: AbortSignal;
  /** Called as work advances, with the work done and the total. */
  readonly onProgress?: Progress;
  /** Told about settings that work but are probably not what was meant. */
  readonly onWarning?: (message: string) => void;
}

/** The Monte Carlo settings of one run. */
export interface RunSettings {
  readonly iterations: number;
  readonly seed: number;
}

/** What every view of one engine shares: the threads and the pool. */
interface Workers {
  readonly threads: number;
  pool: Promise<WorkerPool | undefined> | undefined;
  closed: boolean;
}

export class Engine {
  readonly signal: AbortSignal | undefined;
  private readonly onProgress: Progress | undefined;
  private readonly shared: Workers;

  constructor(options: EngineOptions = {}, shared?: Workers) {
    const cores = availableParallelism();
    this.shared = shared ?? { threads: options.threads ?? cores, pool: undefined, closed: false };
    this.signal = options.signal;
    this.onProgress = options.onProgress;
    if (!shared && this.threads > cores) {
      options.onWarning?.(
        `${this.threads} threads on a machine with ${cores} cores: the extra threads only share them ` +
          '(results are the same on any thread count)',
      );
    }
  }

  get threads(): number {
    return this.shared.threads;
  }

  /** The same threads and pool with a run's own signal and progress (a ranker's runs). */
  with(options: Pick<EngineOptions, 'signal' | 'onProgress'>): Engine {
    return new Engine(options, this.shared);
  }

  /** Starts the workers now: they take ~50 ms to boot, which a run about to start need not wait for. */
  prestart(): void {
    this.workers();
  }

  /** Reports progress of the whole job (analyses with several steps map their steps onto it). */
  progress(done: number, total: number): void {
    this.onProgress?.(done, total);
  }

  /** Progress of step `index` of `count` equal steps, as part of the whole job. */
  step(index: number, count: number): Progress {
    return this.steps(index, 1, count);
  }

  /** Progress of a part spanning steps [from, from + width) of `count` equal steps (a report's
   *  sweep and order analysis, each weighed by its simulations). */
  steps(from: number, width: number, count: number): Progress {
    return (done, total) => this.progress(from * total + done * width, count * total);
  }

  throwIfStopped(): void {
    if (this.signal?.aborted) throw new SwissRankError('ABORTED', 'the run was aborted');
    if (this.shared.closed) throw new SwissRankError('CLOSED', 'the ranker was closed while a run was going on');
  }

  /**
   * Runs `plans` (one, or several sharing tournament seeds: a sweep) for `run.iterations`
   * tournaments. `progress` defaults to the engine's own (a job of one run).
   */
  async runBlocks(plans: readonly TournamentPlan[], run: RunSettings, progress: Progress = (d, t) => this.progress(d, t)): Promise<RunCounts> {
    const { iterations, seed } = run;
    const blocks = blockCount(iterations);
    const claims = new BlockClaims(blocks);
    const job = { plans, seed, iterations };
    const plan = plans[0];
    this.throwIfStopped();

    const worthIt = blocks > 1 && iterations * plans.length * plan.modelCount * plan.roundCount >= POOL_WORTH_IT;
    const pool = worthIt ? await this.workers() : undefined;

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
    const stop = () => claims.stop();
    this.signal?.addEventListener('abort', stop, { once: true });
    try {
      const main = new BlockRunner(job);
      // Checked every slice, so an abort or close that came before the listener is still seen.
      while (!this.stopped() && !main.runClaimed(claims, performance.now() + SLICE_MS)) {
        progress(Math.min(claims.completed * BLOCK_SIZE, iterations), iterations);
        await new Promise((resolve) => setImmediate(resolve));
      }
      claims.stop();
      const parts = await Promise.all(tasks);
      this.throwIfStopped();
      if (failure !== undefined) {
        throw new SwissRankError('WORKER_FAILED', `a worker failed: ${failure instanceof Error ? failure.message : String(failure)}`);
      }
      const total = main.counts;
      for (const part of parts) if (part) addRunCounts(total, part);
      const done = total.perPlan[0].iterations;
      if (done !== iterations) throw new SwissRankError('WORKER_FAILED', `simulated ${done} of ${iterations} tournaments`);
      progress(iterations, iterations);
      return total;
    } finally {
      this.signal?.removeEventListener('abort', stop);
      claims.stop();
    }
  }

  /** Stops the workers; a run still going rejects with CLOSED. */
  async close(): Promise<void> {
    this.shared.closed = true;
    const pool = this.shared.pool;
    this.shared.pool = undefined;
    await (await pool)?.close();
  }

  private stopped(): boolean {
    return this.shared.closed || this.signal?.aborted === true;
  }

  /** threads - 1 workers (the main thread simulates too), none for one thread. piscina is loaded
   *  only here and only then: it adds tens of milliseconds to start-up that small runs need not pay. */
  private workers(): Promise<WorkerPool | undefined> {
    const shared = this.shared;
    if (shared.closed) return Promise.resolve(undefined);
    shared.pool ??=
      shared.threads <= 1
        ? Promise.resolve(undefined)
        : import('./workerPool.js').then(({ WorkerPool }) => new WorkerPool(shared.threads - 1));
    return shared.pool;
  }
}
