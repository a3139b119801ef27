/**
 * Reads Inspect AI JSON eval logs as per-item results. Rule: benchmark = `eval.task` named as the
 * score importer names it (inspectBenchmarkNames: without its registry prefix), model =
 * `eval.model`, item id = sample `id:epoch`, score = the first scorer's value (first in
 * `results.scores`, stated) read as Inspect's value_to_float does for C/I/P/N (1, 0, 0.5, 0), or a
 * number in [0, 1], or a boolean; a log whose status is not `success` is RUN_NOT_FINISHED, one with
 * no samples BAD_IMPORT; errored or unscored samples are left out and reported. Cost: O(file size).
 */
import { SwissRankError } from '../../errors.js';
import { showValue } from '../../input/nameCharacters.js';
import { findFiles } from '../findFiles.js';
import { inspectBenchmarkNames } from '../inspect.js';
import { readJsonFile, requireArray, requireObject, type Json } from '../readJson.js';
import type { ItemResults } from '../types.js';
import { unitScore } from './unitScore.js';
import type { ReaderOptions } from './readerOptions.js';
import type { ItemReading } from './winsTypes.js';

/** Inspect's letter values (inspect_ai.scorer CORRECT, INCORRECT, PARTIAL, NOANSWER) as value_to_float maps them. */
const LETTER_SCORES = new Map<string, number>([['C', 1], ['I', 0], ['P', 0.5], ['N', 0]]);

type JsonObject = { [key: string]: Json };

export async function readInspectSamples(paths: readonly string[], options: ReaderOptions = {}): Promise<ItemReading> {
  // logs.json is the index Inspect keeps beside the logs in a log folder, not a log.
  const files = await findFiles(paths, (name) => name.endsWith('.json') && name !== 'logs.json', 'Inspect JSON logs (*.json)');
  const results: ItemResults[] = [];
  const choices: string[] = [];
  const leftOut: string[] = [];
  for (const file of files) {
    if (file.endsWith('.eval')) {
      throw new SwissRankError('BAD_IMPORT', 'a binary .eval log: convert it with `inspect log convert --to json`', { file });
    }
    const log = requireObject(await readJsonFile(file, options), 'an Inspect eval log', file);
    const header = requireObject(log.eval, 'the log\'s "eval" header (is this an Inspect log?)', file);
    const task = nameField(header.task, 'eval.task', file);
    const model = nameField(header.model, 'eval.model', file);
    if (log.status !== 'success') {
      throw new SwissRankError(
        'RUN_NOT_FINISHED',
        `the run's status is ${showValue(log.status)}, not "success": its samples are not a finished evaluation`,
        { file },
      );
    }
    const samples = log.samples === undefined ? [] : requireArray(log.samples, 'samples', file);
    if (samples.length === 0) {
      throw new SwissRankError('BAD_IMPORT', 'the log holds no samples (a header-only log?); per-item results need them', { file });
    }
    const scorer = scorerOf(log, samples, file);
    choices.push(`${model} on ${task}: scorer ${scorer} (first in results.scores)`);
    const items = new Map<string, number>();
    let errored = 0;
    let unscored = 0;
    samples.forEach((value, k) => {
      const sample = requireObject(value, `sample ${k + 1}`, file);
      if (sample.error !== undefined && sample.error !== null) {
        errored++;
        return;
      }
      const score = sample.scores !== null && typeof sample.scores === 'object' && !Array.isArray(sample.scores)
        ? sample.scores[scorer]
        : undefined;
      if (score === undefined || score === null || typeof score !== 'object' || Array.isArray(score)) {
        unscored++;
        return;
      }
      const id = `${itemId(sample.id, k, file)}:${String(sample.epoch ?? 1)}`;
      if (items.has(id)) throw new SwissRankError('BAD_IMPORT', `sample ${k + 1}: id and epoch ${id} appear twice`, { file });
      items.set(id, scoreValue(score.value, `sample ${k + 1} (${id}) ${scorer}`, file));
    });
    if (errored > 0) leftOut.push(`${file}: ${errored} samples that errored`);
    if (unscored > 0) leftOut.push(`${file}: ${unscored} samples without a ${scorer} score`);
    results.push({ model, benchmark: task, items, from: file });
  }
  const benchmarkOf = inspectBenchmarkNames(results.map((r) => r.benchmark), choices);
  const named = results.map((r) => ({ ...r, benchmark: benchmarkOf.get(r.benchmark)! }));
  return { results: named, provenance: { kind: 'inspect', files, choices }, leftOut };
}

function nameField(value: Json | undefined, what: string, file: string): string {
  if (typeof value === 'string' && value !== '') return value;
  throw new SwissRankError('BAD_IMPORT', `${what} is not a name`, { file });
}

/** The first scorer the results list; a log without results: the first key of the first sample's scores. */
function scorerOf(log: JsonObject, samples: Json[], file: string): string {
  const results = log.results;
  const listed = results !== null && typeof results === 'object' && !Array.isArray(results) && Array.isArray(results.scores)
    ? results.scores
    : [];
  for (const entry of listed) {
    if (entry !== null && typeof entry === 'object' && !Array.isArray(entry) && typeof entry.name === 'string') return entry.name;
  }
  for (const sample of samples) {
    const scores = sample !== null && typeof sample === 'object' && !Array.isArray(sample) ? sample.scores : undefined;
    if (scores !== null && typeof scores === 'object' && !Array.isArray(scores)) {
      const first = Object.keys(scores)[0];
      if (first !== undefined) return first;
    }
  }
  throw new SwissRankError('BAD_IMPORT', 'no scorer in results.scores or in any sample', { file });
}

function itemId(value: Json | undefined, k: number, file: string): string {
  if ((typeof value === 'number' && Number.isFinite(value)) || (typeof value === 'string' && value !== '')) return String(value);
  throw new SwissRankError('BAD_IMPORT', `sample ${k + 1} has no id`, { file });
}

function scoreValue(value: Json | undefined, what: string, file: string): number {
  if (typeof value === 'string' && LETTER_SCORES.has(value)) return LETTER_SCORES.get(value)!;
  return unitScore(value, `${what} (C, I, P, N, a number in [0, 1] or a boolean)`, { file });
}
