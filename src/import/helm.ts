/**
 * `helm`: group tables (given as files) or run folders (found by their stats.json) -> scores.
 * Rule: stats.json / run_spec.json stand for their run folder, schema.json is the suite's schema,
 * other files are group tables; tables and runs together are refused (they name models
 * differently). Cost: one read per file.
 */
import { basename, dirname } from 'node:path';
import { SwissRankError } from '../errors.js';
import { findFiles } from './findFiles.js';
import { importHelmGroupTables } from './helmGroupTable.js';
import { importHelmRuns } from './helmRuns.js';
import type { ImportedScores, ImportOptions } from './types.js';

const RUN_FILES = new Set([
  'stats.json',
  'run_spec.json',
  'per_instance_stats.json',
  'scenario_state.json',
  'scenario.json',
]);

export async function importHelm(paths: readonly string[], options: ImportOptions): Promise<ImportedScores> {
  const files = await findFiles(
    paths,
    (name) => name === 'stats.json',
    'HELM run folder (stats.json; give groups/*.json tables as files)',
  );
  const runFolders = new Set<string>();
  const schemas: string[] = [];
  const tables: string[] = [];
  for (const file of files) {
    const name = basename(file);
    if (RUN_FILES.has(name)) runFolders.add(dirname(file));
    else if (name === 'schema.json') schemas.push(file);
    else tables.push(file);
  }
  if (tables.length > 0 && runFolders.size > 0) {
    throw new SwissRankError(
      'BAD_IMPORT',
      'group tables and run folders given together; import one or the other (tables name models by display name, runs by model id)',
      { file: tables[0]! },
    );
  }
  if (tables.length > 0) {
    if (schemas.length > 0) {
      throw new SwissRankError(
        'BAD_IMPORT',
        'a schema.json is only read with run folders; group tables carry their own lower_is_better flags',
        { file: schemas[0]! },
      );
    }
    return importHelmGroupTables(tables, options);
  }
  if (runFolders.size === 0) {
    throw new SwissRankError('BAD_IMPORT', 'a schema.json alone holds no scores; give run folders with it', {
      file: schemas[0]!,
    });
  }
  return importHelmRuns([...runFolders], schemas, options);
}
