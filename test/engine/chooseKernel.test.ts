/** Which kernel runs: wasm by default, js with a warning when the module cannot load, and
 *  KERNEL_UNAVAILABLE when wasm was asked for and cannot load. */
import { describe, expect, it } from 'vitest';
import { chooseKernel } from '../../src/engine/chooseKernel.js';
import { instantiateWasmKernel, tryWasmKernel, WASM_KERNEL_URL } from '../../src/engine/loadWasmKernel.js';

const missing = () => instantiateWasmKernel(new URL('does-not-exist.wasm', WASM_KERNEL_URL));
const notWasm = () => instantiateWasmKernel(new URL('../../package.json', WASM_KERNEL_URL));

describe('choosing the kernel', () => {
  it('loads the built module, and says why when a module cannot be loaded', () => {
    expect('instance' in tryWasmKernel()).toBe(true);
    expect(missing()).toEqual({ failure: expect.stringContaining('ENOENT') });
    expect(notWasm()).toEqual({ failure: expect.any(String) });
  });

  it('defaults to wasm when it loads, else to js with a warning', () => {
    const warnings: string[] = [];
    expect(chooseKernel(undefined, tryWasmKernel, (w) => warnings.push(w))).toBe('wasm');
    expect(warnings).toEqual([]);
    expect(chooseKernel(undefined, missing, (w) => warnings.push(w))).toBe('js');
    expect(warnings).toEqual([expect.stringMatching(/^the WebAssembly kernel cannot be loaded \(.*ENOENT.*\): using the JS kernel/)]);
  });

  it('refuses wasm asked for when it cannot load, and never loads it for js', () => {
    expect(() => chooseKernel('wasm', notWasm, () => undefined)).toThrow(
      expect.objectContaining({ code: 'KERNEL_UNAVAILABLE', location: { option: 'kernel' } }),
    );
    expect(chooseKernel('wasm', tryWasmKernel, () => undefined)).toBe('wasm');
    expect(chooseKernel('js', () => { throw new Error('not to be loaded'); }, () => undefined)).toBe('js');
  });
});
