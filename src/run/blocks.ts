/**
 * Fixed-size blocks of iterations: the unit of randomness (one stream per block, see
 * rng/blockSeed.ts) and of work. Block b covers iterations [b * BLOCK_SIZE, ...); only the last
 * block may be shorter. The block size is part of what makes a result reproducible, so it is
 * reported in every output and never depends on the thread count.
 */

export const BLOCK_SIZE = 1000;

export function blockCount(iterations: number): number {
  return Math.ceil(iterations / BLOCK_SIZE);
}

/** Iterations in block `block` of a run of `iterations`. */
export function blockLength(iterations: number, block: number): number {
  return Math.min(BLOCK_SIZE, iterations - block * BLOCK_SIZE);
}

/** A contiguous range of blocks, the unit handed to one worker task. */
export interface BlockRange {
  readonly first: number;
  readonly count: number;
}

/**
 * Splits `blocks` into about `parts` contiguous ranges of near-equal size (more parts than
 * threads keeps both cores busy to the end and lets progress advance smoothly).
 */
export function splitBlocks(blocks: number, parts: number): BlockRange[] {
  const n = Math.max(1, Math.min(blocks, parts));
  const ranges: BlockRange[] = [];
  let first = 0;
  for (let i = 0; i < n; i++) {
    const end = Math.round(((i + 1) * blocks) / n);
    if (end > first) ranges.push({ first, count: end - first });
    first = end;
  }
  return ranges;
}
