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
import { blockLength, BLOCK_SIZE } from './blocks.js';
import type { KernelName } from './kernelName.js';
import { wasmKernel } from './loadWasmKernel.js';

/** Tournaments each plan of a paired run plays before the next plan's turn (as the WebAssembly
 *  kernel's chunks). */
const PAIRED_CHUNK = 64;
/** Model-rounds a slice of a block plays (about 10-20 ms on either kernel). */
const SLICE_WORK = 4_000_000;

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
  /** Tournaments of the block begun that are still to play. */
  private left = 0;
  /** Tournaments a slice plays: about SLICE_WORK, in whole chunks (at least one). */
  private readonly sliceLength: number;
  private readonly chunkStates: Uint32Array;
  private readonly firstPoints: Int32Array;
  private readonly lastPoints: Int32Array;

  constructor(job: BlockJob) {
    this.job = job;
    const { modelCount, roundCount } = job.plans[0];
    this.counts = emptyRunCounts(modelCount, roundCount, job.plans.length);
    this.wasm = job.kernel === 'wasm' ? new WasmBlockSimulator(wasmKernel(), job.plans, this.counts) : undefined;
    this.simulators = this.wasm ? [] : job.plans.map((plan) => new TournamentSimulator(plan));
    for (const simulator of this.simulators) simulator.recordLastPoints = job.plans.length > 1;
    // A paired chunk's tournament states and the drop's two rows of points (JS kernel only).
    const chunkRows = this.simulators.length > 1 ? PAIRED_CHUNK : 0;
    this.chunkStates = new Uint32Array(chunkRows * 4);
    this.firstPoints = new Int32Array(chunkRows * modelCount);
    this.lastPoints = new Int32Array(chunkRows * modelCount);
    // Whole chunks (a cut chunk costs its plans a second turn each).
    const chunk = this.wasm?.chunk ?? PAIRED_CHUNK;
    const work = job.plans.length * modelCount * roundCount * chunk;
    this.sliceLength = Math.min(BLOCK_SIZE, chunk * Math.max(1, Math.floor(SLICE_WORK / work)));
  }

  /** Simulates block `block`, whole. */
  runBlock(block: number): void {
    this.beginBlock(block);
    this.playSlice(this.left);
  }

  private beginBlock(block: number): void {
    const seed = blockSeed(this.job.seed, block);
    this.left = blockLength(this.job.iterations, block);
    if (this.wasm) this.wasm.beginBlock(seed);
    else this.blockRng.reseed(seed);
  }

  /** The block's next n tournaments: they draw what they would in one go (the block's generator
   *  carries on), so slicing a block changes no count. */
  private playSlice(n: number): void {
    this.left -= n;
    if (this.wasm) {
      this.wasm.play(n);
      if (this.left === 0) this.wasm.flush();
    } else if (this.simulators.length === 1) this.simulators[0].simulate(this.blockRng, this.tournamentRng, n, this.counts.perPlan[0]);
    else this.runPaired(n);
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
    const { chunkStates: states, firstPoints, lastPoints } = this;
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
   * Claims and simulates blocks until none are left (returns true) or, after at least one slice,
   * `deadline` (a performance.now() time) has passed (returns false: the next call carries on with
   * the block begun). Blocks are played in slices of about SLICE_WORK, so a thread sees a deadline
   * or an abandoned run within milliseconds, and progress counts tournaments, however much one
   * block holds (a bootstrap's thousand plans take seconds a block).
   */
  runClaimed(claims: BlockClaims, deadline = Number.POSITIVE_INFINITY): boolean {
    for (;;) {
      if (this.left === 0) {
        const block = claims.claim();
        if (block < 0) return true;
        this.beginBlock(block);
      }
      const n = Math.min(this.left, this.sliceLength);
      this.playSlice(n);
      claims.addDone(n);
      if (claims.abandoned) return true;
      if (performance.now() >= deadline) return false;
    }
  }
}
