// npm run bench: swiss-rank against the C reference (../shared/tools/csd_ref.c, cc -O3) as whole
// processes, run in turn (ours, C, ours, C, ...) so drifts of a shared machine hit both alike.
// Per tournament: two iteration counts, the difference of their times over the difference of the
// counts, so start-up cancels; on the paper's shape, HELM Lite and the Open LLM Leaderboard at T=0
// and T=2, one thread. End to end: Open LLM simulate and report, the LiveBench compare of
// docs/statistics.md. CPU = user + sys of the child (all its threads); wall beside it.
// Usage: node bench/run.mjs [--runs R] [--quick] [--variant 'NAME=EXTRA ARGS']... (each variant is
// swiss-rank with extra arguments, e.g. --variant 'wasm=--kernel wasm'; default: swiss-rank as is)
// [--before DIR] (an earlier swiss-rank, built, e.g. a worktree of the commit issue 14 was filed
// at: the yardstick of the LiveBench compare, whose target is "2.5x faster than before").
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minMedian, timeProcess } from './processTime.mjs';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const out = join(root, 'bench', 'out');
const shared = join(root, '..', 'shared');
const bin = join(root, 'dist', 'swiss-rank.mjs');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const runs = Number(args[args.indexOf('--runs') + 1]) || (quick ? 2 : 3);
const before = args.includes('--before') ? join(args[args.indexOf('--before') + 1], 'dist', 'swiss-rank.mjs') : undefined;
if (before && !existsSync(before)) throw new Error(`bench: --before has no ${before} (build it first)`);
const variants = [
  { name: 'swiss-rank', extra: [] },
  ...args.flatMap((a, i) => (a === '--variant' ? [args[i + 1]] : [])).map((spec) => {
    const [name, ...rest] = spec.split('=');
    return { name, extra: rest.join('=').split(' ').filter(Boolean) };
  }),
];
mkdirSync(out, { recursive: true });
const node = process.execPath;
const count = (n) => n.toLocaleString('en-US');

// ---- the C yardstick -------------------------------------------------------------------------
const csdRefSource = join(shared, 'tools', 'csd_ref.c');
const csdRef = join(out, 'csd_ref');
const cc = existsSync(csdRefSource) ? spawnSync('cc', ['-O3', '-march=native', '-o', csdRef, csdRefSource, '-lm']) : undefined;
const haveC = cc?.status === 0;
if (!haveC) console.log(cc ? `bench: could not build csd_ref (${cc.stderr})` : `bench: no ${csdRefSource}: swiss-rank alone, no ratios`);

// ---- the shapes --------------------------------------------------------------------------------
// The paper's: 29 models, 43 benchmark rows in 12 rounds of 5,3,2,5,6,4,4,3,3,4,1,3 (random scores).
const groupSizes = [5, 3, 2, 5, 6, 4, 4, 3, 3, 4, 1, 3];
const models = Array.from({ length: 29 }, (_, m) => `m${m}`);
let state = 20251224;
const random = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32;
const benchmarkRows = [];
const roundNames = [];
const roundRows = [];
for (const size of groupSizes) {
  const rows = Array.from({ length: size }, (_, i) => benchmarkRows.length + i);
  for (const row of rows) benchmarkRows.push([`b${row}`, ...models.map(() => (random() * 100).toFixed(1))]);
  roundNames.push(rows.map((r) => `b${r}`).join(','));
  roundRows.push(rows.join(','));
}
const paperCsv = join(out, 'paper_shape.csv');
writeFileSync(paperCsv, [['benchmark', ...models].join(','), ...benchmarkRows.map((r) => r.join(','))].join('\n') + '\n');
const openLlm = join(root, 'data', 'open_llm_leaderboard_v2.csv');
const helm = join(root, 'data', 'helm_lite_v1.13.0.csv');
const livebench = join(shared, 'data', 'livebench_2026_01_08.csv');
const scale = quick ? 0.5 : 1;
// Each shape: our arguments, csd_ref's (SCORES ROUNDS), and two counts whose difference takes ~1 s.
const shapes = [
  { name: 'paper shape 29 x 12 rounds (43 benchmarks)', ours: ['--scores', paperCsv, '--rounds', roundNames.join(';')],
    c: [paperCsv, roundRows.join(';')], n: [100_000, 500_000] },
  // HELM Lite's one gap is a coin in csd_ref; --missing coin plays it the same way.
  { name: 'HELM Lite 91 x 10 rounds', ours: ['--scores', helm, '--missing', 'coin'], c: [helm, 'each'], n: [20_000, 220_000] },
  { name: 'Open LLM 4,496 x 6 rounds', ours: ['--scores', openLlm], c: [openLlm, 'each'], n: [1_000, 6_000] },
];

