/**
 * Which kernel a run plays on: the one asked for, or by default the WebAssembly one when it loads
 * and else the JS one, with a warning (the results are the same, only slower). Asking for `wasm`
 * when it cannot load is KERNEL_UNAVAILABLE. Cost: loading the module once per thread (~1 ms).
 */
import type { KernelName } from './kernelName.js';
import { requireLoaded, type WasmKernelLoad } from './loadWasmKernel.js';

export function chooseKernel(asked: KernelName | undefined, load: () => WasmKernelLoad, warn: (message: string) => void): KernelName {
  if (asked === 'js') return 'js';
  const loaded = load();
  if (asked === 'wasm') requireLoaded(loaded);
  if ('instance' in loaded) return 'wasm';
  warn(`the WebAssembly kernel cannot be loaded (${loaded.failure}): using the JS kernel (same results, slower)`);
  return 'js';
}
