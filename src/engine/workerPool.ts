/**
 * The worker pool (piscina), owned by an Engine: started once, reused for every run of the
 * engine (a sweep runs all its elimination values on it), closed by the engine. Workers run the
 * compiled workers/simulateWorker.js, never a TypeScript loader.
 */
import { Piscina } from 'piscina';
import type { RunCounts } from '../core/simulationCounts.js';
import { PACKAGE_ROOT } from '../packageInfo.js';
import type { BlockJob } from './blockRunner.js';

/** What a worker is handed: the job, and the run's shared block ledger (see BlockClaims). */
export interface WorkerTask extends BlockJob {
  readonly blocks: number;
  readonly claims: SharedArrayBuffer;
}

// Workers always run the compiled JavaScript in dist/, whether this module runs from dist/, from
// the bundled executable or from its TypeScript source under the test runner (npm test builds
// first).
const WORKER_URL = new URL('dist/workers/simulateWorker.js', PACKAGE_ROOT);

/** `threads` worker threads (the engine's main thread simulates too). */
export class WorkerPool {
  private readonly piscina: Piscina;
  readonly threads: number;

  constructor(threads: number) {
    this.threads = threads;
    this.piscina = new Piscina({
      filename: WORKER_URL.href,
      minThreads: threads,
      maxThreads: threads,
      idleTimeout: 60_000,
    });
  }

  run(task: WorkerTask): Promise<RunCounts> {
    return this.piscina.run(task);
  }

  /** Stops every worker; pending tasks are rejected. */
  async close(): Promise<void> {
    await this.piscina.destroy();
  }
}
