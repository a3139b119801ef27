/**
 * `swiss-rank simulate`: load, build the tournament, run, render, write. Each step is a call
 * into input / run / report; this file only wires them and talks to the terminal.
 */
import { simulationJson } from '../report/simulationJson.js';
import { checkWritable, writeAtomically } from '../report/writeAtomically.js';
import type { WorkerPool } from '../run/workerPool.js';
import { resolveRunOptions } from '../run/runOptions.js';
import { buildTournament } from '../run/tournament.js';
import { simulate, type SimulationResult } from '../run/simulate.js';
import { DEFAULT_DATA_LABEL, loadData } from './loadData.js';
import { noProgress, progressBar } from './progressBar.js';
import type { OutputFormat } from '../report/outputFormat.js';
import type { SimulateRequest } from './simulateOptions.js';

export interface CliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  signal?: AbortSignal;
  /** A worker pool started early by the executable, used when --threads is not given. */
  pool?: WorkerPool;
}

export async function simulateCommand(request: SimulateRequest, io: CliIo): Promise<void> {
  // Everything cheap is checked before any file is read or any tournament played.
  const run = resolveRunOptions({ iterations: request.iterations, seed: request.seed, threads: request.threads });
  if (request.out !== undefined) await checkWritable(request.out);
  const { data, defaultUsed } = await loadData(request.data);
  const tournament = buildTournament(data, {
    rounds: request.data.rounds,
    elimination: request.elimination.length === 1 ? request.elimination[0] : request.elimination,
    tieBreak: request.tieBreak,
    missing: request.data.missing,
  });
  const chatty = !request.quiet;
  // Warnings print even with --quiet: they say the result rests on less data than the file holds.
  for (const row of tournament.source.skippedRows) {
    io.stderr.write(
      `swiss-rank: warning: ${tournament.source.files[0]}:${row.line}: left out ${JSON.stringify(row.name)} ` +
        `(${row.fields} fields, the header has ${row.expected}) as --ragged skip asks\n`,
    );
  }
  if (chatty && defaultUsed) {
    io.stderr.write(
      `No --scores given: using the ${DEFAULT_DATA_LABEL}, ${data.models.length} models, ` +
        `one round per scenario in file order (${tournament.rounds.map((r) => r.name).join(', ')}).\n`,
    );
  }
  const bar = chatty && io.stderr.isTTY ? progressBar(io.stderr, 'simulating') : noProgress;
  let result: SimulationResult;
  try {
    result = await simulate(tournament, {
      ...run,
      pool: request.threads === undefined ? io.pool : undefined,
      signal: io.signal,
      onProgress: (done, total) => bar.update(done, total),
    });
  } finally {
    bar.finish();
  }
  const text = await render(result, request.format);
  if (request.out !== undefined) {
    await writeAtomically(request.out, text);
    if (chatty) io.stderr.write(`wrote ${request.out}\n`);
  } else {
    io.stdout.write(text);
  }
}

/** The table and CSV renderers are loaded on demand: their libraries cost start-up time that a
 *  JSON run should not pay. */
export async function render(result: SimulationResult, format: OutputFormat): Promise<string> {
  switch (format) {
    case 'json':
      return simulationJson(result);
    case 'csv':
      return (await import('../report/simulationCsv.js')).simulationCsv(result);
    case 'table':
      return (await import('../report/simulationTable.js')).simulationTable(result);
  }
}
