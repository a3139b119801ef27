/**
 * Monte Carlo options, validated once at the edge with every default in one place. The CLI and
 * the library both come through here, so they accept and refuse the same things.
 */
import { availableParallelism } from 'node:os';
import { SwissRankError } from '../errors.js';

export interface RunOptions {
  /** Tournaments to simulate (default 100,000, the paper's N). */
  iterations?: number;
  /** Master seed, a non-negative integer (default 1). Same seed, same results, any thread count. */
  seed?: number;
  /** Worker threads (default: the machine's cores). Never changes the results. */
  threads?: number;
  /** Aborting stops the workers and rejects with an ABORTED error. */
  signal?: AbortSignal;
  /** Called as blocks finish, with tournaments done and the total. */
  onProgress?: (done: number, total: number) => void;
}

export interface ResolvedRunOptions {
  readonly iterations: number;
  readonly seed: number;
  readonly threads: number;
  readonly signal: AbortSignal | undefined;
  readonly onProgress: ((done: number, total: number) => void) | undefined;
}

export const DEFAULT_ITERATIONS = 100_000;
export const DEFAULT_SEED = 1;
export const MAX_ITERATIONS = 2 ** 31;

export function resolveRunOptions(options: RunOptions = {}): ResolvedRunOptions {
  const iterations = options.iterations ?? DEFAULT_ITERATIONS;
  const seed = options.seed ?? DEFAULT_SEED;
  const threads = options.threads ?? availableParallelism();
  requireInteger('--iterations', iterations, 1, MAX_ITERATIONS);
  requireInteger('--seed', seed, 0, Number.MAX_SAFE_INTEGER);
  requireInteger('--threads', threads, 1, 1024);
  return { iterations, seed, threads, signal: options.signal, onProgress: options.onProgress };
}

/** Throws BAD_OPTION unless `value` is an integer in [min, max]. */
export function requireInteger(option: string, value: number, min: number, max: number): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new SwissRankError(
      'BAD_OPTION',
      `expected a whole number from ${min} to ${max}, found ${String(value)}`,
      { option },
    );
  }
}
