/**
 * How a HELM run is named as a benchmark, for scores (helmRuns.ts) and per-item results
 * (wins/helmInstances.ts) alike, so both name the same run the same way. Rule: a run's benchmark
 * is its run group (run_spec.json `groups[0]`, else the run name before `:`), unless a model has
 * several runs of that group (MMLU subjects): then every run of the group is named by its run name
 * without `model=`/`model_deployment=`. Each decision is one line of `choices`. Cost: O(runs).
 */
import { SwissRankError } from '../errors.js';
import { requireName } from './jsonFields.js';
import { requireObject, type Json } from './readJson.js';

/** HELM's headline accuracy metrics, in the order one is taken by default (per run or per item). */
export const HELM_ACCURACY_METRICS = [
  'exact_match',
  'quasi_exact_match',
  'prefix_exact_match',
  'quasi_prefix_exact_match',
  'f1_score',
] as const;

export interface HelmRunSpec {
  readonly name: string;
  readonly model: string;
  readonly group: string;
}

/** The run's name, model and group from its run_spec.json. */
export function helmRunSpec(specJson: Json, specFile: string): HelmRunSpec {
  const spec = requireObject(specJson, 'a HELM run_spec', specFile);
  const name = requireName(spec['name'], 'name', specFile);
  const adapter = requireObject(spec['adapter_spec'], 'adapter_spec', specFile);
  const model = requireName(adapter['model'], 'adapter_spec.model', specFile);
  const groups = Array.isArray(spec['groups']) ? spec['groups'] : [];
  const group = typeof groups[0] === 'string' && groups[0] !== '' ? groups[0] : name.split(':')[0]!;
  if (group === '') throw new SwissRankError('BAD_IMPORT', 'the run has neither a run group nor a scenario name', { file: specFile });
  return { name, model, group };
}

/** Each run's benchmark name, in the order given. */
export function helmBenchmarkNames(runs: readonly HelmRunSpec[], choices: string[]): string[] {
  const perModel = new Map<string, number>();
  const key = (run: HelmRunSpec) => `${run.group}\u0000${run.model}`;
  for (const run of runs) perModel.set(key(run), (perModel.get(key(run)) ?? 0) + 1);
  const split = new Set(runs.filter((run) => perModel.get(key(run))! > 1).map((run) => run.group));
  for (const group of split) {
    choices.push(`run group ${group}: several runs per model, so each run is its own benchmark (its run name without model=)`);
  }
  for (const group of new Set(runs.filter((r) => !split.has(r.group)).map((r) => r.group))) {
    choices.push(`${group}: benchmark named by its run group`);
  }
  return runs.map((run) => (split.has(run.group) ? withoutModel(run.name) : run.group));
}

/** `mmlu:subject=philosophy,method=multiple_choice_joint,model=openai_gpt2` -> the same without
 *  its `model=` and `model_deployment=` arguments: the name of the scenario every model ran. */
function withoutModel(runName: string): string {
  const colon = runName.indexOf(':');
  if (colon < 0) return runName;
  const args = runName.slice(colon + 1).split(',');
  const kept = args.filter((arg) => !arg.startsWith('model=') && !arg.startsWith('model_deployment='));
  return `${runName.slice(0, colon)}:${kept.join(',')}`;
}
