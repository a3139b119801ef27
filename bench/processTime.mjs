// One whole process timed by the operating system (/usr/bin/time): CPU seconds (user + sys of the
// child and its threads), wall seconds and peak RSS; and min / median over runs. CPU is the figure
// to quote on a shared machine (other processes stretch wall time, not the CPU a run uses).
// Cost: the process itself; nothing is kept of its output but the exit status.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const TIME = '/usr/bin/time';

/** Runs `command args` once; returns { cpu, wall, rssMiB } or throws with its stderr. */
export function timeProcess(command, args) {
  if (!existsSync(TIME)) throw new Error('bench needs /usr/bin/time (Debian package "time") for CPU times');
  const result = spawnSync(TIME, ['-f', '%e %U %S %M', command, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed (${result.status}):\n${result.stderr}`);
  const [wall, user, sys, kib] = result.stderr.trim().split('\n').pop().split(' ').map(Number);
  return { cpu: user + sys, wall, rssMiB: kib / 1024 };
}

/** The smallest and the median (the lower middle one for an even count) of some numbers. */
export function minMedian(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return { min: sorted[0], median: sorted[Math.floor((sorted.length - 1) / 2)], max: sorted[sorted.length - 1] };
}
