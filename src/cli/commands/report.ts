/**
 * `swiss-rank report --config FILE [--out DIR]`: a sweep driven by a config file, written as a
 * folder: results.json, results.csv and report.html (the paper's two figures, CSD against the mean,
 * the pairwise heatmap, the searchable table with each model's record, and the provenance); with an "order" section, the round-order analysis too (in results.json and a third
 * figure). The config and its data are checked whole before anything runs, and a problem with
 * the output folder is reported beside them, not instead of them.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, relative, resolve } from 'node:path';
import { order, orderRuns, type OrderSettings } from '../../analyses/order.js';
import { explainRanking } from '../../analyses/rankingExplanation.js';
import { sweep } from '../../analyses/sweep.js';
import { SwissRankError } from '../../errors.js';
import { atLines, loadReportConfig, REPORT_CONFIG_OPTIONS, type ReportConfig } from '../../options/reportConfig.js';
import { renderReportHtml } from '../../report/html/renderReportHtml.js';
import { resultJson } from '../../report/resultJson.js';
import { sweepCsv } from '../../report/sweepCsv.js';
import { checkReportFolder, writeReportFolder, type ReportFolderOptions } from '../../report/writeReportFolder.js';
import { withElimination, type Tournament } from '../../tournament/tournament.js';
import { shareableSource } from '../../report/shareableSource.js';
import { defineCommand } from '../command.js';
import { inputFiles } from '../emit.js';
import { loadOrderChoice } from '../loadOrderChoice.js';
import { loadTournament } from '../loadTournament.js';

export const reportCommand = defineCommand({
  name: 'report',
  describe: "A sensitivity report (JSON, CSV and an HTML page with the paper's figures) from a config file",
  options: ['config', 'reportOut', 'threads', 'kernel', 'quiet', 'force'],
  progress: 'sweeping',
  async run({ values, engine, io, note, warn }) {
    const configPath = values.config as string;
    const config = await loadReportConfig(configPath);
    const settings = config.values;
    // As typed, so messages name the folder the way the user did.
    const out = values.reportOut ?? settings.reportOut;
    if (out === undefined) {
      throw new SwissRankError('BAD_CONFIG', 'no output folder: give "out" in the config or --out', {
        file: configPath,
        option: 'out',
      });
    }
    // The folder may never be, or contain, the folder of the config or of the files it reads.
    const folderOptions: ReportFolderOptions = {
      protect: [configPath, ...inputFiles(settings, REPORT_CONFIG_OPTIONS)],
      force: values.force,
    };
    const [folder, loaded] = await Promise.allSettled([
      checkReportFolder(out, folderOptions),
      blameConfig(config, () =>
        loadTournament({ data: settings, ...settings, elimination: 0 }, { note, warn }, io.signal),
      ),
    ]);
    const problems = [loaded, folder].flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
    if (problems.length > 0) throw combine(problems);
    const tournament = (loaded as PromiseFulfilledResult<Tournament>).value;
    const ordered = config.order ? withElimination(tournament, settings.elimination) : undefined;
    const orderSettings: OrderSettings | undefined = ordered && {
      ...settings,
      choice: await loadOrderChoice(settings, ordered, io.signal),
    };

    // Progress weighs each part by its simulations: one per T of the sweep, one per order run.
    const sweepRuns = settings.sweep.length;
    const orderRunCount = ordered && orderSettings ? orderRuns(ordered, orderSettings) : 0;
    const part = (from: number, width: number) =>
      engine.with({ signal: engine.signal, onProgress: engine.step(from, sweepRuns + orderRunCount, width) });
    const result = await sweep(tournament, part(0, sweepRuns), settings);
    const orderResult = ordered && orderSettings ? await order(ordered, part(sweepRuns, orderRunCount), orderSettings) : undefined;
    // Paths as the config names them (relative to it), never this machine's absolute paths.
    const base = dirname(resolve(configPath));
    const shown = (file: string) => shareablePath(base, file);
    const dataFiles = await Promise.all(
      tournament.source.files.map(async (file) => ({ path: shown(file), sha256: await sha256(file) })),
    );
    const shareable = { ...result, source: shareableSource(result.source, shown, settings.alias === undefined ? [] : [settings.alias]) };
    const shareableOrder = orderResult && {
      ...orderResult,
      source: shareable.source,
      orders: { ...orderResult.orders, ...(orderResult.orders.file ? { file: shown(orderResult.orders.file) } : {}) },
    };
    // The command as run from the config's folder; where the report was written changes nothing in it.
    const configName = basename(configPath);
    const html = renderReportHtml(shareable, {
      generatedAt: new Date().toISOString(),
      configPath: configName,
      configText: config.text,
      dataFiles,
      command: `swiss-rank report --config ${configName}`,
    }, shareableOrder, explainRanking(tournament, result));
    await writeReportFolder(
      out,
      new Map([
        ['results.json', resultJson(shareableOrder ? { ...shareable, order: shareableOrder } : shareable)],
        ['results.csv', await sweepCsv(shareable)],
        ['report.html', html],
      ]),
      folderOptions,
    );
    note(`wrote ${out}/report.html, results.json and results.csv`);
  },
});

/** Round-plan errors name key paths such as rounds[3].benchmarks[1]; say which file they are in
 *  (and, in a YAML config, at which line). */
async function blameConfig<T>(config: ReportConfig, task: () => Promise<T>): Promise<T> {
  try {
    return await task();
  } catch (error) {
    if (error instanceof SwissRankError && error.location.file === undefined && error.location.option?.startsWith('rounds')) {
      const blamed = new SwissRankError(error.code, error.message, { ...error.location, file: config.path }, error.others);
      throw config.locate ? atLines(blamed, config.locate) : blamed;
    }
    throw error;
  }
}

/** Several failures as one error carrying them all (anything else is rethrown as it is). */
function combine(errors: unknown[]): unknown {
  const all: SwissRankError[] = [];
  for (const error of errors) {
    if (!(error instanceof SwissRankError)) return error;
    all.push(error, ...error.others);
  }
  return SwissRankError.collect(all);
}

/** `file` relative to `base`; its name alone where no relative path exists (another drive), so the
 *  report never carries an absolute path of this machine. */
function shareablePath(base: string, file: string): string {
  const path = relative(base, file);
  return path === '' ? '.' : isAbsolute(path) ? basename(file) : path;
}

async function sha256(path: string): Promise<string> {
  return createHash('sha256').update(await readFile(path)).digest('hex');
}
