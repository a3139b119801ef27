// Why the kernel draws from xoshiro128** and not from seedrandom directly. Two figures per
// generator: uniform integers in [0, 29) per second (through seedrandom's int32(), its fastest
// call, with the same unbiased multiply-shift the kernel uses), and whole-kernel tournaments per
// second on the paper's shape (29 models, 12 rounds, T=2) with that generator feeding the kernel,
// each in a fresh process so V8 sees one generator only. Run: npm run build && node bench/generators.mjs
import seedrandom from 'seedrandom';
import { execFileSync } from 'node:child_process';
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

/** A seedrandom generator dressed as the kernel's generator. */
function kernelSource(name) {
  if (name === 'xoshiro128**') return new Xoshiro128(blockSeed(1, 0));
  const rng = name === 'arc4' ? seedrandom('swiss-rank:1:0') : seedrandom[name]('swiss-rank:1:0');
  return { below: belowFrom(() => rng.int32()), nextUint32: () => rng.int32() >>> 0, coin: () => rng.int32() < 0 };
}

if (process.argv[2] === '--kernel') {
  const { TournamentSimulator } = await import(join(root, 'dist', 'src', 'core', 'tournamentSimulator.js'));
  const { emptyCounts } = await import(join(root, 'dist', 'src', 'core', 'simulationCounts.js'));
  const [M, K, T, tournaments] = (process.argv[4] ?? '29,12,2,300000').split(',').map(Number);
  const roundScores = Float64Array.from({ length: M * K }, (_, i) => (i * 7919) % 1000);
  const plan = { modelCount: M, roundCount: K, outcomes: { kind: 'scores', roundScores }, elimination: new Int32Array(K).fill(T), tieBreak: 'random' };
  const simulator = new TournamentSimulator(plan);
  const source = kernelSource(process.argv[3]);
  simulator.simulate(source, Math.ceil(tournaments / 20), emptyCounts(M, K)); // warm-up
  const started = performance.now();
  simulator.simulate(source, tournaments, emptyCounts(M, K));
  console.log(Math.round(tournaments / ((performance.now() - started) / 1000)));
  process.exit(0);
}
const kernelRate = (name, shape) =>
  Number(execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--kernel', name, shape], { encoding: 'utf8' }));
const PAPER = '29,12,2,300000';
const SCALE = '4496,6,0,3000';

const results = [];
const kernel = new Xoshiro128(blockSeed(1, 0));
results.push({ ...measure('xoshiro128** (the kernel)', () => kernel.below(N)), tournaments: kernelRate('xoshiro128**', PAPER), scale: kernelRate('xoshiro128**', SCALE) });
for (const algorithm of ALGORITHMS) {
  const rng = seedrandom[algorithm]('swiss-rank:1:0');
  const below = belowFrom(() => rng.int32());
  results.push({ ...measure(`seedrandom.${algorithm}`, () => below(N)), tournaments: kernelRate(algorithm, PAPER), scale: kernelRate(algorithm, SCALE) });
}
const arc4 = seedrandom('swiss-rank:1:0');
const arc4Below = belowFrom(() => arc4.int32());
results.push({ ...measure('seedrandom ARC4 (default)', () => arc4Below(N)), tournaments: kernelRate('arc4', PAPER), scale: kernelRate('arc4', SCALE) });

console.log(`node ${process.version}; draws: ${DRAWS.toLocaleString('en-US')} uniform integers in [0, ${N}); ` +
  'kernel: tournaments/s on the paper shape (29 x 12, T=2) and at scale (4,496 x 6, T=0)');
console.log(`${'generator'.padEnd(28)} ${'draws M/s'.padStart(9)} ${'paper/s'.padStart(9)} ${'vs kernel'.padStart(9)} ${'scale/s'.padStart(8)} ${'vs kernel'.padStart(9)}`);
for (const r of results) {
  const paper = (r.tournaments / results[0].tournaments).toFixed(2);
  const scale = (r.scale / results[0].scale).toFixed(2);
  console.log(`${r.name.padEnd(28)} ${(r.perSecond / 1e6).toFixed(1).padStart(9)} ${String(r.tournaments).padStart(9)} ${paper.padStart(8)}x ${String(r.scale).padStart(8)} ${scale.padStart(8)}x`);
}
