/**
 * Reads lm-eval `samples_<task>_<timestamp>.jsonl` files as per-item results. Rule: item id =
 * `doc_id`, checked against `doc_hash` across models (same id, different hash: ITEMS_NOT_ALIGNED);
 * score = the first metric of the sample's `metrics` list (stated per task); model = the sibling
 * `results_<timestamp>.json`'s `model_name` (else `pretrained=` of `config.model_args`); the first
 * filter seen is used when a doc appears under several. Cost: O(total file size).
 */
import { basename, dirname, join } from 'node:path';
import { SwissRankError } from '../../errors.js';
import { findFiles } from '../findFiles.js';
import { readJsonFile, readJsonLines, requireObject, type Json } from '../readJson.js';
import type { ItemResults } from '../types.js';
import { unitScore } from './unitScore.js';
import type { ReaderOptions } from './readerOptions.js';
import type { ItemReading } from './winsTypes.js';

const SAMPLES_NAME = /^samples_(.+)_(\d{4}-\d\d-\d\dT[\d-]+(?:\.\d+)?)\.jsonl$/;

export async function readLmEvalSamples(paths: readonly string[], options: ReaderOptions = {}): Promise<ItemReading> {
  const files = await findFiles(paths, (name) => SAMPLES_NAME.test(name), 'lm-eval samples_<task>_<timestamp>.jsonl files');
  const results: ItemResults[] = [];
  const choices: string[] = [];
  const leftOut: string[] = [];
  const metricOf = new Map<string, string>();
  // task -> doc_id -> the hash first seen and where, to check every other model's copy.
  const hashes = new Map<string, Map<string, { hash: string; file: string; line: number }>>();
  for (const file of files) {
    const name = SAMPLES_NAME.exec(basename(file));
    if (!name) {
      throw new SwissRankError('BAD_IMPORT', 'expected an lm-eval samples_<task>_<timestamp>.jsonl file', { file });
    }
    const [, task, stamp] = name as unknown as [string, string, string];
    const model = await modelName(join(dirname(file), `results_${stamp}.json`), file, options);
    const items = new Map<string, number>();
    let filter: string | undefined;
    let otherFilters = 0;
    let unhashed = 0;
    for (const { line, value } of await readJsonLines(file, options)) {
      const sample = requireObject(value, 'a sample', file);
      const place = { file, line };
      if (filter === undefined) filter = String(sample.filter ?? 'none');
      if (String(sample.filter ?? 'none') !== filter) {
        otherFilters++;
        continue;
      }
      const id = docId(sample.doc_id, place);
      if (items.has(id)) throw new SwissRankError('BAD_IMPORT', `doc_id ${id} appears twice under filter ${filter}`, place);
      const metric = metricOf.get(task) ?? firstMetric(sample, place);
      if (!metricOf.has(task)) {
        metricOf.set(task, metric);
        choices.push(`${task}: metric ${metric} (first in the samples' metrics list)`);
      }
      if (!(metric in sample)) {
        throw new SwissRankError('METRIC_NOT_FOUND', `no ${metric} score in this sample (the metric chosen for ${task})`, place);
      }
      items.set(id, unitScore(sample[metric], `${task} ${metric}`, place));
      if (typeof sample.doc_hash === 'string') checkHash(hashes, task, id, sample.doc_hash, place);
      else unhashed++;
    }
    // Without a hash the same doc_id is trusted to be the same document: said, not assumed silently.
    if (unhashed > 0) choices.push(`${file}: ${unhashed} samples without doc_hash, matched by doc_id alone`);
    if (otherFilters > 0) leftOut.push(`${file}: ${otherFilters} samples under other filters than ${filter} (the first seen)`);
    results.push({ model, benchmark: task, items, from: file });
  }
  return { results, provenance: { kind: 'lm-eval', files, choices }, leftOut };
}

async function modelName(resultsFile: string, samplesFile: string, options: ReaderOptions): Promise<string> {
  let results;
  try {
    results = requireObject(await readJsonFile(resultsFile, options), 'an lm-eval results file', resultsFile);
  } catch (error) {
    if (error instanceof SwissRankError && error.code === 'FILE_NOT_FOUND') {
      throw new SwissRankError(
        'BAD_IMPORT',
        `no ${basename(resultsFile)} beside this samples file to name its model (lm-eval writes both together)`,
        { file: samplesFile },
      );
    }
    throw error;
  }
  if (typeof results.model_name === 'string' && results.model_name !== '') return results.model_name;
  const config = results.config;
  const args = config !== null && typeof config === 'object' && !Array.isArray(config) ? config.model_args : undefined;
  const pretrained = typeof args === 'string' ? /(?:^|,)pretrained=([^,]+)/.exec(args)?.[1] : undefined;
  if (pretrained !== undefined) return pretrained;
  throw new SwissRankError('BAD_IMPORT', 'no model_name or config.model_args pretrained=... to name the model', {
    file: resultsFile,
  });
}

function docId(value: Json | undefined, place: { file: string; line: number }): string {
  if ((typeof value === 'number' && Number.isInteger(value)) || (typeof value === 'string' && value !== '')) return String(value);
  throw new SwissRankError('BAD_IMPORT', 'expected a doc_id (an integer or a name)', place);
}

function firstMetric(sample: { [key: string]: Json }, place: { file: string; line: number }): string {
  const metrics = sample.metrics;
  if (Array.isArray(metrics) && typeof metrics[0] === 'string') return metrics[0];
  throw new SwissRankError('BAD_IMPORT', 'expected a "metrics" list naming the per-item scores', place);
}

/** The same doc_id must be the same document for every model (lm-eval's doc_hash). */
function checkHash(
  hashes: Map<string, Map<string, { hash: string; file: string; line: number }>>,
  task: string,
  id: string,
  hash: string,
  place: { file: string; line: number },
): void {
  const seen = hashes.get(task) ?? new Map<string, { hash: string; file: string; line: number }>();
  hashes.set(task, seen);
  const first = seen.get(id);
  if (first === undefined) {
    seen.set(id, { hash, ...place });
  } else if (first.hash !== hash) {
    throw new SwissRankError(
      'ITEMS_NOT_ALIGNED',
      `${task} doc_id ${id} has doc_hash ${hash.slice(0, 12)}... here but ${first.hash.slice(0, 12)}... in ` +
        `${first.file}:${first.line}: not the same document, so the models cannot be compared on it`,
      place,
    );
  }
}
