#!/usr/bin/env node
/** The `swiss-rank` executable: wires the process (argv, streams, signals) to runCli. */
import { runCli } from './runCli.js';

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

process.exitCode = await runCli(
  process.argv.slice(2),
  { stdout: process.stdout, stderr: process.stderr, signal: controller.signal },
  // Workers take ~50 ms to boot: a simulating command starts them while its data loads.
  { prestart: true },
);
