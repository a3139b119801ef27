/**
 * OpenCompass's summary CSV (`dataset,version,metric,mode,<models...>`) -> scores, 0-100 as written.
 * Rule: `-` is missing; rows of `-` and group rows (version `-`) left out unless groups; a dataset
 * with several metric rows: one benchmark per metric, or the one `--metric` names. Cost: O(cells).
 */
import { SwissRankError } from '../errors.js';
import { readCsvRows } from '../input/csvRows.js';
import { parseNumber } from '../input/parseNumber.js';
import { benchmarkNames, pairKey } from './benchmarkNames.js';
import type { DatedRecord } from './keepNewest.js';
import type { ImportOptions } from './types.js';

const HEADER = ['dataset', 'version', 'metric', 'mode'];

export interface SummaryScores {
  readonly candidates: DatedRecord[];
  /** The datasets named, for --metric checks. */
  readonly datasets: Set<string>;
}

export async function readOpenCompassSummaries(
  files: readonly string[],
  options: ImportOptions,
  usedMetricKeys: Set<string>,
  choices: string[],
): Promise<SummaryScores> {
  const cells: {
    dataset: string;
    metric: string;
    model: string;
    score: number;
    file: string;
    line: number;
    column: number;
  }[] = [];
  const datasets = new Set<string>();
  const metricsFound = new Map<string, Set<string>>();
  for (const file of files) {
    const [header, ...rows] = await readCsvRows(file, options);
    const names = header?.cells ?? [];
    if (names[0]?.includes('_vs_')) {
      throw new SwissRankError(
        'BAD_IMPORT',
        'this is the report.csv of an OpenCompass subjective run (win and draw percentages between two models judged pairwise), not a score table',
        { file, line: header!.line },
      );
    }
    if (HEADER.some((name, i) => names[i] !== name) || names.length <= HEADER.length) {
      throw new SwissRankError(
        'BAD_IMPORT',
        `not an OpenCompass summary: the header must be ${HEADER.join(',')},<models...>`,
        { file, line: header?.line ?? 1 },
      );
    }
    const models = names.slice(HEADER.length);
    models.forEach((model, i) => {
      if (model === '')
        throw new SwissRankError('BAD_IMPORT', 'a model column without a name', {
          file,
          line: header!.line,
          column: HEADER.length + i + 1,
        });
    });
    for (const row of rows) {
      const [dataset = '', version, metric = ''] = row.cells;
      if (dataset === '')
        throw new SwissRankError('BAD_IMPORT', 'a row without a dataset name', { file, line: row.line, column: 1 });
      if (metric === '-') {
        choices.push(`${dataset}: no results in ${file} (a row of -)`);
        continue;
      }
      if (version === '-' && options.groups !== true) {
        choices.push(
          `${dataset} ${metric}: a summary group row (version -, an average of datasets) left out (--groups keeps it)`,
        );
        continue;
      }
      datasets.add(dataset);
      const wanted = options.metric?.get(dataset);
      if (wanted !== undefined) usedMetricKeys.add(dataset);
      metricsFound.set(dataset, (metricsFound.get(dataset) ?? new Set()).add(metric));
      if (wanted !== undefined && wanted !== metric) continue;
      models.forEach((model, i) => {
        const column = HEADER.length + i + 1;
        const text = row.cells[HEADER.length + i]!;
        if (text === '-') {
          choices.push(`${model} on ${dataset} ${metric}: - in the summary (missing)`);
          return;
        }
        const score = parseNumber(text, { file, line: row.line, column });
        if (Number.isNaN(score))
          throw new SwissRankError('BAD_IMPORT', 'an empty cell (OpenCompass writes - for a missing score)', {
            file,
            line: row.line,
            column,
          });
        cells.push({ dataset, metric, model, score, file, line: row.line, column });
      });
    }
  }
  for (const [dataset, wanted] of options.metric ?? []) {
    if (metricsFound.has(dataset) && !metricsFound.get(dataset)!.has(wanted)) {
      throw new SwissRankError(
        'METRIC_NOT_FOUND',
        `${dataset} has no ${wanted} row (it has ${[...metricsFound.get(dataset)!].join(', ')})`,
        { file: files[0]!, option: 'metric' },
      );
    }
  }
  const names = benchmarkNames(cells);
  for (const [dataset, metrics] of metricsFound) {
    const wanted = options.metric?.get(dataset);
    if (wanted !== undefined) choices.push(`${dataset}: metric ${wanted} (--metric)`);
    else if (metrics.size > 1)
      choices.push(
        `${dataset}: ${metrics.size} metric rows (${[...metrics].join(', ')}), one benchmark each, named "${dataset} (<metric>)"`,
      );
    else choices.push(`${dataset}: metric ${[...metrics][0]} (the summary's only row for it)`);
  }
  const candidates = cells.map((cell) => ({
    record: {
      model: cell.model,
      benchmark: names.get(pairKey(cell.dataset, cell.metric))!,
      score: cell.score,
      from: `${cell.file}:${cell.line}:${cell.column}`,
    },
    file: cell.file,
  }));
  return { candidates, datasets };
}
