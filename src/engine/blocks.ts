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
