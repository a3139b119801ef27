/**
 * Runs a range of blocks through the kernel: each block reseeds the generator from
 * (seed, block index), so a block's tournaments are the same wherever it runs. Both the worker
 * and the in-process path call this one function, so they cannot drift apart.
 */
import { emptyCounts, type SimulationCounts } from '../core/simulationCounts.js';
import type { TournamentPlan } from '../core/plan.js';
import { TournamentSimulator } from '../core/tournamentSimulator.js';
import { blockSeed } from '../rng/blockSeed.js';
import { Xoshiro128 } from '../rng/xoshiro128.js';
import { blockLength, type BlockRange } from './blocks.js';

export interface BlockRangeJob {
  readonly plan: TournamentPlan;
  readonly seed: number;
  /** Iterations of the whole run (fixes the length of the last block). */
  readonly iterations: number;
  readonly range: BlockRange;
}

export function simulateBlockRange(job: BlockRangeJob): SimulationCounts {
  const { plan, seed, iterations, range } = job;
  const simulator = new TournamentSimulator(plan);
  const counts = emptyCounts(plan.modelCount, plan.roundCount);
  const rng = new Xoshiro128(blockSeed(seed, range.first));
  for (let b = range.first; b < range.first + range.count; b++) {
    rng.reseed(blockSeed(seed, b));
    simulator.simulate(rng, blockLength(iterations, b), counts);
  }
  return counts;
}
