/**
 * `swiss-rank report --config FILE [--out DIR]`: a sweep driven by a config file, written as a
 * folder: results.json, results.csv and report.html (the paper's two figures, the table and the
 * provenance). The config is checked whole before anything runs.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { SwissRankError } from '../errors.js';
import { loadReportConfig } from '../input/reportConfig.js';
import { renderReportHtml } from '../report/html/renderReportHtml.js';
import { resultJson } from '../report/resultJson.js';
import { sweepCsv } from '../report/sweepCsv.js';
import { checkReportFolder, writeReportFolder, type ReportFolderOptions } from '../report/writeReportFolder.js';
import { resolveRunOptions } from '../run/runOptions.js';
import { DEFAULT_SWEEP, sweep } from '../run/sweep.js';
import type { CliIo } from './cliIo.js';
import { loadTournament, withProgress } from './commandSteps.js';
import type { ReportRequest } from './options.js';

export async function reportCommand(request: ReportRequest, io: CliIo): Promise<void> {
  const config = await loadReportConfig(request.config);
  // As typed, so messages name the folder the way the user did.
  const out = request.out ?? config.out;
  if (out === undefined) {
    throw new SwissRankError('BAD_CONFIG', 'no output folder: give "out" in the config or --out', {
      file: request.config,
      option: 'out',
    });
  }
  const run = resolveRunOptions({ iterations: config.iterations, seed: config.seed, threads: request.threads });
  // The folder may never be, or contain, the folder of the config or the data it reads.
  const folderOptions: ReportFolderOptions = {
    protect: [request.config, ...(config.data.scores !== undefined ? [config.data.scores] : []), ...(config.data.winMatrices ?? [])],
    force: request.force,
  };
  await checkReportFolder(out, folderOptions);

  const { tournament } = await blameConfig(request.config, () =>
    loadTournament(
      {
        data: { ...config.data, winMatrices: config.data.winMatrices ? [...config.data.winMatrices] : undefined, rounds: undefined },
        rounds: config.rounds,
        elimination: 0,
        sweep: config.sweep ?? DEFAULT_SWEEP,
        tieBreak: config.tieBreak,
        quiet: request.quiet,
      },
      io,
    ),
  );
  const result = await withProgress(io, request.quiet, 'sweeping', (onProgress) =>
    sweep(tournament, {
      ...run,
      sweep: config.sweep,
      pool: request.threads === undefined ? io.pool : undefined,
      signal: io.signal,
      onProgress,
    }),
  );

  const dataFiles = await Promise.all(
    tournament.source.files.map(async (path) => ({ path, sha256: await sha256(path) })),
  );
  const html = renderReportHtml(result, {
    generatedAt: new Date().toISOString(),
    configPath: request.config,
    configText: config.text,
    dataFiles,
    command: [
      'swiss-rank', 'report', '--config', request.config,
      ...(request.out ? ['--out', request.out] : []),
      ...(request.force ? ['--force'] : []),
    ].join(' '),
  });
  await writeReportFolder(
    out,
    new Map([
      ['results.json', resultJson(result)],
      ['results.csv', await sweepCsv(result)],
      ['report.html', html],
    ]),
    folderOptions,
  );
  if (!request.quiet) io.stderr.write(`wrote ${out}/report.html, results.json and results.csv\n`);
}

/** Round-plan errors name key paths such as rounds[3].benchmarks[1]; say which file they are in. */
async function blameConfig<T>(configPath: string, task: () => Promise<T>): Promise<T> {
  try {
    return await task();
  } catch (error) {
    if (error instanceof SwissRankError && error.location.file === undefined && error.location.option?.startsWith('rounds')) {
      throw new SwissRankError(error.code, error.message, { ...error.location, file: configPath }, error.others);
    }
    throw error;
  }
}

async function sha256(path: string): Promise<string> {
  return createHash('sha256').update(await readFile(path)).digest('hex');
}
