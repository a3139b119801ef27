/**
 * What the WebAssembly kernel (assembly/csdKernel.ts) exports, and the one piece of state a thread
 * keeps beside it: which job's plans its memory holds now. The field numbers of the memory layout
 * are the module's own exported constants, so the two sides cannot disagree about them.
 */

// Node's WebAssembly types come with the DOM library, which this project does not load: the little
// used is typed here.

/** The layout constants (immutable globals) and functions assembly/csdKernel.ts exports. */
export interface WasmKernelExports {
  readonly memory: { readonly buffer: ArrayBuffer; grow(pages: number): number };
  heapBase(): number;
  seedBlock(a: number, b: number, c: number, d: number): void;
  blockStateAt(): number;
  simulate(job: number, iterations: number): void;
  readonly [layoutConstant: `JOB_${string}` | `PLAN_${string}`]: { readonly value: number };
}

export interface WasmKernelInstance {
  readonly exports: WasmKernelExports;
  /** The job laid out in memory now; another job first has it flush the counts it holds, then
   *  lays itself out (and the first lays itself out again when its turn comes back). */
  loadedJob: { flush(): void } | undefined;
}
