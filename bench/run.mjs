// npm run bench: the performance figures, each measured as a whole process against the C
// reference (../shared/tools/csd_ref.c, built here with cc -O3 -march=native) in the same run.
// CPU time (user + sys) is the figure to quote on a shared machine: other processes stretch wall
// time, not the CPU a run uses; wall time is shown beside it (and is the figure for the speed-up
// of two threads). Prints one table; never part of `npm test`. Usage: node bench/run.mjs [--runs R] [--quick]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = dirname(dirname(fileURLToPath(import.meta.url)));
const out = join(root, 'bench', 'out');
const shared = join(root, '..', 'shared');
const bin = join(root, 'dist', 'swiss-rank.mjs');
const args = process.argv.slice(2);
const runs = Number(args[args.indexOf('--runs') + 1]) || 5;
const quick = args.includes('--quick');
mkdirSync(out, { recursive: true });

// ---- the C yardstick -------------------------------------------------------------------------
const csdRefSource = join(shared, 'tools', 'csd_ref.c');
const csdRef = join(out, 'csd_ref');
let haveC = false;
if (existsSync(csdRefSource)) {
  const cc = spawnSync('cc', ['-O3', '-march=native', '-o', csdRef, csdRefSource, '-lm']);
  haveC = cc.status === 0;
  if (!haveC) console.error(`bench: could not build csd_ref (${cc.stderr})`);
}

// ---- the paper's shape: 29 models, 43 benchmark rows in 12 rounds of 5,3,2,5,6,4,4,3,3,4,1,3 ---
const groupSizes = [5, 3, 2, 5, 6, 4, 4, 3, 3, 4, 1, 3];
const models = Array.from({ length: 29 }, (_, m) => `m${m}`);
let state = 20251224;
const random = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32);
const benchmarks = [];
let row = 0;
const roundNames = [];
const roundRows = [];
for (const size of groupSizes) {
  const names = [];
  const rows = [];
  for (let i = 0; i < size; i++, row++) {
    names.push(`b${row}`);
    rows.push(row);
    benchmarks.push([`b${row}`, ...models.map(() => (random() * 100).toFixed(1))]);
  }
  roundNames.push(names.join(','));
  roundRows.push(rows.join(','));
}
const paperCsv = join(out, 'paper_shape.csv');
writeFileSync(paperCsv, [['benchmark', ...models].join(','), ...benchmarks.map((r) => r.join(','))].join('\n') + '\n');
const paperRounds = roundNames.join(';');
const paperRoundRows = roundRows.join(';');
const openLlm = join(root, 'data', 'open_llm_leaderboard_v2.csv');

// ---- timing ------------------------------------------------------------------------------------
const hasTime = existsSync('/usr/bin/time');
/** Runs a command `runs` times (after one warm-up); returns the best and median CPU seconds
 *  (user + sys, from the OS's accounting of the finished process) and wall seconds, and peak RSS (MiB). */
function time(command, commandArgs, { warmup = 1 } = {}) {
  if (!hasTime) throw new Error('bench needs /usr/bin/time (Debian package "time") for CPU times');
  const cpu = [];
  const wall = [];
  let rss = 0;
  for (let i = 0; i < warmup + runs; i++) {
    const result = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', command, ...commandArgs], { encoding: 'utf8', maxBuffer: 1 << 28 });
    if (result.status !== 0) throw new Error(`${command} ${commandArgs.join(' ')} failed:\n${result.stderr}`);
    if (i < warmup) continue;
    const [elapsed, user, sys, kib] = result.stderr.trim().split('\n').pop().split(' ').map(Number);
    cpu.push(user + sys);
    wall.push(elapsed);
    rss = Math.max(rss, kib / 1024);
  }
  const best = (xs) => [...xs].sort((a, b) => a - b)[0];
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { best: best(cpu), median: median(cpu), wall: median(wall), rssMiB: rss };
}

