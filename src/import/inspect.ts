/**
 * `inspect`: Inspect AI JSON logs -> scores. Rule (docs/import.md#inspect): eval.model, eval.task
 * without its registry prefix, the first scorer's accuracy (epochs already reduced) and its stderr;
 * status other than success is RUN_NOT_FINISHED; the log completed last wins; `.eval` refused.
 * Cost: one JSON parse per log.
 */
import { SwissRankError } from '../errors.js';
import { findFiles } from './findFiles.js';
import { keepNewest, type DatedRecord } from './keepNewest.js';
import { objectOrUndefined, requireFiniteNumber, requireName } from './jsonFields.js';
import { readJsonFile, requireArray, requireObject, type Json } from './readJson.js';
import { refuseUnusedMetricKeys } from './refuseUnusedMetricKeys.js';
import type { ImportedScores, ImportOptions } from './types.js';

const DEFAULT_METRIC = 'accuracy';

interface Log {
  readonly file: string;
  readonly task: string;
  readonly model: string;
  readonly scores: Json[];
  readonly epochs: string;
  /** `scored 3 of 2376 samples (limit 3)` when the run covered part of the dataset, else ''. */
  readonly sampleCount: string;
  readonly time: number;
  readonly timeText: string;
}

export async function importInspect(paths: readonly string[], options: ImportOptions): Promise<ImportedScores> {
  const files = await findFiles(
    paths,
    (name) => name.endsWith('.json') || name.endsWith('.eval'),
    'Inspect logs (*.json)',
  );
  const logs: Log[] = [];
  for (const file of files) logs.push(await readLog(file, options));
  const choices: string[] = [];
  const benchmarkOf = inspectBenchmarkNames(logs.map((log) => log.task), choices);
  const tasksNamed = new Set([...benchmarkOf.values()]);
  const used = new Set<string>();
  const chosen = new Map<string, { scorer: string; file: string }>();
  const candidates: DatedRecord[] = [];
  for (const log of logs) {
    const benchmark = benchmarkOf.get(log.task)!;
    const key = options.metric?.has(benchmark) ? benchmark : log.task;
    const wanted = options.metric?.get(key);
    if (wanted !== undefined) used.add(key);
    const { scorer, metric, index } = chooseScore(log, wanted);
    const before = chosen.get(benchmark);
    if (before === undefined) {
      chosen.set(benchmark, { scorer, file: log.file });
      const why = wanted !== undefined ? '--metric' : `default: the first scorer's ${DEFAULT_METRIC}`;
      choices.push(`${benchmark}: scorer ${scorer}, metric ${metric} (${why})`);
    } else if (before.scorer !== scorer) {
      // Scores of different scorers on one benchmark would not be comparable.
      throw new SwissRankError(
        'BAD_IMPORT',
        `${benchmark} is scored by ${scorer} here but by ${before.scorer} in ${before.file}; choose with --metric ${benchmark}=<scorer>/<metric>`,
        { file: log.file },
      );
    }
    if (log.sampleCount !== '') choices.push(`${log.model} on ${benchmark}: ${log.sampleCount}`);
    if (log.epochs !== '') choices.push(`${log.model} on ${benchmark}: ${log.epochs} (as the log's results give)`);
    const metrics = requireObject(
      requireObject(log.scores[index], `results.scores[${index}]`, log.file)['metrics'],
      `results.scores[${index}].metrics`,
      log.file,
    );
    const at = `results.scores[${index}].metrics.${metric}`;
    const score = requireFiniteNumber(requireObject(metrics[metric], at, log.file)['value'], `${at}.value`, log.file);
    const stderr = objectOrUndefined(metrics['stderr'])?.['value'];
    const record = {
      model: log.model,
      benchmark,
      score,
      ...(typeof stderr === 'number' && Number.isFinite(stderr) && (metric === 'accuracy' || metric === 'mean')
        ? { stderr }
        : {}),
      from: `${log.file} (${at}.value)`,
    };
    candidates.push({ record, file: log.file, time: log.time, timeText: log.timeText });
  }
  refuseUnusedMetricKeys(options.metric, used, [...tasksNamed], 'Inspect task');
  return {
    records: keepNewest(candidates, choices, 'logs'),
    lowerIsBetter: [],
    provenance: { kind: 'inspect', files, choices },
  };
}

