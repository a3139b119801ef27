/**
 * The piscina worker: a thin shell around the kernel. It claims blocks from the run's shared
 * ledger until none are left and returns its integer counts. The main thread runs the same
 * BlockRunner, so the two paths cannot drift apart.
 */
import type { RunCounts } from '../src/core/simulationCounts.js';
import { BlockClaims } from '../src/engine/blockClaims.js';
import { BlockRunner } from '../src/engine/blockRunner.js';
import type { WorkerTask } from '../src/engine/workerPool.js';

/** Test hook: SWISS_RANK_TEST_WORKER_FAULT=throw|exit makes every worker fail, so tests can check
 *  that a failed worker ends the run cleanly. Never set outside tests. */
const FAULT = process.env.SWISS_RANK_TEST_WORKER_FAULT;

export default function simulateWorker(task: WorkerTask): RunCounts {
  if (FAULT === 'throw') throw new Error('test fault: this worker was told to throw');
  if (FAULT === 'exit') process.exit(3);
  const runner = new BlockRunner(task);
  runner.runClaimed(new BlockClaims(task.blocks, task.claims));
  return runner.counts;
}
