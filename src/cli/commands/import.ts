/**
 * `swiss-rank import <kind> <paths..>`: harness outputs as a score table (CSV, models as rows, the
 * layout --scores reads back; `--format table` is the same CSV) or JSON records with standard
 * errors, directions and provenance. The CSV keeps the source's numbers; the choices go to stderr,
 * and a lower-is-better benchmark as a warning naming the --lower-is-better to rank it with.
 */
import { importTable, type ImportedTable } from '../../import/importedTable.js';
import { parseMetricOption, splitNameList } from '../../import/metricOption.js';
import type { ImportedRecord, ImportProvenance } from '../../import/types.js';
import type { LowerIsBetter } from '../../input/types.js';
import { VERSION } from '../../packageInfo.js';
import { resultJson } from '../../report/resultJson.js';
import { writeCsv } from '../../report/writeCsv.js';
import { defineCommand } from '../command.js';
import { checkOutput } from '../emit.js';

export interface ImportResult {
  readonly tool: 'swiss-rank';
  readonly version: string;
  readonly models: readonly string[];
  readonly benchmarks: readonly string[];
  /** One per model and benchmark the source scores, on the source's own scale. */
  readonly records: readonly ImportedRecord[];
  readonly lowerIsBetter: readonly LowerIsBetter[];
  readonly provenance: ImportProvenance;
}

export const importCommand = defineCommand({
  name: 'import',
  describe: "An evaluation harness's outputs (lm-eval, long CSV, ...) as a score table, models as rows",
  options: ['from', 'paths', 'metric', 'lowerIsBetter', 'alias', 'groups', 'format', 'out', 'quiet'],
  positionals: ['from', 'paths'],
  async run({ values, io, note, warn }): Promise<ImportResult> {
    const kind = values.from;
    const imported = await importTable(kind as NonNullable<typeof kind>, values.paths as string[], {
      metric: parseMetricOption(values.metric),
      groups: values.groups,
      lowerIsBetter: splitNameList(values.lowerIsBetter),
      alias: values.alias,
      signal: io.signal,
      oneModel: true,
    });
    // The runner checked --out against the paths given; a folder's files are known only now.
    await checkOutput(values.out, imported.imported.provenance.files);
    for (const choice of imported.imported.provenance.choices) note(`${kind}: ${choice}`);
    if (imported.lowerIsBetter.length > 0 && values.format !== 'json') {
      const names = imported.lowerIsBetter.map((l) => l.benchmark).join(',');
      warn(`lower is better on ${names}; the CSV keeps the source's numbers: rank it with --lower-is-better ${names}`);
    }
    return importResult(imported);
  },
  render: {
    json: resultJson,
    csv: (result) => scoreCsv(result),
    table: (result) => scoreCsv(result),
  },
});

function importResult({ table, lowerIsBetter, imported }: ImportedTable): ImportResult {
  return {
    tool: 'swiss-rank',
    version: VERSION,
    models: table.models,
    benchmarks: table.benchmarks,
    records: imported.records,
    lowerIsBetter,
    provenance: imported.provenance,
  };
}

/** Models as rows, header `model,<benchmarks>`; an empty cell where the source has no score. */
function scoreCsv(result: ImportResult): Promise<string> {
  const cell = new Map(result.records.map((r) => [JSON.stringify([r.model, r.benchmark]), r.score]));
  const rows = result.models.map((model) => [model, ...result.benchmarks.map((b) => cell.get(JSON.stringify([model, b])) ?? '')]);
  return writeCsv([['model', ...result.benchmarks], ...rows]);
}
