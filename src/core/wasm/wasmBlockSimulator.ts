/**
 * Runs blocks of tournaments on the WebAssembly kernel (assembly/csdKernel.ts): lays a job's plans
 * out in the instance's memory (ranks or win probabilities, the GroupSchedule, buffers, counts),
 * then per block seeds it, lets it play, and adds its counts to the run's. Same numbers as the JS
 * kernel, bit for bit. Plans that share their first rounds play them once per tournament
 * (roundSharing.ts). Cost: the layout once per job (again only if another job used the instance
 * in between), O(M * K) per block to add and clear the counts; nothing per tournament.
 */
import { SwissRankError } from '../../errors.js';
import { groupSchedule } from '../groupSchedule.js';
import type { TournamentPlan } from '../plan.js';
import { roundRanks } from '../roundRanks.js';
import type { RunCounts } from '../simulationCounts.js';
import { roundSharing } from './roundSharing.js';
import type { WasmKernelInstance } from './wasmKernelInstance.js';

const PAGE_BYTES = 65536;
/** Plans take turns by chunks of tournaments whose per-tournament state (snapshots above all)
 *  fits about this much: a plan's own arrays then stay in cache for the whole chunk. */
const CHUNK_BYTES = 256 * 1024;
const MAX_CHUNK = 64;

export class WasmBlockSimulator {
  private readonly kernel: WasmKernelInstance;
  /** What to copy where when this job is laid out. */
  private readonly writes: { at: number; data: Int32Array | Float64Array }[] = [];
  /** The kernel's count arrays, in the order of `flush`'s targets: zeroed at layout and by a flush. */
  private readonly countAt: { at: number; length: number }[] = [];
  private readonly jobAt: number;
  /** Tournaments each plan plays before the next plan's turn (slices of a block are best cut at
   *  multiples of it). */
  readonly chunk: number;
  /** The seed of a block begun and not yet played from, else the block generator's state. */
  private seed: Int32Array | undefined;
  private readonly blockState = new Uint32Array(4);
  /** The run's counts, which `flush` adds to; tournaments played since the last flush. */
  private readonly counts: RunCounts;
  private pendingIterations = 0;
  private readonly end: number;

  /** `plans` share models and rounds; several are played from the same tournament states (a
   *  sweep) and their drop (last - first) is summed, as BlockRunner does with the JS kernel.
   *  `runCounts` (whose plans are these, in order) receives every flush. */
  constructor(kernel: WasmKernelInstance, plans: readonly TournamentPlan[], runCounts: RunCounts) {
    this.kernel = kernel;
    this.counts = runCounts;
    const exports = kernel.exports;
    const constant = (name: `JOB_${string}` | `PLAN_${string}`) => exports[name].value as number;
    let end = align8(exports.heapBase());
    const place = (bytes: number) => {
      const at = end;
      end = align8(end + bytes);
      return at;
    };
    const copy = (data: Int32Array | Float64Array) => {
      const at = place(data.byteLength);
      this.writes.push({ at, data });
      return at;
    };
    const counts = (length: number) => {
      const at = place(length * 8);
      this.countAt.push({ at, length });
      return at;
    };

    const M = plans[0].modelCount;
    const K = plans[0].roundCount;
    const schedules = plans.map((plan) => groupSchedule(M, plan.elimination));
    const outcomes = plans.map((plan) =>
      plan.outcomes.kind === 'scores' ? roundRanks(plan.outcomes.roundScores, M, K) : plan.outcomes.winProbability,
    );
    const sharing = roundSharing(plans, outcomes, schedules.map((s) => s.playedRounds));
    const job = new Int32Array(constant('JOB_PLAN0') + plans.length);
    this.jobAt = copy(job);
    job[constant('JOB_PLAN_COUNT')] = plans.length;
    job[constant('JOB_MODEL_COUNT')] = M;
    job[constant('JOB_PLAY_ORDER_AT')] = copy(sharing.playOrder);
    // Per tournament of a chunk: its state, who left, the drop's two lastPoints rows, and a
    // snapshot per depth 0..K (4 state words and an order) if some plan resumes.
    const paired = plans.length > 1;
    const resumes = sharing.resumeDepth.some((d) => d > 0);
    const chunkBytes = 16 + M * 4 + (paired ? 2 * M * 4 : 0) + (resumes ? (K + 1) * (M + 4) * 4 : 0);
    const chunk = Math.max(1, Math.min(MAX_CHUNK, Math.floor(CHUNK_BYTES / chunkBytes)));
    this.chunk = chunk;
    job[constant('JOB_CHUNK')] = chunk;
    job[constant('JOB_SEEDS_AT')] = place(chunk * 16);
    job[constant('JOB_LEAVERS_AT')] = place(chunk * M * 4);
    if (resumes) job[constant('JOB_SNAPSHOTS_AT')] = place(chunk * (K + 1) * (M + 4) * 4);
    const sharedLastPoints = place(M * 4); // the plans whose points no drop reads
    plans.forEach((plan, p) => {
      const schedule = schedules[p];
      const fields = new Int32Array(constant('PLAN_FIELDS'));
      const set = (name: `PLAN_${string}`, value: number) => (fields[constant(name)] = value);
      job[constant('JOB_PLAN0') + p] = copy(fields);
      set('PLAN_MODELS', M);
      set('PLAN_ROUNDS', K);
      set('PLAN_PLAYED_ROUNDS', schedule.playedRounds);
      set('PLAN_BY_SCORES', plan.outcomes.kind === 'scores' ? 1 : 0);
      set('PLAN_RANDOM_TIE_BREAK', plan.tieBreak === 'random' ? 1 : 0);
      set('PLAN_RANDOM_ORDER', plan.roundOrder === 'random' ? 1 : 0);
      const dropPlan = paired && (p === 0 || p === plans.length - 1);
      set('PLAN_RECORD_LAST_POINTS', dropPlan ? 1 : 0);
      set('PLAN_FINISHERS', schedule.finalPoints.length);
      set('PLAN_ROUND_AT', copy(Int32Array.from({ length: K }, (_, k) => k)));
      set(plan.outcomes.kind === 'scores' ? 'PLAN_RANKS_AT' : 'PLAN_PROBABILITY_AT', copy(outcomes[p]));
      set('PLAN_ORDER_AT', place(M * 4));
      set('PLAN_SPARE_AT', place(M * 4));
      set('PLAN_LAST_POINTS_AT', dropPlan ? place(chunk * M * 4) : sharedLastPoints);
      set('PLAN_LAST_POINTS_STRIDE', dropPlan ? M * 4 : 0);
      set('PLAN_GROUP_OFFSET_AT', copy(schedule.groupOffset));
      set('PLAN_GROUP_SIZES_AT', copy(schedule.groupSizes));
      set('PLAN_ACTIVE_BEFORE_AT', copy(schedule.activeBefore));
      set('PLAN_CUT_FROM_AT', copy(schedule.cutFrom));
      set('PLAN_TIE_START_AT', copy(schedule.tieStart));
      set('PLAN_TIE_END_AT', copy(schedule.tieEnd));
      set('PLAN_LEAVER_OFFSET_AT', copy(schedule.leaverOffset));
      set('PLAN_LEAVER_POINTS_AT', copy(schedule.leaverPoints));
      set('PLAN_FINAL_POINTS_AT', copy(schedule.finalPoints));
      set('PLAN_COUNT_FINAL_AT', counts((K + 1) * M));
      set('PLAN_COUNT_LEFT_AT', counts(M * K));
      set('PLAN_RESUME_DEPTH', sharing.resumeDepth[p]);
      const depths = sharing.snapshotDepths[p];
      if (depths.length > 0) {
        const flags = new Int32Array(K + 1);
        for (const d of depths) flags[d] = 1;
        set('PLAN_SNAPSHOT_AT', copy(flags));
      }
    });
    job[constant('JOB_DROP_SUM')] = counts(M);
    job[constant('JOB_DROP_SQUARES')] = counts(M);
    this.end = end;
  }

