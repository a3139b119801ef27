/**
 * Reads one lm-evaluation-harness results file into a run: the model, when it ran, and each
 * task's numeric metrics with their standard errors. Rule: v0.4 keys are `metric,filter` (stderr
 * `metric_stderr,filter`), v0.3 keys bare (`metric_stderr`); the model is `model_name`, else the
 * `pretrained=` of `config.model_args`; the date is `date`, else the file name's timestamp.
 * Cost: O(file size).
 */
import { basename } from 'node:path';
import { SwissRankError } from '../errors.js';
import type { AbortSignalLike } from '../signal.js';
import { readJsonFile, requireObject, type Json } from './readJson.js';

export interface LmEvalMetric {
  /** The key as the file writes it: `acc,none` (v0.4) or `acc` (v0.3). */
  readonly key: string;
  /** The metric's name without the filter: `acc`. */
  readonly name: string;
  readonly value: number;
  /** Absent when the file gives none, or `"N/A"`. */
  readonly stderr?: number;
}

export interface LmEvalRun {
  readonly file: string;
  readonly model: string;
  /** Seconds since 1970, from `date` or the file name; undefined when the file says neither. */
  readonly date?: number;
  /** Task -> its metrics in file order. */
  readonly tasks: ReadonlyMap<string, readonly LmEvalMetric[]>;
  /** Tasks that are groups of others (`groups`, or a non-empty `group_subtasks` entry). */
  readonly groups: ReadonlySet<string>;
  /** Task -> metric name -> higher is better, as `higher_is_better` says (v0.4 only). */
  readonly higherIsBetter: ReadonlyMap<string, ReadonlyMap<string, boolean>>;
}

export async function readLmEvalRun(file: string, signal?: AbortSignalLike): Promise<LmEvalRun> {
  const root = requireObject(await readJsonFile(file, { signal }), 'an lm-eval results file', file);
  const results = requireObject(root.results, 'its "results" (task -> metrics)', file);
  const tasks = new Map<string, LmEvalMetric[]>();
  for (const [task, entry] of Object.entries(results)) {
    tasks.set(task, taskMetrics(requireObject(entry, `the metrics of task ${JSON.stringify(task)}`, file), task, file));
  }
  return {
    file,
    model: modelName(root, file),
    date: runDate(root, file),
    tasks,
    groups: groupNames(root),
    higherIsBetter: higherIsBetter(root),
  };
}

function taskMetrics(entry: { [key: string]: Json }, task: string, file: string): LmEvalMetric[] {
  const metrics: LmEvalMetric[] = [];
  for (const [key, value] of Object.entries(entry)) {
    const [name, filter] = splitKey(key);
    if (key === 'alias' || name.endsWith('_stderr') || typeof value !== 'number') continue;
    const stderrKey = filter === undefined ? `${name}_stderr` : `${name}_stderr,${filter}`;
    const stderr = entry[stderrKey];
    if (stderr !== undefined && stderr !== 'N/A' && (typeof stderr !== 'number' || !(stderr >= 0))) {
      throw new SwissRankError('BAD_IMPORT', `expected a standard error (a number >= 0 or "N/A"), found ${JSON.stringify(stderr)}`, {
        file,
        option: `results.${task}.${stderrKey}`,
      });
    }
    metrics.push({ key, name, value, ...(typeof stderr === 'number' ? { stderr } : {}) });
  }
  return metrics;
}

/** `acc,none` -> [`acc`, `none`]; `acc` -> [`acc`, undefined]. */
export function splitKey(key: string): [string, string | undefined] {
  const comma = key.indexOf(',');
  return comma < 0 ? [key, undefined] : [key.slice(0, comma), key.slice(comma + 1)];
}

function modelName(root: { [key: string]: Json }, file: string): string {
  if (typeof root.model_name === 'string' && root.model_name.trim() !== '') return root.model_name;
  const config = root.config;
  const args = config !== null && typeof config === 'object' && !Array.isArray(config) ? config.model_args : undefined;
  const pretrained = typeof args === 'string' ? /(?:^|,)\s*pretrained=([^,]+)/.exec(args) : null;
  if (pretrained) return pretrained[1].trim();
  throw new SwissRankError('BAD_IMPORT', 'no model name: expected "model_name" or "pretrained=..." in "config.model_args"', { file });
}

/** lm-eval names its files `results_2025-03-02T06-44-13.841373.json` (local time, no zone). */
const FILE_TIMESTAMP = /results_(\d{4})-(\d{2})-(\d{2})T(\d{2})-(\d{2})-(\d{2}(?:\.\d+)?)/;

function runDate(root: { [key: string]: Json }, file: string): number | undefined {
  if (typeof root.date === 'number' && Number.isFinite(root.date)) return root.date;
  const stamp = FILE_TIMESTAMP.exec(basename(file));
  if (!stamp) return undefined;
  const [, y, mo, d, h, mi, s] = stamp;
  return Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi)) / 1000 + Number(s);
}

function groupNames(root: { [key: string]: Json }): Set<string> {
  const names = new Set<string>();
  const groups = root.groups;
  if (groups !== null && typeof groups === 'object' && !Array.isArray(groups)) Object.keys(groups).forEach((g) => names.add(g));
  const subtasks = root.group_subtasks;
  if (subtasks !== null && typeof subtasks === 'object' && !Array.isArray(subtasks)) {
    for (const [group, members] of Object.entries(subtasks)) if (Array.isArray(members) && members.length > 0) names.add(group);
  }
  return names;
}

function higherIsBetter(root: { [key: string]: Json }): Map<string, Map<string, boolean>> {
  const out = new Map<string, Map<string, boolean>>();
  const table = root.higher_is_better;
  if (table === null || typeof table !== 'object' || Array.isArray(table)) return out;
  for (const [task, metrics] of Object.entries(table)) {
    if (metrics === null || typeof metrics !== 'object' || Array.isArray(metrics)) continue;
    const flags = new Map<string, boolean>();
    for (const [name, flag] of Object.entries(metrics)) if (typeof flag === 'boolean') flags.set(name, flag);
    out.set(task, flags);
  }
  return out;
}
