/**
 * `swiss-rank import <kind> <paths..>`: harness outputs as a score table (CSV, models as rows, the
 * layout --scores reads back; `--format table` is the same CSV), a Markdown table, or JSON records
 * with standard errors, directions and provenance. The CSV keeps the source's numbers; the choices go to stderr,
 * and a lower-is-better benchmark as a warning naming the --lower-is-better to rank it with.
 */
import { importTable, type ImportedTable } from '../../import/importedTable.js';
import type { ImportedRecord, ImportProvenance } from '../../import/types.js';
import type { LowerIsBetter } from '../../input/types.js';
import { VERSION } from '../../packageInfo.js';
import { markdownParagraphs, markdownTable } from '../../report/markdownTable.js';
import { resultJson } from '../../report/resultJson.js';
import { writeCsv } from '../../report/writeCsv.js';
import { defineCommand } from '../command.js';
import { checkOutput } from '../emit.js';
import { importRequest } from '../loadData.js';

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
      ...importRequest(values, io.signal),
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
    markdown: (result) => scoreMarkdown(result),
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
  return writeCsv([['model', ...result.benchmarks], ...scoreRows(result)]);
}

/** The same table for a README, with what was read and chosen under it. */
function scoreMarkdown(result: ImportResult): string {
  const rows = scoreRows(result).map((row) => row.map(String));
  const align = ['left' as const, ...result.benchmarks.map(() => 'right' as const)];
  const lines = [
    `swiss-rank ${result.version}: ${result.models.length} models x ${result.benchmarks.length} benchmarks from ${result.provenance.kind} (${result.provenance.files.length} files), on each source's own scale`,
    ...result.lowerIsBetter.map((l) => `lower is better: ${l.benchmark} (${l.reason})`),
    ...result.provenance.choices.map((line) => `chose: ${line}`),
  ];
  return `${markdownTable(['model', ...result.benchmarks], rows, align)}\n\n${markdownParagraphs(lines)}\n`;
}

function scoreRows(result: ImportResult): (string | number)[][] {
  const cell = new Map(result.records.map((r) => [JSON.stringify([r.model, r.benchmark]), r.score]));
  return result.models.map((model) => [model, ...result.benchmarks.map((b) => cell.get(JSON.stringify([model, b])) ?? '')]);
}
