/**
 * Deterministic streams: the master seed and a block index give the block's generator seed,
 * drawn from seedrandom's ARC4 (its default, keyed by a string). Blocks are independent of each
 * other and of how they are spread over threads, so results never depend on --threads.
 */
import seedrandom from 'seedrandom';

/** Four 32-bit words seeding the generator of block `blockIndex` under master seed `seed`. */
export function blockSeed(seed: number, blockIndex: number): Int32Array {
  const source = seedrandom(`swiss-rank:${seed}:${blockIndex}`);
  const words = new Int32Array(4);
  for (let i = 0; i < 4; i++) words[i] = source.int32();
  return words;
}

/** Four 32-bit words seeding a named auxiliary stream (e.g. `bootstrap`) under master seed `seed`,
 *  independent of every block's stream. */
export function namedSeed(seed: number, name: string): Int32Array {
  const source = seedrandom(`swiss-rank:${seed}:${name}`);
  const words = new Int32Array(4);
  for (let i = 0; i < 4; i++) words[i] = source.int32();
  return words;
}
