// The kernel alone, in one process, on one thread: tournaments per second on the paper's shape
// (29 models, 12 rounds, T=2) under each round order, best of several timed runs after a warm-up.
// In-process, so start-up and the worker pool are left out: what a kernel change costs.
// Run: npm run build && node bench/kernel.mjs [--dist DIR] [--runs R] [--iterations N]
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const dist = resolve(option('--dist', join(root, 'dist')));
const runs = Number(option('--runs', 7));
const iterations = Number(option('--iterations', 200_000));
const { BlockRunner } = await import(join(dist, 'src', 'engine', 'blockRunner.js'));
const { blockCount } = await import(join(dist, 'src', 'engine', 'blocks.js'));

// Random scores in the paper's shape (the same numbers every run).
const M = 29;
const K = 12;
let state = 20251224;
const random = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32);
const roundScores = Float64Array.from({ length: K * M }, () => Math.round(random() * 1000) / 10);
const plan = (roundOrder) => ({
  modelCount: M,
  roundCount: K,
  outcomes: { kind: 'scores', roundScores },
  elimination: new Int32Array(K).fill(2),
  tieBreak: 'random',
  roundOrder,
});

function time(roundOrder) {
  const runner = new BlockRunner({ plans: [plan(roundOrder)], seed: 1, iterations });
  const started = process.hrtime.bigint();
  for (let b = 0; b < blockCount(iterations); b++) runner.runBlock(b);
  return Number(process.hrtime.bigint() - started) / 1e9;
}

const orders = ['fixed', 'random'];
const best = Object.fromEntries(orders.map((o) => [o, Infinity]));
for (const o of orders) time(o); // warm-up
for (let r = 0; r < runs; r++) for (const o of orders) best[o] = Math.min(best[o], time(o));
console.log(`kernel, ${dist}: ${iterations.toLocaleString('en-US')} tournaments, 29 models x 12 rounds, T=2, best of ${runs}`);
for (const o of orders) {
  console.log(`  roundOrder ${o.padEnd(6)} ${best[o].toFixed(3)} s  ${((iterations / best[o]) / 1e6).toFixed(3)} M tournaments/s`);
}