// ---- measuring ---------------------------------------------------------------------------------
const rows = [];
/** One row: ours (each variant) and C, run in turn `runs` times after one warm-up of each. */
function measure(name, target, jobs, { warmup = 1, perTournament, times = runs } = {}) {
  const results = jobs.map(() => []);
  for (let r = 0; r < warmup + times; r++) {
    jobs.forEach((job, j) => {
      const t = job.run();
      if (r >= warmup) results[j].push(t);
    });
  }
  const c = jobs.findIndex((job) => job.isC);
  for (const [j, job] of jobs.entries()) {
    if (job.isC) continue;
    // Ratios run by run (C's run r over ours' run r), then their median: pairs share the machine's state.
    const ratio = (key) => (c < 0 ? undefined : minMedian(results[j].map((t, r) => results[c][r][key] / t[key])));
    rows.push({ name, variant: job.name, target, perTournament, ours: summary(results[j]), c: c < 0 ? undefined : summary(results[c]),
      cpuRatio: ratio('cpu'), wallRatio: ratio('wall') });
  }
}
const summary = (ts) => ({ cpu: minMedian(ts.map((t) => t.cpu)), wall: minMedian(ts.map((t) => t.wall)), rss: Math.max(...ts.map((t) => t.rssMiB)) });

/** A job timed at two counts; its result is the difference per tournament (µs), start-up cancelled. */
function perTournamentJob(name, isC, command, argsFor, [n1, n2]) {
  return {
    name, isC,
    run() {
      const a = timeProcess(command, argsFor(n1));
      const b = timeProcess(command, argsFor(n2));
      const us = (x, y) => ((y - x) / (n2 - n1)) * 1e6;
      return { cpu: us(a.cpu, b.cpu), wall: us(a.wall, b.wall), rssMiB: b.rssMiB };
    },
  };
}

for (const shape of shapes) {
  if (!existsSync(shape.c[0])) continue;
  const n = shape.n.map((x) => Math.round(x * scale));
  for (const T of [0, 2]) {
    const jobs = variants.map((v) =>
      perTournamentJob(v.name, false, node, (N) => [bin, 'simulate', ...shape.ours, '--elimination', String(T), '--iterations', String(N),
        '--threads', '1', '--format', 'json', '--quiet', ...v.extra], n),
    );
    if (haveC) jobs.push(perTournamentJob('csd_ref', true, csdRef, (N) => [...shape.c, String(T), String(N), '1', 'random'], n));
    measure(`${shape.name}, T=${T}: µs per tournament (${count(n[1])} - ${count(n[0])}), 1 thread`, 'C/ours >= 1', jobs,
      { warmup: 0, perTournament: true });
  }
}

const simulateIterations = quick ? 20_000 : 100_000;
measure(`Open LLM simulate --iterations ${count(simulateIterations)}, default threads, table output, end to end`,
  'wall C(1 thread)/ours >= 3.5', [
    ...variants.map((v) => ({ name: v.name, run: () => timeProcess(node, [bin, 'simulate', '--scores', openLlm,
      '--iterations', String(simulateIterations), '--quiet', ...v.extra]) })),
    ...(haveC ? [{ name: 'csd_ref', isC: true, run: () => timeProcess(csdRef, [openLlm, 'each', '0', String(simulateIterations), '1', 'random']) }] : []),
  ], { warmup: 0 });
