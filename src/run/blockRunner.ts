/**
 * Simulates claimed blocks with one kernel instance: each block reseeds the generator from
 * (seed, block index), so a block's tournaments are the same whichever thread runs it. The worker
 * and the main thread both run this class, so they cannot drift apart.
 */
import { emptyCounts, type SimulationCounts } from '../core/simulationCounts.js';
import type { TournamentPlan } from '../core/plan.js';
import { TournamentSimulator } from '../core/tournamentSimulator.js';
import { blockSeed } from '../rng/blockSeed.js';
import { Xoshiro128 } from '../rng/xoshiro128.js';
import type { BlockClaims } from './blockClaims.js';
import { blockLength } from './blocks.js';

export interface BlockJob {
  readonly plan: TournamentPlan;
  readonly seed: number;
  /** Iterations of the whole run (fixes the length of the last block). */
  readonly iterations: number;
}

export class BlockRunner {
  /** Everything this runner has simulated so far (integer counts). */
  readonly counts: SimulationCounts;
  private readonly job: BlockJob;
  private readonly simulator: TournamentSimulator;
  private readonly rng = new Xoshiro128([1, 0, 0, 0]);

  constructor(job: BlockJob) {
    this.job = job;
    this.simulator = new TournamentSimulator(job.plan);
    this.counts = emptyCounts(job.plan.modelCount, job.plan.roundCount);
  }

  /** Simulates block `block`. */
  runBlock(block: number): void {
    this.rng.reseed(blockSeed(this.job.seed, block));
    this.simulator.simulate(this.rng, blockLength(this.job.iterations, block), this.counts);
  }

  /**
   * Claims and simulates blocks until none are left (returns true) or, after at least one block,
   * `deadline` (a performance.now() time) has passed (returns false).
   */
  runClaimed(claims: BlockClaims, deadline = Number.POSITIVE_INFINITY): boolean {
    for (;;) {
      const block = claims.claim();
      if (block < 0) return true;
      this.runBlock(block);
      claims.complete();
      if (performance.now() >= deadline) return false;
    }
  }
}
