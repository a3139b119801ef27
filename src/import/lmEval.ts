/**
 * `lm-eval`: lm-evaluation-harness results files (v0.4 `results_*.json`, v0.3 any `.json`) to score
 * records. Rule: per model and task the newest run (by `date`, else the file name's timestamp);
 * group tasks only with `groups`; metric and direction from chooseMetric; every choice stated;
 * `samples_*.jsonl` are left to `swiss-rank wins`. Cost: O(total file size).
 */
import { basename } from 'node:path';
import { SwissRankError } from '../errors.js';
import { findFiles } from './findFiles.js';
import { chooseMetric, metricOf } from './lmEvalMetric.js';
import { readLmEvalRun, type LmEvalRun } from './lmEvalRun.js';
import type { ImportedRecord, ImportedScores, ImportOptions } from './types.js';

/** v0.4 writes `results_<timestamp>.json`; v0.3 files were named by hand (`opt-125m.json`): in a
 *  folder every `.json` is a results file (`.jsonl` samples are not). */
const RESULTS_FILE = /\.json$/;

export async function importLmEval(paths: readonly string[], options: ImportOptions): Promise<ImportedScores> {
  const files = await findFiles(paths, (name) => RESULTS_FILE.test(name), 'lm-eval results files (*.json)');
  const runs: LmEvalRun[] = [];
  for (const file of files) runs.push(await readLmEvalRun(file, options.signal));
  const choices: string[] = [];
  const chosenRuns = newestRuns(runs, options.groups === true, choices);
  for (const task of options.metric?.keys() ?? []) {
    if (!chosenRuns.has(task)) {
      throw new SwissRankError('METRIC_NOT_FOUND', `no run holds task ${JSON.stringify(task)} named by --metric`, { option: 'metric' });
    }
  }
  const records: ImportedRecord[] = [];
  const lowerIsBetter: string[] = [];
  for (const [task, taskRuns] of chosenRuns) {
    const metric = chooseMetric(task, taskRuns, options.metric?.get(task));
    choices.push(metric.choice);
    if (metric.lowerIsBetter) lowerIsBetter.push(task);
    for (const run of taskRuns) {
      const { value, stderr, key } = metricOf(run, task, metric.key);
      records.push({ model: run.model, benchmark: task, score: value, ...(stderr === undefined ? {} : { stderr }), from: `${run.file} results.${task}.${key}` });
    }
  }
  if (options.groups !== true && runs.some((run) => run.groups.size > 0)) {
    choices.push(`group tasks left out (${[...new Set(runs.flatMap((r) => [...r.groups]))].join(', ')}): --groups takes them`);
  }
  return { records, lowerIsBetter, provenance: { kind: 'lm-eval', files, choices } };
}

/** Task -> the run giving it for each model (first-seen task order), saying which run won where several held it. */
function newestRuns(runs: readonly LmEvalRun[], groups: boolean, choices: string[]): Map<string, LmEvalRun[]> {
  const byModel = new Map<string, LmEvalRun[]>();
  for (const run of runs) byModel.set(run.model, [...(byModel.get(run.model) ?? []), run]);
  const byTask = new Map<string, LmEvalRun[]>();
  for (const [model, modelRuns] of byModel) {
    const used = new Map<LmEvalRun, string[]>();
    for (const task of new Set(modelRuns.flatMap((run) => [...run.tasks.keys()]))) {
      const holders = modelRuns.filter((run) => run.tasks.has(task));
      if (!groups && holders.some((run) => run.groups.has(task))) continue;
      const newest = holders.length === 1 ? holders[0] : newestOf(holders, model, task);
      used.set(newest, [...(used.get(newest) ?? []), task]);
      byTask.set(task, [...(byTask.get(task) ?? []), newest]);
    }
    for (const [run, tasks] of used) {
      const of = modelRuns.length === 1 ? '' : ` (newest of ${modelRuns.length} runs by date for these tasks)`;
      choices.push(`${model}: ${basename(run.file)} for ${tasks.length} task${tasks.length === 1 ? '' : 's'}${of}`);
    }
  }
  return byTask;
}

function newestOf(holders: readonly LmEvalRun[], model: string, task: string): LmEvalRun {
  const undated = holders.find((run) => run.date === undefined);
  const sorted = [...holders].sort((a, b) => (b.date ?? 0) - (a.date ?? 0));
  if (undated !== undefined || sorted[0].date === sorted[1].date) {
    throw new SwissRankError(
      'BAD_IMPORT',
      `${holders.length} runs of ${JSON.stringify(model)} hold task ${JSON.stringify(task)} and nothing says which is newer ` +
        `(${holders.map((run) => run.file).join(', ')}); pass only one of them`,
      { file: (undated ?? sorted[0]).file },
    );
  }
  return sorted[0];
}
