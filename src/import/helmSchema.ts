/**
 * Which way each HELM benchmark's metric wins, from schema.json `metrics[].lower_is_better` (given,
 * or the nearest above the run folders). Rule: unflagged or no schema: higher is better, stated as
 * assumed; schemas that disagree are BAD_IMPORT. Cost: one read per schema file.
 */
import { stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { SwissRankError } from '../errors.js';
import { readJsonFile, requireArray, requireObject } from './readJson.js';
import type { ImportOptions } from './types.js';

export interface HelmDirections {
  readonly lowerIsBetter: string[];
  /** The schema files read. */
  readonly files: string[];
}

/** `metricOf`: benchmark -> the metric its scores are. */
export async function helmDirections(
  metricOf: ReadonlyMap<string, string>,
  givenSchemas: readonly string[],
  runFolders: readonly string[],
  options: ImportOptions,
  choices: string[],
): Promise<HelmDirections> {
  const files = givenSchemas.length > 0 ? [...givenSchemas] : await nearestSchemas(runFolders);
  const flags = new Map<string, { lowerIsBetter: boolean; file: string }>();
  for (const file of files) {
    const schema = requireObject(await readJsonFile(file, options), 'a HELM schema', file);
    requireArray(schema['metrics'], 'metrics', file).forEach((metricJson, i) => {
      const metric = requireObject(metricJson, `metrics[${i}]`, file);
      const flag = metric['lower_is_better'];
      if (typeof metric['name'] !== 'string' || typeof flag !== 'boolean') return;
      const earlier = flags.get(metric['name']);
      if (earlier !== undefined && earlier.lowerIsBetter !== flag) {
        throw new SwissRankError(
          'BAD_IMPORT',
          `metric ${metric['name']} has lower_is_better ${flag} here but ${earlier.lowerIsBetter} in ${earlier.file}`,
          { file },
        );
      }
      flags.set(metric['name'], { lowerIsBetter: flag, file });
    });
  }
  const lowerIsBetter: string[] = [];
  for (const [benchmark, metric] of metricOf) {
    const flag = flags.get(metric);
    if (flag === undefined) {
      const why =
        files.length === 0
          ? 'no schema.json given or found beside the runs'
          : `${metric} has no lower_is_better in ${files.join(', ')}`;
      choices.push(`${benchmark}: higher is better assumed (${why}; --lower-is-better changes it)`);
      continue;
    }
    if (flag.lowerIsBetter) lowerIsBetter.push(benchmark);
    choices.push(
      `${benchmark}: ${flag.lowerIsBetter ? 'lower' : 'higher'} is better (${flag.file}: ${metric} lower_is_better ${flag.lowerIsBetter})`,
    );
  }
  return { lowerIsBetter, files };
}

/** For each run folder, the first schema.json in its parent or grandparent folder; each once. */
async function nearestSchemas(runFolders: readonly string[]): Promise<string[]> {
  const found = new Set<string>();
  for (const folder of runFolders) {
    const suite = dirname(folder);
    for (const candidate of [join(suite, 'schema.json'), join(dirname(suite), 'schema.json')]) {
      if (await isFile(candidate)) {
        found.add(candidate);
        break;
      }
    }
  }
  return [...found].sort();
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
