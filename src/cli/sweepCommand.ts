/**
 * `swiss-rank sweep`: the Failure Sensitivity Analysis: Expected Win Scores at each constant
 * elimination, the drop from the first to the last with its paired standard error, and profiles.
 */
import type { OutputFormat } from '../report/outputFormat.js';
import { resultJson } from '../report/resultJson.js';
import { resolveRunOptions } from '../run/runOptions.js';
import { sweep } from '../run/sweep.js';
import type { SweepResult } from '../run/sweepResult.js';
import type { CliIo } from './cliIo.js';
import { checkOutput, emit, loadTournament, withProgress } from './commandSteps.js';
import type { SweepRequest } from './options.js';

export async function sweepCommand(request: SweepRequest, io: CliIo): Promise<void> {
  const run = resolveRunOptions({ iterations: request.iterations, seed: request.seed, threads: request.threads });
  await checkOutput(request);
  const { tournament } = await loadTournament(
    { data: request.data, rounds: request.data.rounds, elimination: 0, sweep: request.sweep, tieBreak: request.tieBreak, quiet: request.quiet },
    io,
  );
  const result = await withProgress(io, request.quiet, 'sweeping', (onProgress) =>
    sweep(tournament, {
      ...run,
      sweep: request.sweep,
      pool: request.threads === undefined ? io.pool : undefined,
      signal: io.signal,
      onProgress,
    }),
  );
  await emit(await renderSweep(result, request.format), request.out, io, request.quiet);
}

export async function renderSweep(result: SweepResult, format: OutputFormat): Promise<string> {
  switch (format) {
    case 'json':
      return resultJson(result);
    case 'csv':
      return (await import('../report/sweepCsv.js')).sweepCsv(result);
    case 'table':
      return (await import('../report/sweepTable.js')).sweepTable(result);
  }
}
