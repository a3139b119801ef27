/**
 * `eee`: Every Eval Ever aggregate records -> scores. Rule (docs/import.md#eee): model_info.id,
 * evaluation_name (split by metric_name when repeated), score_details.score and standard error,
 * metric_config.lower_is_better; the newest record per model and benchmark wins; *_samples.jsonl
 * skipped. Cost: one JSON parse per record.
 */
import { SwissRankError } from '../errors.js';
import { benchmarkNames, pairKey } from './benchmarkNames.js';
import { findFiles } from './findFiles.js';
import { requireFiniteNumber, requireName } from './jsonFields.js';
import { keepNewest, type DatedRecord } from './keepNewest.js';
import { readJsonFile, requireArray, requireObject, type Json } from './readJson.js';
import { refuseUnusedMetricKeys } from './refuseUnusedMetricKeys.js';
import type { ImportedScores, ImportOptions } from './types.js';

interface Result {
  readonly model: string;
  readonly dataset: string;
  readonly metric: string;
  readonly score: number;
  readonly stderr?: number;
  readonly lowerIsBetter?: boolean;
  readonly file: string;
  readonly keyPath: string;
  readonly time: number;
  readonly timeText: string;
}

export async function importEee(paths: readonly string[], options: ImportOptions): Promise<ImportedScores> {
  const found = await findFiles(
    paths,
    (name) => name.endsWith('.json') || name.endsWith('_samples.jsonl'),
    'Every Eval Ever records (*.json)',
  );
  const choices: string[] = [];
  const files: string[] = [];
  const results: Result[] = [];
  for (const file of found) {
    if (file.endsWith('.jsonl')) {
      choices.push(`${file} skipped: per-item samples, not an aggregate record`);
      continue;
    }
    files.push(file);
    results.push(...(await readRecord(file, options)));
  }
  const datasets = new Set(results.map((r) => r.dataset));
  const used = new Set([...(options.metric?.keys() ?? [])].filter((key) => datasets.has(key)));
  refuseUnusedMetricKeys(options.metric, used, [...datasets], 'Every Eval Ever evaluation_name');
  const kept = results.filter(
    (r) => options.metric?.get(r.dataset) === undefined || options.metric.get(r.dataset) === r.metric,
  );
  for (const [dataset, metric] of options.metric ?? []) {
    if (!kept.some((r) => r.dataset === dataset)) {
      const there = [...new Set(results.filter((r) => r.dataset === dataset).map((r) => r.metric))].join(', ');
      throw new SwissRankError('METRIC_NOT_FOUND', `${dataset} has no metric ${metric} (it has ${there})`, {
        option: 'metric',
      });
    }
  }
  const names = benchmarkNames(kept);
  const lowerIsBetter = directions(kept, names, choices);
  const candidates: DatedRecord[] = kept.map((r) => ({
    record: {
      model: r.model,
      benchmark: names.get(pairKey(r.dataset, r.metric))!,
      score: r.score,
      ...(r.stderr === undefined ? {} : { stderr: r.stderr }),
      from: `${r.file} (${r.keyPath})`,
    },
    file: r.file,
    time: r.time,
    timeText: r.timeText,
  }));
  return {
    records: keepNewest(candidates, choices, 'records'),
    lowerIsBetter,
    provenance: { kind: 'eee', files, choices },
  };
}

async function readRecord(file: string, options: ImportOptions): Promise<Result[]> {
  const record = requireObject(await readJsonFile(file, options), 'an Every Eval Ever record', file);
  if (typeof record['schema_version'] !== 'string') {
    throw new SwissRankError('BAD_IMPORT', 'not an Every Eval Ever aggregate record: no schema_version', { file });
  }
  const info = requireObject(record['model_info'], 'model_info', file);
  const model = requireName(
    info['id'] ?? info['name'],
    info['id'] === undefined ? 'model_info.name' : 'model_info.id',
    file,
  );
  const timeKey = record['evaluation_timestamp'] !== undefined ? 'evaluation_timestamp' : 'retrieved_timestamp';
  const seconds = Number(record[timeKey]);
  if (!Number.isFinite(seconds))
    throw new SwissRankError(
      'BAD_IMPORT',
      `${timeKey}: expected unix seconds, found ${JSON.stringify(record[timeKey])}`,
      { file },
    );
  const timeText = `${timeKey} ${new Date(seconds * 1000).toISOString()}`;
  return requireArray(record['evaluation_results'], 'evaluation_results', file).map((resultJson, i) => {
    const at = `evaluation_results[${i}]`;
    const result = requireObject(resultJson, at, file);
    const dataset = requireName(result['evaluation_name'], `${at}.evaluation_name`, file);
    const config = requireObject(result['metric_config'], `${at}.metric_config`, file);
    const details = requireObject(result['score_details'], `${at}.score_details`, file);
    const score = requireFiniteNumber(details['score'], `${at}.score_details.score`, file);
    const flag = config['lower_is_better'];
    if (flag !== undefined && typeof flag !== 'boolean') {
      throw new SwissRankError('BAD_IMPORT', `${at}.metric_config.lower_is_better: expected true or false`, { file });
    }
    const metricName = config['metric_name'] ?? config['metric_id'];
    const stderr = standardError(details, `${at}.score_details`, file);
    return {
      model,
      dataset,
      metric: typeof metricName === 'string' && metricName !== '' ? metricName : 'score',
      score,
      ...(stderr === undefined ? {} : { stderr }),
      ...(flag === undefined ? {} : { lowerIsBetter: flag }),
      file,
      keyPath: `${at}.score_details.score`,
      time: seconds * 1000,
      timeText,
    };
  });
}

function standardError(details: { [key: string]: Json }, at: string, file: string): number | undefined {
  const uncertainty = details['uncertainty'];
  if (uncertainty === undefined || uncertainty === null) return undefined;
  const standard = requireObject(uncertainty, `${at}.uncertainty`, file)['standard_error'];
  if (standard === undefined || standard === null) return undefined;
  return requireFiniteNumber(
    requireObject(standard, `${at}.uncertainty.standard_error`, file)['value'],
    `${at}.uncertainty.standard_error.value`,
    file,
  );
}

/** Each benchmark's direction from lower_is_better (records must agree), with a choices line. */
function directions(results: readonly Result[], names: ReadonlyMap<string, string>, choices: string[]): string[] {
  const flags = new Map<string, Result>();
  const lower: string[] = [];
  for (const r of results) {
    const benchmark = names.get(pairKey(r.dataset, r.metric))!;
    const earlier = flags.get(benchmark);
    if (earlier === undefined) {
      flags.set(benchmark, r);
      const metric = r.metric === r.dataset || r.metric === 'score' ? '' : `metric ${r.metric}, `;
      if (r.lowerIsBetter === undefined)
        choices.push(`${benchmark}: ${metric}higher is better assumed (no metric_config.lower_is_better)`);
      else
        choices.push(
          `${benchmark}: ${metric}${r.lowerIsBetter ? 'lower' : 'higher'} is better (metric_config.lower_is_better ${r.lowerIsBetter})`,
        );
      if (r.lowerIsBetter === true) lower.push(benchmark);
    } else if ((earlier.lowerIsBetter ?? false) !== (r.lowerIsBetter ?? false)) {
      throw new SwissRankError(
        'BAD_IMPORT',
        `${benchmark}: lower_is_better ${r.lowerIsBetter} here but ${earlier.lowerIsBetter} in ${earlier.file}`,
        { file: r.file },
      );
    }
  }
  return lower;
}
