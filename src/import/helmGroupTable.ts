/**
 * HELM group tables (`groups/*.json`) -> scores. Rule (docs/import.md#helm): the "Accuracy" table
 * or `--metric table=`; columns with a lower_is_better flag, minus "Mean win rate" unless groups;
 * a cell without `value` is missing; models keep the table's display names. Cost: O(cells).
 */
import { SwissRankError } from '../errors.js';
import { keepNewest, type DatedRecord } from './keepNewest.js';
import { objectOrUndefined, requireFiniteNumber, requireName } from './jsonFields.js';
import { readJsonFile, requireArray, requireObject, type Json } from './readJson.js';
import { refuseUnusedMetricKeys } from './refuseUnusedMetricKeys.js';
import type { ImportedScores, ImportOptions } from './types.js';

const DEFAULT_TABLE = 'Accuracy';
const MEAN_WIN_RATE = 'Mean win rate';

export async function importHelmGroupTables(files: readonly string[], options: ImportOptions): Promise<ImportedScores> {
  // Group tables take one key, `table`; any other key would be ignored, so it is refused.
  refuseUnusedMetricKeys(
    options.metric,
    new Set(['table']),
    ['table'],
    'key for HELM group tables (use table=<title>)',
  );
  const wantedTable = options.metric?.get('table');
  const choices: string[] = [];
  const candidates: DatedRecord[] = [];
  const lowerIsBetter = new Set<string>();
  for (const file of files) {
    const document = await readJsonFile(file, options);
    const tables = Array.isArray(document)
      ? document.map((t) => requireObject(t, 'a HELM table', file))
      : [requireObject(document, 'a HELM table', file)];
    const index = chooseTable(tables, wantedTable, file);
    const table = tables[index]!;
    const where = Array.isArray(document) ? `[${index}]` : '';
    const why = wantedTable === undefined ? `default "${DEFAULT_TABLE}"` : '--metric table';
    choices.push(
      `${file}: table ${JSON.stringify(table['title'])}${tables.length > 1 ? ` (of ${tables.length}; ${why})` : ''}`,
    );
    const columns = scoreColumns(table, where, file, options.groups === true, choices);
    const rows = requireArray(table['rows'], `${where}.rows`, file);
    rows.forEach((rowJson, r) => {
      const row = requireArray(rowJson, `${where}.rows[${r}]`, file);
      const model = requireName(
        requireObject(row[0], `${where}.rows[${r}][0]`, file)['value'],
        `${where}.rows[${r}][0].value`,
        file,
      );
      const modelIds = new Set<string>();
      for (const column of columns) {
        const keyPath = `${where}.rows[${r}][${column.index}]`;
        const cell = requireObject(row[column.index], keyPath, file);
        for (const run of Array.isArray(cell['run_spec_names']) ? cell['run_spec_names'] : []) {
          const id = /(?:^|[:,])model=([^,]+)/.exec(String(run));
          if (id) modelIds.add(id[1]!);
        }
        if (!('value' in cell)) {
          choices.push(`${model} on ${column.benchmark}: no value in the table (missing)`);
          continue;
        }
        const score = requireFiniteNumber(cell['value'], `${keyPath}.value`, file);
        candidates.push({ record: { model, benchmark: column.benchmark, score, from: `${file} (${keyPath})` }, file });
      }
      const ids = [...modelIds].join(', ');
      choices.push(
        `${model}: the table's display name${ids === '' ? ' (no run_spec_names)' : `; HELM model id ${ids} (run_spec_names)`}`,
      );
    });
    for (const column of columns) {
      if (column.lowerIsBetter) lowerIsBetter.add(column.benchmark);
    }
  }
  return {
    records: keepNewest(candidates, choices, 'tables'),
    lowerIsBetter: [...lowerIsBetter],
    provenance: { kind: 'helm', files: [...files], choices: [...new Set(choices)] },
  };
}

/** Index of the table to read, or METRIC_NOT_FOUND listing the titles there are. */
function chooseTable(tables: readonly { [key: string]: Json }[], wanted: string | undefined, file: string): number {
  if (wanted === undefined && tables.length === 1) return 0;
  const title = wanted ?? DEFAULT_TABLE;
  const index = tables.findIndex((t) => t['title'] === title || t['name'] === title);
  if (index >= 0) return index;
  const titles = tables.map((t) => JSON.stringify(t['title'])).join(', ');
  throw new SwissRankError(
    'METRIC_NOT_FOUND',
    `no table titled ${JSON.stringify(title)}; the tables are ${titles} (choose one with --metric table=<title>)`,
    { file },
  );
}

interface ScoreColumn {
  readonly index: number;
  readonly benchmark: string;
  readonly lowerIsBetter: boolean;
}

/** The table's score columns named by run group (by column title when a group has several). */
function scoreColumns(
  table: { [key: string]: Json },
  where: string,
  file: string,
  groups: boolean,
  choices: string[],
): ScoreColumn[] {
  const header = requireArray(table['header'], `${where}.header`, file);
  const found: { index: number; title: string; runGroup?: string; lowerIsBetter: boolean }[] = [];
  const information: string[] = [];
  header.forEach((cellJson, index) => {
    if (index === 0) return; // the model column
    const cell = requireObject(cellJson, `${where}.header[${index}]`, file);
    const title = requireName(cell['value'], `${where}.header[${index}].value`, file);
    const flag = cell['lower_is_better'];
    if (typeof flag !== 'boolean') {
      information.push(title);
      return;
    }
    if (title === MEAN_WIN_RATE && !groups) {
      choices.push(
        `column "${MEAN_WIN_RATE}" left out: HELM's aggregate of the other columns, not a benchmark (--groups keeps it)`,
      );
      return;
    }
    const runGroup = objectOrUndefined(cell['metadata'])?.['run_group'];
    found.push({ index, title, lowerIsBetter: flag, ...(typeof runGroup === 'string' ? { runGroup } : {}) });
  });
  if (information.length > 0) {
    choices.push(
      `${information.length} columns without a lower_is_better flag left out (information, not scores): ${information.join('; ')}`,
    );
  }
  if (found.length === 0) {
    throw new SwissRankError(
      'METRIC_NOT_FOUND',
      `table ${JSON.stringify(table['title'])} has no score column (none with a lower_is_better flag)`,
      { file },
    );
  }
  const perGroup = new Map<string, number>();
  for (const column of found)
    if (column.runGroup !== undefined) perGroup.set(column.runGroup, (perGroup.get(column.runGroup) ?? 0) + 1);
  return found.map((column) => {
    const benchmark =
      column.runGroup !== undefined && perGroup.get(column.runGroup) === 1 ? column.runGroup : column.title;
    const direction = column.lowerIsBetter ? 'lower is better' : 'higher is better';
    choices.push(
      `${benchmark}: column ${JSON.stringify(column.title)}, ${direction} (HELM lower_is_better ${column.lowerIsBetter})`,
    );
    return { index: column.index, benchmark, lowerIsBetter: column.lowerIsBetter };
  });
}
