/**
 * Loads the WebAssembly kernel (dist/kernel/csdKernel.wasm, built from assembly/ by `npm run
 * build`) from the package's own folder, never the network: one instance per thread, made on first
 * use and kept (its memory grows only when a plan needs more). Cost: ~1 ms once per thread.
 */
import { readFileSync } from 'node:fs';
import type { WasmKernelInstance } from '../core/wasm/wasmKernelInstance.js';
import { SwissRankError } from '../errors.js';
import { PACKAGE_ROOT } from '../packageInfo.js';

/** Relative to the package root, whether this module runs from src/, dist/src/ or the bundle. */
export const WASM_KERNEL_URL = new URL('dist/kernel/csdKernel.wasm', PACKAGE_ROOT);

/** The part of the WebAssembly API used (its types come with the DOM library, not loaded here). */
interface WebAssemblyApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: unknown };
}

/** An instance, or why there is none (a missing build, no WebAssembly). */
export type WasmKernelLoad = { instance: WasmKernelInstance } | { failure: string };

let loaded: WasmKernelLoad | undefined;

/** This thread's instance, or why there is none. */
export function tryWasmKernel(): WasmKernelLoad {
  loaded ??= instantiateWasmKernel(WASM_KERNEL_URL);
  return loaded;
}

/** This thread's instance; KERNEL_UNAVAILABLE (on the option `kernel`) when it cannot be made. */
export function wasmKernel(): WasmKernelInstance {
  return requireLoaded(tryWasmKernel());
}

export function requireLoaded(result: WasmKernelLoad): WasmKernelInstance {
  if ('failure' in result) {
    throw new SwissRankError('KERNEL_UNAVAILABLE', `the WebAssembly kernel cannot be loaded: ${result.failure}`, { option: 'kernel' });
  }
  return result.instance;
}

/** A new instance of the module at `url` (a file URL). */
export function instantiateWasmKernel(url: URL): WasmKernelLoad {
  try {
    const { Module, Instance } = (globalThis as unknown as { WebAssembly: WebAssemblyApi }).WebAssembly;
    const instance = new Instance(new Module(readFileSync(url)), {});
    return { instance: { exports: instance.exports as unknown as WasmKernelInstance['exports'], loadedJob: undefined } };
  } catch (error) {
    return { failure: error instanceof Error ? error.message : String(error) };
  }
}
