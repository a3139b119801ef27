/**
 * Simulates claimed blocks: each block's generator is seeded from (seed, block index), and each
 * tournament takes its own state from the block's generator, so a block's tournaments are the same
 * whichever thread runs it and, with several plans (a sweep), tournament i starts from the same
 * state under every plan. The worker and the main thread both run this class, on either kernel:
 * the JS one (TournamentSimulator, the readable reference) or the WebAssembly one, which draws the
 * same numbers in the same order and so leaves the same counts, faster.
 */
import { emptyRunCounts, type RunCounts } from '../core/simulationCounts.js';
import type { TournamentPlan } from '../core/plan.js';
import { TournamentSimulator } from '../core/tournamentSimulator.js';
import { WasmBlockSimulator } from '../core/wasm/wasmBlockSimulator.js';
import { blockSeed } from '../rng/blockSeed.js';
import { Xoshiro128 } from '../rng/xoshiro128.js';
import type { BlockClaims } from './blockClaims.js';
import { blockLength } from './blocks.js';
import type { KernelName } from './kernelName.js';
import { wasmKernel } from './loadWasmKernel.js';

/** Tournaments each plan of a paired run plays before the next plan's turn (as the WebAssembly
 *  kernel's chunks). */
const PAIRED_CHUNK = 64;

export interface BlockJob {
  /** One plan (simulate) or several on the same models and rounds (a sweep). */
  readonly plans: readonly TournamentPlan[];
  readonly seed: number;
  /** Iterations of the whole run (fixes the length of the last block). */
  readonly iterations: number;
  /** Which kernel plays the tournaments (default `js`, the reference); never changes a count. */
  readonly kernel?: KernelName;
}

export class BlockRunner {
  /** Everything this runner has simulated so far (integer counts). */
  readonly counts: RunCounts;
  private readonly job: BlockJob;
  private readonly simulators: TournamentSimulator[];
  private readonly wasm: WasmBlockSimulator | undefined;
  private readonly blockRng = new Xoshiro128([1, 0, 0, 0]);
  private readonly tournamentRng = new Xoshiro128([1, 0, 0, 0]);

  constructor(job: BlockJob) {
    this.job = job;
    this.wasm = job.kernel === 'wasm' ? new WasmBlockSimulator(wasmKernel(), job.plans) : undefined;
    this.simulators = this.wasm ? [] : job.plans.map((plan) => new TournamentSimulator(plan));
    for (const simulator of this.simulators) simulator.recordLastPoints = job.plans.length > 1;
    const { modelCount, roundCount } = job.plans[0];
    this.counts = emptyRunCounts(modelCount, roundCount, job.plans.length);
  }

  /** Simulates block `block`. */
  runBlock(block: number): void {
    const seed = blockSeed(this.job.seed, block);
    const length = blockLength(this.job.iterations, block);
    if (this.wasm) return this.wasm.runBlock(seed, length, this.counts);
    this.blockRng.reseed(seed);
    if (this.simulators.length === 1) {
      this.simulators[0].simulate(this.blockRng, this.tournamentRng, length, this.counts.perPlan[0]);
    } else {
      this.runPaired(length);
    }
  }

  /** Every plan plays tournament i from the same state; the drop (last plan - first) is summed
   *  per model with its square, for the paired standard error. Plans take turns by chunks of
   *  PAIRED_CHUNK tournaments (their states drawn first, in order), so that each plan's arrays stay
   *  in cache however many plans there are (a bootstrap's hundreds); the counts are the same. */
  private runPaired(length: number): void {
    const { perPlan, dropSum, dropSquares } = this.counts;
    const M = dropSum.length;
    const last = this.simulators.length - 1;
    const rng = this.tournamentRng;
    const states = new Uint32Array(PAIRED_CHUNK * 4);
    const firstPoints = new Int32Array(PAIRED_CHUNK * M);
    const lastPoints = new Int32Array(PAIRED_CHUNK * M);
    for (let start = 0; start < length; start += PAIRED_CHUNK) {
      const n = Math.min(PAIRED_CHUNK, length - start);
      for (let i = 0; i < n * 4; i++) states[i] = this.blockRng.nextUint32();
      this.simulators.forEach((simulator, p) => {
        for (let t = 0; t < n; t++) {
          rng.reseed4(states[4 * t], states[4 * t + 1], states[4 * t + 2], states[4 * t + 3]);
          simulator.play(rng, perPlan[p]);
          if (p === 0) firstPoints.set(simulator.lastPoints, t * M);
          if (p === last) lastPoints.set(simulator.lastPoints, t * M);
        }
      });
      for (let i = 0; i < n * M; i++) {
        const d = lastPoints[i] - firstPoints[i];
        dropSum[i % M] += d;
        dropSquares[i % M] += d * d;
      }
    }
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
