/**
 * `swiss-rank perturb`: the paper's robustness test. `--zero "model:b1,b2"` zeroes those scores of
 * one model and shows its rank under every method before and after; `--zero-random K` does it for
 * every model with K random benchmarks and summarises the shifts per method.
 */
import { SwissRankError } from '../errors.js';
import type { OutputFormat } from '../report/outputFormat.js';
import { resultJson } from '../report/resultJson.js';
import { perturbModel, zeroRandomBenchmarks, type PerturbResult } from '../run/perturb.js';
import { runHeader } from '../run/runHeader.js';
import { resolveRunOptions } from '../run/runOptions.js';
import { startPool } from '../run/startPool.js';
import type { CliIo } from './cliIo.js';
import { checkOutput, emit, loadTournament, withProgress } from './commandSteps.js';
import type { PerturbRequest } from './options.js';

export async function perturbCommand(request: PerturbRequest, io: CliIo): Promise<void> {
  const run = resolveRunOptions({ iterations: request.iterations, seed: request.seed, threads: request.threads });
  if ((request.zero === undefined) === (request.zeroRandom === 0)) {
    throw new SwissRankError('CONFLICTING_OPTIONS', 'give either --zero "model:benchmark,..." or --zero-random K', {
      option: '--zero',
    });
  }
  const target = request.zero === undefined ? undefined : parseZero(request.zero);
  await checkOutput(request);
  const { data, tournament } = await loadTournament(
    { data: request.data, rounds: request.data.rounds, elimination: 0, sweep: request.sweep, tieBreak: request.tieBreak, quiet: request.quiet },
    io,
  );
  if (data.kind !== 'scores') {
    throw new SwissRankError('CONFLICTING_OPTIONS', 'zeroing scores needs a score table, not win matrices', {
      option: '--win-matrix',
    });
  }
  const pool = request.threads === undefined ? io.pool : await startPool(run.threads);
  try {
    const context = { data, tournament, sweep: request.sweep, run: { ...run, signal: io.signal }, pool };
    const body = target
      ? { zeroed: await perturbModel(context, target.model, target.benchmarks, request.zeroTo) }
      : await withProgress(io, request.quiet, 'perturbing', (onProgress) =>
          zeroRandomBenchmarks(context, request.zeroRandom, request.zeroTo, onProgress),
        );
    const result: PerturbResult = {
      ...runHeader(tournament, run),
      zeroTo: request.zeroTo,
      sweep: request.sweep,
      ...body,
    };
    await emit(await renderPerturbation(result, request.format), request.out, io, request.quiet);
  } finally {
    if (pool !== io.pool) await pool?.close();
  }
}

/** `model:benchmark1,benchmark2`; the model name may itself contain ':' (split at the last one). */
function parseZero(spec: string): { model: string; benchmarks: string[] } {
  const at = spec.lastIndexOf(':');
  const model = at > 0 ? spec.slice(0, at).trim() : '';
  const benchmarks = at > 0 ? spec.slice(at + 1).split(',').map((b) => b.trim()).filter((b) => b !== '') : [];
  if (model === '' || benchmarks.length === 0) {
    throw new SwissRankError('BAD_OPTION', `expected "model:benchmark1,benchmark2", found ${JSON.stringify(spec)}`, {
      option: '--zero',
    });
  }
  return { model, benchmarks };
}

export async function renderPerturbation(result: PerturbResult, format: OutputFormat): Promise<string> {
  switch (format) {
    case 'json':
      return resultJson(result);
    case 'csv':
      return (await import('../report/perturbCsv.js')).perturbCsv(result);
    case 'table':
      return (await import('../report/perturbTable.js')).perturbTable(result);
  }
}