measure('Open LLM report --config configs/open-llm-leaderboard.json, end to end', 'wall < 5 s',
  variants.map((v) => ({ name: v.name, run: () => timeProcess(node, [bin, 'report', '--config', join(root, 'configs', 'open-llm-leaderboard.json'),
    '--out', join(out, `open-llm-report-${v.name}`), '--quiet', ...v.extra]) })), { warmup: 0 });

// The LiveBench compare of docs/statistics.md (its 7 categories as rounds, 1,000 bootstrap
// replicates, zero-random): ~1 CPU-minute, so once (twice with --before), and not in --quick.
const livebenchRounds = 'theory_of_mind,zebra_puzzle,spatial,logic_with_navigation;code_generation,code_completion;javascript,typescript,python;' +
  'AMPS_Hard,integrals_with_game,math_comp,olympiad;consecutive_events,tablejoin,tablereformat;connections,plot_unscrambling,typos;' +
  'paraphrase,simplify,story_generation,summarize';
const livebenchCompare = 'LiveBench compare --iterations 10000 --bootstrap --zero-random 1 (docs/statistics.md), end to end';
if (!existsSync(livebench)) {
  console.log(`bench: skipped "${livebenchCompare}": no ${livebench} (LiveBench is not copied here)`);
} else if (quick) {
  console.log(`bench: skipped "${livebenchCompare}" in --quick (about 1 CPU-minute a run)`);
} else {
  const compare = (program, extra) => () => timeProcess(node, [program, 'compare', '--scores', livebench, '--ragged', 'skip',
    '--rounds', livebenchRounds, '--iterations', '10000', '--bootstrap', '--zero-random', '1', '--format', 'json', '--quiet', ...extra]);
  // With --before, the earlier build is this row's yardstick (in the C columns), run in turn with ours.
  measure(livebenchCompare + (before ? `; yardstick: ${before}` : ''), 'before/ours >= 2.5', [
    ...variants.map((v) => ({ name: v.name, run: compare(bin, v.extra) })),
    ...(before ? [{ name: 'before', isC: true, run: compare(before, []) }] : []),
  ], { warmup: 0, times: before ? Math.min(runs, 2) : 1 });
}

// ---- the table ---------------------------------------------------------------------------------
const commit = (() => {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
})();
console.log(`swiss-rank bench: commit ${commit}, node ${process.version}, ${cpus().length} x ${cpus()[0]?.model ?? '?'}, ` +
  `${(totalmem() / 2 ** 30).toFixed(0)} GiB; whole processes, ${runs} run(s) each, swiss-rank and csd_ref in turn`);
const fixed = (x, digits) => (x === undefined ? 'n/a' : x.toFixed(digits));
const pair = (m, digits) => (m ? `${fixed(m.min, digits)} / ${fixed(m.median, digits)}` : 'n/a');
const table = [['measurement', 'variant', 'ours CPU min/med', 'C CPU min/med', 'ours wall min/med', 'C wall min/med',
  'C/ours CPU med (min-max)', 'C/ours wall med', 'target', 'peak RSS MiB']];
for (const r of rows) {
  table.push([r.name, r.variant, pair(r.ours.cpu, 2), pair(r.c?.cpu, 2), pair(r.ours.wall, 2), pair(r.c?.wall, 2),
    r.cpuRatio ? `${fixed(r.cpuRatio.median, 2)} (${fixed(r.cpuRatio.min, 2)}-${fixed(r.cpuRatio.max, 2)})` : 'n/a',
    fixed(r.wallRatio?.median, 2), r.target, r.ours.rss.toFixed(0)]);
}
const widths = table[0].map((_, i) => Math.max(...table.map((r) => String(r[i]).length)));
for (const r of table) console.log(r.map((c, i) => String(c).padEnd(widths[i])).join(' | '));
console.log('Per-tournament rows: µs per tournament, (time at the larger count - time at the smaller) / the difference in counts, ' +
  'so start-up and parsing cancel; --threads 1 against csd_ref (one thread). Other rows: seconds. Ratios are C / ours run by run ' +
  '(above 1: swiss-rank is faster), their median and range; no C runs for report and compare (the compare\'s yardstick, ' +
  'with --before, is that earlier build).');
