/**
 * The piscina worker: a thin shell around the kernel. It claims blocks from the run's shared
 * ledger until none are left and returns its integer counts. The main thread runs the same
 * BlockRunner, so the two paths cannot drift apart.
 */
import type { RunCounts } from '../src/core/simulationCounts.js';
import { BlockClaims } from '../src/run/blockClaims.js';
import { BlockRunner } from '../src/run/blockRunner.js';
import type { WorkerTask } from '../src/run/workerPool.js';

export default function simulateWorker(task: WorkerTask): RunCounts {
  const runner = new BlockRunner(task);
  runner.runClaimed(new BlockClaims(task.blocks, task.claims));
  return runner.counts;
}
