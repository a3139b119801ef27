/**
 * OpenCompass objective results (`results/<model>/<dataset>.json`) -> scores. Rule: `accuracy`, else
 * the first numeric key in OpenCompass's summarizer order, or `--metric`; one metric per dataset; a
 * result holding `error` is missing, as OpenCompass shows it. Cost: one JSON parse per file.
 */
import { basename, dirname } from 'node:path';
import { SwissRankError } from '../errors.js';
import type { DatedRecord } from './keepNewest.js';
import { objectOrUndefined } from './jsonFields.js';
import { readJsonFile, requireObject, type Json } from './readJson.js';
import type { ImportOptions } from './types.js';

const DEFAULT_METRIC = 'accuracy';
// opencompass/summarizers/default.py (commit 0946c4e): the order it lists a dataset's metrics in.
const METRIC_WHITELIST = [
  'score',
  'auc_score',
  'accuracy',
  'humaneval_pass@1',
  'rouge1',
  'avg_toxicity_score',
  'bleurt_diff',
  'matthews_correlation',
  'truth',
  'f1',
  'exact_match',
  'extract_rate',
];
const METRIC_BLACKLIST = new Set(['bp', 'sys_len', 'ref_len', 'type']);

export async function readOpenCompassResults(
  files: readonly string[],
  options: ImportOptions,
  usedMetricKeys: Set<string>,
  choices: string[],
): Promise<{ candidates: DatedRecord[]; datasets: Set<string> }> {
  const candidates: DatedRecord[] = [];
  const metricOf = new Map<string, string>();
  const datasets = new Set<string>();
  for (const file of files) {
    const result = requireObject(await readJsonFile(file, options), 'an OpenCompass result', file);
    refuseSubjective(result, file);
    const model = basename(dirname(file));
    const dataset = basename(file).replace(/\.json$/, '');
    datasets.add(dataset);
    if ('error' in result) {
      choices.push(`${model} on ${dataset}: the evaluation failed (${String(result['error']).slice(0, 80)}) (missing)`);
      continue;
    }
    const numeric = Object.keys(result).filter(
      (key) => !METRIC_BLACKLIST.has(key) && typeof result[key] === 'number' && Number.isFinite(result[key]),
    );
    const wanted = options.metric?.get(dataset);
    if (wanted !== undefined) usedMetricKeys.add(dataset);
    let metric = metricOf.get(dataset);
    if (metric === undefined) {
      metric = wanted ?? defaultMetric(numeric, file);
      metricOf.set(dataset, metric);
      const why =
        wanted !== undefined
          ? '--metric'
          : metric === DEFAULT_METRIC
            ? 'default'
            : `no ${DEFAULT_METRIC}; first of ${numeric.join(', ')} in OpenCompass's order`;
      choices.push(`${dataset}: metric ${metric} (${why})`);
    }
    if (!numeric.includes(metric)) {
      throw new SwissRankError(
        'METRIC_NOT_FOUND',
        `no numeric ${metric} in this result (it has ${numeric.join(', ') || 'no numbers'})`,
        { file },
      );
    }
    candidates.push({
      record: { model, benchmark: dataset, score: result[metric] as number, from: `${file} (${metric})` },
      file,
    });
  }
  return { candidates, datasets };
}

function defaultMetric(numeric: readonly string[], file: string): string {
  if (numeric.includes(DEFAULT_METRIC)) return DEFAULT_METRIC;
  const rank = (key: string): number =>
    METRIC_WHITELIST.includes(key) ? METRIC_WHITELIST.indexOf(key) : METRIC_WHITELIST.length;
  const ordered = [...numeric].sort((a, b) => rank(a) - rank(b));
  if (ordered.length === 0) throw new SwissRankError('METRIC_NOT_FOUND', 'no numeric metric in this result', { file });
  return ordered[0]!;
}

/** Per-item files keyed "0", "1", ...: a subjective run's judge verdicts (its `gold` names the two
 *  answers compared, `answer1` and `answer2`, as an object or a Python repr), or predictions. */
function refuseSubjective(result: { [key: string]: Json }, file: string): void {
  const keys = Object.keys(result);
  if (keys.length === 0 || !keys.every((key) => /^\d+$/.test(key))) return;
  const gold = objectOrUndefined(result[keys[0]!])?.['gold'];
  const comparesAnswers =
    typeof gold === 'string' ? gold.includes('answer1') : objectOrUndefined(gold)?.['answer1'] !== undefined;
  if (comparesAnswers) {
    throw new SwissRankError(
      'BAD_IMPORT',
      "an OpenCompass subjective run: pairwise judgements (a judge model choosing between two models' answers, item by item), not a score table",
      { file },
    );
  }
  throw new SwissRankError(
    'BAD_IMPORT',
    'OpenCompass per-item outputs (keyed by item), not a score table: give results/<model>/<dataset>.json',
    { file },
  );
}