const node = process.execPath;
const swiss = (extra) => [bin, 'simulate', '--quiet', '--format', 'json', ...extra];
const paperArgs = ['--scores', paperCsv, '--rounds', paperRounds, '--elimination', '2'];

const rows = [];
/** `by`: 'cpu' (the default, for one-thread runs), or 'wall' for a run that uses several threads,
 *  whose CPU time adds up over them: its point is how long the user waits. */
function compare(name, target, ours, theirs, note = '', by = 'cpu') {
  const a = time(node, ours);
  const b = haveC && theirs ? time(csdRef, theirs) : undefined;
  const ratio = b ? (by === 'wall' ? b.wall / a.wall : b.best / a.best) : undefined;
  rows.push({ name, target, ours: a, c: b, ratio, note });
}

const N1 = quick ? 200_000 : 1_000_000;
compare(`1. kernel, 1 thread, paper shape T=2, ${N1.toLocaleString('en-US')} tournaments`, 'C/ours >= 1.0 (stretch 2.0)',
  swiss([...paperArgs, '--iterations', String(N1), '--threads', '1']),
  [paperCsv, paperRoundRows, '2', String(N1), '1', 'random']);
compare('2. headline: simulate --iterations 100000, default threads, end to end (wall)', 'C(1 thread)/ours >= 1.0',
  swiss([...paperArgs, '--iterations', '100000']),
  [paperCsv, paperRoundRows, '2', '100000', '1', 'random'], '', 'wall');
const N3 = quick ? 400_000 : 2_000_000;
const one = time(node, swiss([...paperArgs, '--iterations', String(N3), '--threads', '1']));
const two = time(node, swiss([...paperArgs, '--iterations', String(N3), '--threads', '2']));
// The speed-up is what a user waits for: wall time, median of the runs.
rows.push({ name: `3. cores: ${N3.toLocaleString('en-US')} tournaments, --threads 2 vs 1 (wall)`, target: 'speed-up >= 1.7',
  ours: two, c: one, ratio: one.wall / two.wall, note: `1 thread ${one.wall.toFixed(3)} s` });
if (existsSync(openLlm)) {
  compare('4. scale: Open LLM Leaderboard 4,496 x 6, T=0, 10,000 tournaments, 1 thread', 'C/ours >= 1.0, RSS < 1 GiB',
    swiss(['--scores', openLlm, '--elimination', '0', '--iterations', '10000', '--threads', '1']),
    [openLlm, 'each', '0', '10000', '1', 'random']);
}

// ---- report --------------------------------------------------------------------------------------
const commit = (() => {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
})();
console.log(`swiss-rank bench: commit ${commit}, node ${process.version}, ${cpus().length} x ${cpus()[0]?.model ?? '?'}, ` +
  `${(totalmem() / 2 ** 30).toFixed(0)} GiB; whole processes, ${runs} runs each after a warm-up`);
const fmt = (t) => (t ? `${t.best.toFixed(3)} (${t.median.toFixed(3)})` : 'n/a');
const table = [['measurement', 'swiss-rank CPU s', 'reference CPU s', 'swiss-rank wall s', 'ratio', 'target', 'peak RSS MiB']];
for (const r of rows) {
  table.push([r.name, fmt(r.ours), fmt(r.c), r.ours.wall.toFixed(3), r.ratio ? r.ratio.toFixed(2) : 'n/a', r.target,
    r.ours.rssMiB ? r.ours.rssMiB.toFixed(0) : 'n/a']);
}
const widths = table[0].map((_, i) => Math.max(...table.map((r) => String(r[i]).length)));
for (const r of table) console.log(r.map((c, i) => String(c).padEnd(widths[i])).join(' | '));
console.log('CPU s: best (median) of user + sys. reference = csd_ref (C, one thread) for 1, 2 and 4; the --threads 1 run ' +
  'for 3. ratio = reference / swiss-rank, in CPU time (2 and 3, which use two threads: in wall time).');
