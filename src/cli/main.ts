#!/usr/bin/env node
/** The `swiss-rank` executable: wires the process (argv, streams, signals) to runCli. */
import { runCli } from './runCli.js';

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
