/**
 * A worker pool for a run on `threads` threads: threads - 1 workers (the main thread simulates
 * too), none for one thread. piscina is imported only here and only then, since loading it adds
 * tens of milliseconds to start-up that single-threaded and small runs should not pay.
 */
import type { WorkerPool } from './workerPool.js';

export async function startPool(threads: number): Promise<WorkerPool | undefined> {
  if (threads <= 1) return undefined;
  const { WorkerPool } = await import('./workerPool.js');
  return new WorkerPool(threads - 1);
}
