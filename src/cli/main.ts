#!/usr/bin/env node
/** The `swiss-rank` executable: wires the process (argv, streams, signals) to runCli. */
import { availableParallelism } from 'node:os';
import { startPool } from '../run/startPool.js';
import { runCli } from './runCli.js';
import type { WorkerPool } from '../run/workerPool.js';

const argv = process.argv.slice(2);
// A failed write to stdout or stderr is also emitted as an 'error' event, and one with no
// listener kills the process with a stack trace. writeToStream reports stdout's failures through
// its write callback (EPIPE becomes exit 141, ENOSPC one line and exit 2), and a failing stderr
// has nobody left to tell, so these listeners only keep such events from crashing the process.
process.stdout.on('error', () => undefined);
process.stderr.on('error', () => undefined);
const controller = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => controller.abort());
}

// Workers take ~50 ms to boot. For a command that simulates on the default thread count they boot
// on the other cores while this thread parses options and loads data, so they are ready when play
// starts. (An explicit --threads builds its own pool once the options are parsed.)
const SIMULATING = ['simulate', 'sweep', 'compare', 'perturb', 'report'];
const cores = availableParallelism();
const pool: WorkerPool | undefined =
  SIMULATING.includes(argv[0]) && !argv.some((a) => a === '--threads' || a.startsWith('--threads='))
    ? await startPool(cores)
    : undefined;

try {
  process.exitCode = await runCli(argv, {
    stdout: process.stdout,
    stderr: process.stderr,
    signal: controller.signal,
    pool,
  });
} finally {
  await pool?.close();
}
