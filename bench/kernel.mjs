// The kernels alone, one thread: CPU time per tournament of the JS kernel, the WebAssembly kernel
// and the C reference (../shared/tools/csd_ref.c, cc -O3 -march=native), interleaved in the same
// run on the shapes. Start-up is cancelled: each is timed at two N and the figure is the
// difference over N2 - N1 (ours in-process with process.cpuUsage, after a warm-up; csd_ref as a
// whole process, user + sys from /usr/bin/time). Ratios are taken within one repetition, so a busy
// machine slows all three alike; min and median over the repetitions are printed.
// Run: npm run build && node bench/kernel.mjs [--kernel js|wasm] [--runs R] [--no-c] [--dist DIR]
//      [--shapes paper,helm0,helm2,openllm (the default),paper-random]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const dist = resolve(option('--dist', join(root, 'dist')));
const runs = Number(option('--runs', 5));
const kernels = option('--kernel', 'js,wasm').split(',');
const { BlockRunner } = await import(join(dist, 'src', 'engine', 'blockRunner.js'));
const { blockCount } = await import(join(dist, 'src', 'engine', 'blocks.js'));
const { loadScores, tournament } = await import(join(dist, 'src', 'index.js'));

// ---- the shapes -----------------------------------------------------------------------------------
// The paper's: 29 models, 12 rounds, random scores (csd_ref --synthetic draws its own; the kernel's
// cost does not depend on the values while ties are rare). HELM Lite and Open LLM: the real tables,
// one round per benchmark, the same file read by both.
let state = 20251224;
const random = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32);
const paperScores = Float64Array.from({ length: 12 * 29 }, () => Math.round(random() * 1000) / 10);
const syntheticPlan = (M, K, T, roundOrder = 'fixed') => ({
  modelCount: M,
  roundCount: K,
  outcomes: { kind: 'scores', roundScores: paperScores },
  elimination: new Int32Array(K).fill(T),
  tieBreak: 'random',
  roundOrder,
});
const helmFile = join(root, 'data', 'helm_lite_v1.13.0.csv');
const openLlmFile = join(root, 'data', 'open_llm_leaderboard_v2.csv');
const filePlan = async (file, T) => tournament(await loadScores(file), { missing: 'coin', elimination: T }).plan;

const SHAPES = {
  paper: { label: 'paper shape 29 x 12, T=2', plan: async () => syntheticPlan(29, 12, 2), c: ['--synthetic', '29', '12', '2'], n: [100_000, 500_000] },
  // Not in csd_ref (it has no random round order): what `--round-order random` costs.
  'paper-random': { label: 'paper shape, T=2, random round order', plan: async () => syntheticPlan(29, 12, 2, 'random'), n: [100_000, 500_000] },
  helm0: { label: 'HELM Lite 91 x 10, T=0', plan: () => filePlan(helmFile, 0), c: [helmFile, 'each', '0'], n: [50_000, 250_000] },
  helm2: { label: 'HELM Lite 91 x 10, T=2', plan: () => filePlan(helmFile, 2), c: [helmFile, 'each', '2'], n: [50_000, 250_000] },
  openllm: { label: 'Open LLM 4,496 x 6, T=0', plan: () => filePlan(openLlmFile, 0), c: [openLlmFile, 'each', '0'], n: [2_000, 10_000] },
};
const shapeNames = option('--shapes', Object.keys(SHAPES).filter((name) => SHAPES[name].c).join(',')).split(',');

// ---- the C reference ------------------------------------------------------------------------------
const csdRefSource = join(root, '..', 'shared', 'tools', 'csd_ref.c');
const csdRef = join(root, 'bench', 'out', 'csd_ref');
let haveC = !args.includes('--no-c') && existsSync(csdRefSource) && existsSync('/usr/bin/time');
if (haveC) {
  mkdirSync(dirname(csdRef), { recursive: true });
  const cc = spawnSync('cc', ['-O3', '-march=native', '-o', csdRef, csdRefSource, '-lm']);
  haveC = cc.status === 0;
  if (!haveC) console.error(`bench: could not build csd_ref (${cc.stderr})`);
}

/** csd_ref's CPU seconds (user + sys) for `n` tournaments of a shape, the whole process. */
function cSeconds(shape, n) {
  const cArgs = [...shape.c, String(n), '1', 'random'];
  const result = spawnSync('/usr/bin/time', ['-f', '%U %S', csdRef, ...cArgs], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (result.status !== 0) throw new Error(`csd_ref ${cArgs.join(' ')} failed:\n${result.stderr}`);
  const [user, sys] = result.stderr.trim().split('\n').pop().split(' ').map(Number);
  return user + sys;
}

/** Our CPU seconds for `n` tournaments of `plan` on `kernel`, runner construction included. */
function ourSeconds(plan, kernel, n) {
  const started = process.cpuUsage();
  const runner = new BlockRunner({ plans: [plan], seed: 1, iterations: n, kernel });
  for (let b = 0; b < blockCount(n); b++) runner.runBlock(b);
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1e6;
}

// ---- the runs -------------------------------------------------------------------------------------
const perTournament = (seconds, [n1, n2]) => ((seconds(n2) - seconds(n1)) / (n2 - n1)) * 1e9; // ns
const sorted = (xs) => [...xs].sort((a, b) => a - b);
const minMedian = (xs) => `${sorted(xs)[0].toFixed(2)} / ${sorted(xs)[Math.floor(xs.length / 2)].toFixed(2)}`;
const nsMinMedian = (xs) => `${Math.round(sorted(xs)[0]).toLocaleString('en-US')} / ${Math.round(sorted(xs)[Math.floor(xs.length / 2)]).toLocaleString('en-US')}`;

console.log(`kernels, one thread, ${dist}: ns per tournament (start-up cancelled), min / median of ${runs} interleaved runs`);
for (const name of shapeNames) {
  const shape = SHAPES[name];
  if (!shape) throw new Error(`unknown shape ${name}; known: ${Object.keys(SHAPES).join(', ')}`);
  const plan = await shape.plan();
  for (const kernel of kernels) ourSeconds(plan, kernel, shape.n[0]); // warm-up: the JIT, the instance
  const withC = haveC && shape.c !== undefined;
  const ns = Object.fromEntries([...kernels, 'c'].map((k) => [k, []]));
  for (let r = 0; r < runs; r++) {
    if (withC) ns.c.push(perTournament((n) => cSeconds(shape, n), shape.n));
    for (const kernel of kernels) ns[kernel].push(perTournament((n) => ourSeconds(plan, kernel, n), shape.n));
  }
  const cells = kernels.map((k) => `${k} ${nsMinMedian(ns[k])}`);
  if (withC) cells.push(`csd_ref ${nsMinMedian(ns.c)}`);
  console.log(`${shape.label} (N ${shape.n.join(' -> ')}): ${cells.join(', ')}`);
  // Ratios within each repetition: csd_ref / ours (higher is faster than C), js / wasm.
  const ratio = (a, b) => ns[a].map((x, r) => x / ns[b][r]);
  const ratios = [];
  if (withC) for (const k of kernels) ratios.push(`csd_ref/${k} ${minMedian(ratio('c', k))}`);
  if (kernels.includes('js') && kernels.includes('wasm')) ratios.push(`js/wasm ${minMedian(ratio('js', 'wasm'))}`);
  if (ratios.length) console.log(`  ratios (min / median): ${ratios.join(', ')}`);
}