  /** The next tournaments come from the block generator seeded with `seed` (four words). */
  beginBlock(seed: Int32Array): void {
    this.seed = seed;
  }

  /** Plays the block's next `length` tournaments. The block's generator is kept here between
   *  calls, so a block may be played in slices with other jobs on this instance in between, drawing
   *  what it would in one go. The counts stay in the kernel until `flush` (or until another job
   *  takes the instance). */
  play(length: number): void {
    const exports = this.kernel.exports;
    if (this.kernel.loadedJob !== this) {
      this.kernel.loadedJob?.flush();
      this.layOut();
    }
    this.pendingIterations += length;
    const blockState = new Uint32Array(exports.memory.buffer, exports.blockStateAt(), 4);
    if (this.seed) exports.seedBlock(this.seed[0], this.seed[1], this.seed[2], this.seed[3]);
    else blockState.set(this.blockState);
    this.seed = undefined;
    exports.simulate(this.jobAt, length);
    this.blockState.set(blockState);
  }

  /** Adds the tournaments played since the last flush to their counts, and clears the kernel's. */
  flush(): void {
    if (this.pendingIterations === 0) return;
    const counts = this.counts;
    const buffer = this.kernel.exports.memory.buffer;
    const targets = [...counts.perPlan.flatMap((c) => [c.finalPoints, c.leftAfter]), counts.dropSum, counts.dropSquares];
    targets.forEach((target, i) => {
      const view = new Float64Array(buffer, this.countAt[i].at, this.countAt[i].length);
      for (let j = 0; j < target.length; j++) target[j] += view[j];
      view.fill(0);
    });
    for (const c of counts.perPlan) c.iterations += this.pendingIterations;
    this.pendingIterations = 0;
  }

  /** Copies this job into the instance's memory, growing it first if the job needs more. */
  private layOut(): void {
    const memory = this.kernel.exports.memory;
    const missing = this.end - memory.buffer.byteLength;
    try {
      if (missing > 0) memory.grow(Math.ceil(missing / PAGE_BYTES));
    } catch {
      const mib = Math.ceil(this.end / 2 ** 20);
      throw new SwissRankError('TOO_LARGE', `the WebAssembly kernel cannot have the ${mib} MiB this plan needs; use the JS kernel`, {
        option: 'kernel',
      });
    }
    const bytes = new Uint8Array(memory.buffer);
    for (const { at, data } of this.writes) bytes.set(new Uint8Array(data.buffer, data.byteOffset, data.byteLength), at);
    for (const { at, length } of this.countAt) new Float64Array(memory.buffer, at, length).fill(0);
    this.kernel.loadedJob = this;
  }
}

function align8(address: number): number {
  return Math.ceil(address / 8) * 8;
}
