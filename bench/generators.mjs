// Why the kernel draws from xoshiro128** and not from seedrandom directly: uniform integers in
// [0, 29) per second from each of seedrandom's generators (through its int32(), its fastest call,
// with the same unbiased multiply-shift the kernel uses) against the kernel's Xoshiro128.below.
// (Whole-kernel figures with each generator feeding the kernel were measured with this script at
// commit d52cfa9, before the kernel took per-round states; see the README.)
// Run: npm run build && node bench/generators.mjs
import seedrandom from 'seedrandom';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const { Xoshiro128 } = await import(join(root, 'dist', 'src', 'rng', 'xoshiro128.js'));
const { blockSeed } = await import(join(root, 'dist', 'src', 'rng', 'blockSeed.js'));

const ALGORITHMS = ['alea', 'xor128', 'xorwow', 'xorshift7', 'xor4096', 'tychei'];
const DRAWS = 20_000_000;
const N = 29;

/** The kernel's rule for a uniform integer in [0, n): product = high * 2^32 + low, rejected
 *  when low < 2^32 mod n (checked only when low < n, as the kernel does). */
function belowFrom(int32) {
  return (n) => {
    for (;;) {
      const product = (int32() >>> 0) * n;
      const high = Math.floor(product * 2.3283064365386963e-10);
      const low = product - high * 4294967296;
      if (low >= n || low >= 4294967296 % n) return high;
    }
  };
}

function measure(name, draw) {
  let sink = 0;
  for (let i = 0; i < 1_000_000; i++) sink += draw(); // warm-up
  const started = performance.now();
  for (let i = 0; i < DRAWS; i++) sink += draw();
  const seconds = (performance.now() - started) / 1000;
  return { name, perSecond: DRAWS / seconds, sink };
}

const results = [];
const kernel = new Xoshiro128(blockSeed(1, 0));
results.push(measure('xoshiro128** (the kernel)', () => kernel.below(N)));
for (const algorithm of ALGORITHMS) {
  const rng = seedrandom[algorithm]('swiss-rank:1:0');
  const below = belowFrom(() => rng.int32());
  results.push(measure(`seedrandom.${algorithm}`, () => below(N)));
}
const arc4 = seedrandom('swiss-rank:1:0');
const arc4Below = belowFrom(() => arc4.int32());
results.push(measure('seedrandom ARC4 (default)', () => arc4Below(N)));

console.log(`node ${process.version}; ${DRAWS.toLocaleString('en-US')} uniform integers in [0, ${N}) from each generator`);
for (const r of results) {
  console.log(`${r.name.padEnd(28)} ${(r.perSecond / 1e6).toFixed(1).padStart(7)} M draws/s   ${(results[0].perSecond / r.perSecond).toFixed(2)}x the kernel's time`);
}
