/**
 * `swiss-rank compare`: CSD beside the plain mean, the normalised mean and HELM's mean win rate,
 * with Kendall's tau-b between every pair; `--bootstrap B` adds tiers of statistically tied models
 * and `--zero-random K` how far one broken benchmark moves each ranking.
 */
import { loadScoreTable } from '../input/scoreTable.js';
import type { OutputFormat } from '../report/outputFormat.js';
import { resultJson } from '../report/resultJson.js';
import { compare, type CompareResult } from '../run/compare.js';
import { resolveRunOptions } from '../run/runOptions.js';
import type { CliIo } from './cliIo.js';
import { checkOutput, emit, loadTournament, withProgress } from './commandSteps.js';
import type { CompareRequest } from './options.js';

export async function compareCommand(request: CompareRequest, io: CliIo): Promise<void> {
  const run = resolveRunOptions({ iterations: request.iterations, seed: request.seed, threads: request.threads });
  await checkOutput(request);
  const { data, tournament } = await loadTournament(
    { data: request.data, rounds: request.data.rounds, elimination: 0, sweep: request.sweep, tieBreak: request.tieBreak, quiet: request.quiet },
    io,
  );
  const scoreStdErrors =
    request.scoreStdErrors === undefined
      ? undefined
      : await loadScoreTable(request.scoreStdErrors, { layout: request.data.layout, delimiter: request.data.delimiter });
  const result = await withProgress(io, request.quiet, 'comparing', (onProgress) =>
    compare(data, tournament, {
      ...run,
      sweep: request.sweep,
      bootstrap: request.bootstrap,
      scoreStdErrors,
      zeroRandom: request.zeroRandom,
      zeroTo: request.zeroTo,
      pool: request.threads === undefined ? io.pool : undefined,
      signal: io.signal,
      onProgress,
    }),
  );
  await emit(await renderComparison(result, request.format), request.out, io, request.quiet);
}

export async function renderComparison(result: CompareResult, format: OutputFormat): Promise<string> {
  switch (format) {
    case 'json':
      return resultJson(result);
    case 'csv':
      return (await import('../report/compareCsv.js')).compareCsv(result);
    case 'table':
      return (await import('../report/compareTable.js')).compareTable(result);
  }
}
