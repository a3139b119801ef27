/**
 * Shared bookkeeping for one run: the next unclaimed block, blocks completed, and a stop flag, in
 * a SharedArrayBuffer so the main thread and every worker claim blocks from one counter. Whoever
 * is free takes the next block, so the cores stay busy to the end whatever their start-up delays;
 * the results stay exact because each block's stream depends only on (seed, block).
 */

const NEXT = 0;
const COMPLETED = 1;
const STOPPED = 2;

export class BlockClaims {
  readonly buffer: SharedArrayBuffer;
  readonly blocks: number;
  private readonly cells: Int32Array;

  /** A new ledger for `blocks` blocks, or a view of an existing one (inside a worker). */
  constructor(blocks: number, buffer: SharedArrayBuffer = new SharedArrayBuffer(3 * 4)) {
    this.blocks = blocks;
    this.buffer = buffer;
    this.cells = new Int32Array(buffer);
  }

  /** The next block to simulate, or -1 when none are left or the run was stopped. */
  claim(): number {
    if (Atomics.load(this.cells, STOPPED) !== 0) return -1;
    const block = Atomics.add(this.cells, NEXT, 1);
    return block < this.blocks ? block : -1;
  }

  complete(): void {
    Atomics.add(this.cells, COMPLETED, 1);
  }

  get completed(): number {
    return Atomics.load(this.cells, COMPLETED);
  }

  /** Every participant stops after its current block. */
  stop(): void {
    Atomics.store(this.cells, STOPPED, 1);
  }
}
