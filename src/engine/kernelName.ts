/**
 * The two tournament kernels: `js` (src/core/tournamentSimulator.ts, the readable reference and the
 * fallback) and `wasm` (assembly/csdKernel.ts, the same draws in the same order, ~2.5x faster).
 * Both leave identical counts for any seed, plan and thread count (test/engine/kernels.test.ts).
 */

export const KERNEL_NAMES = ['js', 'wasm'] as const;

export type KernelName = (typeof KERNEL_NAMES)[number];
