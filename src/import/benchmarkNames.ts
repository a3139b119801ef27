/**
 * Names benchmarks when a source keys scores by (dataset, metric): the dataset's name alone when
 * it has one metric, `dataset (metric)` when it has several (OpenCompass summary rows, Every Eval
 * Ever results repeating an evaluation_name). Rule: decided over all files at once, so every model
 * gets the same names. Cost: O(n).
 */

/** The benchmark name of each `dataset\u0000metric` key among `pairs`. */
export function benchmarkNames(pairs: readonly { dataset: string; metric: string }[]): Map<string, string> {
  const metrics = new Map<string, Set<string>>();
  for (const { dataset, metric } of pairs) {
    const set = metrics.get(dataset) ?? new Set<string>();
    set.add(metric);
    metrics.set(dataset, set);
  }
  const names = new Map<string, string>();
  for (const { dataset, metric } of pairs) {
    names.set(pairKey(dataset, metric), metrics.get(dataset)!.size > 1 ? `${dataset} (${metric})` : dataset);
  }
  return names;
}

export function pairKey(dataset: string, metric: string): string {
  return `${dataset}\u0000${metric}`;
}
