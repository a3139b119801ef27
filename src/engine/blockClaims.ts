/**
 * Shared bookkeeping for one run: the next unclaimed block, tournaments played, and a stop flag, in
 * a SharedArrayBuffer so the main thread and every worker claim blocks from one counter. Whoever
 * is free takes the next block, so the cores stay busy to the end whatever their start-up delays;
 * the results stay exact because each block's stream depends only on (seed, block).
 */

const NEXT = 0;
const DONE = 1;
const STOPPED = 2; // 1: no more claims; 2: abandoned, stop after the current slice

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

  /** n more tournaments played (a slice of a block). */
  addDone(n: number): void {
    Atomics.add(this.cells, DONE, n);
  }

  /** Tournaments played so far, by every participant. */
  get done(): number {
    return Atomics.load(this.cells, DONE);
  }

  /** Every participant stops after its current block. */
  stop(): void {
    Atomics.compareExchange(this.cells, STOPPED, 0, 1);
  }

  /** Every participant stops after its current slice: the run's result will not be used. */
  abandon(): void {
    Atomics.store(this.cells, STOPPED, 2);
  }

  get abandoned(): boolean {
    return Atomics.load(this.cells, STOPPED) === 2;
  }
}
