/**
 * The worker pool (piscina): created once, reused for every run of a process (a sweep runs all
 * its elimination values on it), closed explicitly. Workers run the compiled
 * workers/simulateWorker.js, never a TypeScript loader.
 */
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import type { SimulationCounts } from '../core/simulationCounts.js';
import type { BlockRangeJob } from './simulateBlockRange.js';

// Workers always run compiled JavaScript: from dist/src/run/ that is dist/workers/; when this
// module itself runs from its TypeScript source (the test runner), the build in dist/ (npm test
// builds first).
const WORKER_URL = import.meta.url.endsWith('.ts')
  ? new URL('../../dist/workers/simulateWorker.js', import.meta.url)
  : new URL('../../workers/simulateWorker.js', import.meta.url);

export class WorkerPool {
  private readonly piscina: Piscina;
  readonly threads: number;

  constructor(threads: number = availableParallelism()) {
    this.threads = threads;
    this.piscina = new Piscina({
      filename: WORKER_URL.href,
      minThreads: threads,
      maxThreads: threads,
      idleTimeout: 60_000,
    });
  }

  run(job: BlockRangeJob, signal?: AbortSignal): Promise<SimulationCounts> {
    return this.piscina.run(job, signal ? { signal } : {});
  }

  /** Stops every worker; pending tasks are rejected. */
  async close(): Promise<void> {
    await this.piscina.destroy();
  }
}
