/**
 * Reads HELM run folders (`per_instance_stats.json` + `run_spec.json`) as per-item results. Rule:
 * model = `adapter_spec.model`; benchmark named as the score importer names it (helmRunNames.ts:
 * the run group, e.g. `bbq`, or the run name without `model=` where a model has several runs of
 * the group); item id = `instance_id:train_trial_index`; score = the first of
 * HELM_ACCURACY_METRICS the run reports (stated), on unperturbed entries only (perturbed ones are
 * counted and left out). Cost: O(total file size).
 */
import { basename, dirname, join } from 'node:path';
import { SwissRankError } from '../../errors.js';
import { findFiles } from '../findFiles.js';
import { HELM_ACCURACY_METRICS, helmBenchmarkNames, helmRunSpec, type HelmRunSpec } from '../helmRunNames.js';
import { readJsonFile, requireArray, requireObject, type Json } from '../readJson.js';
import type { ItemResults } from '../types.js';
import { unitScore } from './unitScore.js';
import type { ReaderOptions } from './readerOptions.js';
import type { ItemReading } from './winsTypes.js';

type JsonObject = { [key: string]: Json };

export async function readHelmInstances(paths: readonly string[], options: ReaderOptions = {}): Promise<ItemReading> {
  const files = await findFiles(paths, (name) => name === 'per_instance_stats.json', 'HELM per_instance_stats.json files');
  const results: ItemResults[] = [];
  const choices: string[] = [];
  const leftOut: string[] = [];
  const read: string[] = [];
  const specs: HelmRunSpec[] = [];
  for (const file of files) {
    if (basename(file) !== 'per_instance_stats.json') {
      throw new SwissRankError('BAD_IMPORT', 'expected a HELM per_instance_stats.json (or its run folder)', { file });
    }
    const specFile = join(dirname(file), 'run_spec.json');
    specs.push(helmRunSpec(await readJsonFile(specFile, options), specFile));
  }
  const benchmarks = helmBenchmarkNames(specs, choices);
  for (const [f, file] of files.entries()) {
    const specFile = join(dirname(file), 'run_spec.json');
    const adapter = { model: specs[f]!.model };
    const benchmark = benchmarks[f]!;
    const entries = requireArray(await readJsonFile(file, options), 'a list of instances', file).map((entry, k) =>
      requireObject(entry, `instance ${k + 1}`, file),
    );
    const metric = HELM_ACCURACY_METRICS.find((name) => entries.some((entry) => statMean(entry, name) !== undefined));
    if (metric === undefined) {
      throw new SwissRankError('METRIC_NOT_FOUND', `no per-instance ${HELM_ACCURACY_METRICS.join(' / ')} stat in this run`, { file });
    }
    choices.push(`${adapter.model} on ${benchmark}: ${metric} (first of ${HELM_ACCURACY_METRICS.join(', ')} in the run)`);
    const items = new Map<string, number>();
    let perturbed = 0;
    let unscored = 0;
    entries.forEach((entry, k) => {
      if (entry.perturbation !== undefined && entry.perturbation !== null) {
        perturbed++;
        return;
      }
      const id = `${String(entry.instance_id)}:${String(entry.train_trial_index ?? 0)}`;
      if (typeof entry.instance_id !== 'string' || items.has(id)) {
        const problem = items.has(id) ? `instance ${id} appears twice` : 'instance_id is not a name';
        throw new SwissRankError('BAD_IMPORT', `instance ${k + 1}: ${problem}`, { file });
      }
      const mean = statMean(entry, metric);
      if (mean === undefined) unscored++;
      else items.set(id, unitScore(mean, `instance ${k + 1} ${metric}`, { file }));
    });
    if (perturbed > 0) leftOut.push(`${file}: ${perturbed} perturbed instances (only unperturbed ones are compared)`);
    if (unscored > 0) leftOut.push(`${file}: ${unscored} instances without a ${metric} stat`);
    results.push({ model: adapter.model, benchmark, items, from: file });
    read.push(file, specFile);
  }
  return { results, provenance: { kind: 'helm', files: read, choices }, leftOut };
}

/** The mean of an unperturbed stat named `name` on one instance (count 1), if present. */
function statMean(entry: JsonObject, name: string): Json | undefined {
  const stats = Array.isArray(entry.stats) ? entry.stats : [];
  for (const stat of stats) {
    if (stat === null || typeof stat !== 'object' || Array.isArray(stat)) continue;
    const id = stat.name;
    if (id === null || typeof id !== 'object' || Array.isArray(id) || id.name !== name || id.perturbation !== undefined) continue;
    if (stat.count === 0) return undefined;
    return stat.mean;
  }
  return undefined;
}
