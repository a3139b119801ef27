/**
 * `swiss-rank simulate`: Expected Win Scores for one elimination plan. Each step is a call into
 * input / run / report; this file only wires them.
 */
import type { OutputFormat } from '../report/outputFormat.js';
import { resultJson } from '../report/resultJson.js';
import { resolveRunOptions } from '../run/runOptions.js';
import { simulate, type SimulationResult } from '../run/simulate.js';
import { simulateExact } from '../run/simulateExact.js';
import type { CliIo } from './cliIo.js';
import { checkOutput, emit, loadTournament, withProgress } from './commandSteps.js';
import type { SimulateRequest } from './options.js';

export async function simulateCommand(request: SimulateRequest, io: CliIo): Promise<void> {
  // Everything cheap is checked before any file is read or any tournament played.
  const run = resolveRunOptions({ iterations: request.iterations, seed: request.seed, threads: request.threads });
  await checkOutput(request);
  const { tournament } = await loadTournament(
    {
      data: request.data,
      rounds: request.data.rounds,
      elimination: request.elimination.length === 1 ? request.elimination[0] : request.elimination,
      tieBreak: request.tieBreak,
      quiet: request.quiet,
    },
    io,
  );
  const result = request.exact
    ? simulateExact(tournament)
    : await withProgress(io, request.quiet, 'simulating', (onProgress) =>
        simulate(tournament, {
          ...run,
          pool: request.threads === undefined ? io.pool : undefined,
          signal: io.signal,
          onProgress,
        }),
      );
  await emit(await renderSimulation(result, request.format), request.out, io, request.quiet);
}

/** The table and CSV renderers are loaded on demand: their libraries cost start-up time that a
 *  JSON run should not pay. */
export async function renderSimulation(result: SimulationResult, format: OutputFormat): Promise<string> {
  switch (format) {
    case 'json':
      return resultJson(result);
    case 'csv':
      return (await import('../report/simulationCsv.js')).simulationCsv(result);
    case 'table':
      return (await import('../report/simulationTable.js')).simulationTable(result);
  }
}
