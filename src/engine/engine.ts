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
import type { AbortSignalLike } from '../signal.js';
import { BlockClaims } from './blockClaims.js';
import { BlockRunner } from './blockRunner.js';
import { blockCount } from './blocks.js';
import type { KernelName } from './kernelName.js';
import { chooseKernel } from './chooseKernel.js';
import { tryWasmKernel } from './loadWasmKernel.js';
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
  readonly signal?: AbortSignalLike;
  /** Called as work advances, with the work done and the total. */
  readonly onProgress?: Progress;
  /** Told about settings that work but are probably not what was meant. */
  readonly onWarning?: (message: string) => void;
  /** The tournament kernel (default: `wasm` when it loads, else `js` with a warning); never
   *  changes a result. */
  readonly kernel?: KernelName;
}

/** The Monte Carlo settings of one run. */
export interface RunSettings {
  readonly iterations: number;
  readonly seed: number;
}

/** What every view of one engine shares: the threads, the pool and where warnings go. */
interface Workers {
  readonly threads: number;
  readonly onWarning: ((message: string) => void) | undefined;
  pool: Promise<WorkerPool | undefined> | undefined;
  closed: boolean;
  /** The default kernel, chosen once for every engine on these threads (so a fallback warns once). */
  defaultKernel?: KernelName;
}

export class Engine {
  readonly signal: AbortSignalLike | undefined;
  private readonly onProgress: Progress | undefined;
  private readonly shared: Workers;
  /** The kernel asked for (undefined: the default, chosen once in `shared`). */
  private readonly kernelAsked: KernelName | undefined;

  constructor(options: EngineOptions = {}, shared?: Workers) {
    const cores = availableParallelism();
    this.shared = shared ?? { threads: options.threads ?? cores, onWarning: options.onWarning, pool: undefined, closed: false };
    this.signal = options.signal;
    this.onProgress = options.onProgress;
    this.kernelAsked = options.kernel;
    if (!shared && this.threads > cores) {
      this.warn(
        `${this.threads} threads on a machine with ${cores} cores: the extra threads only share them ` +
          '(results are the same on any thread count)',
      );
    }
  }

  get threads(): number {
    return this.shared.threads;
  }

  /** The kernel this engine's runs play on: `wasm` unless `js` was asked for or the WebAssembly
   *  kernel cannot load (then a warning says so); asking for `wasm` when it cannot load is
   *  KERNEL_UNAVAILABLE. Workers load their own instance of the same kernel. */
  get kernel(): KernelName {
    const choose = () => chooseKernel(this.kernelAsked, tryWasmKernel, (message) => this.warn(message));
    if (this.kernelAsked !== undefined) return choose();
    this.shared.defaultKernel ??= choose();
    return this.shared.defaultKernel;
  }

  /** The same threads and pool with a run's own signal and progress (a ranker's runs), and its
   *  own kernel if given. */
  with(options: Pick<EngineOptions, 'signal' | 'onProgress' | 'kernel'>): Engine {
    return new Engine({ ...options, kernel: options.kernel ?? this.kernelAsked }, this.shared);
  }

  /** Starts the workers now: they take ~50 ms to boot, which a run about to start need not wait for. */
  prestart(): void {
    this.workers();
  }

  /** A warning for the user (the CLI's stderr, even with --quiet; the library's process warning):
   *  the run goes on, but its result rests on less than the user may think. */
  warn(message: string): void {
    this.shared.onWarning?.(message);
  }

  /** Reports progress of the whole job (analyses with several steps map their steps onto it). */
  progress(done: number, total: number): void {
    this.onProgress?.(done, total);
  }

  /** Progress of step `index` of `count` equal steps (or of `width` steps from it), as part of the whole job. */
  step(index: number, count: number, width = 1): Progress {
    return (done, total) => this.progress(index * total + width * done, count * total);
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
    const job = { plans, seed, iterations, kernel: this.kernel };
    const plan = plans[0];
    this.throwIfStopped();

    const worthIt = blocks > 1 && iterations * plans.length * plan.modelCount * plan.roundCount >= POOL_WORTH_IT;
    const pool = worthIt ? await this.workers() : undefined;

    let failure: unknown;
    const tasks = pool
      ? Array.from({ length: pool.threads }, () =>
          pool.run({ ...job, blocks, claims: claims.buffer }).catch((error: unknown) => {
            failure ??= error;
            claims.abandon();
            return undefined;
          }),
        )
      : [];
    const stop = () => claims.abandon();
    this.signal?.addEventListener('abort', stop, { once: true });
    try {
      const main = new BlockRunner(job);
      // Checked every slice, so an abort or close that came before the listener is still seen.
      while (!this.stopped() && !main.runClaimed(claims, performance.now() + SLICE_MS)) {
        progress(Math.min(claims.done, iterations), iterations);
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
