/**
 * HELM run folders (run_spec.json + stats.json) -> scores. Rule (docs/import.md#helm): model =
 * adapter_spec.model, benchmark = run group, score = mean of the chosen metric on split test with
 * no perturbation (count 0: missing), direction from schema.json. Cost: O(stats) per run.
 */
import { join } from 'node:path';
import { SwissRankError } from '../errors.js';
import { HELM_ACCURACY_METRICS, helmBenchmarkNames, helmRunSpec, type HelmRunSpec } from './helmRunNames.js';
import { helmDirections } from './helmSchema.js';
import { keepNewest, type DatedRecord } from './keepNewest.js';
import { requireFiniteNumber, requireName } from './jsonFields.js';
import { readJsonFile, requireArray, requireObject, type Json } from './readJson.js';
import { refuseUnusedMetricKeys } from './refuseUnusedMetricKeys.js';
import type { ImportedScores, ImportOptions } from './types.js';


interface Run extends HelmRunSpec {
  readonly statsFile: string;
  /** Headline stats on split test, no perturbation: metric -> stat object. */
  readonly testStats: Map<string, { [key: string]: Json }>;
  readonly statsIndex: Map<string, number>;
}

export async function importHelmRuns(
  runFolders: readonly string[],
  schemaFiles: readonly string[],
  options: ImportOptions,
): Promise<ImportedScores> {
  const runs: Run[] = [];
  const files: string[] = [];
  for (const folder of runFolders) {
    runs.push(await readRun(folder, options));
    files.push(join(folder, 'run_spec.json'), join(folder, 'stats.json'));
  }
  const choices: string[] = [];
  const names = helmBenchmarkNames(runs, choices);
  const benchmarkOf = new Map(runs.map((run, i) => [run, names[i]!]));
  const byBenchmark = new Map<string, Run[]>();
  for (const run of runs) {
    const benchmark = benchmarkOf.get(run)!;
    byBenchmark.set(benchmark, [...(byBenchmark.get(benchmark) ?? []), run]);
  }
  refuseUnusedMetricKeys(
    options.metric,
    new Set(byBenchmark.keys()),
    [...byBenchmark.keys()],
    'HELM benchmark (run group)',
  );

  const candidates: DatedRecord[] = [];
  const metricOf = new Map<string, string>();
  for (const [benchmark, group] of byBenchmark) {
    const metric = chooseMetric(benchmark, group, options.metric?.get(benchmark), choices);
    metricOf.set(benchmark, metric);
    for (const run of group) {
      const stat = run.testStats.get(metric);
      if (stat === undefined) {
        throw new SwissRankError('METRIC_NOT_FOUND', `no ${metric} on split test (without perturbation) in this run`, {
          file: run.statsFile,
        });
      }
      const keyPath = `[${run.statsIndex.get(metric)}]`;
      if (requireFiniteNumber(stat['count'], `${keyPath}.count`, run.statsFile) === 0) {
        choices.push(`${run.model} on ${benchmark}: ${metric} has count 0 in ${run.statsFile} (missing)`);
        continue;
      }
      const score = requireFiniteNumber(stat['mean'], `${keyPath}.mean`, run.statsFile);
      candidates.push({
        record: { model: run.model, benchmark, score, from: `${run.statsFile} (${keyPath}.mean)` },
        file: run.statsFile,
      });
    }
  }
  const directions = await helmDirections(metricOf, schemaFiles, runFolders, options, choices);
  files.push(...directions.files);
  return {
    records: keepNewest(candidates, choices, 'runs'),
    lowerIsBetter: directions.lowerIsBetter,
    provenance: { kind: 'helm', files, choices },
  };
}

async function readRun(folder: string, options: ImportOptions): Promise<Run> {
  const specFile = join(folder, 'run_spec.json');
  const statsFile = join(folder, 'stats.json');
  const spec = helmRunSpec(await readJsonFile(specFile, options), specFile);
  const stats = requireArray(await readJsonFile(statsFile, options), 'a list of HELM stats', statsFile);
  const testStats = new Map<string, { [key: string]: Json }>();
  const statsIndex = new Map<string, number>();
  stats.forEach((statJson, i) => {
    const stat = requireObject(statJson, `[${i}]`, statsFile);
    const key = requireObject(stat['name'], `[${i}].name`, statsFile);
    if (key['split'] !== 'test' || key['perturbation'] !== undefined) return;
    const metric = requireName(key['name'], `[${i}].name.name`, statsFile);
    if (!testStats.has(metric)) {
      testStats.set(metric, stat);
      statsIndex.set(metric, i);
    }
  });
  return { ...spec, statsFile, testStats, statsIndex };
}


function chooseMetric(benchmark: string, runs: readonly Run[], wanted: string | undefined, choices: string[]): string {
  if (wanted !== undefined) {
    choices.push(`${benchmark}: metric ${wanted} (--metric) on split test, no perturbation`);
    return wanted;
  }
  const first = runs[0]!;
  const metric = HELM_ACCURACY_METRICS.find((m) => first.testStats.has(m));
  if (metric === undefined) {
    const there = [...first.testStats.keys()].slice(0, 12).join(', ');
    throw new SwissRankError(
      'METRIC_NOT_FOUND',
      `none of ${HELM_ACCURACY_METRICS.join(', ')} on split test in this run (it has ${there}); choose one with --metric ${benchmark}=<metric>`,
      { file: first.statsFile },
    );
  }
  choices.push(
    `${benchmark}: metric ${metric} on split test, no perturbation (default: first of ${HELM_ACCURACY_METRICS.join(', ')})`,
  );
  return metric;
}
