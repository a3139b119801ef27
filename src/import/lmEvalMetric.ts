/**
 * Which metric of an lm-eval task becomes its score, and which way it points. Rule: --metric when
 * given, else the first of acc_norm, acc, exact_match, f1, mcc in every run (filter `none` first),
 * then other higher-is-better metrics, perplexities last; lower-is-better when `higher_is_better`
 * says false or (v0.3) the name is a perplexity or bits-per-byte. Cost: O(runs x metrics).
 */
import { SwissRankError } from '../errors.js';
import { splitKey, type LmEvalMetric, type LmEvalRun } from './lmEvalRun.js';

export const PREFERRED_METRICS = ['acc_norm', 'acc', 'exact_match', 'f1', 'mcc'] as const;
/** Lower-is-better by name, for files without `higher_is_better` (v0.3). */
export const LOWER_IS_BETTER_NAMES = new Set(['ppl', 'perplexity', 'word_perplexity', 'byte_perplexity', 'bits_per_byte']);

export interface MetricChoice {
  readonly key: string;
  readonly lowerIsBetter: boolean;
  /** One line for the provenance: `arc_easy: acc_norm,none (default order), higher is better`. */
  readonly choice: string;
}

/** `runs`: the run chosen for each model that has the task. */
export function chooseMetric(task: string, runs: readonly LmEvalRun[], asked: string | undefined): MetricChoice {
  // v0.3's `acc` and v0.4's `acc,none` are the same metric, so runs of both versions mix.
  const keysOf = (run: LmEvalRun) => (run.tasks.get(task) ?? []).map((m) => plainKey(m.key));
  const key = asked === undefined ? defaultKey(task, runs, keysOf) : askedKey(task, runs, asked, keysOf);
  const name = splitKey(key)[0];
  const flag = runs.map((run) => run.higherIsBetter.get(task)?.get(name)).find((f) => f !== undefined);
  const lowerIsBetter = flag === undefined ? LOWER_IS_BETTER_NAMES.has(name) : !flag;
  const how = asked === undefined ? 'default order' : '--metric';
  const direction = lowerIsBetter
    ? `lower is better (${flag === undefined ? 'a perplexity-type name' : 'lm-eval higher_is_better false'})`
    : 'higher is better';
  return { key, lowerIsBetter, choice: `${task}: ${key} (${how}), ${direction}` };
}

function defaultKey(task: string, runs: readonly LmEvalRun[], keysOf: (run: LmEvalRun) => string[]): string {
  const inEvery = keysOf(runs[0]).filter((key) => runs.every((run) => keysOf(run).includes(key)));
  const ranked = [...inEvery].sort((a, b) => rank(a, task, runs) - rank(b, task, runs));
  if (ranked.length > 0) return ranked[0];
  const lacking = runs.find((run) => keysOf(run).length === 0) ?? runs[runs.length - 1];
  throw new SwissRankError(
    'METRIC_NOT_FOUND',
    `task ${JSON.stringify(task)}: no metric is given by every run (this one has ${listed(keysOf(lacking))}); pick one with --metric ${task}=<metric>`,
    { file: lacking.file },
  );
}

/** Lower ranks first; the sort is stable, so ties keep file order. */
function rank(key: string, task: string, runs: readonly LmEvalRun[]): number {
  const [name, filter] = splitKey(key);
  const filterRank = filter === undefined || filter === 'none' ? 0 : 0.5;
  const preferred = (PREFERRED_METRICS as readonly string[]).indexOf(name);
  if (preferred >= 0) return preferred + filterRank;
  const lower = runs[0].higherIsBetter.get(task)?.get(name) === false || LOWER_IS_BETTER_NAMES.has(name);
  return (lower ? 20 : 10) + filterRank;
}

function askedKey(task: string, runs: readonly LmEvalRun[], asked: string, keysOf: (run: LmEvalRun) => string[]): string {
  for (const run of runs) {
    const keys = keysOf(run);
    // `acc` matches v0.3's `acc` and v0.4's `acc,none` (the filter `none` when not named).
    if (!keys.includes(plainKey(asked))) {
      throw new SwissRankError(
        'METRIC_NOT_FOUND',
        `task ${JSON.stringify(task)} has no metric ${JSON.stringify(asked)} (--metric); it has ${listed(keys)}`,
        { file: run.file },
      );
    }
  }
  return plainKey(asked);
}

function listed(keys: readonly string[]): string {
  return keys.length === 0 ? 'no numeric metric' : keys.join(', ');
}

/** `acc,none` -> `acc`: the filter `none` is the metric without a filter. */
function plainKey(key: string): string {
  return key.endsWith(',none') ? key.slice(0, -5) : key;
}

/** The chosen metric of one run's task (present: chooseMetric checked every run). */
export function metricOf(run: LmEvalRun, task: string, key: string): LmEvalMetric {
  return (run.tasks.get(task) ?? []).find((m) => plainKey(m.key) === key) as LmEvalMetric;
}
