/**
 * The piscina worker: a thin shell around the kernel. One task = one range of blocks in,
 * integer counts out. Nothing here but the call the in-process path makes too.
 */
import type { SimulationCounts } from '../src/core/simulationCounts.js';
import { simulateBlockRange, type BlockRangeJob } from '../src/run/simulateBlockRange.js';

export default function simulateWorker(job: BlockRangeJob): SimulationCounts {
  return simulateBlockRange(job);
}