async function readLog(file: string, options: ImportOptions): Promise<Log> {
  if (file.endsWith('.eval')) {
    throw new SwissRankError(
      'BAD_IMPORT',
      'a binary Inspect log (.eval); convert it with `inspect log convert --to json` first',
      { file },
    );
  }
  const log = requireObject(await readJsonFile(file, options), 'an Inspect eval log', file);
  const header = requireObject(log['eval'], 'eval (an Inspect eval log header)', file);
  const status = log['status'];
  if (status !== 'success') {
    // A cancelled or failed run's results cover only the samples that ran.
    throw new SwissRankError(
      'RUN_NOT_FINISHED',
      `the log's status is ${JSON.stringify(status)}, not "success": its results cover only what ran`,
      { file },
    );
  }
  const results = requireObject(log['results'], 'results', file);
  const scores = requireArray(results['scores'], 'results.scores', file);
  if (scores.length === 0)
    throw new SwissRankError('METRIC_NOT_FOUND', 'results.scores is empty: the log has no scorer results', { file });
  const completed = objectOrUndefined(log['stats'])?.['completed_at'];
  const timeText = typeof completed === 'string' ? `completed ${completed}` : `created ${String(header['created'])}`;
  const time = Date.parse(typeof completed === 'string' ? completed : String(header['created']));
  if (!Number.isFinite(time))
    throw new SwissRankError('BAD_IMPORT', 'neither stats.completed_at nor eval.created is a date', { file });
  const config = objectOrUndefined(header['config']);
  const epochs = config?.['epochs'];
  const reducer = config?.['epochs_reducer'];
  const size = objectOrUndefined(header['dataset'])?.['samples'];
  const total = results['total_samples'];
  const limit = config?.['limit'];
  // Scores over different parts of a dataset are less comparable: say so where it happened.
  const sampleCount =
    typeof size === 'number' && typeof total === 'number' && total < size
      ? `scored ${total} of ${size} samples${limit === undefined || limit === null ? '' : ` (limit ${JSON.stringify(limit)})`}`
      : '';
  return {
    file,
    sampleCount,
    task: requireName(header['task'], 'eval.task', file),
    model: requireName(header['model'], 'eval.model', file),
    scores,
    epochs:
      typeof epochs === 'number' && epochs > 1
        ? `${epochs} epochs reduced by ${JSON.stringify(reducer ?? 'mean')}`
        : '',
    time,
    timeText,
  };
}

/** Task -> benchmark: the task without its registry prefix, unless two tasks would then collide
 *  (scores and per-item results, wins/inspectSamples.ts, name tasks alike). */
export function inspectBenchmarkNames(allTasks: readonly string[], choices: string[]): Map<string, string> {
  const tasks = [...new Set(allTasks)];
  const short = (task: string): string => task.slice(task.lastIndexOf('/') + 1);
  const names = new Map<string, string>();
  for (const task of tasks) {
    const name = short(task);
    const clash = name === '' || tasks.some((other) => other !== task && short(other) === name);
    names.set(task, clash ? task : name);
    if (name !== task) {
      choices.push(
        clash
          ? `${task}: registry prefix kept (another task is also named ${name})`
          : `${name}: task ${task}, registry prefix ${task.slice(0, task.length - name.length)} dropped`,
      );
    }
  }
  return names;
}

/** The scorer entry and metric to read: `scorer/metric`, a bare metric of the first scorer, or the default. */
function chooseScore(log: Log, wanted: string | undefined): { scorer: string; metric: string; index: number } {
  const slash = wanted?.lastIndexOf('/') ?? -1;
  const scorerWanted = wanted !== undefined && slash > 0 ? wanted.slice(0, slash) : undefined;
  const metric = wanted === undefined ? DEFAULT_METRIC : wanted.slice(slash + 1);
  const names = log.scores.map((s, i) =>
    requireName(requireObject(s, `results.scores[${i}]`, log.file)['name'], `results.scores[${i}].name`, log.file),
  );
  const index = scorerWanted === undefined ? 0 : names.indexOf(scorerWanted);
  if (index < 0) {
    throw new SwissRankError(
      'METRIC_NOT_FOUND',
      `no scorer ${scorerWanted} in results.scores (it has ${names.join(', ')})`,
      { file: log.file },
    );
  }
  const metrics = requireObject(
    requireObject(log.scores[index], `results.scores[${index}]`, log.file)['metrics'],
    `results.scores[${index}].metrics`,
    log.file,
  );
  if (!(metric in metrics)) {
    throw new SwissRankError(
      'METRIC_NOT_FOUND',
      `scorer ${names[index]} has no metric ${metric} (it has ${Object.keys(metrics).join(', ')}); choose with --metric <task>=<scorer>/<metric>`,
      { file: log.file },
    );
  }
  return { scorer: names[index]!, metric, index };
}
