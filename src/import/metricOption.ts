/**
 * `--metric task=metric[,filter]` (repeatable; config `data.metric`, a list of the same strings)
 * to the map the importers take. Rule: every entry names a task and a metric, each task once;
 * anything else is BAD_OPTION at `metric[i]`. Cost: O(entries).
 */
import { SwissRankError } from '../errors.js';

export function parseMetricOption(entries: readonly string[] | undefined): ReadonlyMap<string, string> | undefined {
  if (entries === undefined) return undefined;
  const metrics = new Map<string, string>();
  entries.forEach((entry, i) => {
    const equals = entry.indexOf('=');
    const task = entry.slice(0, equals).trim();
    const metric = entry.slice(equals + 1).trim();
    if (equals < 0 || task === '' || metric === '') {
      throw new SwissRankError('BAD_OPTION', `expected task=metric or task=metric,filter (e.g. arc_easy=acc_norm), found ${JSON.stringify(entry)}`, {
        option: `metric[${i}]`,
      });
    }
    if (metrics.has(task)) throw new SwissRankError('BAD_OPTION', `task ${JSON.stringify(task)} is named twice`, { option: `metric[${i}]` });
    metrics.set(task, metric);
  });
  return metrics;
}

/** `--lower-is-better b1,b2` (or a config list): the benchmark names, commas separating them. */
export function splitNameList(entries: readonly string[] | undefined): string[] {
  return (entries ?? []).flatMap((entry) => entry.split(',')).map((name) => name.trim()).filter((name) => name !== '');
}
